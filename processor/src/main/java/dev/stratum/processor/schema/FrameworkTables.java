package dev.stratum.processor.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Tables the runtime needs for a feature the project turned on with a processor option, rather than for an entity:
 * they are added to the mapped schema, so they get migrations, down scripts and a snapshot entry like any table.
 * Their {@link TableModel#entity()} is the option that asks for them, which is never a class name, so a partial
 * compile does not look them up and a migration comment can say why the table exists.
 *
 * <p>Binary values (a stored response body, a Bucket4j bucket state) are kept Base64-encoded in {@code VARCHAR}
 * columns: the schema model has no binary type, and the values are small.
 */
public enum FrameworkTables {

    /** The runtime's {@code JdbcIdempotencyStore}: one row per principal and {@code Idempotency-Key}. */
    IDEMPOTENCY("stratum_idempotency", "-Astratum.idempotency=true"),

    /** The runtime's {@code JdbcProxyManager}: one Bucket4j bucket per caller and budget. */
    RATE_LIMIT("stratum_rate_limit", "-Astratum.rateLimit.store=jdbc");

    /**
     * The longest Base64 text a stored response body may take: 1,000,000 characters, 750,000 bytes of body. The
     * runtime stores nothing larger (and keeps the key free), which no create response comes near.
     */
    public static final int BODY_LENGTH = 1_000_000;

    /** The prefix of {@link TableModel#entity()} for framework tables: a processor option, never a class name. */
    static final String OPTION_PREFIX = "-A";

    private final String table;
    private final String option;

    FrameworkTables(String table, String option) {
        this.table = table;
        this.option = option;
    }

    /** The table's name, as the runtime's store queries it. */
    public String tableName() {
        return table;
    }

    TableModel table() {
        return switch (this) {
            case IDEMPOTENCY -> idempotency();
            case RATE_LIMIT -> rateLimit();
        };
    }

    private TableModel idempotency() {
        return new TableModel(table, List.of(
                varchar("scope", 255, false),
                varchar("idempotency_key", 255, false),
                varchar("fingerprint", 64, false),
                new ColumnDef("status", SqlType.Scalar.INTEGER, true, false),
                varchar("location", 2048, true),
                varchar("etag", 255, true),
                varchar("content_type", 255, true),
                varchar("body", BODY_LENGTH, true),
                new ColumnDef("created_at", SqlType.Scalar.TIMESTAMP_WITH_TIME_ZONE, false, false),
                new ColumnDef("expires_at", SqlType.Scalar.TIMESTAMP_WITH_TIME_ZONE, false, false)),
                new PrimaryKey(ConstraintNames.primaryKey(table), List.of("scope", "idempotency_key")),
                List.of(), option, List.of(),
                List.of(new Index(ConstraintNames.index(table, "expires_at"), List.of("expires_at"))));
    }

    private TableModel rateLimit() {
        return new TableModel(table, List.of(
                varchar("bucket_key", 255, false),
                varchar("state", 4000, false),
                new ColumnDef("expires_at", SqlType.Scalar.TIMESTAMP_WITH_TIME_ZONE, false, false)),
                new PrimaryKey(ConstraintNames.primaryKey(table), List.of("bucket_key")),
                List.of(), option, List.of(),
                List.of(new Index(ConstraintNames.index(table, "expires_at"), List.of("expires_at"))));
    }

    /** {@code schema} with the tables of {@code features} added. */
    public static SchemaModel addTo(SchemaModel schema, Set<FrameworkTables> features) {
        List<TableModel> tables = new ArrayList<>(schema.tables());
        features.forEach(feature -> tables.add(feature.table()));
        return new SchemaModel(tables);
    }

    /** Whether a table with this {@link TableModel#entity()} is a framework table, mapped by no class. */
    public static boolean isFramework(String entity) {
        return entity.startsWith(OPTION_PREFIX);
    }

    /** The processor option that asks for a framework table, for a migration's comment; empty for an entity's. */
    static Optional<String> option(TableModel table) {
        return isFramework(table.entity()) ? Optional.of(table.entity()) : Optional.empty();
    }

    private static ColumnDef varchar(String column, int length, boolean nullable) {
        return new ColumnDef(column, new SqlType.Varchar(length), nullable, false);
    }
}

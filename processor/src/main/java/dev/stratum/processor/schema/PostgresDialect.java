package dev.stratum.processor.schema;

import java.util.Set;

/** PostgreSQL 15 and later. */
public final class PostgresDialect implements SqlDialect {

    /**
     * The keywords PostgreSQL rejects as table or column names: the "reserved" and "reserved (can be function or
     * type)" categories of {@code pg_get_keywords()}, plus {@code system_user}, reserved since PostgreSQL 16.
     */
    private static final Set<String> RESERVED = Set.of(
            "all", "analyse", "analyze", "and", "any", "array", "as", "asc", "asymmetric", "authorization", "binary",
            "both", "case", "cast", "check", "collate", "collation", "column", "concurrently", "constraint", "create",
            "cross", "current_catalog", "current_date", "current_role", "current_schema", "current_time",
            "current_timestamp", "current_user", "default", "deferrable", "desc", "distinct", "do", "else", "end",
            "except", "false", "fetch", "for", "foreign", "freeze", "from", "full", "grant", "group", "having",
            "ilike", "in", "initially", "inner", "intersect", "into", "is", "isnull", "join", "lateral", "leading",
            "left", "like", "limit", "localtime", "localtimestamp", "natural", "not", "notnull", "null", "offset",
            "on", "only", "or", "order", "outer", "overlaps", "placing", "primary", "references", "returning",
            "right", "select", "session_user", "similar", "some", "symmetric", "system_user", "table", "tablesample",
            "then", "to", "trailing", "true", "union", "unique", "user", "using", "variadic", "verbose", "when",
            "where", "window", "with");

    private static final DdlWriter DDL = new DdlWriter("postgresql", RESERVED, PostgresDialect::typeName);

    @Override
    public String name() {
        return "postgresql";
    }

    @Override
    public String createTable(TableModel table) {
        return DDL.createTable(table);
    }

    @Override
    public String dropTable(TableModel table) {
        return DDL.dropTable(table);
    }

    @Override
    public boolean isReserved(String identifier) {
        return DDL.isReserved(identifier);
    }

    private static String typeName(SqlType type) {
        if (type instanceof SqlType.Varchar varchar) {
            return "varchar(" + varchar.length() + ")";
        }
        if (type instanceof SqlType.Numeric numeric) {
            return "numeric(" + numeric.precision() + "," + numeric.scale() + ")";
        }
        return switch ((SqlType.Scalar) type) {
            case INTEGER -> "integer";
            case BIGINT -> "bigint";
            case BOOLEAN -> "boolean";
            case DATE -> "date";
            case TIMESTAMP_WITH_TIME_ZONE -> "timestamp with time zone";
            case UUID -> "uuid";
        };
    }
}

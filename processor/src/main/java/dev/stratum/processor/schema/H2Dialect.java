package dev.stratum.processor.schema;

import java.util.Set;

/** H2 2.x, in its default mode; the type names are the ones H2's data type documentation lists first. */
public final class H2Dialect implements SqlDialect {

    /**
     * H2 2.x's "Keywords / Reserved Words" list. It includes context-sensitive keywords such as {@code rows} and
     * {@code partition}, which H2 accepts as names in simple statements but parses as keywords in window and
     * {@code TRIM} syntax: kept out so hand-written queries never trip over a column name.
     */
    private static final Set<String> RESERVED = Set.of(
            "all", "and", "any", "array", "as", "asymmetric", "authorization", "between", "both", "case", "cast",
            "check", "constraint", "cross", "current_catalog", "current_date", "current_path", "current_role",
            "current_schema", "current_time", "current_timestamp", "current_user", "day", "default", "distinct",
            "else", "end", "except", "exists", "false", "fetch", "for", "foreign", "from", "full", "group", "groups",
            "having", "hour", "if", "ilike", "in", "inner", "intersect", "interval", "is", "join", "key", "leading",
            "left", "like", "limit", "localtime", "localtimestamp", "minus", "minute", "month", "natural", "not",
            "null", "offset", "on", "or", "order", "over", "partition", "primary", "qualify", "range", "regexp",
            "right", "row", "rownum", "rows", "second", "select", "session_user", "set", "some", "symmetric",
            "system_user", "table", "to", "top", "trailing", "true", "uescape", "union", "unique", "unknown", "user",
            "using", "value", "values", "when", "where", "window", "with", "year", "_rowid_");

    private static final DdlWriter DDL = new DdlWriter("h2", RESERVED, H2Dialect::typeName);

    @Override
    public String name() {
        return "h2";
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
            return "character varying(" + varchar.length() + ")";
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

package dev.stratum.processor.schema;

import java.util.Set;

/**
 * H2 2.x, in its default mode; the type names are the ones H2's data type documentation lists first, with
 * {@code time(6)} so a time of day keeps microseconds like every other date and time type.
 */
public final class H2Dialect extends StandardDialect {

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

    public H2Dialect() {
        // H2's TIME keeps whole seconds unless told otherwise; PostgreSQL's keeps microseconds, as H2's TIMESTAMP does
        super("h2", "character varying", "character large object", "time(6)", RESERVED, false);
    }
}

package dev.stratum.processor.schema;

import java.util.Set;

/**
 * What the two dialects share: the DDL layout ({@link DdlWriter}) and the standard type names. A dialect names its
 * folder, lists its reserved words and spells the string type its own documentation prefers.
 */
abstract class StandardDialect implements SqlDialect {

    private final String name;
    private final DdlWriter ddl;

    /**
     * @param varchar how the dialect spells {@code varchar}
     * @param clob    how the dialect spells a string without a length
     * @param time    how the dialect spells a time of day with microseconds
     * @param casts   whether a type change between families names its conversion ({@code USING column::type})
     */
    StandardDialect(String name, String varchar, String clob, String time, Set<String> reserved, boolean casts) {
        this.name = name;
        this.ddl = new DdlWriter(name, reserved, type -> typeName(type, varchar, clob, time), casts);
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final String createTable(TableModel table) {
        return ddl.createTable(table);
    }

    @Override
    public final String dropTable(TableModel table) {
        return ddl.dropTable(table);
    }

    @Override
    public final String render(SchemaChange change) {
        return ddl.render(change);
    }

    @Override
    public final boolean isReserved(String identifier) {
        return ddl.isReserved(identifier);
    }

    private static String typeName(SqlType type, String varcharName, String clobName, String timeName) {
        if (type instanceof SqlType.Varchar varchar) {
            return varcharName + "(" + varchar.length() + ")";
        }
        if (type instanceof SqlType.Numeric numeric) {
            return "numeric(" + numeric.precision() + "," + numeric.scale() + ")";
        }
        return switch ((SqlType.Scalar) type) {
            case SMALLINT -> "smallint";
            case INTEGER -> "integer";
            case BIGINT -> "bigint";
            case REAL -> "real";
            case DOUBLE_PRECISION -> "double precision";
            case BOOLEAN -> "boolean";
            case DATE -> "date";
            case TIME -> timeName;
            case TIMESTAMP -> "timestamp";
            case TIMESTAMP_WITH_TIME_ZONE -> "timestamp with time zone";
            case UUID -> "uuid";
            case CLOB -> clobName;
        };
    }
}

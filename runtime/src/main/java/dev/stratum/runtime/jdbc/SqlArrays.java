package dev.stratum.runtime.jdbc;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;

/**
 * Binds a collection as one SQL array parameter, so a finder's {@code In} is the constant {@code column = ANY(?)}
 * whatever the collection's size; an empty collection matches no row.
 */
public final class SqlArrays {

    private SqlArrays() {
    }

    /**
     * Binds {@code values} at {@code index} as an array of {@code sqlType} ({@code varchar}, {@code bigint}, ...).
     * Enums are bound by name and instants as UTC offsets, like {@link JdbcValues} binds single values.
     */
    public static void set(PreparedStatement statement, int index, String sqlType, Collection<?> values)
            throws SQLException {
        Object[] elements = values.stream().map(SqlArrays::element).toArray();
        Array array = statement.getConnection().createArrayOf(sqlType, elements);
        statement.setArray(index, array);
    }

    private static Object element(Object value) {
        if (value == null) {
            throw new NullPointerException("a finder's In collection must not contain null; use IsNull");
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        if (value instanceof Instant instant) {
            return instant.atOffset(ZoneOffset.UTC);
        }
        return value;
    }
}

package dev.stratum.runtime.jdbc;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.function.Function;

/**
 * Null-safe binders and readers for the value types generated repositories use. Binders write SQL {@code NULL} for a
 * Java {@code null}; readers return {@code null} for SQL {@code NULL}. Instants are stored in
 * {@code TIMESTAMP WITH TIME ZONE} columns, bound as UTC offsets so H2 and PostgreSQL agree. The other date and time
 * types go through the drivers' JDBC 4.2 {@code setObject}/{@code getObject(column, Type.class)} support, which both
 * drivers have. Both databases keep microseconds: nanoseconds beyond them are rounded by PostgreSQL and, with the
 * default precision 6, by H2. An {@link OffsetDateTime} keeps its offset on H2; PostgreSQL stores the instant and
 * reads it back at UTC.
 */
public final class JdbcValues {

    private JdbcValues() {
    }

    public static void setInteger(PreparedStatement statement, int index, Integer value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.INTEGER);
        } else {
            statement.setInt(index, value);
        }
    }

    public static void setLong(PreparedStatement statement, int index, Long value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.BIGINT);
        } else {
            statement.setLong(index, value);
        }
    }

    public static void setBoolean(PreparedStatement statement, int index, Boolean value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.BOOLEAN);
        } else {
            statement.setBoolean(index, value);
        }
    }

    public static void setString(PreparedStatement statement, int index, String value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, value);
        }
    }

    public static void setBigDecimal(PreparedStatement statement, int index, BigDecimal value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.NUMERIC);
        } else {
            statement.setBigDecimal(index, value);
        }
    }

    public static void setLocalDate(PreparedStatement statement, int index, LocalDate value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.DATE);
        } else {
            statement.setObject(index, value);
        }
    }

    public static void setInstant(PreparedStatement statement, int index, Instant value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
        } else {
            statement.setObject(index, value.atOffset(ZoneOffset.UTC));
        }
    }

    public static void setByte(PreparedStatement statement, int index, Byte value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.SMALLINT);
        } else {
            statement.setShort(index, value);
        }
    }

    /** A whole number of any size, stored in a {@code numeric(p, 0)} column. */
    public static void setBigInteger(PreparedStatement statement, int index, BigInteger value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.NUMERIC);
        } else {
            statement.setBigDecimal(index, new BigDecimal(value));
        }
    }

    public static void setShort(PreparedStatement statement, int index, Short value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.SMALLINT);
        } else {
            statement.setShort(index, value);
        }
    }

    public static void setFloat(PreparedStatement statement, int index, Float value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.REAL);
        } else {
            statement.setFloat(index, value);
        }
    }

    public static void setDouble(PreparedStatement statement, int index, Double value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.DOUBLE);
        } else {
            statement.setDouble(index, value);
        }
    }

    public static void setLocalDateTime(PreparedStatement statement, int index, LocalDateTime value)
            throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.TIMESTAMP);
        } else {
            statement.setObject(index, value);
        }
    }

    public static void setOffsetDateTime(PreparedStatement statement, int index, OffsetDateTime value)
            throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
        } else {
            statement.setObject(index, value);
        }
    }

    public static void setLocalTime(PreparedStatement statement, int index, LocalTime value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.TIME);
        } else {
            statement.setObject(index, value);
        }
    }

    public static void setUuid(PreparedStatement statement, int index, UUID value) throws SQLException {
        if (value == null) {
            // OTHER leaves the type to the column, which both databases resolve to their native UUID.
            statement.setNull(index, Types.OTHER);
        } else {
            statement.setObject(index, value);
        }
    }

    /** Binds the constant's {@code name()}, matching {@code @Enumerated(EnumType.STRING)} columns. */
    public static void setEnum(PreparedStatement statement, int index, Enum<?> value) throws SQLException {
        setString(statement, index, value == null ? null : value.name());
    }

    // Readers take the column's position in the SELECT list: a name would be looked up again on every row.

    public static Integer getInteger(ResultSet row, int column) throws SQLException {
        int value = row.getInt(column);
        return row.wasNull() ? null : value;
    }

    public static Long getLong(ResultSet row, int column) throws SQLException {
        long value = row.getLong(column);
        return row.wasNull() ? null : value;
    }

    public static Boolean getBoolean(ResultSet row, int column) throws SQLException {
        boolean value = row.getBoolean(column);
        return row.wasNull() ? null : value;
    }

    public static String getString(ResultSet row, int column) throws SQLException {
        return row.getString(column);
    }

    public static BigDecimal getBigDecimal(ResultSet row, int column) throws SQLException {
        return row.getBigDecimal(column);
    }

    public static LocalDate getLocalDate(ResultSet row, int column) throws SQLException {
        return row.getObject(column, LocalDate.class);
    }

    public static Instant getInstant(ResultSet row, int column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    public static Byte getByte(ResultSet row, int column) throws SQLException {
        byte value = row.getByte(column);
        return row.wasNull() ? null : value;
    }

    /** The whole number in a {@code numeric(p, 0)} column; a fraction there (written by other code) is an error. */
    public static BigInteger getBigInteger(ResultSet row, int column) throws SQLException {
        BigDecimal value = row.getBigDecimal(column);
        return value == null ? null : value.toBigIntegerExact();
    }

    public static Short getShort(ResultSet row, int column) throws SQLException {
        short value = row.getShort(column);
        return row.wasNull() ? null : value;
    }

    public static Float getFloat(ResultSet row, int column) throws SQLException {
        float value = row.getFloat(column);
        return row.wasNull() ? null : value;
    }

    public static Double getDouble(ResultSet row, int column) throws SQLException {
        double value = row.getDouble(column);
        return row.wasNull() ? null : value;
    }

    public static LocalDateTime getLocalDateTime(ResultSet row, int column) throws SQLException {
        return row.getObject(column, LocalDateTime.class);
    }

    public static OffsetDateTime getOffsetDateTime(ResultSet row, int column) throws SQLException {
        return row.getObject(column, OffsetDateTime.class);
    }

    public static LocalTime getLocalTime(ResultSet row, int column) throws SQLException {
        return row.getObject(column, LocalTime.class);
    }

    public static UUID getUuid(ResultSet row, int column) throws SQLException {
        return row.getObject(column, UUID.class);
    }

    /**
     * Reads an enum stored by name.
     *
     * @param valueOf the enum's {@code valueOf}, e.g. {@code Species::valueOf}
     */
    public static <E extends Enum<E>> E getEnum(ResultSet row, int column, Function<String, E> valueOf)
            throws SQLException {
        String name = row.getString(column);
        return name == null ? null : valueOf.apply(name);
    }
}

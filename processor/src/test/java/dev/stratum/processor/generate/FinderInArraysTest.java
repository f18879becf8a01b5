package dev.stratum.processor.generate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stratum.processor.MigratedDatabase;
import dev.stratum.processor.model.ValueKind;
import dev.stratum.processor.schema.ColumnDef;
import dev.stratum.processor.schema.H2Dialect;
import dev.stratum.processor.schema.PostgresDialect;
import dev.stratum.processor.schema.PrimaryKey;
import dev.stratum.processor.schema.SqlDialect;
import dev.stratum.processor.schema.SqlType;
import dev.stratum.processor.schema.TableModel;
import dev.stratum.runtime.jdbc.JdbcValues;
import dev.stratum.runtime.jdbc.SqlArrays;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A finder's {@code In} on every kind of value an entity stores: a column of the type the schema stage declares for
 * the kind, one row per sample value written with the runtime's binder, then {@code v = ANY(?)} with all samples but
 * the last bound as one array by {@link SqlArrays} under the element type the finder writer names. On a real H2 and a
 * real PostgreSQL, exactly the rows of the bound samples must come back.
 */
class FinderInArraysTest {

    private enum Colour { RED, GREEN, BLUE }

    @FunctionalInterface
    private interface Binder<T> {
        void bind(PreparedStatement statement, int index, T value) throws SQLException;
    }

    /** The samples of one kind, stored in a column of {@code type}. */
    private record Sample<T>(ValueKind kind, SqlType type, Binder<T> binder, List<T> values) {

        void insert(Connection connection, String table) throws SQLException {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO " + table + " (id, v) VALUES (?, ?)")) {
                for (int i = 0; i < values.size(); i++) {
                    insert.setLong(1, i + 1);
                    binder.bind(insert, 2, values.get(i));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        }
    }

    private static final List<Sample<?>> SAMPLES = List.of(
            new Sample<>(ValueKind.STRING, new SqlType.Varchar(40), JdbcValues::setString, List.of("a%", "b_", "c")),
            new Sample<>(ValueKind.ENUM, new SqlType.Varchar(20), JdbcValues::setEnum,
                    List.of(Colour.RED, Colour.BLUE, Colour.GREEN)),
            new Sample<>(ValueKind.BOOLEAN, SqlType.Scalar.BOOLEAN, JdbcValues::setBoolean, List.of(false, true)),
            new Sample<>(ValueKind.SHORT, SqlType.Scalar.SMALLINT, JdbcValues::setShort,
                    List.of(Short.MIN_VALUE, (short) 0, Short.MAX_VALUE)),
            new Sample<>(ValueKind.INT, SqlType.Scalar.INTEGER, JdbcValues::setInteger,
                    List.of(Integer.MIN_VALUE, 7, Integer.MAX_VALUE)),
            new Sample<>(ValueKind.LONG, SqlType.Scalar.BIGINT, JdbcValues::setLong,
                    List.of(Long.MIN_VALUE, 7L, Long.MAX_VALUE)),
            new Sample<>(ValueKind.FLOAT, SqlType.Scalar.REAL, JdbcValues::setFloat, List.of(-1.5f, 0.25f, 3e30f)),
            new Sample<>(ValueKind.DOUBLE, SqlType.Scalar.DOUBLE_PRECISION, JdbcValues::setDouble,
                    List.of(-1.5, 0.1, 1e300)),
            new Sample<>(ValueKind.BIG_DECIMAL, new SqlType.Numeric(12, 2), JdbcValues::setBigDecimal,
                    List.of(new BigDecimal("-3.25"), new BigDecimal("1.50"), new BigDecimal("9999999999.99"))),
            new Sample<>(ValueKind.BIG_INTEGER, new SqlType.Numeric(40, 0), JdbcValues::setBigInteger,
                    List.of(BigInteger.TEN.pow(39).negate(), new BigInteger("18446744073709551616"), BigInteger.ONE)),
            new Sample<>(ValueKind.BYTE, SqlType.Scalar.SMALLINT, JdbcValues::setByte,
                    List.of(Byte.MIN_VALUE, Byte.MAX_VALUE, (byte) 0)),
            new Sample<>(ValueKind.LOCAL_DATE, SqlType.Scalar.DATE, JdbcValues::setLocalDate,
                    List.of(LocalDate.of(1999, 12, 31), LocalDate.of(2026, 2, 28), LocalDate.of(2026, 3, 1))),
            new Sample<>(ValueKind.LOCAL_TIME, SqlType.Scalar.TIME, JdbcValues::setLocalTime,
                    List.of(LocalTime.of(0, 0), LocalTime.of(9, 30, 15), LocalTime.of(23, 59, 59))),
            new Sample<>(ValueKind.LOCAL_DATE_TIME, SqlType.Scalar.TIMESTAMP, JdbcValues::setLocalDateTime,
                    List.of(LocalDateTime.of(2026, 1, 1, 0, 0), LocalDateTime.of(2026, 6, 1, 12, 30, 45),
                            LocalDateTime.of(2026, 6, 1, 12, 30, 46))),
            new Sample<>(ValueKind.OFFSET_DATE_TIME, SqlType.Scalar.TIMESTAMP_WITH_TIME_ZONE,
                    JdbcValues::setOffsetDateTime,
                    List.of(OffsetDateTime.of(2026, 6, 1, 14, 0, 0, 0, ZoneOffset.ofHours(2)),
                            OffsetDateTime.of(2026, 6, 1, 9, 0, 0, 0, ZoneOffset.UTC),
                            OffsetDateTime.of(2026, 6, 1, 12, 0, 1, 0, ZoneOffset.UTC))),
            new Sample<>(ValueKind.INSTANT, SqlType.Scalar.TIMESTAMP_WITH_TIME_ZONE, JdbcValues::setInstant,
                    List.of(Instant.parse("2026-06-01T12:00:00Z"), Instant.parse("1970-01-01T00:00:00Z"),
                            Instant.parse("2026-06-01T12:00:00.000001Z"))),
            new Sample<>(ValueKind.UUID, SqlType.Scalar.UUID, JdbcValues::setUuid,
                    List.of(new UUID(0, 1), new UUID(-1, -1), new UUID(42, 42))));

    @Test
    void coversEveryKindAFinderCanCompare() {
        Set<ValueKind> covered = SAMPLES.stream().map(Sample::kind).collect(Collectors.toCollection(
                () -> EnumSet.noneOf(ValueKind.class)));
        List<ValueKind> stored = new ArrayList<>();
        for (ValueKind kind : ValueKind.values()) {
            try {
                FinderRepositoryWriter.arrayType(kind);
                stored.add(kind);
            } catch (IllegalArgumentException notStored) {
                // no column of this kind: a finder never compares it
            }
        }
        assertThat(covered).containsExactlyInAnyOrderElementsOf(stored);
    }

    @Test
    void matchesExactlyTheBoundValuesOnH2() throws Exception {
        matchEverySample("h2", new H2Dialect());
    }

    @Test
    void matchesExactlyTheBoundValuesOnPostgresql() throws Exception {
        matchEverySample("postgresql", new PostgresDialect());
    }

    private static void matchEverySample(String vendor, SqlDialect dialect) throws Exception {
        try (MigratedDatabase database = MigratedDatabase.empty(vendor);
                Connection connection = database.dataSource().getConnection()) {
            matchEverySample(connection, dialect);
        }
    }

    private static void matchEverySample(Connection connection, SqlDialect dialect) throws SQLException {
        for (Sample<?> sample : SAMPLES) {
            String table = "in_" + sample.kind().name().toLowerCase();
            create(connection, dialect, table, sample.type());
            sample.insert(connection, table);
            List<?> bound = sample.values().subList(0, sample.values().size() - 1);
            List<Long> expected = new ArrayList<>();
            for (long id = 1; id <= bound.size(); id++) {
                expected.add(id);
            }
            assertThat(idsMatching(connection, table, FinderRepositoryWriter.arrayType(sample.kind()), bound))
                    .as("%s: v = ANY(%s) on %s", sample.kind(), bound, dialect.name())
                    .containsExactlyElementsOf(expected);
            assertThat(idsMatching(connection, table, FinderRepositoryWriter.arrayType(sample.kind()), List.of()))
                    .as("%s: an empty collection on %s", sample.kind(), dialect.name())
                    .isEmpty();
        }
    }

    private static void create(Connection connection, SqlDialect dialect, String table, SqlType type)
            throws SQLException {
        TableModel model = new TableModel(table,
                List.of(new ColumnDef("id", SqlType.Scalar.BIGINT, false, false), new ColumnDef("v", type, false, false)),
                new PrimaryKey("pk_" + table, List.of("id")), List.of(), "example.Sample", List.of(), List.of(),
                List.of());
        try (Statement statement = connection.createStatement()) {
            for (String ddl : dialect.createTable(model).split(";\n")) {
                if (!ddl.isBlank()) {
                    statement.execute(ddl);
                }
            }
        }
    }

    private static List<Long> idsMatching(Connection connection, String table, String arrayType, List<?> values)
            throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT id FROM " + table + " WHERE v = ANY(?) ORDER BY id")) {
            SqlArrays.set(query, 1, arrayType, values);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    ids.add(row.getLong(1));
                }
            }
        }
        return ids;
    }
}

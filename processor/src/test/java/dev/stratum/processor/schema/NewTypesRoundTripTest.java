package dev.stratum.processor.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import dev.stratum.processor.Golden;
import dev.stratum.runtime.jdbc.JdbcValues;
import dev.stratum.runtime.jdbc.SqlErrors;
import dev.stratum.runtime.problem.DuplicateException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The types added for short, float, double, LocalTime, LocalDateTime, OffsetDateTime and {@code @Lob} strings, and a
 * composite unique constraint and index: the DDL each dialect renders, then a round trip through a real H2 and a real
 * PostgreSQL with the runtime's binders and readers, stating what each database keeps.
 */
class NewTypesRoundTripTest {

    private static final String PG_URL_VARIABLE = "STRATUM_TEST_PG_URL";

    static final TableModel SAMPLES = new TableModel("samples",
            List.of(new ColumnDef("id", SqlType.Scalar.BIGINT, false, true),
                    new ColumnDef("code", SqlType.Scalar.SMALLINT, false, false),
                    new ColumnDef("ratio", SqlType.Scalar.REAL, true, false),
                    new ColumnDef("weight", SqlType.Scalar.DOUBLE_PRECISION, true, false),
                    new ColumnDef("opens_at", SqlType.Scalar.TIME, true, false),
                    new ColumnDef("seen_at", SqlType.Scalar.TIMESTAMP, true, false),
                    new ColumnDef("booked_at", SqlType.Scalar.TIMESTAMP_WITH_TIME_ZONE, true, false),
                    new ColumnDef("notes", SqlType.Scalar.CLOB, true, false)),
            new PrimaryKey("pk_samples", List.of("id")),
            List.of(new UniqueKey("uk_samples_code_weight", List.of("code", "weight"))),
            "example.Sample", List.of(),
            List.of(new Index("ix_samples_seen_at_code", List.of("seen_at", "code"), false, List.of("seen_at")),
                    new Index("ix_samples_opens_at", List.of("opens_at"), true, List.of())),
            List.of());

    private static final LocalDateTime SEEN = LocalDateTime.of(2026, 3, 29, 2, 30, 15, 123_456_789);
    private static final OffsetDateTime BOOKED = OffsetDateTime.of(2026, 12, 2, 9, 5, 0, 250_000_000,
            ZoneOffset.ofHoursMinutes(5, 30));
    private static final LocalTime OPENS = LocalTime.of(23, 59, 59, 500_000_400);
    private static final String NOTES = "line\n".repeat(40_000) + "é€😀";

    @Test
    void rendersTheNewTypesAndDeclaredIndexesInBothDialects() {
        Map<String, String> files = new LinkedHashMap<>();
        for (SqlDialect dialect : SqlDialect.all()) {
            files.put(dialect.name() + "/create_samples.sql", dialect.createTable(SAMPLES));
        }
        Golden.assertMatches(Path.of("src/test/resources/golden/schema/ddl_new_types/expected"), files);
    }

    @Test
    void keepsMicrosecondsAndTheOffsetOnH2() throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:h2:mem:types-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH", "sa", "")) {
            Row row = roundTrip(connection, new H2Dialect());
            // H2 keeps the offset as written
            assertThat(row.booked()).isEqualTo(BOOKED);
            assertThat(row.booked().getOffset()).isEqualTo(ZoneOffset.ofHoursMinutes(5, 30));
            duplicateNamesBothFields(connection);
        }
    }

    @Test
    void keepsMicrosecondsAndTheInstantOnPostgresql() throws SQLException {
        String url = System.getenv(PG_URL_VARIABLE);
        if (url == null || url.isBlank()) {
            fail(PG_URL_VARIABLE + " is not set, so this PostgreSQL test cannot run; start a server with"
                    + " scripts/pg-start and export the url it prints");
        }
        String schema = "types_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection admin = DriverManager.getConnection(url); Statement statement = admin.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
            try (Connection connection = DriverManager.getConnection(url + (url.contains("?") ? "&" : "?")
                    + "currentSchema=" + schema)) {
                Row row = roundTrip(connection, new PostgresDialect());
                // PostgreSQL stores the instant and reads it back at UTC
                assertThat(row.booked()).isEqualTo(BOOKED.withOffsetSameInstant(ZoneOffset.UTC));
                duplicateNamesBothFields(connection);
            } finally {
                statement.execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }

    /** Writes one row of extreme values and one of NULLs, reads both back; returns the first. */
    private static Row roundTrip(Connection connection, SqlDialect dialect) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String ddl : dialect.createTable(SAMPLES).split(";\n")) {
                if (!ddl.isBlank()) {
                    statement.execute(ddl);
                }
            }
        }
        insert(connection, Short.MIN_VALUE, Float.MAX_VALUE, -Double.MIN_VALUE, OPENS, SEEN, BOOKED, NOTES);
        insert(connection, Short.MAX_VALUE, null, null, null, null, null, null);
        Row extreme = read(connection, Short.MIN_VALUE);
        assertThat(extreme.ratio()).isEqualTo(Float.MAX_VALUE);
        assertThat(extreme.weight()).isEqualTo(-Double.MIN_VALUE);
        assertThat(extreme.notes()).isEqualTo(NOTES);
        // both round to whole microseconds, half up: .123456789 -> .123457, .5000004 -> .500000
        assertThat(extreme.seen()).isEqualTo(SEEN.withNano(123_457_000));
        assertThat(extreme.opens()).isEqualTo(OPENS.withNano(500_000_000));
        Row empty = read(connection, Short.MAX_VALUE);
        assertThat(List.of(empty)).containsExactly(new Row(Short.MAX_VALUE, null, null, null, null, null, null));
        return extreme;
    }

    private static void duplicateNamesBothFields(Connection connection) {
        assertThatThrownBy(() -> {
            try {
                insert(connection, Short.MIN_VALUE, 1f, -Double.MIN_VALUE, null, null, null, null);
            } catch (SQLException e) {
                throw SqlErrors.translate(e, "Sample", Map.of("uk_samples_code_weight", "code,weight"));
            }
        }).isInstanceOfSatisfying(DuplicateException.class, duplicate -> {
            assertThat(duplicate.getMessage()).contains("this combination of code and weight");
            assertThat(duplicate.extensions()).containsEntry("pointers", List.of("/code", "/weight"));
        });
    }

    private static void insert(Connection connection, short code, Float ratio, Double weight, LocalTime opens,
            LocalDateTime seen, OffsetDateTime booked, String notes) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO samples (code, ratio, weight,"
                + " opens_at, seen_at, booked_at, notes) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            JdbcValues.setShort(insert, 1, code);
            JdbcValues.setFloat(insert, 2, ratio);
            JdbcValues.setDouble(insert, 3, weight);
            JdbcValues.setLocalTime(insert, 4, opens);
            JdbcValues.setLocalDateTime(insert, 5, seen);
            JdbcValues.setOffsetDateTime(insert, 6, booked);
            JdbcValues.setString(insert, 7, notes);
            insert.executeUpdate();
        }
    }

    private static Row read(Connection connection, short code) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT code, ratio, weight, opens_at, seen_at,"
                + " booked_at, notes FROM samples WHERE code = ?")) {
            JdbcValues.setShort(select, 1, code);
            try (ResultSet rows = select.executeQuery()) {
                assertThat(rows.next()).isTrue();
                return new Row(JdbcValues.getShort(rows, 1), JdbcValues.getFloat(rows, 2),
                        JdbcValues.getDouble(rows, 3), JdbcValues.getLocalTime(rows, 4),
                        JdbcValues.getLocalDateTime(rows, 5), JdbcValues.getOffsetDateTime(rows, 6),
                        JdbcValues.getString(rows, 7));
            }
        }
    }

    private record Row(Short code, Float ratio, Double weight, LocalTime opens, LocalDateTime seen,
            OffsetDateTime booked, String notes) {
    }
}

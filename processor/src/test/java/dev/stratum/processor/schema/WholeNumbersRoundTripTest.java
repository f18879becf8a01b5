package dev.stratum.processor.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import dev.stratum.runtime.jdbc.JdbcValues;
import java.math.BigInteger;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * {@code byte} and {@code BigInteger} fields: a {@code smallint} and a {@code numeric(40, 0)} column in each dialect,
 * written and read back through a real H2 and a real PostgreSQL with the runtime's binders and readers.
 */
class WholeNumbersRoundTripTest {

    private static final String PG_URL_VARIABLE = "STRATUM_TEST_PG_URL";
    private static final BigInteger FORTY_NINES = BigInteger.TEN.pow(40).subtract(BigInteger.ONE);

    static final TableModel COUNTERS = new TableModel("counters",
            List.of(new ColumnDef("id", SqlType.Scalar.BIGINT, false, false),
                    new ColumnDef("level", SqlType.Scalar.SMALLINT, true, false),
                    new ColumnDef("total", new SqlType.Numeric(40, 0), true, false)),
            new PrimaryKey("pk_counters", List.of("id")), List.of(), "example.Counter", List.of(), List.of(),
            List.of());

    @Test
    void rendersASmallintAndAWholeNumericInBothDialects() {
        for (SqlDialect dialect : SqlDialect.all()) {
            assertThat(dialect.createTable(COUNTERS)).as(dialect.name())
                    .contains("level smallint").contains("total numeric(40,0)");
        }
    }

    @Test
    void keepsEveryByteAndFortyDigitsOnH2() throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:h2:mem:whole-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH", "sa", "")) {
            roundTrip(connection, new H2Dialect());
        }
    }

    @Test
    void keepsEveryByteAndFortyDigitsOnPostgresql() throws SQLException {
        String url = System.getenv(PG_URL_VARIABLE);
        if (url == null || url.isBlank()) {
            fail(PG_URL_VARIABLE + " is not set, so this PostgreSQL test cannot run; start a server with"
                    + " scripts/pg-start and export the url it prints");
        }
        String schema = "whole_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection admin = DriverManager.getConnection(url); Statement statement = admin.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
            try (Connection connection = DriverManager.getConnection(url + (url.contains("?") ? "&" : "?")
                    + "currentSchema=" + schema)) {
                roundTrip(connection, new PostgresDialect());
            } finally {
                statement.execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }

    private static void roundTrip(Connection connection, SqlDialect dialect) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String ddl : dialect.createTable(COUNTERS).split(";\n")) {
                if (!ddl.isBlank()) {
                    statement.execute(ddl);
                }
            }
        }
        insert(connection, 1, Byte.MIN_VALUE, FORTY_NINES.negate());
        insert(connection, 2, Byte.MAX_VALUE, FORTY_NINES);
        insert(connection, 3, (byte) 0, BigInteger.valueOf(Long.MAX_VALUE).add(BigInteger.ONE));
        insert(connection, 4, null, null);
        assertThat(read(connection, 1)).isEqualTo(new Row(Byte.MIN_VALUE, FORTY_NINES.negate()));
        assertThat(read(connection, 2)).isEqualTo(new Row(Byte.MAX_VALUE, FORTY_NINES));
        assertThat(read(connection, 3)).isEqualTo(new Row((byte) 0, new BigInteger("9223372036854775808")));
        assertThat(read(connection, 4)).isEqualTo(new Row(null, null));
        // forty-one digits do not fit the column: the database refuses them rather than round
        assertThatThrownBy(() -> insert(connection, 5, (byte) 1, FORTY_NINES.add(BigInteger.ONE)))
                .isInstanceOf(SQLException.class);
    }

    private static void insert(Connection connection, long id, Byte level, BigInteger total) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO counters (id, level, total) VALUES (?, ?, ?)")) {
            insert.setLong(1, id);
            JdbcValues.setByte(insert, 2, level);
            JdbcValues.setBigInteger(insert, 3, total);
            insert.executeUpdate();
        }
    }

    private static Row read(Connection connection, long id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT level, total FROM counters WHERE id = ?")) {
            select.setLong(1, id);
            try (ResultSet rows = select.executeQuery()) {
                assertThat(rows.next()).isTrue();
                return new Row(JdbcValues.getByte(rows, 1), JdbcValues.getBigInteger(rows, 2));
            }
        }
    }

    private record Row(Byte level, BigInteger total) {
    }
}

package dev.stratum.runtime.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Round trips through a real in-memory H2 in PostgreSQL mode, as generated repositories use it. */
class JdbcValuesTest {

    enum Species { CAT, DOG }

    private static final String INSERT = """
            INSERT INTO sample (id, an_integer, a_long, a_boolean, a_string, a_decimal, a_date, an_instant, a_uuid,
                                a_species)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private Connection connection;

    @BeforeEach
    void createTable() throws SQLException {
        connection = DriverManager.getConnection("jdbc:h2:mem:jdbc-values;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE");
        try (Statement statement = connection.createStatement()) {
            statement.execute("""
                    CREATE TABLE sample (
                        id INTEGER PRIMARY KEY, an_integer INTEGER, a_long BIGINT, a_boolean BOOLEAN,
                        a_string VARCHAR(50), a_decimal NUMERIC(7, 2), a_date DATE,
                        an_instant TIMESTAMP WITH TIME ZONE, a_uuid UUID, a_species VARCHAR(10))""");
        }
    }

    @AfterEach
    void dropTable() throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE sample");
        }
        connection.close();
    }

    @Test
    void everyTypeSurvivesARoundTrip() throws SQLException {
        Instant instant = Instant.parse("2024-05-31T12:34:56.123456Z");
        UUID uuid = UUID.fromString("123e4567-e89b-12d3-a456-426614174000");
        insert(1, 42, 9_000_000_000L, true, "Rex", new BigDecimal("12.50"), LocalDate.of(2020, 2, 29), instant,
                uuid, Species.DOG);

        try (ResultSet row = select(1)) {
            assertThat(JdbcValues.getInteger(row, 1)).isEqualTo(42);
            assertThat(JdbcValues.getLong(row, 2)).isEqualTo(9_000_000_000L);
            assertThat(JdbcValues.getBoolean(row, 3)).isTrue();
            assertThat(JdbcValues.getString(row, 4)).isEqualTo("Rex");
            assertThat(JdbcValues.getBigDecimal(row, 5)).isEqualTo(new BigDecimal("12.50"));
            assertThat(JdbcValues.getLocalDate(row, 6)).isEqualTo(LocalDate.of(2020, 2, 29));
            assertThat(JdbcValues.getInstant(row, 7)).isEqualTo(instant);
            assertThat(JdbcValues.getUuid(row, 8)).isEqualTo(uuid);
            Species species = JdbcValues.getEnum(row, 9, Species::valueOf);
            assertThat(species).isEqualTo(Species.DOG);
        }
    }

    @Test
    void nullsAreBoundAsSqlNullAndReadBackAsNull() throws SQLException {
        insert(2, null, null, null, null, null, null, null, null, null);

        try (ResultSet row = select(2)) {
            assertThat(JdbcValues.getInteger(row, 1)).isNull();
            assertThat(JdbcValues.getLong(row, 2)).isNull();
            assertThat(JdbcValues.getBoolean(row, 3)).isNull();
            assertThat(JdbcValues.getString(row, 4)).isNull();
            assertThat(JdbcValues.getBigDecimal(row, 5)).isNull();
            assertThat(JdbcValues.getLocalDate(row, 6)).isNull();
            assertThat(JdbcValues.getInstant(row, 7)).isNull();
            assertThat(JdbcValues.getUuid(row, 8)).isNull();
            Species species = JdbcValues.getEnum(row, 9, Species::valueOf);
            assertThat(species).isNull();
        }
        try (Statement statement = connection.createStatement();
                ResultSet counted = statement.executeQuery("""
                        SELECT COUNT(*) FROM sample WHERE id = 2 AND an_integer IS NULL AND a_long IS NULL
                        AND a_boolean IS NULL AND a_string IS NULL AND a_decimal IS NULL AND a_date IS NULL
                        AND an_instant IS NULL AND a_uuid IS NULL AND a_species IS NULL""")) {
            counted.next();
            assertThat(counted.getInt(1)).isEqualTo(1);
        }
    }

    @Test
    void instantsAndEnumsAreStoredAsTheDatabaseSeesThem() throws SQLException {
        insert(3, null, null, null, null, null, null, Instant.parse("2024-01-01T00:00:00Z"), null, Species.CAT);

        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("""
                        SELECT a_species FROM sample
                        WHERE an_instant = TIMESTAMP WITH TIME ZONE '2024-01-01 02:00:00+02:00'""")) {
            assertThat(row.next()).isTrue();
            assertThat(row.getString(1)).isEqualTo("CAT");
        }
    }

    private void insert(int id, Integer anInteger, Long aLong, Boolean aBoolean, String aString, BigDecimal aDecimal,
            LocalDate aDate, Instant anInstant, UUID aUuid, Species species) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(INSERT)) {
            JdbcValues.setInteger(statement, 1, id);
            JdbcValues.setInteger(statement, 2, anInteger);
            JdbcValues.setLong(statement, 3, aLong);
            JdbcValues.setBoolean(statement, 4, aBoolean);
            JdbcValues.setString(statement, 5, aString);
            JdbcValues.setBigDecimal(statement, 6, aDecimal);
            JdbcValues.setLocalDate(statement, 7, aDate);
            JdbcValues.setInstant(statement, 8, anInstant);
            JdbcValues.setUuid(statement, 9, aUuid);
            JdbcValues.setEnum(statement, 10, species);
            assertThat(statement.executeUpdate()).isEqualTo(1);
        }
    }

    /** The readers take positions, as generated repositories list their columns: 1 is an_integer, and so on. */
    private static final String READ_ORDER =
            "an_integer, a_long, a_boolean, a_string, a_decimal, a_date, an_instant, a_uuid, a_species";

    private ResultSet select(int id) throws SQLException {
        PreparedStatement statement = connection.prepareStatement("SELECT " + READ_ORDER + " FROM sample WHERE id = ?");
        statement.closeOnCompletion();
        statement.setInt(1, id);
        ResultSet row = statement.executeQuery();
        assertThat(row.next()).isTrue();
        return row;
    }
}

package dev.stratum.runtime.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.stratum.runtime.problem.DuplicateException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SqlErrorsTest {

    private Connection connection;

    @BeforeEach
    void createTable() throws SQLException {
        connection = DriverManager.getConnection("jdbc:h2:mem:sql-errors;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE");
        execute("CREATE TABLE owner (id INTEGER PRIMARY KEY, email VARCHAR(100) CONSTRAINT uq_owner_email UNIQUE)");
        execute("INSERT INTO owner (id, email) VALUES (1, 'a@example.org')");
    }

    @AfterEach
    void dropTable() throws SQLException {
        execute("DROP TABLE owner");
        connection.close();
    }

    @Test
    void aUniqueViolationBecomesADuplicateWithoutDatabaseNames() {
        SQLException e = catchThrowableOfType(SQLException.class,
                () -> execute("INSERT INTO owner (id, email) VALUES (2, 'a@example.org')"));

        RuntimeException translated = SqlErrors.translate(e, "Owner");

        assertThat(translated).isInstanceOf(DuplicateException.class);
        assertThat(translated.getMessage()).contains("Owner").doesNotContainIgnoringCase("uq_owner_email")
                .doesNotContainIgnoringCase("insert");
    }

    @Test
    void aUniqueViolationFurtherDownTheChainIsStillADuplicate() {
        SQLException batchFailure = new SQLException("batch failed", "08000");
        batchFailure.setNextException(new SQLException("duplicate key", SqlErrors.UNIQUE_VIOLATION));

        assertThat(SqlErrors.translate(batchFailure, "Owner")).isInstanceOf(DuplicateException.class);
    }

    @Test
    void anyOtherErrorIsADataAccessFailureKeepingTheCauseForTheLogs() {
        SQLException e = catchThrowableOfType(SQLException.class, () -> execute("SELECT * FROM missing_table"));

        RuntimeException translated = SqlErrors.translate(e, "Owner");

        assertThat(translated).isInstanceOf(DataAccessFailure.class).hasCause(e);
        assertThat(translated.getMessage()).contains("Owner").contains(e.getSQLState());
    }

    private void execute(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}

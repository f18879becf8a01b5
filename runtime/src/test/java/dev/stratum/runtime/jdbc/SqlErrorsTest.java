package dev.stratum.runtime.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.stratum.runtime.problem.DuplicateException;
import dev.stratum.runtime.problem.MissingReferenceException;
import dev.stratum.runtime.problem.StillReferencedException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SqlErrorsTest {

    private Connection connection;

    @BeforeEach
    void createTable() throws SQLException {
        connection = DriverManager.getConnection("jdbc:h2:mem:sql-errors;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE");
        execute("CREATE TABLE owner (id INTEGER PRIMARY KEY, email VARCHAR(100) CONSTRAINT uq_owner_email UNIQUE,"
                + " backup VARCHAR(100) CONSTRAINT uq_owner_email_backup UNIQUE)");
        execute("INSERT INTO owner (id, email, backup) VALUES (1, 'a@example.org', 'b@example.org')");
        execute("CREATE TABLE pet (id INTEGER PRIMARY KEY, owner_id INTEGER,"
                + " CONSTRAINT fk_pet_owner_id FOREIGN KEY (owner_id) REFERENCES owner (id) ON DELETE RESTRICT)");
    }

    private static final Map<String, String> REFERENCE_FIELDS = Map.of("fk_pet_owner_id", "ownerId");

    private static final Map<String, String> UNIQUE_FIELDS =
            Map.of("uq_owner_email", "email", "uq_owner_email_backup", "backupEmail");

    @AfterEach
    void dropTable() throws SQLException {
        execute("DROP TABLE pet");
        execute("DROP TABLE owner");
        connection.close();
    }

    @Test
    void aMissingReferencedRowNamesTheRelationField() {
        SQLException e = catchThrowableOfType(SQLException.class,
                () -> execute("INSERT INTO pet (id, owner_id) VALUES (1, 42)"));

        RuntimeException translated = SqlErrors.translate(e, "Pet", Map.of(), REFERENCE_FIELDS);

        assertThat(translated).isInstanceOf(MissingReferenceException.class);
        assertThat(((MissingReferenceException) translated).type().status()).isEqualTo(422);
        assertThat(((MissingReferenceException) translated).extensions()).containsEntry("pointer", "/ownerId");
        assertThat(translated.getMessage()).doesNotContain("42").doesNotContainIgnoringCase("fk_pet_owner_id");
    }

    @Test
    void deletingAReferencedRowNamesTheReferencingRelation() throws SQLException {
        execute("INSERT INTO pet (id, owner_id) VALUES (1, 1)");
        SQLException e = catchThrowableOfType(SQLException.class, () -> execute("DELETE FROM owner WHERE id = 1"));

        RuntimeException translated = SqlErrors.translateDelete(e, "Owner", Map.of("fk_pet_owner_id", "Pet.ownerId"));

        assertThat(translated).isInstanceOf(StillReferencedException.class);
        assertThat(((StillReferencedException) translated).type().status()).isEqualTo(409);
        assertThat(((StillReferencedException) translated).extensions()).containsEntry("relation", "Pet.ownerId");
        assertThat(SqlErrors.translateDelete(e, "Owner", Map.of()).getMessage())
                .isEqualTo("This Owner is still referenced by other records; delete or change those first.");
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
    void aKnownConstraintNamesTheFieldButNeitherTheValueNorTheConstraint() {
        SQLException e = catchThrowableOfType(SQLException.class,
                () -> execute("INSERT INTO owner (id, email) VALUES (2, 'a@example.org')"));

        RuntimeException translated = SqlErrors.translate(e, "Owner", UNIQUE_FIELDS);

        assertThat(translated).isInstanceOf(DuplicateException.class);
        assertThat(((DuplicateException) translated).extensions()).containsEntry("pointer", "/email");
        assertThat(translated.getMessage()).isEqualTo("Another Owner already has this email; change it and try again.");
    }

    @Test
    void theLongestConstraintNameWinsSoAPrefixNeverClaimsAnotherFieldsViolation() {
        SQLException e = catchThrowableOfType(SQLException.class,
                () -> execute("INSERT INTO owner (id, email, backup) VALUES (2, 'c@example.org', 'b@example.org')"));

        RuntimeException translated = SqlErrors.translate(e, "Owner", UNIQUE_FIELDS);

        assertThat(((DuplicateException) translated).extensions()).containsEntry("pointer", "/backupEmail");
    }

    @Test
    void anUnknownConstraintStillGivesADuplicateWithoutAField() {
        SQLException e = catchThrowableOfType(SQLException.class,
                () -> execute("INSERT INTO owner (id, email) VALUES (2, 'a@example.org')"));

        RuntimeException translated = SqlErrors.translate(e, "Owner", Map.of("uq_other", "other"));

        assertThat(((DuplicateException) translated).extensions()).isEmpty();
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

package dev.stratum.runtime.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UndoMigratorTest {

    private static final String V1 = """
            -- Creates owners.
            CREATE TABLE owners (id BIGINT PRIMARY KEY, name VARCHAR(40) NOT NULL);
            """;
    private static final String U1 = """
            -- Reverts V1; drops owners.
            DROP TABLE owners;
            """;
    private static final String V2 = """
            CREATE TABLE pets (id UUID PRIMARY KEY, owner_id BIGINT NOT NULL REFERENCES owners (id));
            CREATE TABLE visits (id BIGINT PRIMARY KEY);
            """;
    // Dropping owners before pets would fail on the foreign key, so a wrong order shows.
    private static final String U2 = """
            -- Reverts V2; drops pets and visits.
            DROP TABLE visits;
            DROP TABLE pets;
            """;

    @TempDir
    Path resources;

    private JdbcDataSource dataSource;
    private String url;
    private Connection keepAlive;

    @BeforeEach
    void createDatabase() throws SQLException {
        dataSource = new JdbcDataSource();
        url = "jdbc:h2:mem:undo-" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE";
        dataSource.setURL(url);
        keepAlive = dataSource.getConnection();
        sql("""
                CREATE TABLE "flyway_schema_history" (
                  "installed_rank" INT NOT NULL PRIMARY KEY,
                  "version" VARCHAR(50),
                  "script" VARCHAR(1000) NOT NULL,
                  "success" BOOLEAN NOT NULL)""");
    }

    @AfterEach
    void dropDatabase() throws SQLException {
        keepAlive.close();
    }

    @Test
    void undoesEveryVersionNewestFirstAndDeletesTheirHistoryRows() throws Exception {
        applyV1AndV2();
        writeIndex("h2/U1__drop_owners.sql", "h2/U2__drop_pets_and_visits.sql",
                "h2/V1__create_owners.sql", "h2/V2__create_pets_and_visits.sql");

        List<MigrationVersion> undone = migrator().undo("0");

        assertThat(undone).extracting(MigrationVersion::toString).containsExactly("2", "1");
        assertThat(tables()).isEmpty();
        assertThat(historyVersions()).isEmpty();
    }

    @Test
    void keepsTheTargetVersionAndEverythingBelowIt() throws Exception {
        applyV1AndV2();
        writeIndex("h2/U1__drop_owners.sql", "h2/U2__drop_pets_and_visits.sql");

        assertThat(migrator().undo("1")).extracting(MigrationVersion::toString).containsExactly("2");

        assertThat(tables()).containsExactly("owners");
        assertThat(historyVersions()).containsExactly("1");
    }

    @Test
    void undoesNothingWhenNoAppliedVersionIsAboveTheTarget() throws Exception {
        applyV1AndV2();
        writeIndex("h2/U1__drop_owners.sql", "h2/U2__drop_pets_and_visits.sql");

        assertThat(migrator().undo("2")).isEmpty();

        assertThat(tables()).containsExactly("owners", "pets", "visits");
        assertThat(historyVersions()).containsExactly("1", "2");
    }

    @Test
    void refusesToStartWhenAnAppliedVersionHasNoUndoScript() throws Exception {
        applyV1AndV2();
        // U2 exists only for the other vendor, so it does not count for h2.
        writeIndex("h2/U1__drop_owners.sql", "postgresql/U2__drop_pets_and_visits.sql");

        assertThatThrownBy(() -> migrator().undo("0"))
                .isInstanceOf(UndoException.class)
                .hasMessageContaining("Version 2 is applied")
                .hasMessageContaining("h2/U2__*.sql")
                .hasMessageContaining("nothing was undone");

        assertThat(tables()).containsExactly("owners", "pets", "visits");
        assertThat(historyVersions()).containsExactly("1", "2");
    }

    @Test
    void refusesToStartWhenAnIndexedScriptIsMissing() throws Exception {
        applyV1AndV2();
        writeIndex("h2/U1__drop_owners.sql", "h2/U2__drop_pets_and_visits.sql");
        Files.delete(resources.resolve("db/migration/h2/U1__drop_owners.sql"));

        assertThatThrownBy(() -> migrator().undo("0"))
                .isInstanceOf(UndoException.class)
                .hasMessageContaining("db/migration/h2/U1__drop_owners.sql is not on the classpath");

        assertThat(tables()).containsExactly("owners", "pets", "visits");
        assertThat(historyVersions()).containsExactly("1", "2");
    }

    @Test
    void refusesToStartWhenAScriptCannotBeSplit() throws Exception {
        applyV1AndV2();
        writeIndex("h2/U1__drop_owners.sql", "h2/U2__drop_pets_and_visits.sql");
        write("h2/U1__drop_owners.sql", "DROP TABLE 'owners;");

        assertThatThrownBy(() -> migrator().undo("0"))
                .isInstanceOf(UndoException.class)
                .hasMessageContaining("h2/U1__drop_owners.sql cannot be split into statements")
                .hasMessageContaining("nothing was undone");

        assertThat(tables()).containsExactly("owners", "pets", "visits");
    }

    @Test
    void aFailingScriptKeepsItsHistoryRowAndNamesTheStatement() throws Exception {
        applyV1AndV2();
        writeIndex("h2/U1__drop_owners.sql", "h2/U2__drop_pets_and_visits.sql");
        write("h2/U2__drop_pets_and_visits.sql", "DROP TABLE visits;\nDROP TABLE no_such_table;\n");

        assertThatThrownBy(() -> migrator().undo("0"))
                .isInstanceOf(UndoException.class)
                .hasMessageContaining("Statement 2 of h2/U2__drop_pets_and_visits.sql failed while undoing version 2");

        assertThat(historyVersions()).containsExactly("1", "2");
        assertThat(tables()).contains("owners", "pets");
    }

    @Test
    void ignoresFailedAndRepeatableHistoryRows() throws Exception {
        applyV1AndV2();
        sql("INSERT INTO \"flyway_schema_history\" VALUES (3, '3', 'V3__broken.sql', FALSE)");
        sql("INSERT INTO \"flyway_schema_history\" VALUES (4, NULL, 'R__views.sql', TRUE)");
        writeIndex("h2/U1__drop_owners.sql", "h2/U2__drop_pets_and_visits.sql");

        assertThat(migrator().undo("0")).extracting(MigrationVersion::toString).containsExactly("2", "1");

        assertThat(historyVersions()).containsExactly("3", null);
    }

    @Test
    void matchesDottedHistoryVersionsWithUnderscoredFileNames() throws Exception {
        applyV1AndV2();
        sql("CREATE TABLE notes (id BIGINT PRIMARY KEY)");
        sql("INSERT INTO \"flyway_schema_history\" VALUES (3, '2.1', 'V2_1__create_notes.sql', TRUE)");
        writeIndex("h2/U1__drop_owners.sql", "h2/U2__drop_pets_and_visits.sql", "h2/U2_1__drop_notes.sql");
        write("h2/U2_1__drop_notes.sql", "DROP TABLE notes;");

        assertThat(migrator().undo("2")).extracting(MigrationVersion::toString).containsExactly("2.1");

        assertThat(tables()).containsExactly("owners", "pets", "visits");
    }

    @Test
    void explainsAMissingIndex() {
        assertThatThrownBy(() -> migrator().undo("0"))
                .isInstanceOf(UndoException.class)
                .hasMessageContaining("db/migration/stratum-index.txt is not on the classpath");
    }

    @Test
    void explainsAMissingHistoryTable() throws Exception {
        sql("DROP TABLE \"flyway_schema_history\"");
        writeIndex("h2/U1__drop_owners.sql");

        assertThatThrownBy(() -> migrator().undo("0"))
                .isInstanceOf(UndoException.class)
                .hasMessageContaining("Could not read Flyway's history table flyway_schema_history");
    }

    @Test
    void rejectsATargetThatIsNotAVersion() {
        assertThatThrownBy(() -> migrator().undo("latest"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'latest' is not a migration version");
    }

    @Test
    void namesTheVendorFolderAfterTheDatabaseProduct() {
        assertThat(UndoMigrator.vendorOf(dataSource)).isEqualTo("h2");
    }

    @Test
    void theCommandsDryRunPrintsThePlanAndChangesNothing() throws Exception {
        applyV1AndV2();
        writeIndex("h2/U1__drop_owners.sql", "h2/U2__drop_pets_and_visits.sql");

        CommandResult result = command("--url", url, "--vendor", "h2", "--target", "0", "--dry-run");

        assertThat(result.status()).isZero();
        assertThat(result.out()).contains("Dry run: would undo 2 version(s) down to 0, newest first:")
                .containsSubsequence("version 2: ", "U2__drop_pets_and_visits.sql", "DROP TABLE visits",
                        "DROP TABLE pets", "version 1: ", "U1__drop_owners.sql", "DROP TABLE owners");
        assertThat(tables()).containsExactly("owners", "pets", "visits");
        assertThat(historyVersions()).containsExactly("1", "2");
    }

    @Test
    void theCommandUndoesDownToTheTargetWithTheVendorOfTheDatabase() throws Exception {
        applyV1AndV2();
        writeIndex("h2/U1__drop_owners.sql", "h2/U2__drop_pets_and_visits.sql");

        CommandResult result = command("--url", url, "--target", "1");

        assertThat(result.status()).isZero();
        assertThat(result.out()).contains("Undid 1 version(s), newest first: [2]");
        assertThat(tables()).containsExactly("owners");
        assertThat(historyVersions()).containsExactly("1");
    }

    @Test
    void theCommandExplainsWrongArgumentsAndFailures() throws Exception {
        CommandResult missingTarget = command("--url", url);
        CommandResult noIndex = command("--url", url, "--target", "0");

        assertThat(missingTarget.status()).isEqualTo(2);
        assertThat(missingTarget.err()).contains("--url and --target are required", "usage: java -cp");
        assertThat(noIndex.status()).isEqualTo(1);
        assertThat(noIndex.err()).contains("Undo failed: ", "stratum-index.txt is not on the classpath");
    }

    private record CommandResult(int status, String out, String err) {
    }

    private CommandResult command(String... args) throws MalformedURLException {
        var out = new java.io.ByteArrayOutputStream();
        var err = new java.io.ByteArrayOutputStream();
        var classLoader = new URLClassLoader(new URL[] {resources.toUri().toURL()}, null);
        int status = new UndoCommand(new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8),
                new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8), java.util.Map.of(),
                classLoader).run(args);
        return new CommandResult(status, out.toString(java.nio.charset.StandardCharsets.UTF_8),
                err.toString(java.nio.charset.StandardCharsets.UTF_8));
    }

    private void applyV1AndV2() throws IOException, SQLException {
        write("h2/U1__drop_owners.sql", U1);
        write("h2/U2__drop_pets_and_visits.sql", U2);
        for (String statement : SqlScript.statements(V1 + V2)) {
            sql(statement);
        }
        sql("INSERT INTO \"flyway_schema_history\" VALUES (1, '1', 'V1__create_owners.sql', TRUE)");
        sql("INSERT INTO \"flyway_schema_history\" VALUES (2, '2', 'V2__create_pets_and_visits.sql', TRUE)");
    }

    private UndoMigrator migrator() throws MalformedURLException {
        // A class loader of its own keeps these scripts away from every other test's classpath.
        var classLoader = new URLClassLoader(new URL[] {resources.toUri().toURL()}, null);
        return new UndoMigrator(dataSource, "h2", classLoader);
    }

    private void writeIndex(String... paths) throws IOException {
        write("stratum-index.txt", String.join("\n", paths) + "\n");
    }

    private void write(String path, String content) throws IOException {
        Path file = resources.resolve("db/migration").resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    private void sql(String statement) throws SQLException {
        try (Statement jdbc = keepAlive.createStatement()) {
            jdbc.execute(statement);
        }
    }

    private List<String> tables() throws SQLException {
        return strings("""
                SELECT table_name FROM information_schema.tables
                WHERE table_schema = 'public' AND table_name <> 'flyway_schema_history' ORDER BY table_name""");
    }

    private List<String> historyVersions() throws SQLException {
        return strings("SELECT \"version\" FROM \"flyway_schema_history\" ORDER BY \"installed_rank\"");
    }

    private List<String> strings(String query) throws SQLException {
        try (Statement jdbc = keepAlive.createStatement(); ResultSet rows = jdbc.executeQuery(query)) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        }
    }
}

package dev.stratum.examples.clinic;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The databases the engine-specific tests run their contracts on: a fresh in-memory H2 in PostgreSQL mode, or an
 * emptied schema of the real PostgreSQL server ({@link TestPostgres}), each migrated with the clinic's generated
 * migrations for its engine.
 */
final class TestDatabases {

    private TestDatabases() {
    }

    /** The url of a new in-memory H2 database named after {@code name}, in the mode the application uses. */
    static String h2Url(String name) {
        return "jdbc:h2:mem:" + name + "-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
    }

    /** A new in-memory H2 database with the clinic's H2 migrations applied. */
    static DataSource migratedH2(String name) {
        return migrate(new DriverManagerDataSource(h2Url(name), "sa", ""), "h2", "public");
    }

    /** {@code schema} of the test PostgreSQL server, dropped and migrated with the clinic's PostgreSQL migrations. */
    static DataSource migratedPostgres(String schema) throws SQLException {
        TestPostgres.dropSchema(schema);
        return migrate(new DriverManagerDataSource(TestPostgres.url(schema)), "postgresql", schema);
    }

    static DataSource migrate(DataSource dataSource, String vendor, String schema) {
        Flyway.configure().dataSource(dataSource).schemas(schema).locations("classpath:db/migration/" + vendor).load()
                .migrate();
        return dataSource;
    }

    /** The engine and current schema of {@code dataSource}'s connections, e.g. {@code PostgreSQL/clinic_bulk}. */
    static String engineAndSchema(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName() + "/" + connection.getSchema();
        }
    }
}

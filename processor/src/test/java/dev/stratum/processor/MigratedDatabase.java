package dev.stratum.processor;

import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * An empty database with the processor's migrations for its vendor applied by Flyway: H2 in memory, or a schema of its
 * own on the PostgreSQL server at {@code STRATUM_TEST_PG_URL}. Closing it drops it.
 */
public final class MigratedDatabase implements AutoCloseable {

    private static final String PG_URL_VARIABLE = "STRATUM_TEST_PG_URL";

    private final DataSource dataSource;
    private final AutoCloseable drop;

    private MigratedDatabase(DataSource dataSource, AutoCloseable drop) {
        this.dataSource = dataSource;
        this.drop = drop;
    }

    /** A new database of {@code vendor} ({@code h2}, {@code postgresql}) migrated from {@code migrations/<vendor>}. */
    static MigratedDatabase open(String vendor, Path migrations) throws SQLException {
        MigratedDatabase database = empty(vendor);
        Flyway.configure().dataSource(database.dataSource).locations("filesystem:" + migrations.resolve(vendor))
                .load().migrate();
        return database;
    }

    /** A new, empty database of {@code vendor} ({@code h2}, {@code postgresql}). */
    public static MigratedDatabase empty(String vendor) throws SQLException {
        return vendor.equals("h2") ? h2() : postgresql();
    }

    public DataSource dataSource() {
        return dataSource;
    }

    @Override
    public void close() throws Exception {
        drop.close();
    }

    private static MigratedDatabase h2() throws SQLException {
        String url = "jdbc:h2:mem:migrated-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
        // an in-memory database lives as long as a connection to it is open
        Connection keepAlive = DriverManager.getConnection(url, "sa", "");
        return new MigratedDatabase(new DriverManagerDataSource(url, "sa", ""), keepAlive);
    }

    private static MigratedDatabase postgresql() throws SQLException {
        String url = System.getenv(PG_URL_VARIABLE);
        if (url == null || url.isBlank()) {
            fail(PG_URL_VARIABLE + " is not set, so this PostgreSQL test cannot run; start a server with"
                    + " scripts/pg-start and export the url it prints");
        }
        String schema = "migrated_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute(url, "CREATE SCHEMA " + schema);
        String schemaUrl = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        return new MigratedDatabase(new DriverManagerDataSource(schemaUrl),
                () -> execute(url, "DROP SCHEMA " + schema + " CASCADE"));
    }

    private static void execute(String url, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}

package dev.stratum.examples.clinic;

import static org.junit.jupiter.api.Assertions.fail;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The PostgreSQL server the tests run against, named by {@value #URL_VARIABLE}. Without it the PostgreSQL tests fail
 * rather than skip, so no build can pass without having run them.
 */
final class TestPostgres {

    static final String URL_VARIABLE = "STRATUM_TEST_PG_URL";

    private TestPostgres() {
    }

    /** The JDBC url, e.g. {@code jdbc:postgresql://localhost:55432/stratum_test?user=postgres}. */
    static String url() {
        String url = System.getenv(URL_VARIABLE);
        if (url == null || url.isBlank()) {
            fail(URL_VARIABLE + " is not set, so the PostgreSQL tests cannot run. Run the tests with scripts/test"
                    + " (the README's test command), which starts a throwaway PostgreSQL and sets it; or start one"
                    + " with scripts/pg-start and export " + URL_VARIABLE + " with the url it prints.");
        }
        return url;
    }

    /** The url with {@code schema} as the connection's current schema, so tests do not share tables. */
    static String url(String schema) {
        String url = url();
        return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    /** Drops {@code schema} with everything in it, so a test starts from nothing. */
    static void dropSchema(String schema) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url());
             Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }
}

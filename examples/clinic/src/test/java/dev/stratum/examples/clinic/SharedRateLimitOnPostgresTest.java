package dev.stratum.examples.clinic;

import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;

/** Two replicas on one real PostgreSQL database share rate-limit budgets. */
class SharedRateLimitOnPostgresTest extends SharedRateLimitContract {

    private static final String SCHEMA = "clinic_shared_limits";

    @BeforeAll
    static void startFromAnEmptySchema() throws SQLException {
        TestPostgres.dropSchema(SCHEMA);
    }

    @Override
    List<String> databaseArguments() {
        return List.of("--spring.datasource.url=" + TestPostgres.url(SCHEMA), "--spring.flyway.schemas=" + SCHEMA);
    }
}

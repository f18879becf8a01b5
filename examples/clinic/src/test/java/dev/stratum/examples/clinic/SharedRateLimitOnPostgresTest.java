package dev.stratum.examples.clinic;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

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

    @Test
    void theReplicasRunOnPostgresql() throws SQLException {
        assertThat(TestDatabases.engineAndSchema(replica().getBean(DataSource.class)))
                .isEqualTo("PostgreSQL/" + SCHEMA);
    }
}

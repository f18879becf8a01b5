package dev.stratum.examples.clinic;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** Two replicas on one in-memory H2 database (named, so both connect to the same one) share rate-limit budgets. */
class SharedRateLimitOnH2Test extends SharedRateLimitContract {

    private final String url = TestDatabases.h2Url("shared-limits");

    @Override
    List<String> databaseArguments() {
        return List.of("--spring.datasource.url=" + url);
    }

    @Test
    void theReplicasRunOnH2() throws SQLException {
        assertThat(TestDatabases.engineAndSchema(replica().getBean(DataSource.class))).isEqualTo("H2/public");
    }
}

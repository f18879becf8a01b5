package dev.stratum.examples.clinic;

import java.util.List;
import java.util.UUID;

/** Two replicas on one in-memory H2 database (named, so both connect to the same one) share rate-limit budgets. */
class SharedRateLimitOnH2Test extends SharedRateLimitContract {

    private final String database = "shared_limits_" + UUID.randomUUID().toString().replace("-", "");

    @Override
    List<String> databaseArguments() {
        return List.of("--spring.datasource.url=jdbc:h2:mem:" + database
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
    }
}

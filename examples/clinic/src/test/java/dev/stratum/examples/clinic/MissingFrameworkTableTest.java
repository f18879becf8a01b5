package dev.stratum.examples.clinic;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** A store turned on without its table stops the application at start, saying which processor option creates it. */
class MissingFrameworkTableTest {

    @Test
    void idempotencyWithoutItsTableFailsAtStart() {
        assertThatThrownBy(() -> start("--stratum.idempotency.enabled=true"))
                .hasStackTraceContaining("stratum.idempotency.enabled=true needs the table stratum_idempotency")
                .hasStackTraceContaining("compile with -Astratum.idempotency=true");
    }

    @Test
    void aJdbcRateLimitStoreWithoutItsTableFailsAtStart() {
        assertThatThrownBy(() -> start("--stratum.idempotency.enabled=false", "--stratum.rate-limit.store=jdbc"))
                .hasStackTraceContaining("stratum.rate-limit.store=jdbc needs the table stratum_rate_limit")
                .hasStackTraceContaining("compile with -Astratum.rateLimit.store=jdbc");
    }

    /** The clinic on an empty H2 database that no migration touches. */
    private static void start(String... settings) {
        String[] arguments = new String[settings.length + 3];
        arguments[0] = "--server.port=0";
        arguments[1] = "--spring.flyway.enabled=false";
        arguments[2] = "--spring.datasource.url=jdbc:h2:mem:empty-" + UUID.randomUUID() + ";MODE=PostgreSQL";
        System.arraycopy(settings, 0, arguments, 3, settings.length);
        new SpringApplicationBuilder(ClinicApplication.class, PostgresApplicationTest.TestUsers.class)
                .run(arguments)
                .close();
    }
}

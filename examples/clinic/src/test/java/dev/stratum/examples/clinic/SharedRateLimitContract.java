package dev.stratum.examples.clinic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stratum.runtime.ratelimit.JdbcProxyManager;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ClientSideConfig;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code stratum.rate-limit.store=jdbc}: two instances of the clinic on one database share each caller's budget, so
 * the second replica refuses a request once the first has spent the budget. Subclasses name the database.
 */
abstract class SharedRateLimitContract {

    private final List<ConfigurableApplicationContext> replicas = new ArrayList<>();

    /** The command-line settings that put a replica on the shared database. */
    abstract List<String> databaseArguments();

    @AfterEach
    void stopReplicas() {
        replicas.forEach(ConfigurableApplicationContext::close);
    }

    @Test
    void theSecondReplicaRefusesOnceTheFirstSpentTheBudget() {
        ApiClient first = new ApiClient(port(replica()));
        ApiClient second = new ApiClient(port(replica()));
        String user = "nurse";
        for (int remaining = 2; remaining >= 0; remaining--) {
            ApiResponse created = first.post("/api/pets").as(user)
                    .json(ApiTestSupport.petJson("Shared", ApiTestSupport.uniqueMicrochip())).send();
            assertThat(created.status()).as("%s", created).isEqualTo(201);
            assertThat(created.header("RateLimit-Remaining")).isEqualTo(String.valueOf(remaining));
        }

        ApiResponse refused = second.post("/api/pets").as(user)
                .json(ApiTestSupport.petJson("Shared", ApiTestSupport.uniqueMicrochip())).send();

        assertThat(refused.status()).as("%s", refused).isEqualTo(429);
        assertThat(refused.text("type")).isEqualTo("urn:stratum:problem:rate-limited");
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 60L);
        // Budgets stay per principal on the shared store too.
        ApiResponse other = second.post("/api/pets").as("vet")
                .json(ApiTestSupport.petJson("Other", ApiTestSupport.uniqueMicrochip())).send();
        assertThat(other.status()).as("%s", other).isEqualTo(201);
        assertThat(other.header("RateLimit-Remaining")).isEqualTo("2");
    }

    @Test
    void concurrentConsumersOnTwoProxyManagersNeverOverspend() throws Exception {
        List<JdbcProxyManager> managers = List.of(manager(replica()), manager(replica()));
        BucketConfiguration fiftyAnHour = BucketConfiguration.builder()
                .addLimit(Bandwidth.builder().capacity(50).refillGreedy(50, Duration.ofHours(1)).build())
                .build();
        String key = "test " + UUID.randomUUID();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> consumers = new ArrayList<>();
            for (int thread = 0; thread < 8; thread++) {
                JdbcProxyManager manager = managers.get(thread % 2);
                consumers.add(pool.submit(() -> {
                    int consumed = 0;
                    for (int attempt = 0; attempt < 20; attempt++) {
                        if (manager.builder().build(key, () -> fiftyAnHour).tryConsume(1)) {
                            consumed++;
                        }
                    }
                    return consumed;
                }));
            }
            int consumed = 0;
            for (Future<Integer> consumer : consumers) {
                consumed += consumer.get();
            }

            assertThat(consumed).isEqualTo(50);
        } finally {
            pool.shutdownNow();
        }
    }

    private static JdbcProxyManager manager(ConfigurableApplicationContext replica) {
        return new JdbcProxyManager(replica.getBean(DataSource.class), ClientSideConfig.getDefault()
                .withExpirationAfterWriteStrategy(ExpirationAfterWriteStrategy.fixedTimeToLive(Duration.ofHours(1))),
                Clock.systemUTC());
    }

    /** A replica of the clinic on the shared database; stopped after the test. */
    ConfigurableApplicationContext replica() {
        List<String> arguments = new ArrayList<>(databaseArguments());
        arguments.addAll(List.of("--server.port=0", "--stratum.rate-limit.store=jdbc",
                "--stratum.rate-limit.write.requests=3", "--stratum.rate-limit.write.period=1m"));
        ConfigurableApplicationContext replica = new SpringApplicationBuilder(ClinicApplication.class,
                PostgresApplicationTest.TestUsers.class).run(arguments.toArray(String[]::new));
        replicas.add(replica);
        return replica;
    }

    private static int port(ConfigurableApplicationContext context) {
        return context.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
    }
}

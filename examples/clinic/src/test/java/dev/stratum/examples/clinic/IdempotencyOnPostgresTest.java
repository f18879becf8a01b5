package dev.stratum.examples.clinic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stratum.runtime.idempotency.Claim;
import dev.stratum.runtime.idempotency.JdbcIdempotencyStore;
import dev.stratum.runtime.idempotency.StoredResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Idempotency keys across replicas: two instances of the clinic, each with its own connection pool, on one real
 * PostgreSQL database. Concurrent duplicates sent to both create one owner; the others are told the key is in use, or
 * get the first response again.
 */
class IdempotencyOnPostgresTest {

    private static final String SCHEMA = "clinic_idempotency";
    private static final int ROUNDS = 5;
    private static final int REQUESTS_PER_REPLICA = 4;

    private static ConfigurableApplicationContext first;
    private static ConfigurableApplicationContext second;

    @BeforeAll
    static void startTwoReplicas() throws SQLException {
        TestPostgres.dropSchema(SCHEMA);
        first = replica();
        second = replica();
    }

    @AfterAll
    static void stopReplicas() {
        if (second != null) {
            second.close();
        }
        if (first != null) {
            first.close();
        }
    }

    @Test
    void concurrentDuplicatesOnTwoReplicasCreateOneOwner() throws Exception {
        List<ApiClient> replicas = List.of(new ApiClient(port(first)), new ApiClient(port(second)));
        ExecutorService pool = Executors.newFixedThreadPool(2 * REQUESTS_PER_REPLICA);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                String key = UUID.randomUUID().toString();
                String email = ApiTestSupport.uniqueEmail();
                String body = ApiTestSupport.ownerJson(email, "TAX12345");
                CountDownLatch start = new CountDownLatch(1);
                List<Future<ApiResponse>> sent = new ArrayList<>();
                for (int i = 0; i < 2 * REQUESTS_PER_REPLICA; i++) {
                    ApiClient replica = replicas.get(i % 2);
                    Callable<ApiResponse> call = () -> {
                        start.await();
                        return replica.post("/api/owners").as("vet").header("Idempotency-Key", key).json(body).send();
                    };
                    sent.add(pool.submit(call));
                }
                start.countDown();
                List<ApiResponse> responses = new ArrayList<>();
                for (Future<ApiResponse> response : sent) {
                    responses.add(response.get());
                }

                List<ApiResponse> created = responses.stream()
                        .filter(r -> r.status() == 201 && r.header("Idempotent-Replayed") == null).toList();
                assertThat(created).as("round %d: %s", round, responses).hasSize(1);
                String location = created.get(0).header("Location");
                for (ApiResponse response : responses) {
                    if (response.status() == 409) {
                        assertThat(response.text("type")).isEqualTo("urn:stratum:problem:idempotency-key-in-use");
                    } else {
                        assertThat(response.status()).as("%s", response).isEqualTo(201);
                        assertThat(response.header("Location")).isEqualTo(location);
                        assertThat(response.body()).isEqualTo(created.get(0).body());
                    }
                }
                assertThat(count("select count(*) from owners where email = ?", email)).isEqualTo(1);
                assertThat(count("select count(*) from stratum_idempotency where idempotency_key = ?", key))
                        .isEqualTo(1);
                // Once the first has completed, every replica replays it.
                for (ApiClient replica : replicas) {
                    ApiResponse later = replica.post("/api/owners").as("vet").header("Idempotency-Key", key)
                            .json(body).send();
                    assertThat(later.header("Idempotent-Replayed")).isEqualTo("true");
                    assertThat(later.header("Location")).isEqualTo(location);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void twoStoresOnTwoPoolsAgreeOnWhoHoldsAKeyAndWhenItExpires() {
        MutableClock clock = new MutableClock(Instant.parse("2030-01-01T00:00:00Z"));
        var one = new JdbcIdempotencyStore(dataSource(first), clock, Duration.ofHours(24), Duration.ofMinutes(1));
        var other = new JdbcIdempotencyStore(dataSource(second), clock, Duration.ofHours(24), Duration.ofMinutes(1));
        String key = UUID.randomUUID().toString();

        assertThat(one.claim("principal:vet", key, "a".repeat(64))).isInstanceOf(Claim.Acquired.class);
        assertThat(other.claim("principal:vet", key, "a".repeat(64))).isInstanceOf(Claim.InProgress.class);
        assertThat(other.claim("principal:vet", key, "b".repeat(64))).isInstanceOf(Claim.Reused.class);
        assertThat(other.claim("principal:nurse", key, "a".repeat(64))).isInstanceOf(Claim.Acquired.class);

        // A holder that never completes frees the key after the lock timeout.
        clock.advance(Duration.ofMinutes(1));
        assertThat(other.claim("principal:vet", key, "a".repeat(64))).isInstanceOf(Claim.Acquired.class);
        StoredResponse response = new StoredResponse(201, Map.of("Location", "/api/owners/7"), new byte[] {1, 2, 3});
        other.complete("principal:vet", key, "a".repeat(64), response);
        assertThat(one.claim("principal:vet", key, "a".repeat(64))).isEqualTo(new Claim.Replay(response));

        // A completed key is replayed for the ttl, then claimed afresh; purging removes what expired.
        clock.advance(Duration.ofHours(24).minusSeconds(1));
        assertThat(one.claim("principal:vet", key, "a".repeat(64))).isInstanceOf(Claim.Replay.class);
        clock.advance(Duration.ofSeconds(1));
        assertThat(one.purgeExpired()).isPositive();
        assertThat(one.claim("principal:vet", key, "b".repeat(64))).isInstanceOf(Claim.Acquired.class);
        one.release("principal:vet", key, "b".repeat(64));
        assertThat(other.claim("principal:vet", key, "c".repeat(64))).isInstanceOf(Claim.Acquired.class);
    }

    private static ConfigurableApplicationContext replica() {
        return new SpringApplicationBuilder(ClinicApplication.class, PostgresApplicationTest.TestUsers.class)
                .run("--server.port=0",
                        "--spring.datasource.url=" + TestPostgres.url(SCHEMA),
                        "--spring.flyway.schemas=" + SCHEMA,
                        "--stratum.rate-limit.write.requests=100000");
    }

    private static int port(ConfigurableApplicationContext context) {
        return context.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
    }

    private static DataSource dataSource(ConfigurableApplicationContext context) {
        return context.getBean(DataSource.class);
    }

    private static int count(String sql, String value) throws SQLException {
        try (Connection connection = dataSource(first).getConnection();
                PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, value);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    /** A clock the test moves forward. */
    private static final class MutableClock extends Clock {

        private volatile Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}

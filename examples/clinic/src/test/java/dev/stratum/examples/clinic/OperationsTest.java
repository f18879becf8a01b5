package dev.stratum.examples.clinic;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import tools.jackson.databind.JsonNode;

/** Probes, metrics and who may see them, on a database the test can take away and give back. */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(
        classes = {ClinicApplication.class, OperationsTest.BreakableDatabase.class},
        webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = {
            "stratum.security.dev-users.enabled=true",
            "stratum.security.dev-users.password=" + ApiClient.PASSWORD,
            "stratum.security.dev-users.users.vet=VET",
            "stratum.security.dev-users.users.admin=ADMIN,VET"
        })
class OperationsTest {

    @LocalServerPort
    int port;

    @Autowired
    BreakableDataSource database;

    ApiClient api;

    @BeforeEach
    void connect() {
        api = new ApiClient(port);
    }

    @AfterEach
    void heal() {
        database.reachable = true;
    }

    @Test
    void readinessIsDownWhileTheDatabaseIsUnreachableAndUpAgainAfter() {
        assertThat(status("/actuator/health/readiness")).isEqualTo(200);

        database.reachable = false;
        ApiResponse down = api.get("/actuator/health/readiness").send();
        ApiResponse alive = api.get("/actuator/health/liveness").send();

        assertThat(down.status()).as("%s", down).isEqualTo(503);
        assertThat(down.text("status")).isEqualTo("DOWN");
        assertThat(alive.status()).as("liveness does not depend on the database: %s", alive).isEqualTo(200);

        database.reachable = true;
        ApiResponse up = api.get("/actuator/health/readiness").send();

        assertThat(up.status()).as("%s", up).isEqualTo(200);
        assertThat(up.text("status")).isEqualTo("UP");
    }

    @Test
    void logLinesAreJsonWithTheRequestId(CapturedOutput output) {
        database.reachable = false;

        ApiResponse down = api.get("/actuator/health/readiness").header("X-Request-Id", "ops-log-1").send();

        assertThat(down.status()).isEqualTo(503);
        JsonNode warning = output.getOut().lines()
                .filter(line -> line.startsWith("{") && line.contains("DataSource health check failed"))
                .map(ApiClient::parse)
                .reduce((first, second) -> second).orElseThrow();
        assertThat(warning.path("requestId").asString()).isEqualTo("ops-log-1");
        assertThat(warning.path("service").path("name").asString()).isEqualTo("clinic");
    }

    @Test
    void healthIsPublicAndRevealsNoDetails() {
        ApiResponse health = api.get("/actuator/health").send();

        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().has("components")).isFalse();
        assertThat(health.body()).doesNotContain("h2", "jdbc", "H2");
    }

    @Test
    void metricsNeedTheManagementRole() {
        assertThat(status("/actuator/metrics")).isEqualTo(401);
        assertThat(api.get("/actuator/metrics").as("vet").send().status()).isEqualTo(403);
        assertThat(api.get("/actuator").as("vet").send().status()).isEqualTo(403);
        assertThat(api.get("/actuator/metrics").as("admin").send().status()).isEqualTo(200);
    }

    @Test
    void requestsAreMeasuredPerRouteAndThePoolIsMeasured() {
        assertThat(status("/api/pets")).isEqualTo(200);
        api.get("/api/pets/not-a-uuid").send();

        ApiResponse route = api.get("/actuator/metrics/http.server.requests?tag=uri:/api/pets&tag=status:200")
                .as("admin").send();
        ApiResponse errors = api.get("/actuator/metrics/http.server.requests?tag=uri:/api/pets/%7Bid%7D&tag=status:400")
                .as("admin").send();
        ApiResponse pool = api.get("/actuator/metrics/hikaricp.connections.max").as("admin").send();

        assertThat(route.status()).as("%s", route).isEqualTo(200);
        assertThat(route.json().path("measurements").get(0).path("value").asDouble()).isGreaterThanOrEqualTo(1);
        assertThat(errors.status()).as("%s", errors).isEqualTo(200);
        assertThat(pool.status()).as("%s", pool).isEqualTo(200);
        assertThat(pool.json().path("measurements").get(0).path("value").asDouble()).isPositive();
    }

    private int status(String path) {
        return api.get(path).send().status();
    }

    /** The application's own Hikari pool behind a switch that makes every new connection attempt fail. */
    @TestConfiguration(proxyBeanMethods = false)
    static class BreakableDatabase {

        @Bean
        BreakableDataSource dataSource() {
            HikariDataSource pool = new HikariDataSource();
            pool.setJdbcUrl("jdbc:h2:mem:clinic-operations;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                    + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
            pool.setUsername("sa");
            return new BreakableDataSource(pool);
        }
    }

    static final class BreakableDataSource extends DelegatingDataSource {

        volatile boolean reachable = true;

        BreakableDataSource(HikariDataSource pool) {
            super(pool);
        }

        @Override
        public Connection getConnection() throws SQLException {
            if (!reachable) {
                throw new SQLTransientConnectionException("database unreachable (test)");
            }
            return super.getConnection();
        }
    }
}

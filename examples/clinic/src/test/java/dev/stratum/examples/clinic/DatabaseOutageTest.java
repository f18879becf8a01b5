package dev.stratum.examples.clinic;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The application on a PostgreSQL database of its own, which the test then takes away: PostgreSQL stops accepting
 * connections to it and ends the open ones. Requests are answered 503 {@code service-unavailable} with
 * {@code Retry-After} within the pool's (short) connection timeout, and served again once the database is back.
 */
@SpringBootTest(
        classes = {ClinicApplication.class, PostgresApplicationTest.TestUsers.class},
        webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.hikari.connection-timeout=500",
            "spring.datasource.hikari.validation-timeout=250",
            "spring.datasource.hikari.maximum-pool-size=2",
            "stratum.http.retry-after=7s"
        })
@DirtiesContext
class DatabaseOutageTest {

    private static final String DATABASE = "clinic_outage";

    @LocalServerPort
    int port;

    @BeforeAll
    static void createTheDatabase() throws SQLException {
        admin("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
        admin("CREATE DATABASE " + DATABASE);
    }

    @AfterAll
    static void dropTheDatabase() throws SQLException {
        admin("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
    }

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> TestPostgres.url().replaceFirst("(//[^/]+/)[^?]+", "$1" + DATABASE));
    }

    @Test
    void anUnreachableDatabaseIsAServiceUnavailableUntilItIsBack() throws Exception {
        var api = new ApiClient(port);
        ApiResponse created = api.post("/api/pets").as("vet").json(ApiTestSupport.petJson("Down", "123123123123123"))
                .send();
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        String path = "/api/pets/" + created.text("id");

        admin("ALTER DATABASE " + DATABASE + " ALLOW_CONNECTIONS false");
        admin("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + DATABASE + "'");
        try {
            for (ApiClient.Call call : List.of(api.get(path), api.get("/api/pets"),
                    api.patch(path).as("vet").mergePatch("{\"name\": \"Up\"}"))) {
                long started = System.nanoTime();
                ApiResponse response = call.send();
                Duration took = Duration.ofNanos(System.nanoTime() - started);

                JsonNode problem = ApiTestSupport.assertProblem(response, 503, "service-unavailable", call.path());
                assertThat(response.header("Retry-After")).isEqualTo("7");
                assertThat(problem.path("retryAfter").asLong()).isEqualTo(7);
                assertThat(problem.path("detail").asString()).contains("database").doesNotContain(DATABASE, "5432");
                assertThat(took).as("answered within the pool's timeout").isLessThan(Duration.ofSeconds(5));
            }
        } finally {
            admin("ALTER DATABASE " + DATABASE + " ALLOW_CONNECTIONS true");
        }

        ApiResponse back = readWhenBack(api, path);
        assertThat(back.status()).as("%s", back).isEqualTo(200);
        assertThat(back.text("name")).isEqualTo("Down");
    }

    /** The pool replaces its connections in the background, so the first read after the outage may still wait. */
    private static ApiResponse readWhenBack(ApiClient api, String path) throws InterruptedException {
        ApiResponse response = api.get(path).send();
        for (int attempt = 0; attempt < 20 && response.status() == 503; attempt++) {
            Thread.sleep(250);
            response = api.get(path).send();
        }
        return response;
    }

    private static void admin(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(TestPostgres.url());
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}

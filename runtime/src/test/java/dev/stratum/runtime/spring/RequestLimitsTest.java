package dev.stratum.runtime.spring;

import static dev.stratum.runtime.spring.WebTestSupport.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Body size, nesting depth and string length limits, each answered with a problem document. */
@SpringBootTest(
        classes = TestApplication.class,
        webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:runtime-limits-test",
            "stratum.security.dev-users.enabled=true",
            "stratum.security.dev-users.password=" + Http.PASSWORD,
            "stratum.security.dev-users.users.vet=VET",
            "stratum.web.max-body-size=4KB",
            "stratum.web.json.max-nesting-depth=2",
            "stratum.web.json.max-string-length=100"
        })
class RequestLimitsTest {

    @LocalServerPort
    int port;

    Http http;

    @BeforeEach
    void connect() {
        http = new Http(port);
    }

    @Test
    void aBodyWithinEveryLimitIsAccepted() {
        Http.Response response = post(WebTestSupport.thingJson().replace("\"Rex\"", "\"" + "r".repeat(100) + "\""));

        assertThat(response.status()).as("%s", response).isEqualTo(201);
    }

    @Test
    void aDeclaredLengthAboveTheLimitIsRefusedBeforeAuthentication() {
        String body = "{\"name\": \"" + "x".repeat(5000) + "\"}";

        Http.Response response = http.post("/api/things").json(body).send();

        assertProblem(response, 413, "payload-too-large", "/api/things");
        assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    void aChunkedBodyAboveTheLimitIsStoppedByTheParser() {
        String body = " ".repeat(20_000) + WebTestSupport.thingJson();

        Http.Response response = http.post("/api/things").as("vet").streamed("application/json", body).send();

        assertProblem(response, 413, "payload-too-large", "/api/things");
    }

    @Test
    void nestingDeeperThanTheLimitIsRefused() {
        String body = WebTestSupport.thingJson().replace("{\"label\": \"p\"}", "{\"label\": {\"x\": 1}}");

        Http.Response response = post(body);

        assertThat(assertProblem(response, 400, "malformed-request", "/api/things").path("detail").asString())
                .contains("deeper");
    }

    @Test
    void aStringLongerThanTheLimitIsRefused() {
        Http.Response response = post(WebTestSupport.thingJson().replace("\"Rex\"", "\"" + "r".repeat(101) + "\""));

        assertThat(assertProblem(response, 400, "malformed-request", "/api/things").path("detail").asString())
                .contains("string");
    }

    private Http.Response post(String body) {
        return http.post("/api/things").as("vet").json(body).send();
    }
}

package dev.stratum.runtime.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The log of a full request cycle in Spring Boot's structured JSON format: every line the request's thread writes
 * carries its request id, and no credential appears anywhere.
 */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(
        classes = TestApplication.class,
        webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:runtime-log-test",
            "stratum.security.dev-users.enabled=true",
            "stratum.security.dev-users.password=" + Http.PASSWORD,
            "stratum.security.dev-users.users.vet=VET",
            "logging.structured.format.console=logstash",
            // Spring Security's debug lines make the request cycle long and varied.
            "logging.level.org.springframework.security=DEBUG",
            "logging.level.dev.stratum=DEBUG"
        })
class RequestLogTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String TRACEPARENT = "00-" + TRACE_ID + "-00f067aa0ba902b7-01";

    @LocalServerPort
    int port;

    Http http;

    @BeforeEach
    void connect() {
        http = new Http(port);
        // The first request initializes the DispatcherServlet before any filter runs; keep that out of the capture.
        http.get("/api/things").send();
    }

    @Test
    void everyLineOfTheRequestCarriesItsIdAndNoCredential(CapturedOutput output) {
        int start = output.getOut().length();

        Http.Response response = http.get("/api/things/failures/unexpected").as("vet")
                .header("traceparent", TRACEPARENT).send();

        assertThat(response.header("X-Request-Id")).isEqualTo(TRACE_ID);
        List<JsonNode> lines = jsonLines(output.getOut().substring(start));
        JsonNode failure = lines.stream()
                .filter(line -> line.path("message").asString().startsWith("Request GET /api/things/failures"))
                .findFirst().orElseThrow();
        String thread = failure.path("thread_name").asString();
        List<JsonNode> requestLines = lines.stream()
                .filter(line -> line.path("thread_name").asString().equals(thread))
                .toList();
        assertThat(requestLines).hasSizeGreaterThan(3);
        assertThat(requestLines).allSatisfy(line ->
                assertThat(line.path("requestId").asString()).as("%s", line).isEqualTo(TRACE_ID));
        String basicCredentials = Base64.getEncoder()
                .encodeToString(("vet:" + Http.PASSWORD).getBytes(StandardCharsets.UTF_8));
        assertThat(output.getOut().substring(start)).doesNotContain(Http.PASSWORD, basicCredentials);
    }

    @Test
    void aRejectedBearerTokenIsNotLogged(CapturedOutput output) {
        int start = output.getOut().length();
        String token = http.post("/dev/token").as("vet").send().json().path("access_token").asString();
        String tampered = token.substring(0, token.length() - 4) + "AAAA";

        Http.Response response = http.get("/api/things/me").header("Authorization", "Bearer " + tampered).send();

        assertThat(response.status()).isEqualTo(401);
        String logged = output.getOut().substring(start);
        assertThat(logged).contains("Bearer token rejected");
        assertThat(logged).doesNotContain(token.substring(token.lastIndexOf('.') + 1, token.length() - 4),
                token.split("\\.")[1], Http.PASSWORD);
    }

    private static List<JsonNode> jsonLines(String text) {
        return Arrays.stream(text.split("\\R"))
                .filter(line -> line.startsWith("{"))
                .map(JSON::readTree)
                .toList();
    }
}

package dev.stratum.runtime.spring;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The log of a full request cycle, at DEBUG for Spring Security: every event the request's thread logs carries its
 * request id in the MDC (which Spring Boot's structured JSON formats write as a member), and no credential appears in
 * any line.
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
            // Spring Security's debug lines make the request cycle long and varied.
            "logging.level.org.springframework.security=DEBUG",
            "logging.level.dev.stratum=DEBUG"
        })
class RequestLogTest {

    private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String TRACEPARENT = "00-" + TRACE_ID + "-00f067aa0ba902b7-01";

    @LocalServerPort
    int port;

    Http http;

    private final ListAppender<ILoggingEvent> events = new ListAppender<>();

    @BeforeEach
    void connect() {
        http = new Http(port);
        // The first request initializes the DispatcherServlet before any filter runs; keep that out of the capture.
        http.get("/api/things").send();
        events.start();
        root().addAppender(events);
    }

    @AfterEach
    void detach() {
        root().detachAppender(events);
    }

    @Test
    void everyEventOfTheRequestCarriesItsIdAndNoCredential(CapturedOutput output) {
        Http.Response response = http.get("/api/things/failures/unexpected").as("vet")
                .header("traceparent", TRACEPARENT).send();

        assertThat(response.header("X-Request-Id")).isEqualTo(TRACE_ID);
        ILoggingEvent failure = eventsSnapshot().stream()
                .filter(event -> event.getFormattedMessage().startsWith("Request GET /api/things/failures"))
                .findFirst().orElseThrow();
        List<ILoggingEvent> requestEvents = eventsSnapshot().stream()
                .filter(event -> event.getThreadName().equals(failure.getThreadName()))
                .toList();
        assertThat(requestEvents).hasSizeGreaterThan(3);
        assertThat(requestEvents).allSatisfy(event -> assertThat(event.getMDCPropertyMap())
                .as(event.getFormattedMessage()).containsEntry(RequestIdFilter.MDC_KEY, TRACE_ID));
        String basicCredentials = Base64.getEncoder()
                .encodeToString(("vet:" + Http.PASSWORD).getBytes(StandardCharsets.UTF_8));
        assertThat(output.getOut()).doesNotContain(Http.PASSWORD, basicCredentials);
    }

    @Test
    void aRejectedBearerTokenIsNotLogged(CapturedOutput output) {
        String token = http.post("/dev/token").as("vet").send().json().path("access_token").asString();
        String tampered = token.substring(0, token.length() - 4) + "AAAA";

        Http.Response response = http.get("/api/things/me").header("Authorization", "Bearer " + tampered).send();

        assertThat(response.status()).isEqualTo(401);
        assertThat(eventsSnapshot()).anySatisfy(event ->
                assertThat(event.getFormattedMessage()).startsWith("Bearer token rejected"));
        String[] parts = token.split("\\.");
        assertThat(output.getOut()).doesNotContain(parts[1], parts[2].substring(0, parts[2].length() - 4),
                Http.PASSWORD);
    }

    private List<ILoggingEvent> eventsSnapshot() {
        synchronized (events) {
            return List.copyOf(events.list);
        }
    }

    private static Logger root() {
        return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    }
}

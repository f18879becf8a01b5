package dev.stratum.runtime.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class RequestIdTest extends WebTestSupport {

    @Test
    void aWellFormedIncomingIdIsEchoedInHeaderAndProblem() {
        Http.Response response = http.get("/api/things/not-a-uuid").header("X-Request-Id", "trace-42.a_B").send();

        assertThat(response.header("X-Request-Id")).isEqualTo("trace-42.a_B");
        assertThat(response.json().path("requestId").asString()).isEqualTo("trace-42.a_B");
    }

    @Test
    void anyOtherIncomingIdIsReplacedByAUuid() {
        for (String unsafe : new String[] {"<script>", "a b", "x".repeat(65), "id\u00e9"}) {
            Http.Response response = http.get("/api/things/not-a-uuid").header("X-Request-Id", unsafe).send();

            String replaced = response.header("X-Request-Id");
            assertThat(UUID.fromString(replaced)).isNotNull();
            assertThat(response.json().path("requestId").asString()).isEqualTo(replaced);
        }
    }

    @Test
    void anIdIsGeneratedForEveryResponseIncludingSuccessesAndDenials() {
        String first = http.get("/api/things").send().header("X-Request-Id");
        String second = http.get("/api/things").send().header("X-Request-Id");
        Http.Response denied = http.get("/api/secrets").send();

        assertThat(UUID.fromString(first)).isNotEqualTo(UUID.fromString(second));
        assertThat(denied.json().path("requestId").asString()).isEqualTo(denied.header("X-Request-Id")).isNotBlank();
    }

    @Test
    void theIdIsInTheLoggingContextWhileTheRequestRuns() {
        Http.Response response = http.get("/api/things/request-id").header("X-Request-Id", "log-me").send();

        assertThat(response.body()).isEqualTo("log-me");
    }
}

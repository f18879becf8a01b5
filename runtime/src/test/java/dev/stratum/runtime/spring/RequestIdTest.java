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

    @Test
    void aWellFormedTraceparentLendsItsTraceId() {
        Http.Response response = http.get("/api/things/not-a-uuid")
                .header("traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01").send();

        assertThat(response.header("X-Request-Id")).isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
        assertThat(response.json().path("requestId").asString()).isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
    }

    @Test
    void anExplicitRequestIdWinsOverTheTraceparent() {
        Http.Response response = http.get("/api/things/not-a-uuid").header("X-Request-Id", "mine")
                .header("traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01").send();

        assertThat(response.header("X-Request-Id")).isEqualTo("mine");
    }

    @Test
    void aMalformedTraceparentIsIgnored() {
        String[] malformed = {
            "00-00000000000000000000000000000000-00f067aa0ba902b7-01",
            "00-4bf92f3577b34da6a3ce929d0e0e4736-0000000000000000-01",
            "00-4BF92F3577B34DA6A3CE929D0E0E4736-00f067aa0ba902b7-01",
            "ff-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",
            "00-4bf92f3577b34da6a3ce929d0e0e473-00f067aa0ba902b7-01",
            "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01-extra",
            "00-4bf92f3577b34da6a3ce929d0e0e4736 -00f067aa0ba902b7-01"
        };
        for (String traceparent : malformed) {
            String id = http.get("/api/things").header("traceparent", traceparent).send().header("X-Request-Id");

            assertThat(UUID.fromString(id)).as(traceparent).isNotNull();
        }
    }
}

package dev.stratum.runtime.spring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Without an allow-list no origin is allowed, not even for a public route. */
class CorsOffByDefaultTest extends WebTestSupport {

    @Test
    void noOriginIsAllowedByDefault() {
        Http.Response preflight = http.call("OPTIONS", "/api/things")
                .header("Origin", "https://app.example.test")
                .header("Access-Control-Request-Method", "GET")
                .send();
        Http.Response call = http.get("/api/things").header("Origin", "https://app.example.test").send();

        assertThat(preflight.status()).as("%s", preflight).isGreaterThanOrEqualTo(400);
        assertThat(preflight.header("Access-Control-Allow-Origin")).isNull();
        assertThat(call.header("Access-Control-Allow-Origin")).isNull();
    }
}

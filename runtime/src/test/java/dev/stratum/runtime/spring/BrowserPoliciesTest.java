package dev.stratum.runtime.spring;

import static dev.stratum.runtime.spring.WebTestSupport.thingJson;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Security headers on every response, and CORS from the allow-list only. */
@SpringBootTest(
        classes = TestApplication.class,
        webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:runtime-browser-test",
            "stratum.security.dev-users.enabled=true",
            "stratum.security.dev-users.password=" + Http.PASSWORD,
            "stratum.security.dev-users.users.vet=VET",
            "stratum.web.cors.allowed-origins=https://app.example.test",
            // Trust X-Forwarded-Proto as a TLS-terminating proxy would send it, to see a request served over TLS.
            "server.forward-headers-strategy=native"
        })
class BrowserPoliciesTest {

    private static final String ALLOWED = "https://app.example.test";
    private static final String KNOWN = "/api/things/" + ThingController.KNOWN;

    @LocalServerPort
    int port;

    Http http;

    @BeforeEach
    void connect() {
        http = new Http(port);
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() {
        List<Http.Response> responses = List.of(
                http.get(KNOWN).send(),
                http.post("/api/things").json(thingJson()).send(),
                http.post("/api/things").as("vet").json(thingJson()).send(),
                http.get("/api/things/not-a-uuid").send(),
                http.get("/nowhere").as("vet").send());
        for (Http.Response response : responses) {
            assertThat(response.header("X-Content-Type-Options")).as("%s", response).isEqualTo("nosniff");
            assertThat(response.header("X-Frame-Options")).as("%s", response).isEqualTo("DENY");
            assertThat(response.header("Content-Security-Policy")).as("%s", response)
                    .isEqualTo("default-src 'none'; frame-ancestors 'none'");
            assertThat(response.header("Referrer-Policy")).as("%s", response).isEqualTo("no-referrer");
            assertThat(response.header("Cache-Control")).as("%s", response).contains("no-store");
            assertThat(response.header("Strict-Transport-Security")).as("plain HTTP: %s", response).isNull();
        }
    }

    @Test
    void hstsIsSentWhenTheRequestCameOverTls() {
        Http.Response response = http.get(KNOWN).header("X-Forwarded-Proto", "https").send();

        assertThat(response.header("Strict-Transport-Security")).isEqualTo("max-age=31536000 ; includeSubDomains");
    }

    @Test
    void aPreflightFromAnAllowedOriginIsAnswered() {
        Http.Response response = preflight(ALLOWED);

        assertThat(response.status()).as("%s", response).isEqualTo(200);
        assertThat(response.header("Access-Control-Allow-Origin")).isEqualTo(ALLOWED);
        assertThat(response.header("Access-Control-Allow-Methods")).contains("POST");
        assertThat(response.header("Access-Control-Allow-Headers")).containsIgnoringCase("authorization");
        assertThat(response.header("Access-Control-Allow-Credentials")).isNull();
    }

    @Test
    void aPreflightFromAnyOtherOriginIsRefused() {
        for (String origin : List.of("https://evil.example.test", "http://app.example.test", "null")) {
            Http.Response response = preflight(origin);

            WebTestSupport.assertProblem(response, 403, "forbidden", "/api/things");
            assertThat(response.header("Access-Control-Allow-Origin")).isNull();
            assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
        }
    }

    @Test
    void aCrossOriginCallMayReadTheRequestIdOnlyFromAnAllowedOrigin() {
        Http.Response allowed = http.get(KNOWN).header("Origin", ALLOWED).send();
        Http.Response refused = http.get(KNOWN).header("Origin", "https://evil.example.test").send();

        assertThat(allowed.status()).isEqualTo(200);
        assertThat(allowed.header("Access-Control-Allow-Origin")).isEqualTo(ALLOWED);
        assertThat(allowed.header("Access-Control-Expose-Headers")).contains("X-Request-Id");
        WebTestSupport.assertProblem(refused, 403, "forbidden", KNOWN);
        assertThat(refused.header("Access-Control-Allow-Origin")).isNull();
    }

    private Http.Response preflight(String origin) {
        return http.call("OPTIONS", "/api/things")
                .header("Origin", origin)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type")
                .send();
    }
}

package dev.stratum.runtime.spring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The test application on a random port with three development users: {@code vet} (VET), {@code admin} (ADMIN, VET)
 * and {@code nurse} (NURSE, which no route grants). Subclasses share one running application.
 */
@SpringBootTest(
        classes = TestApplication.class,
        webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:runtime-web-test",
            "stratum.security.dev-users.enabled=true",
            "stratum.security.dev-users.password=" + Http.PASSWORD,
            "stratum.security.dev-users.users.vet=VET",
            "stratum.security.dev-users.users.admin=ADMIN,VET",
            "stratum.security.dev-users.users.nurse=NURSE"
        })
abstract class WebTestSupport {

    static final String VET = "vet";
    static final String ADMIN = "admin";
    static final String NURSE = "nurse";

    /** Text that would betray an internal detail in a response body. */
    private static final String[] LEAKS = {
        "Exception", "java.", "jakarta.", "tools.jackson", "org.springframework", "dev.stratum", "\tat ", "SELECT",
        "Kaboom", "ThingRequest", "ThingController"
    };

    @LocalServerPort
    int port;

    Http http;

    @BeforeEach
    void connect() {
        http = new Http(port);
    }

    static String thingJson() {
        return """
                {"name": "Rex", "count": 2, "kind": "SMALL", "day": "2024-05-31", "at": "2024-05-31T12:00:00Z",
                 "tags": ["a"], "part": {"label": "p"}}""";
    }

    /** Asserts a problem document with every member Stratum promises, and returns it. */
    static JsonNode assertProblem(Http.Response response, int status, String slug, String instance) {
        assertThat(response.status()).as("%s", response).isEqualTo(status);
        assertThat(response.header("Content-Type")).as("%s", response).isEqualTo("application/problem+json");
        JsonNode problem = response.json();
        assertThat(problem.path("type").asString()).as("%s", response).isEqualTo("urn:stratum:problem:" + slug);
        assertThat(problem.path("title").asString()).isNotBlank();
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("detail").asString()).isNotBlank();
        assertThat(problem.path("instance").asString()).isEqualTo(instance);
        assertThat(problem.path("requestId").asString()).isNotBlank().isEqualTo(response.header("X-Request-Id"));
        assertThat(response.body()).as("%s", response).doesNotContain(LEAKS);
        return problem;
    }
}

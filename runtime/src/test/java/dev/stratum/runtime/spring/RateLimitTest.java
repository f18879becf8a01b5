package dev.stratum.runtime.spring;

import static dev.stratum.runtime.spring.WebTestSupport.assertProblem;
import static dev.stratum.runtime.spring.WebTestSupport.thingJson;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stratum.runtime.security.OperationClass;
import dev.stratum.runtime.security.RateLimit;
import dev.stratum.runtime.security.RoutePolicies;
import dev.stratum.runtime.security.RoutePolicy;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Rate limits over real HTTP: one budget per caller (principal, or address when anonymous) and operation class, a
 * resource's own budget where it declares one, the rate-limit headers on every counted response, and a 429 problem
 * with {@code Retry-After} once a budget is spent. Budgets refill over an hour, so nothing refills during the test.
 */
@SpringBootTest(
        classes = {TestApplication.class, RateLimitTest.LimitedResource.class},
        webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:runtime-rate-limit-test",
            "stratum.security.dev-users.enabled=true",
            "stratum.security.dev-users.password=" + Http.PASSWORD,
            "stratum.security.dev-users.users.vet=VET",
            "stratum.security.dev-users.users.admin=ADMIN,VET",
            "stratum.security.dev-users.users.nurse=NURSE",
            "stratum.rate-limit.read.requests=3",
            "stratum.rate-limit.read.period=1h",
            "stratum.rate-limit.write.requests=2",
            "stratum.rate-limit.write.period=1h"
        })
class RateLimitTest {

    private static final String KNOWN = "/api/things/" + ThingController.KNOWN;
    private static final long HOUR = 3600;

    /** A resource with a budget of its own: one read per hour. */
    @Configuration(proxyBeanMethods = false)
    static class LimitedResource {

        @Bean
        RoutePolicies limitedRoutes() {
            return new RoutePolicies("Limited", List.of(RoutePolicy.permitAll("GET", "/api/limited/*")),
                    List.of(new RateLimit(OperationClass.READ, 1, Duration.ofHours(1))));
        }
    }

    @LocalServerPort
    int port;

    Http http;

    @BeforeEach
    void connect() {
        http = new Http(port);
    }

    @Test
    void anonymousReadsAreCountedPerClientAddressAndAnswered429WhenSpent() {
        for (int remaining = 2; remaining >= 0; remaining--) {
            Http.Response response = http.get(KNOWN).send();

            assertThat(response.status()).as("%s", response).isEqualTo(200);
            assertLimitHeaders(response, 3, remaining);
        }

        Http.Response refused = http.get(KNOWN).send();

        assertProblem(refused, 429, "rate-limited", KNOWN);
        assertLimitHeaders(refused, 3, 0);
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, HOUR / 3);
        assertThat(refused.header("X-Content-Type-Options")).isEqualTo("nosniff");
        // A principal has a budget of its own, whatever address it calls from.
        Http.Response vet = http.get(KNOWN).as("vet").send();
        assertThat(vet.status()).as("%s", vet).isEqualTo(200);
        assertLimitHeaders(vet, 3, 2);
    }

    @Test
    void writesDrawOnABudgetSeparateFromReads() {
        assertThat(http.post("/api/things").as("admin").json(thingJson()).send().status()).isEqualTo(201);
        Http.Response second = http.post("/api/things").as("admin").json(thingJson()).send();
        assertThat(second.status()).isEqualTo(201);
        assertLimitHeaders(second, 2, 0);

        Http.Response refused = http.post("/api/things").as("admin").json(thingJson()).send();

        assertProblem(refused, 429, "rate-limited", "/api/things");
        assertThat(refused.header("Retry-After")).isNotNull();
        Http.Response read = http.get(KNOWN).as("admin").send();
        assertThat(read.status()).as("%s", read).isEqualTo(200);
        assertLimitHeaders(read, 3, 2);
    }

    @Test
    void refusedRequestsCountToo() {
        for (int remaining = 1; remaining >= 0; remaining--) {
            Http.Response forbidden = http.post("/api/things").as("nurse").json(thingJson()).send();
            assertProblem(forbidden, 403, "forbidden", "/api/things");
            assertLimitHeaders(forbidden, 2, remaining);
        }

        assertProblem(http.post("/api/things").as("nurse").json(thingJson()).send(), 429, "rate-limited",
                "/api/things");
    }

    @Test
    void aResourceWithItsOwnBudgetDoesNotShareTheProjectBudget() {
        Http.Response first = http.get("/api/limited/one").as("vet").send();
        assertLimitHeaders(first, 1, 0);

        assertProblem(http.get("/api/limited/two").as("vet").send(), 429, "rate-limited", "/api/limited/two");
        Http.Response elsewhere = http.get("/api/things").as("vet").send();
        assertThat(elsewhere.status()).as("%s", elsewhere).isEqualTo(200);
        assertThat(elsewhere.header("RateLimit-Limit")).isEqualTo("3");
    }

    @Test
    void routesNobodyDeclaredAreNotCounted() {
        Http.Response response = http.get("/nowhere").as("vet").send();

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.header("RateLimit-Limit")).isNull();
    }

    private static void assertLimitHeaders(Http.Response response, long limit, long remaining) {
        assertThat(response.header("RateLimit-Limit")).as("%s", response).isEqualTo(Long.toString(limit));
        assertThat(response.header("RateLimit-Remaining")).as("%s", response).isEqualTo(Long.toString(remaining));
        assertThat(Long.parseLong(response.header("RateLimit-Reset"))).as("%s", response).isBetween(0L, HOUR);
    }
}

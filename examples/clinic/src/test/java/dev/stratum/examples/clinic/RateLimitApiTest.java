package dev.stratum.examples.clinic;

import static dev.stratum.examples.clinic.ApiTestSupport.assertProblem;
import static dev.stratum.examples.clinic.ApiTestSupport.petJson;
import static dev.stratum.examples.clinic.ApiTestSupport.uniqueMicrochip;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Rate limits of the clinic over real HTTP with signed tokens: each principal has its own budget per operation class,
 * anonymous callers share their address's, every counted response says how much is left, and a spent budget is a 429
 * problem with {@code Retry-After} that changes nothing.
 */
class RateLimitApiTest extends SignedTokenTestSupport {

    @Test
    void writesBeyondThePrincipalsBudgetAreRefusedWithRetryAfter() {
        String vet = bearer(token(subject("busy-vet"), "VET"));
        for (int remaining = 2; remaining >= 0; remaining--) {
            ApiResponse created = api.post("/api/pets").header("Authorization", vet)
                    .json(petJson("Budget", uniqueMicrochip())).send();

            assertThat(created.status()).as("%s", created).isEqualTo(201);
            assertBudget(created, 3, remaining);
        }
        String microchip = uniqueMicrochip();

        ApiResponse refused = api.post("/api/pets").header("Authorization", vet)
                .json(petJson("OverBudget", microchip)).send();

        assertProblem(refused, 429, "rate-limited", "/api/pets");
        assertBudget(refused, 3, 0);
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 3600L);
        // Reads are a budget of their own, and the refused create left nothing behind.
        ApiResponse list = api.get("/api/pets?size=50").header("Authorization", vet).send();
        assertThat(list.status()).as("%s", list).isEqualTo(200);
        assertBudget(list, 5, 4);
        assertThat(list.body()).doesNotContain(microchip);
    }

    @Test
    void anotherPrincipalKeepsItsOwnBudget() {
        String first = bearer(token(subject("first-vet"), "VET"));
        String second = bearer(token(subject("second-vet"), "VET"));
        for (int i = 0; i < 3; i++) {
            api.post("/api/pets").header("Authorization", first).json(petJson("First", uniqueMicrochip())).send();
        }
        assertThat(api.post("/api/pets").header("Authorization", first)
                .json(petJson("First", uniqueMicrochip())).send().status()).isEqualTo(429);

        ApiResponse other = api.post("/api/pets").header("Authorization", second)
                .json(petJson("Second", uniqueMicrochip())).send();

        assertThat(other.status()).as("%s", other).isEqualTo(201);
        assertBudget(other, 3, 2);
    }

    @Test
    void anonymousReadsAreCountedPerClientAddress() {
        for (int remaining = 4; remaining >= 0; remaining--) {
            ApiResponse page = api.get("/api/pets").send();

            assertThat(page.status()).as("%s", page).isEqualTo(200);
            assertBudget(page, 5, remaining);
        }

        assertProblem(api.get("/api/pets").send(), 429, "rate-limited", "/api/pets");
        ApiResponse signedIn = api.get("/api/pets").header("Authorization", bearer(token(subject("reader")))).send();
        assertThat(signedIn.status()).as("%s", signedIn).isEqualTo(200);
    }

    private static void assertBudget(ApiResponse response, long limit, long remaining) {
        assertThat(response.header("RateLimit-Limit")).as("%s", response).isEqualTo(Long.toString(limit));
        assertThat(response.header("RateLimit-Remaining")).as("%s", response).isEqualTo(Long.toString(remaining));
        assertThat(Long.parseLong(response.header("RateLimit-Reset"))).as("%s", response).isBetween(0L, 3600L);
    }
}

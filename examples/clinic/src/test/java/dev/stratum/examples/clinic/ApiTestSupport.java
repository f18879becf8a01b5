package dev.stratum.examples.clinic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The running clinic on in-memory H2 with three development users: {@code vet} (VET), {@code admin} (ADMIN, VET) and
 * {@code clerk} (CLERK, a role no operation grants). Test classes share one application, so every fixture uses
 * unique values.
 */
@SpringBootTest(
        classes = {ClinicApplication.class, ExplodingPetHooks.class},
        webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = {
            "stratum.security.dev-users.enabled=true",
            "stratum.security.dev-users.password=" + ApiClient.PASSWORD,
            "stratum.security.dev-users.users.vet=VET",
            "stratum.security.dev-users.users.admin=ADMIN,VET",
            "stratum.security.dev-users.users.clerk=CLERK",
            // Many test classes share this application and its users; RateLimitApiTest has budgets of its own.
            "stratum.rate-limit.read.requests=100000",
            "stratum.rate-limit.write.requests=100000"
        })
abstract class ApiTestSupport {

    static final String VET = "vet";
    static final String ADMIN = "admin";
    static final String CLERK = "clerk";

    /** Words that would betray an internal detail in a response body. */
    private static final String[] LEAKS = {
        "Exception", "java.", "jakarta.", "tools.jackson", "org.springframework", "dev.stratum", "\tat ",
        "SQL", "select ", "insert ", "uk_", "pk_", "fk_"
    };

    @LocalServerPort
    int port;

    ApiClient api;

    @BeforeEach
    void connect() {
        api = new ApiClient(port);
    }

    // --- pets ---

    /** A pet without a recorded owner. */
    static String petJson(String name, String microchip) {
        return petJson(name, microchip, null);
    }

    /** A pet owned by the owner with this id ({@code null} for none). */
    static String petJson(String name, String microchip, Long ownerId) {
        return """
                {"name": "%s", "species": "DOG", "birthDate": "2019-04-02", "weightKg": 12.5, "neutered": true,
                 "microchip": "%s", "careLevel": 2, "ownerId": %s}""".formatted(name, microchip, ownerId);
    }

    static String uniqueMicrochip() {
        return String.format("%015d", ThreadLocalRandom.current().nextLong(1_000_000_000_000_000L));
    }

    JsonNode createPet(String name) {
        return createPet(name, null);
    }

    /** A new pet of the owner with this id ({@code null} for none). */
    JsonNode createPet(String name, Long ownerId) {
        ApiResponse created = api.post("/api/pets").as(VET).json(petJson(name, uniqueMicrochip(), ownerId)).send();
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        return created.json();
    }

    // --- owners ---

    static String ownerJson(String email, String taxNumber) {
        return """
                {"firstName": "Ada", "lastName": "Lovelace", "email": "%s", "phone": "+44 20 7946 0000",
                 "taxNumber": "%s", "consentGiven": true}""".formatted(email, taxNumber);
    }

    static String uniqueEmail() {
        return "owner-" + UUID.randomUUID() + "@example.org";
    }

    JsonNode createOwner() {
        ApiResponse created = api.post("/api/owners").as(VET).json(ownerJson(uniqueEmail(), "TAX12345")).send();
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        return created.json();
    }

    // --- problems ---

    /** Asserts an RFC 9457 problem document with every member Stratum promises, and returns it. */
    static JsonNode assertProblem(ApiResponse response, int status, String slug, String instance) {
        assertThat(response.status()).as("%s", response).isEqualTo(status);
        assertThat(response.header("Content-Type")).as("%s", response).startsWith("application/problem+json");
        JsonNode problem = response.json();
        assertThat(problem.path("type").asString()).isEqualTo("urn:stratum:problem:" + slug);
        assertThat(problem.path("title").asString()).isNotBlank();
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("detail").asString()).isNotBlank();
        assertThat(problem.path("instance").asString()).isEqualTo(instance);
        assertThat(problem.path("requestId").asString()).isNotBlank().isEqualTo(response.header("X-Request-Id"));
        assertNoInternals(response);
        return problem;
    }

    static void assertNoInternals(ApiResponse response) {
        assertThat(response.body()).as("%s", response).doesNotContain(LEAKS);
    }
}

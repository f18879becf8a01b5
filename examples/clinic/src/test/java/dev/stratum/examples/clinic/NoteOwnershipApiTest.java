package dev.stratum.examples.clinic;

import static dev.stratum.examples.clinic.ApiTestSupport.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Notes are scoped to their author ({@code @OwnedBy(bypassRoles = "ADMIN")}), over real HTTP with RS256 tokens signed
 * in the test: each caller sees and changes only their own notes, another caller's note is a 404, an administrator
 * sees and changes all, anonymous callers get 401, and the author and audit fields come from the token and the
 * application's clock, never from the body.
 */
@SpringBootTest(
        classes = {ClinicApplication.class, NoteOwnershipApiTest.TestClock.class},
        webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = {
            "stratum.security.jwt.issuer=" + SignedTokenTestSupport.ISSUER,
            "stratum.security.jwt.audiences=" + SignedTokenTestSupport.AUDIENCE,
            "stratum.rate-limit.read.requests=100000",
            "stratum.rate-limit.write.requests=100000"
        })
class NoteOwnershipApiTest {

    @LocalServerPort
    int port;

    @Autowired
    SettableClock clock;

    ApiClient api;

    @DynamicPropertySource
    static void trustTheTestKey(DynamicPropertyRegistry registry) {
        SignedTokenTestSupport.trustTheTestKey(registry);
    }

    @BeforeEach
    void connect() {
        api = new ApiClient(port);
        clock.set(Instant.now());
    }

    @Test
    void anotherAuthorsNoteIsNotFoundForEveryOperation() {
        String alice = bearer("alice");
        String bob = bearer("bob");
        String own = create(alice, "alice's note");
        String others = create(bob, "bob's note");
        String path = "/api/notes/" + others;

        assertProblem(api.get(path).header("Authorization", alice).send(), 404, "not-found", path);
        assertProblem(api.put(path).header("Authorization", alice).json(note("taken")).send(), 404, "not-found", path);
        assertProblem(api.patch(path).header("Authorization", alice).mergePatch(note("taken")).send(), 404,
                "not-found", path);
        assertProblem(api.delete(path).header("Authorization", alice).send(), 404, "not-found", path);

        JsonNode untouched = api.get(path).header("Authorization", bob).send().json();
        assertThat(untouched.path("text").asString()).isEqualTo("bob's note");
        assertThat(untouched.path("version").asLong()).isZero();
        assertThat(ids(alice)).containsExactly(own);
        assertThat(ids(bob)).containsExactly(others);
    }

    @Test
    void anAuthorReadsUpdatesAndDeletesTheirOwnNotes() {
        String carol = bearer("carol");
        String id = create(carol, "first");
        String path = "/api/notes/" + id;

        assertThat(api.get(path).header("Authorization", carol).send().status()).isEqualTo(200);
        ApiResponse updated = api.put(path).header("Authorization", carol).json(note("second")).send();
        assertThat(updated.status()).as("%s", updated).isEqualTo(200);
        assertThat(updated.text("text")).isEqualTo("second");
        assertThat(api.delete(path).header("Authorization", carol).send().status()).isEqualTo(204);
        assertThat(ids(carol)).isEmpty();
    }

    @Test
    void anAdministratorSeesAndChangesEveryAuthorsNotes() {
        String dave = subject("dave");
        String admin = subject("admin");
        String daves = create("Bearer " + SignedTokenTestSupport.token(dave), "dave's note");
        String adminToken = "Bearer " + SignedTokenTestSupport.token(admin, "ADMIN");
        String path = "/api/notes/" + daves;

        assertThat(api.get(path).header("Authorization", adminToken).send().status()).isEqualTo(200);
        assertThat(ids(adminToken)).contains(daves);
        ApiResponse updated = api.put(path).header("Authorization", adminToken).json(note("moderated")).send();

        assertThat(updated.status()).as("%s", updated).isEqualTo(200);
        assertThat(updated.text("author")).isEqualTo(dave);
        assertThat(updated.text("updatedBy")).isEqualTo(admin);
        assertThat(api.delete(path).header("Authorization", adminToken).send().status()).isEqualTo(204);
    }

    @Test
    void anonymousCallersAreUnauthenticated() {
        String id = create(bearer("erin"), "private");
        String path = "/api/notes/" + id;

        List<ApiClient.Call> calls = List.of(
                api.get("/api/notes"),
                api.get(path),
                api.post("/api/notes").json(note("anonymous")),
                api.put(path).json(note("anonymous")),
                api.patch(path).mergePatch(note("anonymous")),
                api.delete(path));
        for (ApiClient.Call call : calls) {
            assertProblem(call.send(), 401, "unauthenticated", call.path());
        }
    }

    @Test
    void theAuthorAndAuditFieldsCannotBeSent() {
        String frank = bearer("frank");
        for (String member : new String[] {"\"author\": \"mallory\"", "\"createdAt\": \"2000-01-01T00:00:00Z\"",
                "\"updatedAt\": \"2000-01-01T00:00:00Z\"", "\"updatedBy\": \"mallory\""}) {
            String body = note("forged").replace("}", ", " + member + "}");

            ApiResponse refused = api.post("/api/notes").header("Authorization", frank).json(body).send();

            assertProblem(refused, 400, "unknown-property", "/api/notes");
        }
        assertThat(ids(frank)).isEmpty();
    }

    @Test
    void theRepositoryStampsTheAuthorAndTheTimesFromTheTokenAndTheClock() {
        String grace = subject("grace");
        String token = "Bearer " + SignedTokenTestSupport.token(grace);
        Instant created = Instant.parse("2026-03-01T09:15:30.123456Z");
        clock.set(created);

        ApiResponse posted = api.post("/api/notes").header("Authorization", token).json(note("stamped")).send();

        assertThat(posted.status()).as("%s", posted).isEqualTo(201);
        assertThat(posted.text("author")).isEqualTo(grace);
        assertThat(Instant.parse(posted.text("createdAt"))).isEqualTo(created);
        assertThat(Instant.parse(posted.text("updatedAt"))).isEqualTo(created);
        assertThat(posted.text("updatedBy")).isEqualTo(grace);

        Instant later = created.plus(90, ChronoUnit.SECONDS);
        clock.set(later);
        String path = "/api/notes/" + posted.text("id");
        ApiResponse updated = api.put(path).header("Authorization", token).json(note("restamped")).send();

        assertThat(updated.status()).as("%s", updated).isEqualTo(200);
        JsonNode read = api.get(path).header("Authorization", token).send().json();
        assertThat(Instant.parse(read.path("createdAt").asString())).isEqualTo(created);
        assertThat(Instant.parse(read.path("updatedAt").asString())).isEqualTo(later);
        assertThat(read.path("author").asString()).isEqualTo(grace);
    }

    private String create(String authorization, String text) {
        ApiResponse created = api.post("/api/notes").header("Authorization", authorization).json(note(text)).send();
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        return created.text("id");
    }

    private List<String> ids(String authorization) {
        ApiResponse list = api.get("/api/notes?size=100").header("Authorization", authorization).send();
        assertThat(list.status()).as("%s", list).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        list.json().path("items").forEach(item -> ids.add(item.path("id").asString()));
        return ids;
    }

    static String note(String text) {
        return "{\"text\": \"" + text + "\"}";
    }

    /** A bearer token for a fresh subject named after {@code name}, with no role. */
    private static String bearer(String name) {
        return "Bearer " + SignedTokenTestSupport.token(subject(name));
    }

    private static String subject(String name) {
        return name + "-" + UUID.randomUUID();
    }

    /** The application's clock, replaced by one each test sets, so the audit times are known exactly. */
    @TestConfiguration(proxyBeanMethods = false)
    static class TestClock {

        @Bean
        SettableClock clock() {
            return new SettableClock();
        }
    }

    static final class SettableClock extends Clock {

        private volatile Instant now = Instant.now();

        void set(Instant instant) {
            now = instant;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.fixed(now, zone);
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}

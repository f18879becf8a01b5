package dev.stratum.examples.clinic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stratum.runtime.idempotency.IdempotencyKeys;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** {@code Idempotency-Key} on creating an owner, over real HTTP against the clinic on H2. */
class IdempotencyApiTest extends ApiTestSupport {

    private static final String OWNERS = "/api/owners";

    @Autowired
    DataSource dataSource;

    @Test
    void aRepeatGetsTheFirstResponseAndCreatesOneRow() throws SQLException {
        String email = uniqueEmail();
        String key = UUID.randomUUID().toString();

        ApiResponse first = createOwner(key, ownerJson(email, "TAX12345"), VET);
        ApiResponse repeat = createOwner(key, ownerJson(email, "TAX12345"), VET);

        assertThat(first.status()).as("%s", first).isEqualTo(201);
        assertThat(first.header("Idempotent-Replayed")).isNull();
        assertThat(repeat.status()).as("%s", repeat).isEqualTo(201);
        assertThat(repeat.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(repeat.body()).isEqualTo(first.body());
        assertThat(repeat.header("Location")).isEqualTo(first.header("Location")).isNotNull();
        assertThat(repeat.header("ETag")).isEqualTo(first.header("ETag")).isNotNull();
        assertThat(repeat.header("Content-Type")).isEqualTo(first.header("Content-Type"));
        assertThat(repeat.header("X-Request-Id")).isNotEqualTo(first.header("X-Request-Id"));
        assertThat(ownersWithEmail(email)).isEqualTo(1);
    }

    @Test
    void theSameKeyWithAnotherBodyIs422AndCreatesNothing() throws SQLException {
        String key = UUID.randomUUID().toString();
        assertThat(createOwner(key, ownerJson(uniqueEmail(), "TAX12345"), VET).status()).isEqualTo(201);
        String other = uniqueEmail();

        ApiResponse reused = createOwner(key, ownerJson(other, "TAX12345"), VET);

        assertThat(assertProblem(reused, 422, "idempotency-key-reused", OWNERS).path("title").asString())
                .isEqualTo("Idempotency key reused");
        assertThat(reused.header("Idempotent-Replayed")).isNull();
        assertThat(ownersWithEmail(other)).isZero();
    }

    @Test
    void aRepeatWhileTheFirstStillRunsIs409() throws SQLException {
        String key = UUID.randomUUID().toString();
        String body = ownerJson(uniqueEmail(), "TAX12345");
        // The first request's claim, as its replica left it mid-request.
        insertKey("principal:" + VET, key, fingerprint(VET, body), OffsetDateTime.now(ZoneOffset.UTC).plusMinutes(1));

        ApiResponse concurrent = createOwner(key, body, VET);

        assertThat(assertProblem(concurrent, 409, "idempotency-key-in-use", OWNERS).path("title").asString())
                .isEqualTo("Idempotency key in use");
    }

    @Test
    void anExpiredKeyIsClaimedAfresh() throws SQLException {
        String key = UUID.randomUUID().toString();
        insertKey("principal:" + VET, key, "0".repeat(64), OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(1));
        String email = uniqueEmail();

        ApiResponse created = createOwner(key, ownerJson(email, "TAX12345"), VET);

        assertThat(created.status()).as("%s", created).isEqualTo(201);
        assertThat(created.header("Idempotent-Replayed")).isNull();
        assertThat(ownersWithEmail(email)).isEqualTo(1);
        assertThat(createOwner(key, ownerJson(email, "TAX12345"), VET).header("Idempotent-Replayed")).isEqualTo("true");
    }

    @Test
    void keysBelongToTheirPrincipal() throws SQLException {
        String key = UUID.randomUUID().toString();
        String email = uniqueEmail();
        assertThat(createOwner(key, ownerJson(email, "TAX12345"), VET).status()).isEqualTo(201);

        ApiResponse otherPrincipal = createOwner(key, ownerJson(email, "TAX12345"), ADMIN);

        // Not a replay of the vet's response: the admin's request runs, and meets the vet's owner's unique email.
        assertThat(otherPrincipal.header("Idempotent-Replayed")).isNull();
        assertThat(otherPrincipal.status()).as("%s", otherPrincipal).isEqualTo(409);
        assertThat(otherPrincipal.text("type")).isEqualTo("urn:stratum:problem:duplicate");
        assertThat(ownersWithEmail(email)).isEqualTo(1);
    }

    @Test
    void clientErrorsAreStoredLikeSuccesses() {
        String key = UUID.randomUUID().toString();
        String invalid = ownerJson("not-an-email", "TAX12345");

        ApiResponse first = createOwner(key, invalid, VET);
        ApiResponse repeat = createOwner(key, invalid, VET);

        assertThat(first.status()).as("%s", first).isEqualTo(400);
        assertThat(repeat.status()).isEqualTo(400);
        assertThat(repeat.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(repeat.body()).isEqualTo(first.body());
        assertThat(repeat.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void serverErrorsReleaseTheKey() throws SQLException {
        String key = UUID.randomUUID().toString();
        String exploding = petJson(ExplodingPetHooks.MAGIC_NAME, uniqueMicrochip());

        ApiResponse failed = api.post("/api/pets").as(VET).header("Idempotency-Key", key).json(exploding).send();
        ApiResponse retried = api.post("/api/pets").as(VET).header("Idempotency-Key", key).json(exploding).send();

        assertThat(failed.status()).as("%s", failed).isEqualTo(500);
        assertThat(retried.status()).isEqualTo(500);
        assertThat(retried.header("Idempotent-Replayed")).isNull();
        assertThat(keysNamed(key)).isZero();
    }

    @Test
    void aMalformedKeyIs400() {
        for (String malformed : new String[] {"has space", "x".repeat(256), "tab\tinside"}) {
            ApiResponse refused = createOwner(malformed, ownerJson(uniqueEmail(), "TAX12345"), VET);

            assertThat(refused.status()).as(malformed).isEqualTo(400);
            assertProblem(refused, 400, "invalid-parameter", OWNERS);
            assertThat(refused.text("parameter")).isEqualTo("Idempotency-Key");
        }
        assertThat(createOwner("x".repeat(255), ownerJson(uniqueEmail(), "TAX12345"), VET).status()).isEqualTo(201);
    }

    @Test
    void aRefusedRequestClaimsNoKey() throws SQLException {
        String key = UUID.randomUUID().toString();

        ApiResponse refused = createOwner(key, ownerJson(uniqueEmail(), "TAX12345"), CLERK);

        assertThat(refused.status()).isEqualTo(403);
        assertThat(keysNamed(key)).isZero();
    }

    @Test
    void theServedDocumentDescribesTheKeyOnCreate() {
        JsonNode create = api.get("/openapi.json").send().json().path("paths").path(OWNERS).path("post");

        assertThat(create.path("parameters").findValuesAsString("name")).contains("Idempotency-Key");
        assertThat(create.path("responses").path("201").path("headers").has("Idempotent-Replayed")).isTrue();
        assertThat(create.path("responses").path("409").path("description").asString())
                .contains("urn:stratum:problem:duplicate").contains("urn:stratum:problem:idempotency-key-in-use");
        assertThat(create.path("responses").path("422").path("description").asString())
                .contains("urn:stratum:problem:idempotency-key-reused");
        assertThat(create.path("responses").path("400").path("description").asString())
                .contains("urn:stratum:problem:invalid-parameter");
    }

    private ApiResponse createOwner(String key, String body, String user) {
        return api.post(OWNERS).as(user).header("Idempotency-Key", key).json(body).send();
    }

    private static String fingerprint(String user, String body) {
        return IdempotencyKeys.fingerprint("POST", OWNERS, IdempotencyKeys.scope(user),
                body.getBytes(StandardCharsets.UTF_8));
    }

    private void insertKey(String scope, String key, String fingerprint, OffsetDateTime expiresAt)
            throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("insert into stratum_idempotency"
                        + " (scope, idempotency_key, fingerprint, created_at, expires_at) values (?, ?, ?, ?, ?)")) {
            insert.setString(1, scope);
            insert.setString(2, key);
            insert.setString(3, fingerprint);
            insert.setObject(4, OffsetDateTime.now(ZoneOffset.UTC));
            insert.setObject(5, expiresAt);
            insert.executeUpdate();
        }
    }

    private int ownersWithEmail(String email) throws SQLException {
        return count("select count(*) from owners where email = ?", email);
    }

    private int keysNamed(String key) throws SQLException {
        return count("select count(*) from stratum_idempotency where idempotency_key = ?", key);
    }

    private int count(String sql, String value) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, value);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }
}

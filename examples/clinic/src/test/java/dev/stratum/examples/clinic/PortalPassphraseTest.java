package dev.stratum.examples.clinic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stratum.examples.clinic.owner.OwnerService;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The owner portal's passphrase, a hashed write-only secret, over real HTTP: the database holds only a
 * {@code {bcrypt}} hash, no response, problem document or log line ever holds the clear text, a patch without it keeps
 * the stored hash, and one with it stores a new hash that the generated {@code matchesPortalPassphrase} verifies.
 */
@ExtendWith(OutputCaptureExtension.class)
class PortalPassphraseTest extends ApiTestSupport {

    private static final String FIRST = "first-Passphrase-4711";
    private static final String SECOND = "second-Passphrase-0815";
    private static final String TOO_SHORT = "Sh0rt!";

    @Autowired
    DataSource dataSource;

    @Autowired
    OwnerService owners;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void thePassphraseIsStoredAsABcryptHashAndNeverShown(CapturedOutput output) {
        String body = ownerJson(uniqueEmail(), "PORTAL1234").replace("}", ", \"portalPassphrase\": \"" + FIRST + "\"}");
        ApiResponse created = api.post("/api/owners").as(VET).json(body).send();
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        long id = created.json().path("id").asLong();
        assertThat(created.json().has("portalPassphrase")).isFalse();
        String firstHash = storedHash(id);
        assertThat(firstHash).startsWith("{bcrypt}$2").doesNotContain(FIRST);

        ApiResponse read = api.get("/api/owners/" + id).as(CLERK).send();
        assertThat(read.json().has("portalPassphrase")).isFalse();

        ApiResponse keep = api.patch("/api/owners/" + id).as(VET).ifMatch(created.header("ETag"))
                .mergePatch("{\"phone\": \"+44 20 7946 1111\"}").send();
        assertThat(keep.status()).as("%s", keep).isEqualTo(200);
        assertThat(storedHash(id)).as("a patch without the passphrase keeps the hash").isEqualTo(firstHash);

        ApiResponse refused = api.patch("/api/owners/" + id).as(VET).ifMatch(keep.header("ETag"))
                .mergePatch("{\"portalPassphrase\": \"" + TOO_SHORT + "\"}").send();
        assertProblem(refused, 400, "validation-failed", "/api/owners/" + id);
        assertThat(refused.body()).contains("/portalPassphrase").doesNotContain(TOO_SHORT);
        assertThat(storedHash(id)).isEqualTo(firstHash);

        ApiResponse changed = api.patch("/api/owners/" + id).as(VET).ifMatch(keep.header("ETag"))
                .mergePatch("{\"portalPassphrase\": \"" + SECOND + "\"}").send();
        assertThat(changed.status()).as("%s", changed).isEqualTo(200);
        assertThat(changed.json().has("portalPassphrase")).isFalse();
        String secondHash = storedHash(id);
        assertThat(secondHash).startsWith("{bcrypt}$2").isNotEqualTo(firstHash);

        signIn("portal-check", "CLERK");
        assertThat(owners.matchesPortalPassphrase(id, SECOND)).isTrue();
        assertThat(owners.matchesPortalPassphrase(id, FIRST)).isFalse();

        for (ApiResponse response : List.of(created, read, keep, refused, changed)) {
            assertThat(response.body()).doesNotContain(FIRST, SECOND, firstHash, secondHash);
        }
        assertThat(output.getAll()).doesNotContain(FIRST, SECOND, TOO_SHORT, firstHash, secondHash);
    }

    private String storedHash(long id) {
        return new JdbcTemplate(dataSource).queryForObject("select portal_passphrase from owners where id = ?",
                String.class, id);
    }

    private static void signIn(String name, String... roles) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                name, null, AuthorityUtils.createAuthorityList(java.util.Arrays.stream(roles)
                        .map(role -> "ROLE_" + role).toList())));
    }
}

package dev.stratum.runtime.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IdempotencyKeysTest {

    private static final byte[] BODY = "{\"name\":\"Rex\"}".getBytes(StandardCharsets.UTF_8);

    @Test
    void aKeyIsOneTo255VisibleAsciiCharacters() {
        assertThat(IdempotencyKeys.isValid("123e4567-e89b-12d3-a456-426614174000")).isTrue();
        assertThat(IdempotencyKeys.isValid("!~")).isTrue();
        assertThat(IdempotencyKeys.isValid("k".repeat(255))).isTrue();

        assertThat(IdempotencyKeys.isValid(null)).isFalse();
        assertThat(IdempotencyKeys.isValid("")).isFalse();
        assertThat(IdempotencyKeys.isValid("k".repeat(256))).isFalse();
        assertThat(IdempotencyKeys.isValid("has space")).isFalse();
        assertThat(IdempotencyKeys.isValid("tab\t")).isFalse();
        assertThat(IdempotencyKeys.isValid("caf\u00e9")).isFalse();
        assertThat(IdempotencyKeys.isValid("del\u007f")).isFalse();
    }

    @Test
    void scopesSeparatePrincipalsFromAnonymousCallersAndFitTheColumn() {
        assertThat(IdempotencyKeys.scope(null)).isEqualTo("anonymous");
        assertThat(IdempotencyKeys.scope("anonymous")).isEqualTo("principal:anonymous");
        String longName = IdempotencyKeys.scope("n".repeat(300));
        assertThat(longName).startsWith("principal-sha256:").hasSizeLessThanOrEqualTo(IdempotencyKeys.MAX_LENGTH);
        assertThat(longName).isNotEqualTo(IdempotencyKeys.scope("n".repeat(301)));
    }

    @Test
    void theFingerprintChangesWithEveryPartOfTheRequest() {
        String fingerprint = IdempotencyKeys.fingerprint("POST", "/api/pets", "principal:vet", BODY);

        assertThat(fingerprint).hasSize(64).isEqualTo(IdempotencyKeys.fingerprint("POST", "/api/pets",
                "principal:vet", BODY.clone()));
        assertThat(fingerprint)
                .isNotEqualTo(IdempotencyKeys.fingerprint("PUT", "/api/pets", "principal:vet", BODY))
                .isNotEqualTo(IdempotencyKeys.fingerprint("POST", "/api/pets?x=1", "principal:vet", BODY))
                .isNotEqualTo(IdempotencyKeys.fingerprint("POST", "/api/pets", "principal:admin", BODY))
                .isNotEqualTo(IdempotencyKeys.fingerprint("POST", "/api/pets", "principal:vet", new byte[0]));
        // Parts are length-prefixed: moving a character from one part to the next is another request.
        assertThat(IdempotencyKeys.fingerprint("POST", "/a", "b", BODY))
                .isNotEqualTo(IdempotencyKeys.fingerprint("POST", "/", "ab", BODY));
    }

    @Test
    void aStoredResponseIsAValueWithItsOwnCopyOfTheBody() {
        byte[] body = {1, 2, 3};
        StoredResponse stored = new StoredResponse(201, Map.of("Location", "/api/pets/1"), body);
        body[0] = 9;

        assertThat(stored.body()).containsExactly(1, 2, 3);
        assertThat(stored).isEqualTo(new StoredResponse(201, Map.of("Location", "/api/pets/1"), new byte[] {1, 2, 3}));
    }
}

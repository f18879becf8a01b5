package dev.stratum.runtime.paging;

import dev.stratum.runtime.problem.InvalidParameterException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs and checks the opaque cursors of keyset pages.
 *
 * <p>A cursor is {@code base64url(payload) "." base64url(HMAC-SHA256(payload))}, where the payload names the resource,
 * the sort and the last row's sort key. A cursor that was altered, cut short, or issued for another resource or sort
 * is refused as an invalid {@code cursor} parameter (400) before any SQL runs. The payload is signed, not encrypted:
 * it carries no more than the last row's id, which the client has already seen.
 */
public final class Cursors {

    private static final String ALGORITHM = "HmacSHA256";
    private static final String VERSION = "1";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
    private static final int MIN_KEY_BYTES = 32;

    private final SecretKeySpec key;

    /** @param key the signing key, at least 32 bytes; every replica that serves the same API needs the same key */
    public Cursors(byte[] key) {
        if (key.length < MIN_KEY_BYTES) {
            throw new IllegalArgumentException("a cursor key needs at least " + MIN_KEY_BYTES + " bytes");
        }
        this.key = new SecretKeySpec(key.clone(), ALGORITHM);
    }

    /** Cursors signed with a key drawn for this process only: they stop working on a restart or another replica. */
    public static Cursors withRandomKey() {
        byte[] key = new byte[MIN_KEY_BYTES];
        new SecureRandom().nextBytes(key);
        return new Cursors(key);
    }

    /** The cursor that continues {@code resource}, sorted by {@code sort}, after the row whose sort key is {@code key}. */
    public String encode(String resource, String sort, String key) {
        byte[] payload = payload(resource, sort, key);
        return ENCODER.encodeToString(payload) + "." + ENCODER.encodeToString(sign(payload));
    }

    /**
     * The sort key a cursor continues after.
     *
     * @throws InvalidParameterException naming {@code cursor} when it was not issued by this key for this resource and sort
     */
    public String decode(String resource, String sort, String cursor) {
        int dot = cursor.indexOf('.');
        if (dot < 1 || dot != cursor.lastIndexOf('.')) {
            throw invalid();
        }
        byte[] payload;
        byte[] signature;
        try {
            payload = DECODER.decode(cursor.substring(0, dot));
            signature = DECODER.decode(cursor.substring(dot + 1));
        } catch (IllegalArgumentException notBase64) {
            throw invalid();
        }
        if (!MessageDigest.isEqual(sign(payload), signature)) {
            throw invalid();
        }
        String prefix = VERSION + "\n" + resource + "\n" + sort + "\n";
        String text = new String(payload, StandardCharsets.UTF_8);
        if (!text.startsWith(prefix)) {
            throw invalid();
        }
        return text.substring(prefix.length());
    }

    private static byte[] payload(String resource, String sort, String key) {
        return (VERSION + "\n" + resource + "\n" + sort + "\n" + key).getBytes(StandardCharsets.UTF_8);
    }

    private byte[] sign(byte[] payload) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(payload);
        } catch (GeneralSecurityException unavailable) {
            throw new IllegalStateException("HMAC-SHA256 is unavailable in this JVM", unavailable);
        }
    }

    private static InvalidParameterException invalid() {
        return new InvalidParameterException("cursor",
                "cursor is not one this list issued for this sort; start again without a cursor.");
    }
}

package dev.stratum.runtime.idempotency;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The rules for {@code Idempotency-Key} values, and the fingerprint that tells one request from another. */
public final class IdempotencyKeys {

    /** The request header. */
    public static final String HEADER = "Idempotency-Key";
    /** The response header that marks a replayed response. */
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
    /** The longest key accepted, and the width of the scope column. */
    public static final int MAX_LENGTH = 255;
    /** The scope of requests nobody authenticated. */
    public static final String ANONYMOUS = "anonymous";

    private IdempotencyKeys() {
    }

    /** Whether {@code key} is 1 to 255 visible ASCII characters (no space, no control character). */
    public static boolean isValid(String key) {
        if (key == null || key.isEmpty() || key.length() > MAX_LENGTH) {
            return false;
        }
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c < 0x21 || c > 0x7E) {
                return false;
            }
        }
        return true;
    }

    /**
     * The scope of a principal's keys: {@code principal:<name>}, or a SHA-256 of it when that would not fit the
     * column; {@link #ANONYMOUS} for {@code null}.
     */
    public static String scope(String principal) {
        if (principal == null) {
            return ANONYMOUS;
        }
        String scope = "principal:" + principal;
        return scope.length() <= MAX_LENGTH ? scope : "principal-sha256:" + sha256(scope.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * SHA-256 over the request's method, path (with its query), scope and body bytes, each length-prefixed so no two
     * different requests run together into the same input.
     */
    public static String fingerprint(String method, String pathAndQuery, String scope, byte[] body) {
        MessageDigest digest = digest();
        for (byte[] part : new byte[][] {bytes(method), bytes(pathAndQuery), bytes(scope), body}) {
            digest.update(ByteBuffer.allocate(Integer.BYTES).putInt(part.length).array());
            digest.update(part);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static String sha256(byte[] input) {
        return HexFormat.of().formatHex(digest().digest(input));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}

package dev.stratum.runtime.http;

import java.util.Arrays;

/**
 * The precondition of a write: unconditional (no {@code If-Match}, or {@code *}), or the versions one of which the
 * resource must still have. A list of ETags holds when any of them is current (RFC 9110, 13.1.1).
 */
public final class IfMatch {

    private static final IfMatch ANY = new IfMatch(new long[0]);

    private final long[] versions;

    private IfMatch(long[] versions) {
        this.versions = versions;
    }

    /** No precondition: the write applies to whatever version is current. */
    public static IfMatch any() {
        return ANY;
    }

    /** The write applies only while the resource has one of {@code versions}. */
    public static IfMatch versions(long... versions) {
        if (versions.length == 0) {
            throw new IllegalArgumentException("A conditional write names at least one version");
        }
        return new IfMatch(versions.clone());
    }

    /** Whether the client named versions; a failed write is then 412 rather than 409. */
    public boolean conditional() {
        return versions.length > 0;
    }

    /** Whether a resource with {@code version} satisfies the precondition; always true when unconditional. */
    public boolean admits(long version) {
        if (!conditional()) {
            return true;
        }
        for (long candidate : versions) {
            if (candidate == version) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof IfMatch that && Arrays.equals(versions, that.versions);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(versions);
    }

    @Override
    public String toString() {
        return conditional() ? "IfMatch" + Arrays.toString(versions) : "IfMatch[*]";
    }
}

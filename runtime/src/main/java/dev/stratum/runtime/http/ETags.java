package dev.stratum.runtime.http;

import dev.stratum.runtime.problem.InvalidParameterException;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Strong entity tags carrying a resource's optimistic-locking version, such as {@code "3"}. */
public final class ETags {

    private static final Pattern STRONG_VERSION = Pattern.compile("\"(\\d{1,18})\"");
    private static final String ANY = "*";

    private ETags() {
    }

    /** The ETag for {@code version}, e.g. {@code "3"} including the quotes. */
    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /**
     * The version an {@code If-Match} header value names; empty when the header is missing, blank or {@code *} (any
     * current version).
     *
     * @throws InvalidParameterException when it is neither {@code *} nor one strong ETag holding a version
     */
    public static OptionalLong ifMatchVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals(ANY)) {
            return OptionalLong.empty();
        }
        Matcher matcher = STRONG_VERSION.matcher(ifMatch.strip());
        if (!matcher.matches()) {
            throw new InvalidParameterException("If-Match",
                    "If-Match must be * or exactly one strong ETag as returned by a read, such as \"3\".");
        }
        return OptionalLong.of(Long.parseLong(matcher.group(1)));
    }

    /**
     * Whether an {@code If-None-Match} header value names {@code version}, so a GET can answer 304. Comparison is weak
     * (RFC 9110, 13.1.2): {@code W/"3"} matches version 3, and {@code *} matches any. A missing header or a member
     * that is not an ETag matches nothing.
     */
    public static boolean noneMatchNames(String ifNoneMatch, long version) {
        if (ifNoneMatch == null) {
            return false;
        }
        String current = of(version);
        for (String member : ifNoneMatch.split(",")) {
            String tag = member.strip();
            if (tag.equals(ANY) || opaque(tag).equals(current)) {
                return true;
            }
        }
        return false;
    }

    private static String opaque(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }
}

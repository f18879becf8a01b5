package dev.stratum.runtime.http;

import dev.stratum.runtime.problem.InvalidParameterException;
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
     * The precondition an {@code If-Match} header value states: none when the header is missing, blank or {@code *}
     * (any current version); otherwise the versions of its strong ETags, a comma-separated list of one or more, any of
     * which may be current (RFC 9110, 13.1.1).
     *
     * @throws InvalidParameterException when it is neither {@code *} nor a list of strong ETags holding versions
     */
    public static IfMatch ifMatch(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals(ANY)) {
            return IfMatch.any();
        }
        String[] members = ifMatch.split(",", -1);
        long[] versions = new long[members.length];
        for (int i = 0; i < members.length; i++) {
            Matcher matcher = STRONG_VERSION.matcher(members[i].strip());
            if (!matcher.matches()) {
                throw new InvalidParameterException("If-Match",
                        "If-Match must be * or strong ETags as returned by a read, such as \"3\" or \"3\", \"4\".");
            }
            versions[i] = Long.parseLong(matcher.group(1));
        }
        return IfMatch.versions(versions);
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

package dev.stratum.runtime.http;

import dev.stratum.runtime.problem.InvalidParameterException;
import dev.stratum.runtime.problem.PreconditionRequiredException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Strong entity tags carrying a resource's optimistic-locking version, such as {@code "3"}. */
public final class ETags {

    private static final Pattern STRONG_VERSION = Pattern.compile("\"(\\d{1,18})\"");

    private ETags() {
    }

    /** The ETag for {@code version}, e.g. {@code "3"} including the quotes. */
    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /**
     * The version in an {@code If-Match} header value.
     *
     * @throws PreconditionRequiredException when the header is missing or blank
     * @throws InvalidParameterException     when it is not one strong ETag holding a version
     */
    public static long requireVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new PreconditionRequiredException(
                    "This operation needs an If-Match header: send If-Match with the ETag you read.");
        }
        Matcher matcher = STRONG_VERSION.matcher(ifMatch.strip());
        if (!matcher.matches()) {
            throw new InvalidParameterException("If-Match",
                    "If-Match must be exactly one strong ETag as returned by a read, such as \"3\".");
        }
        return Long.parseLong(matcher.group(1));
    }
}

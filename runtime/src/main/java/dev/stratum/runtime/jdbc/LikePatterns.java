package dev.stratum.runtime.jdbc;

/**
 * {@code LIKE} patterns for generated finders: the value is matched literally, with {@code %}, {@code _} and the escape
 * character itself escaped by {@value #ESCAPE}. Generated SQL says {@code LIKE ? ESCAPE '!'}; {@code !} is not special
 * in H2's or PostgreSQL's string literals, unlike a backslash, so the clause reads the same on both.
 */
public final class LikePatterns {

    /** The escape character named in every generated {@code ESCAPE} clause. */
    public static final char ESCAPE = '!';

    private LikePatterns() {
    }

    /** Matches values that start with {@code prefix}. */
    public static String startsWith(String prefix) {
        return escape(prefix) + "%";
    }

    /** Matches values that end with {@code suffix}. */
    public static String endsWith(String suffix) {
        return "%" + escape(suffix);
    }

    /** Matches values that contain {@code part}. */
    public static String containing(String part) {
        return "%" + escape(part) + "%";
    }

    /** {@code 100%_sure!} → {@code 100!%!_sure!!}: every character then stands for itself. */
    static String escape(String value) {
        var escaped = new StringBuilder(value.length() + 8);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '%' || c == '_' || c == ESCAPE) {
                escaped.append(ESCAPE);
            }
            escaped.append(c);
        }
        return escaped.toString();
    }
}

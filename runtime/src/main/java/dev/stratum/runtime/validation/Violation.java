package dev.stratum.runtime.validation;

/**
 * One failed constraint.
 *
 * @param pointer       the JSON pointer (RFC 6901) of the offending value in the request body, e.g. {@code /name} or
 *                      {@code /items/2/name}
 * @param message       what is wrong, in clear English
 * @param constraint    the constraint's simple name, e.g. {@code NotBlank}
 * @param rejectedValue the value that broke the constraint, for the server's own use (logs stay the caller's choice);
 *                      {@code null} when the value was {@code null} or the property is {@code @Sensitive}. Problem
 *                      documents never show it.
 * @param path          the property path as Jakarta Validation writes it, e.g. {@code items[2].name},
 *                      {@code tags[1].<list element>} or {@code prices<K>[eur].<map key>}
 */
public record Violation(String pointer, String message, String constraint, Object rejectedValue, String path) {

    /** A violation of a plain property, whose path is its pointer read as dotted names ({@code /a/b} is {@code a.b}). */
    public Violation(String pointer, String message, String constraint, Object rejectedValue) {
        this(pointer, message, constraint, rejectedValue, pathOf(pointer));
    }

    /** A violation of a plain property that does not carry the rejected value. */
    public Violation(String pointer, String message, String constraint) {
        this(pointer, message, constraint, null);
    }

    /** This violation of a nested object, its pointer put under the pointer of the property holding the object. */
    public Violation under(String parentPointer) {
        return under(parentPointer, pathOf(parentPointer));
    }

    /**
     * This violation of a nested object, put under the property (or container element) holding the object: its
     * pointer after {@code parentPointer}, its path after {@code parentPath} and a dot ({@code items[2]} and
     * {@code name} give {@code items[2].name}).
     */
    public Violation under(String parentPointer, String parentPath) {
        return new Violation(parentPointer + pointer, message, constraint, rejectedValue, parentPath + "." + path);
    }

    /** A map key or other text as one JSON pointer segment: {@code ~} becomes {@code ~0}, {@code /} becomes {@code ~1}. */
    public static String segment(Object key) {
        return String.valueOf(key).replace("~", "~0").replace("/", "~1");
    }

    /** Leaves the value out, so a violation written to a log line cannot leak it. */
    @Override
    public String toString() {
        return "Violation[pointer=" + pointer + ", path=" + path + ", message=" + message + ", constraint=" + constraint
                + "]";
    }

    private static String pathOf(String pointer) {
        var path = new StringBuilder();
        for (String segment : pointer.substring(pointer.isEmpty() ? 0 : 1).split("/", -1)) {
            if (!path.isEmpty()) {
                path.append('.');
            }
            path.append(segment.replace("~1", "/").replace("~0", "~"));
        }
        return path.toString();
    }
}

package dev.stratum.runtime.validation;

/**
 * One failed constraint.
 *
 * @param pointer       the JSON pointer (RFC 6901) of the offending value in the request body, e.g. {@code /name}
 * @param message       what is wrong, in clear English
 * @param constraint    the constraint's simple name, e.g. {@code NotBlank}
 * @param rejectedValue the value that broke the constraint, for the server's own use (logs stay the caller's choice);
 *                      {@code null} when the value was {@code null} or the property is {@code @Sensitive}. Problem
 *                      documents never show it.
 */
public record Violation(String pointer, String message, String constraint, Object rejectedValue) {

    /** A violation that does not carry the rejected value. */
    public Violation(String pointer, String message, String constraint) {
        this(pointer, message, constraint, null);
    }

    /** This violation of a nested object, its pointer put under the pointer of the property holding the object. */
    public Violation under(String parentPointer) {
        return new Violation(parentPointer + pointer, message, constraint, rejectedValue);
    }

    /** Leaves the value out, so a violation written to a log line cannot leak it. */
    @Override
    public String toString() {
        return "Violation[pointer=" + pointer + ", message=" + message + ", constraint=" + constraint + "]";
    }
}

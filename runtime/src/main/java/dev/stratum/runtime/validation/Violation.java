package dev.stratum.runtime.validation;

/**
 * One failed constraint.
 *
 * @param pointer    the JSON pointer (RFC 6901) of the offending value in the request body, e.g. {@code /name}
 * @param message    what is wrong, in clear English
 * @param constraint the constraint's simple name, e.g. {@code NotBlank}
 */
public record Violation(String pointer, String message, String constraint) {
}

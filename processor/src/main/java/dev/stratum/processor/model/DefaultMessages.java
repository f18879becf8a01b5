package dev.stratum.processor.model;

import dev.stratum.processor.model.Constraint.SignKind;
import dev.stratum.processor.model.Constraint.TemporalKind;

/**
 * The English default messages of Jakarta Validation's reference implementation, with the constraint's attributes
 * filled in. Used when a constraint's {@code message} is still the specification's key, so clients read the same text
 * whichever validator produced it.
 */
public final class DefaultMessages {

    private DefaultMessages() {
    }

    public static String notNull() {
        return "must not be null";
    }

    public static String notBlank() {
        return "must not be blank";
    }

    public static String notEmpty() {
        return "must not be empty";
    }

    public static String size(int min, int max) {
        return "size must be between " + min + " and " + max;
    }

    public static String min(long value) {
        return "must be greater than or equal to " + value;
    }

    public static String max(long value) {
        return "must be less than or equal to " + value;
    }

    /** {@code value} is the annotation's text, shown as written ({@code "0.50"} stays {@code 0.50}). */
    public static String decimalMin(String value, boolean inclusive) {
        return "must be greater than " + (inclusive ? "or equal to " : "") + value;
    }

    /** {@code value} is the annotation's text, shown as written. */
    public static String decimalMax(String value, boolean inclusive) {
        return "must be less than " + (inclusive ? "or equal to " : "") + value;
    }

    public static String sign(SignKind kind) {
        return switch (kind) {
            case POSITIVE -> "must be greater than 0";
            case POSITIVE_OR_ZERO -> "must be greater than or equal to 0";
            case NEGATIVE -> "must be less than 0";
            case NEGATIVE_OR_ZERO -> "must be less than or equal to 0";
        };
    }

    public static String digits(int integer, int fraction) {
        return "numeric value out of bounds (<" + integer + " digits>.<" + fraction + " digits> expected)";
    }

    public static String email() {
        return "must be a well-formed email address";
    }

    public static String pattern(String regexp) {
        return "must match \"" + regexp + "\"";
    }

    public static String temporal(TemporalKind kind) {
        return switch (kind) {
            case PAST -> "must be a past date";
            case PAST_OR_PRESENT -> "must be a date in the past or in the present";
            case FUTURE -> "must be a future date";
            case FUTURE_OR_PRESENT -> "must be a date in the present or in the future";
        };
    }

    public static String assertTrue() {
        return "must be true";
    }

    public static String assertFalse() {
        return "must be false";
    }
}

package dev.stratum.runtime.validation;

import jakarta.validation.ConstraintValidator;
import java.lang.annotation.Annotation;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The predicates generated validators call: one per Jakarta Validation constraint and value type, each returning
 * {@code true} when the value is valid.
 *
 * <p>As Jakarta Validation 3.1 specifies, {@code null} is valid for every constraint except {@link #notBlank} and
 * {@link #notEmpty}; {@code @NotNull} is a plain {@code null} test in the generated code. Where the specification
 * leaves room, the results follow Hibernate Validator, the reference implementation, so moving a project between the
 * two never changes which requests are accepted.
 */
public final class Checks {

    private Checks() {
    }

    /** A custom constraint's validator, initialized with the constraint as declared: {@code initialize} is called once. */
    public static <A extends Annotation, V extends ConstraintValidator<A, ?>> V initialized(V validator, A constraint) {
        validator.initialize(constraint);
        return validator;
    }

    /** {@code @NotBlank}: not null and some character that is not white space by {@link Character#isWhitespace}. */
    public static boolean notBlank(CharSequence value) {
        return value != null && !value.toString().isBlank();
    }

    /** {@code @NotEmpty}: not null and at least one character. */
    public static boolean notEmpty(CharSequence value) {
        return value != null && value.length() > 0;
    }

    /** {@code @Size}: between {@code min} and {@code max} UTF-16 characters, both inclusive. */
    public static boolean size(CharSequence value, int min, int max) {
        return value == null || (value.length() >= min && value.length() <= max);
    }

    /** {@code @NotEmpty} on a collection: not null and at least one element. */
    public static boolean notEmpty(Collection<?> value) {
        return value != null && !value.isEmpty();
    }

    /** {@code @NotEmpty} on a map: not null and at least one entry. */
    public static boolean notEmpty(Map<?, ?> value) {
        return value != null && !value.isEmpty();
    }

    /** {@code @Size} on a collection: between {@code min} and {@code max} elements, both inclusive. */
    public static boolean size(Collection<?> value, int min, int max) {
        return value == null || (value.size() >= min && value.size() <= max);
    }

    /** {@code @Size} on a map: between {@code min} and {@code max} entries, both inclusive. */
    public static boolean size(Map<?, ?> value, int min, int max) {
        return value == null || (value.size() >= min && value.size() <= max);
    }

    /** {@code @NotEmpty} on an array: not null and at least one element. */
    public static boolean notEmpty(Object[] value) {
        return value != null && value.length > 0;
    }

    /** {@code @Size} on an array: between {@code min} and {@code max} elements, both inclusive. */
    public static boolean size(Object[] value, int min, int max) {
        return value == null || (value.length >= min && value.length <= max);
    }

    /** {@code @NotEmpty} on an array: not null and at least one element. */
    public static boolean notEmpty(boolean[] value) {
        return value != null && value.length > 0;
    }

    /** {@code @Size} on an array: between {@code min} and {@code max} elements, both inclusive. */
    public static boolean size(boolean[] value, int min, int max) {
        return value == null || (value.length >= min && value.length <= max);
    }

    /** {@code @NotEmpty} on an array: not null and at least one element. */
    public static boolean notEmpty(byte[] value) {
        return value != null && value.length > 0;
    }

    /** {@code @Size} on an array: between {@code min} and {@code max} elements, both inclusive. */
    public static boolean size(byte[] value, int min, int max) {
        return value == null || (value.length >= min && value.length <= max);
    }

    /** {@code @NotEmpty} on an array: not null and at least one element. */
    public static boolean notEmpty(short[] value) {
        return value != null && value.length > 0;
    }

    /** {@code @Size} on an array: between {@code min} and {@code max} elements, both inclusive. */
    public static boolean size(short[] value, int min, int max) {
        return value == null || (value.length >= min && value.length <= max);
    }

    /** {@code @NotEmpty} on an array: not null and at least one element. */
    public static boolean notEmpty(char[] value) {
        return value != null && value.length > 0;
    }

    /** {@code @Size} on an array: between {@code min} and {@code max} elements, both inclusive. */
    public static boolean size(char[] value, int min, int max) {
        return value == null || (value.length >= min && value.length <= max);
    }

    /** {@code @NotEmpty} on an array: not null and at least one element. */
    public static boolean notEmpty(int[] value) {
        return value != null && value.length > 0;
    }

    /** {@code @Size} on an array: between {@code min} and {@code max} elements, both inclusive. */
    public static boolean size(int[] value, int min, int max) {
        return value == null || (value.length >= min && value.length <= max);
    }

    /** {@code @NotEmpty} on an array: not null and at least one element. */
    public static boolean notEmpty(long[] value) {
        return value != null && value.length > 0;
    }

    /** {@code @Size} on an array: between {@code min} and {@code max} elements, both inclusive. */
    public static boolean size(long[] value, int min, int max) {
        return value == null || (value.length >= min && value.length <= max);
    }

    /** {@code @NotEmpty} on an array: not null and at least one element. */
    public static boolean notEmpty(float[] value) {
        return value != null && value.length > 0;
    }

    /** {@code @Size} on an array: between {@code min} and {@code max} elements, both inclusive. */
    public static boolean size(float[] value, int min, int max) {
        return value == null || (value.length >= min && value.length <= max);
    }

    /** {@code @NotEmpty} on an array: not null and at least one element. */
    public static boolean notEmpty(double[] value) {
        return value != null && value.length > 0;
    }

    /** {@code @Size} on an array: between {@code min} and {@code max} elements, both inclusive. */
    public static boolean size(double[] value, int min, int max) {
        return value == null || (value.length >= min && value.length <= max);
    }

    /** {@code @Pattern}: the whole value matches. */
    public static boolean matches(CharSequence value, Pattern pattern) {
        return value == null || pattern.matcher(value).matches();
    }

    /** {@code @Email}: a well-formed address; the empty string counts as one, as in the reference implementation. */
    public static boolean email(CharSequence value) {
        return value == null || EmailAddress.isWellFormed(value.toString());
    }

    /** {@code @Email(regexp = ...)}: a well-formed address that also matches {@code extra} as a whole. */
    public static boolean email(CharSequence value, Pattern extra) {
        return email(value) && matches(value, extra);
    }

    /** {@code @Min}. */
    public static boolean min(Integer value, long min) {
        return value == null || value >= min;
    }

    /** {@code @Min}. */
    public static boolean min(Long value, long min) {
        return value == null || value >= min;
    }

    /** {@code @Min}. */
    public static boolean min(BigDecimal value, long min) {
        return value == null || value.compareTo(BigDecimal.valueOf(min)) >= 0;
    }

    /** {@code @Max}. */
    public static boolean max(Integer value, long max) {
        return value == null || value <= max;
    }

    /** {@code @Max}. */
    public static boolean max(Long value, long max) {
        return value == null || value <= max;
    }

    /** {@code @Max}. */
    public static boolean max(BigDecimal value, long max) {
        return value == null || value.compareTo(BigDecimal.valueOf(max)) <= 0;
    }

    /** {@code @DecimalMin}: at least {@code bound}, or above it when not {@code inclusive}. */
    public static boolean decimalMin(Integer value, BigDecimal bound, boolean inclusive) {
        return value == null || decimalMin(BigDecimal.valueOf(value), bound, inclusive);
    }

    /** {@code @DecimalMin}: at least {@code bound}, or above it when not {@code inclusive}. */
    public static boolean decimalMin(Long value, BigDecimal bound, boolean inclusive) {
        return value == null || decimalMin(BigDecimal.valueOf(value), bound, inclusive);
    }

    /** {@code @DecimalMin}: at least {@code bound}, or above it when not {@code inclusive}. */
    public static boolean decimalMin(BigDecimal value, BigDecimal bound, boolean inclusive) {
        return value == null || holds(value.compareTo(bound), inclusive);
    }

    /** {@code @DecimalMax}: at most {@code bound}, or below it when not {@code inclusive}. */
    public static boolean decimalMax(Integer value, BigDecimal bound, boolean inclusive) {
        return value == null || decimalMax(BigDecimal.valueOf(value), bound, inclusive);
    }

    /** {@code @DecimalMax}: at most {@code bound}, or below it when not {@code inclusive}. */
    public static boolean decimalMax(Long value, BigDecimal bound, boolean inclusive) {
        return value == null || decimalMax(BigDecimal.valueOf(value), bound, inclusive);
    }

    /** {@code @DecimalMax}: at most {@code bound}, or below it when not {@code inclusive}. */
    public static boolean decimalMax(BigDecimal value, BigDecimal bound, boolean inclusive) {
        return value == null || holds(bound.compareTo(value), inclusive);
    }

    /** {@code @Positive}. */
    public static boolean positive(Integer value) {
        return value == null || value > 0;
    }

    /** {@code @Positive}. */
    public static boolean positive(Long value) {
        return value == null || value > 0;
    }

    /** {@code @Positive}. */
    public static boolean positive(BigDecimal value) {
        return value == null || value.signum() > 0;
    }

    /** {@code @PositiveOrZero}. */
    public static boolean positiveOrZero(Integer value) {
        return value == null || value >= 0;
    }

    /** {@code @PositiveOrZero}. */
    public static boolean positiveOrZero(Long value) {
        return value == null || value >= 0;
    }

    /** {@code @PositiveOrZero}. */
    public static boolean positiveOrZero(BigDecimal value) {
        return value == null || value.signum() >= 0;
    }

    /** {@code @Negative}. */
    public static boolean negative(Integer value) {
        return value == null || value < 0;
    }

    /** {@code @Negative}. */
    public static boolean negative(Long value) {
        return value == null || value < 0;
    }

    /** {@code @Negative}. */
    public static boolean negative(BigDecimal value) {
        return value == null || value.signum() < 0;
    }

    /** {@code @NegativeOrZero}. */
    public static boolean negativeOrZero(Integer value) {
        return value == null || value <= 0;
    }

    /** {@code @NegativeOrZero}. */
    public static boolean negativeOrZero(Long value) {
        return value == null || value <= 0;
    }

    /** {@code @NegativeOrZero}. */
    public static boolean negativeOrZero(BigDecimal value) {
        return value == null || value.signum() <= 0;
    }

    /** {@code @Digits}: an integer has no fraction digits, so only its digit count matters. */
    public static boolean digits(Integer value, int integer, int fraction) {
        return value == null || digits(BigDecimal.valueOf(value), integer, fraction);
    }

    /** {@code @Digits}: an integer has no fraction digits, so only its digit count matters. */
    public static boolean digits(Long value, int integer, int fraction) {
        return value == null || digits(BigDecimal.valueOf(value), integer, fraction);
    }

    /**
     * {@code @Digits}: at most {@code integer} digits before the point and {@code fraction} after it. The fraction is
     * counted as written, by the value's scale, so {@code 1.50} has two fraction digits (the reference implementation
     * strips trailing zeros only from numbers that are not already a {@code BigDecimal}).
     */
    public static boolean digits(BigDecimal value, int integer, int fraction) {
        if (value == null) {
            return true;
        }
        int integerDigits = value.precision() - value.scale();
        int fractionDigits = Math.max(value.scale(), 0);
        return integerDigits <= integer && fractionDigits <= fraction;
    }

    /** {@code @Past}: before today in the clock's zone. */
    public static boolean past(LocalDate value, Clock clock) {
        return value == null || value.isBefore(LocalDate.now(clock));
    }

    /** {@code @Past}: before the clock's current instant. */
    public static boolean past(Instant value, Clock clock) {
        return value == null || value.isBefore(clock.instant());
    }

    /** {@code @PastOrPresent}: today or before, in the clock's zone. */
    public static boolean pastOrPresent(LocalDate value, Clock clock) {
        return value == null || !value.isAfter(LocalDate.now(clock));
    }

    /** {@code @PastOrPresent}: not after the clock's current instant. */
    public static boolean pastOrPresent(Instant value, Clock clock) {
        return value == null || !value.isAfter(clock.instant());
    }

    /** {@code @Future}: after today in the clock's zone. */
    public static boolean future(LocalDate value, Clock clock) {
        return value == null || value.isAfter(LocalDate.now(clock));
    }

    /** {@code @Future}: after the clock's current instant. */
    public static boolean future(Instant value, Clock clock) {
        return value == null || value.isAfter(clock.instant());
    }

    /** {@code @FutureOrPresent}: today or later, in the clock's zone. */
    public static boolean futureOrPresent(LocalDate value, Clock clock) {
        return value == null || !value.isBefore(LocalDate.now(clock));
    }

    /** {@code @FutureOrPresent}: not before the clock's current instant. */
    public static boolean futureOrPresent(Instant value, Clock clock) {
        return value == null || !value.isBefore(clock.instant());
    }

    /** Whether a comparison's result passes a bound: strictly, or also when equal if {@code inclusive}. */
    private static boolean holds(int comparison, boolean inclusive) {
        return inclusive ? comparison >= 0 : comparison > 0;
    }
}

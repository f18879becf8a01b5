package dev.stratum.runtime.validation;

import jakarta.validation.ConstraintValidator;
import java.lang.annotation.Annotation;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.time.chrono.HijrahDate;
import java.time.chrono.JapaneseDate;
import java.time.chrono.MinguoDate;
import java.time.chrono.ThaiBuddhistDate;
import java.util.Calendar;
import java.util.Collection;
import java.util.Date;
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

    // Short, Float and Double follow the reference implementation: a short compares as a long; a NaN breaks every
    // numeric constraint; -0.0 is ordered below 0.0 (so it is negative, not positive or zero); a float is
    // widened to a double before it is compared with a decimal bound, and its digits are counted from its shortest
    // decimal spelling, with trailing zeros stripped.

    /** {@code @Min}. */
    public static boolean min(Short value, long min) {
        return value == null || value >= min;
    }

    /** {@code @Min}, ordered like {@link Double#compare}: {@code -0.0} is below 0, a NaN below every bound. */
    public static boolean min(Double value, long min) {
        return value == null || !value.isNaN() && Double.compare(value, min) >= 0;
    }

    /** {@code @Min}, ordered like {@link Float#compare}: {@code -0.0} is below 0, a NaN below every bound. */
    public static boolean min(Float value, long min) {
        return value == null || !value.isNaN() && Float.compare(value, min) >= 0;
    }

    /** {@code @Max}. */
    public static boolean max(Short value, long max) {
        return value == null || value <= max;
    }

    /** {@code @Max}, ordered like {@link Double#compare}: {@code 0.0} is above -0, a NaN above every bound. */
    public static boolean max(Double value, long max) {
        return value == null || !value.isNaN() && Double.compare(value, max) <= 0;
    }

    /** {@code @Max}, ordered like {@link Float#compare}: {@code 0.0} is above -0, a NaN above every bound. */
    public static boolean max(Float value, long max) {
        return value == null || !value.isNaN() && Float.compare(value, max) <= 0;
    }

    /** {@code @DecimalMin}: at least {@code bound}, or above it when not {@code inclusive}. */
    public static boolean decimalMin(Short value, BigDecimal bound, boolean inclusive) {
        return value == null || decimalMin(BigDecimal.valueOf(value), bound, inclusive);
    }

    /** {@code @DecimalMin}: a NaN or negative infinity is below every bound, positive infinity above. */
    public static boolean decimalMin(Double value, BigDecimal bound, boolean inclusive) {
        return value == null || !value.isNaN() && holds(compare(value, bound), inclusive);
    }

    /** {@code @DecimalMin}, on the float widened to a double. */
    public static boolean decimalMin(Float value, BigDecimal bound, boolean inclusive) {
        return value == null || decimalMin(value.doubleValue(), bound, inclusive);
    }

    /** {@code @DecimalMax}: at most {@code bound}, or below it when not {@code inclusive}. */
    public static boolean decimalMax(Short value, BigDecimal bound, boolean inclusive) {
        return value == null || decimalMax(BigDecimal.valueOf(value), bound, inclusive);
    }

    /** {@code @DecimalMax}: a NaN or positive infinity is above every bound, negative infinity below. */
    public static boolean decimalMax(Double value, BigDecimal bound, boolean inclusive) {
        return value == null || !value.isNaN() && holds(-compare(value, bound), inclusive);
    }

    /** {@code @DecimalMax}, on the float widened to a double. */
    public static boolean decimalMax(Float value, BigDecimal bound, boolean inclusive) {
        return value == null || decimalMax(value.doubleValue(), bound, inclusive);
    }

    /** {@code @Positive}. */
    public static boolean positive(Short value) {
        return value == null || value > 0;
    }

    /** {@code @Positive}, ordered like {@link Double#compare}: {@code -0.0} is below zero; NaN fails. */
    public static boolean positive(Double value) {
        return value == null || !value.isNaN() && Double.compare(value, 0.0) > 0;
    }

    /** {@code @Positive}, ordered like {@link Double#compare}: {@code -0.0} is below zero; NaN fails. */
    public static boolean positive(Float value) {
        return value == null || !value.isNaN() && Float.compare(value, 0.0f) > 0;
    }

    /** {@code @PositiveOrZero}. */
    public static boolean positiveOrZero(Short value) {
        return value == null || value >= 0;
    }

    /** {@code @PositiveOrZero}, ordered like {@link Double#compare}: {@code -0.0} is below zero; NaN fails. */
    public static boolean positiveOrZero(Double value) {
        return value == null || !value.isNaN() && Double.compare(value, 0.0) >= 0;
    }

    /** {@code @PositiveOrZero}, ordered like {@link Double#compare}: {@code -0.0} is below zero; NaN fails. */
    public static boolean positiveOrZero(Float value) {
        return value == null || !value.isNaN() && Float.compare(value, 0.0f) >= 0;
    }

    /** {@code @Negative}. */
    public static boolean negative(Short value) {
        return value == null || value < 0;
    }

    /** {@code @Negative}, ordered like {@link Double#compare}: {@code -0.0} is below zero; NaN fails. */
    public static boolean negative(Double value) {
        return value == null || !value.isNaN() && Double.compare(value, 0.0) < 0;
    }

    /** {@code @Negative}, ordered like {@link Double#compare}: {@code -0.0} is below zero; NaN fails. */
    public static boolean negative(Float value) {
        return value == null || !value.isNaN() && Float.compare(value, 0.0f) < 0;
    }

    /** {@code @NegativeOrZero}. */
    public static boolean negativeOrZero(Short value) {
        return value == null || value <= 0;
    }

    /** {@code @NegativeOrZero}, ordered like {@link Double#compare}: {@code -0.0} is below zero; NaN fails. */
    public static boolean negativeOrZero(Double value) {
        return value == null || !value.isNaN() && Double.compare(value, 0.0) <= 0;
    }

    /** {@code @NegativeOrZero}, ordered like {@link Double#compare}: {@code -0.0} is below zero; NaN fails. */
    public static boolean negativeOrZero(Float value) {
        return value == null || !value.isNaN() && Float.compare(value, 0.0f) <= 0;
    }

    /** {@code @Digits}: an integer has no fraction digits, so only its digit count matters. */
    public static boolean digits(Short value, int integer, int fraction) {
        return value == null || digits(BigDecimal.valueOf(value), integer, fraction);
    }

    /** {@code @Digits}: counted on the shortest decimal spelling, trailing zeros stripped; NaN and infinities fail. */
    public static boolean digits(Double value, int integer, int fraction) {
        return value == null || !value.isNaN() && !value.isInfinite()
                && digits(new BigDecimal(value.toString()).stripTrailingZeros(), integer, fraction);
    }

    /** {@code @Digits}: counted on the float's own shortest spelling ({@code 0.1}, not its double widening). */
    public static boolean digits(Float value, int integer, int fraction) {
        return value == null || !value.isNaN() && !value.isInfinite()
                && digits(new BigDecimal(value.toString()).stripTrailingZeros(), integer, fraction);
    }

    /** {@code @Past}: before the clock's current date-time in its zone. */
    public static boolean past(LocalDateTime value, Clock clock) {
        return value == null || value.isBefore(LocalDateTime.now(clock));
    }

    /** {@code @Past}: before the clock's current instant, compared like {@link OffsetDateTime#compareTo}. */
    public static boolean past(OffsetDateTime value, Clock clock) {
        return value == null || value.compareTo(OffsetDateTime.now(clock)) < 0;
    }

    /** {@code @Past}: before the clock's current time of day in its zone. */
    public static boolean past(LocalTime value, Clock clock) {
        return value == null || value.isBefore(LocalTime.now(clock));
    }

    /** {@code @PastOrPresent}: not after the clock's current date-time in its zone. */
    public static boolean pastOrPresent(LocalDateTime value, Clock clock) {
        return value == null || !value.isAfter(LocalDateTime.now(clock));
    }

    /** {@code @PastOrPresent}: not after the clock's current instant. */
    public static boolean pastOrPresent(OffsetDateTime value, Clock clock) {
        return value == null || value.compareTo(OffsetDateTime.now(clock)) <= 0;
    }

    /** {@code @PastOrPresent}: not after the clock's current time of day in its zone. */
    public static boolean pastOrPresent(LocalTime value, Clock clock) {
        return value == null || !value.isAfter(LocalTime.now(clock));
    }

    /** {@code @Future}: after the clock's current date-time in its zone. */
    public static boolean future(LocalDateTime value, Clock clock) {
        return value == null || value.isAfter(LocalDateTime.now(clock));
    }

    /** {@code @Future}: after the clock's current instant. */
    public static boolean future(OffsetDateTime value, Clock clock) {
        return value == null || value.compareTo(OffsetDateTime.now(clock)) > 0;
    }

    /** {@code @Future}: after the clock's current time of day in its zone. */
    public static boolean future(LocalTime value, Clock clock) {
        return value == null || value.isAfter(LocalTime.now(clock));
    }

    /** {@code @FutureOrPresent}: not before the clock's current date-time in its zone. */
    public static boolean futureOrPresent(LocalDateTime value, Clock clock) {
        return value == null || !value.isBefore(LocalDateTime.now(clock));
    }

    /** {@code @FutureOrPresent}: not before the clock's current instant. */
    public static boolean futureOrPresent(OffsetDateTime value, Clock clock) {
        return value == null || value.compareTo(OffsetDateTime.now(clock)) >= 0;
    }

    /** {@code @FutureOrPresent}: not before the clock's current time of day in its zone. */
    public static boolean futureOrPresent(LocalTime value, Clock clock) {
        return value == null || !value.isBefore(LocalTime.now(clock));
    }

    // Byte compares as a long and BigInteger exactly, as in the reference implementation; a CharSequence is read as
    // new BigDecimal(text), so "+1" and "1e3" are numbers while "", " 1" and "1_000" break the constraint.

    /** {@code @Min}. */
    public static boolean min(Byte value, long min) {
        return value == null || value >= min;
    }

    /** {@code @Min}. */
    public static boolean min(BigInteger value, long min) {
        return value == null || value.compareTo(BigInteger.valueOf(min)) >= 0;
    }

    /** {@code @Max}. */
    public static boolean max(Byte value, long max) {
        return value == null || value <= max;
    }

    /** {@code @Max}. */
    public static boolean max(BigInteger value, long max) {
        return value == null || value.compareTo(BigInteger.valueOf(max)) <= 0;
    }

    /** {@code @DecimalMin}: at least {@code bound}, or above it when not {@code inclusive}. */
    public static boolean decimalMin(Byte value, BigDecimal bound, boolean inclusive) {
        return value == null || decimalMin(BigDecimal.valueOf(value), bound, inclusive);
    }

    /** {@code @DecimalMin}: at least {@code bound}, or above it when not {@code inclusive}. */
    public static boolean decimalMin(BigInteger value, BigDecimal bound, boolean inclusive) {
        return value == null || decimalMin(new BigDecimal(value), bound, inclusive);
    }

    /** {@code @DecimalMin} on text: a decimal at least {@code bound}; text that is no decimal breaks it. */
    public static boolean decimalMin(CharSequence value, BigDecimal bound, boolean inclusive) {
        if (value == null) {
            return true;
        }
        BigDecimal decimal = decimalOf(value);
        return decimal != null && decimalMin(decimal, bound, inclusive);
    }

    /** {@code @DecimalMax}: at most {@code bound}, or below it when not {@code inclusive}. */
    public static boolean decimalMax(Byte value, BigDecimal bound, boolean inclusive) {
        return value == null || decimalMax(BigDecimal.valueOf(value), bound, inclusive);
    }

    /** {@code @DecimalMax}: at most {@code bound}, or below it when not {@code inclusive}. */
    public static boolean decimalMax(BigInteger value, BigDecimal bound, boolean inclusive) {
        return value == null || decimalMax(new BigDecimal(value), bound, inclusive);
    }

    /** {@code @DecimalMax} on text: a decimal at most {@code bound}; text that is no decimal breaks it. */
    public static boolean decimalMax(CharSequence value, BigDecimal bound, boolean inclusive) {
        if (value == null) {
            return true;
        }
        BigDecimal decimal = decimalOf(value);
        return decimal != null && decimalMax(decimal, bound, inclusive);
    }

    /** {@code @Positive}. */
    public static boolean positive(Byte value) {
        return value == null || value > 0;
    }

    /** {@code @Positive}. */
    public static boolean positive(BigInteger value) {
        return value == null || value.signum() > 0;
    }

    /** {@code @PositiveOrZero}. */
    public static boolean positiveOrZero(Byte value) {
        return value == null || value >= 0;
    }

    /** {@code @PositiveOrZero}. */
    public static boolean positiveOrZero(BigInteger value) {
        return value == null || value.signum() >= 0;
    }

    /** {@code @Negative}. */
    public static boolean negative(Byte value) {
        return value == null || value < 0;
    }

    /** {@code @Negative}. */
    public static boolean negative(BigInteger value) {
        return value == null || value.signum() < 0;
    }

    /** {@code @NegativeOrZero}. */
    public static boolean negativeOrZero(Byte value) {
        return value == null || value <= 0;
    }

    /** {@code @NegativeOrZero}. */
    public static boolean negativeOrZero(BigInteger value) {
        return value == null || value.signum() <= 0;
    }

    /** {@code @Digits}: an integer has no fraction digits, so only its digit count matters. */
    public static boolean digits(Byte value, int integer, int fraction) {
        return value == null || digits(BigDecimal.valueOf(value), integer, fraction);
    }

    /** {@code @Digits}: an integer has no fraction digits, so only its digit count matters. */
    public static boolean digits(BigInteger value, int integer, int fraction) {
        return value == null || digits(new BigDecimal(value), integer, fraction);
    }

    /**
     * {@code @Digits} on text: counted as written, like a {@code BigDecimal} ({@code "1.50"} has two fraction digits,
     * {@code "1E+3"} four integer digits); text that is no decimal breaks it.
     */
    public static boolean digits(CharSequence value, int integer, int fraction) {
        if (value == null) {
            return true;
        }
        BigDecimal decimal = decimalOf(value);
        return decimal != null && digits(decimal, integer, fraction);
    }

    /** The text as {@code new BigDecimal(text)} reads it, or {@code null} when it is no decimal. */
    private static BigDecimal decimalOf(CharSequence text) {
        try {
            return new BigDecimal(text.toString());
        } catch (NumberFormatException notADecimal) {
            return null;
        }
    }

    // The other types the specification lists compare with "now" as the reference implementation computes it from its
    // clock: Type.now(clock) for java.time types, the clock's instant for Date (by getTime(), so a java.sql.Date works
    // too) and Calendar.

    /** {@code @Past}: before the clock's current time of day with its zone's offset, compared like {@link OffsetTime#compareTo}. */
    public static boolean past(OffsetTime value, Clock clock) {
        return value == null || value.compareTo(OffsetTime.now(clock)) < 0;
    }

    /** {@code @Past}: before the clock's current date-time in its zone, compared like {@link ZonedDateTime#compareTo}. */
    public static boolean past(ZonedDateTime value, Clock clock) {
        return value == null || value.compareTo(ZonedDateTime.now(clock)) < 0;
    }

    /** {@code @Past}: before the clock's current day of the year in its zone. */
    public static boolean past(MonthDay value, Clock clock) {
        return value == null || value.compareTo(MonthDay.now(clock)) < 0;
    }

    /** {@code @Past}: before the clock's current year in its zone. */
    public static boolean past(Year value, Clock clock) {
        return value == null || value.compareTo(Year.now(clock)) < 0;
    }

    /** {@code @Past}: before the clock's current month in its zone. */
    public static boolean past(YearMonth value, Clock clock) {
        return value == null || value.compareTo(YearMonth.now(clock)) < 0;
    }

    /** {@code @Past}: before the clock's current date in its zone. */
    public static boolean past(HijrahDate value, Clock clock) {
        return value == null || value.compareTo(HijrahDate.now(clock)) < 0;
    }

    /** {@code @Past}: before the clock's current date in its zone. */
    public static boolean past(JapaneseDate value, Clock clock) {
        return value == null || value.compareTo(JapaneseDate.now(clock)) < 0;
    }

    /** {@code @Past}: before the clock's current date in its zone. */
    public static boolean past(MinguoDate value, Clock clock) {
        return value == null || value.compareTo(MinguoDate.now(clock)) < 0;
    }

    /** {@code @Past}: before the clock's current date in its zone. */
    public static boolean past(ThaiBuddhistDate value, Clock clock) {
        return value == null || value.compareTo(ThaiBuddhistDate.now(clock)) < 0;
    }

    /** {@code @Past}: before the clock's current instant. */
    public static boolean past(Date value, Clock clock) {
        return value == null || Instant.ofEpochMilli(value.getTime()).compareTo(clock.instant()) < 0;
    }

    /** {@code @Past}: before the clock's current instant. */
    public static boolean past(Calendar value, Clock clock) {
        return value == null || value.toInstant().compareTo(clock.instant()) < 0;
    }

    /** {@code @PastOrPresent}: not after the clock's current time of day with its zone's offset, compared like {@link OffsetTime#compareTo}. */
    public static boolean pastOrPresent(OffsetTime value, Clock clock) {
        return value == null || value.compareTo(OffsetTime.now(clock)) <= 0;
    }

    /** {@code @PastOrPresent}: not after the clock's current date-time in its zone, compared like {@link ZonedDateTime#compareTo}. */
    public static boolean pastOrPresent(ZonedDateTime value, Clock clock) {
        return value == null || value.compareTo(ZonedDateTime.now(clock)) <= 0;
    }

    /** {@code @PastOrPresent}: not after the clock's current day of the year in its zone. */
    public static boolean pastOrPresent(MonthDay value, Clock clock) {
        return value == null || value.compareTo(MonthDay.now(clock)) <= 0;
    }

    /** {@code @PastOrPresent}: not after the clock's current year in its zone. */
    public static boolean pastOrPresent(Year value, Clock clock) {
        return value == null || value.compareTo(Year.now(clock)) <= 0;
    }

    /** {@code @PastOrPresent}: not after the clock's current month in its zone. */
    public static boolean pastOrPresent(YearMonth value, Clock clock) {
        return value == null || value.compareTo(YearMonth.now(clock)) <= 0;
    }

    /** {@code @PastOrPresent}: not after the clock's current date in its zone. */
    public static boolean pastOrPresent(HijrahDate value, Clock clock) {
        return value == null || value.compareTo(HijrahDate.now(clock)) <= 0;
    }

    /** {@code @PastOrPresent}: not after the clock's current date in its zone. */
    public static boolean pastOrPresent(JapaneseDate value, Clock clock) {
        return value == null || value.compareTo(JapaneseDate.now(clock)) <= 0;
    }

    /** {@code @PastOrPresent}: not after the clock's current date in its zone. */
    public static boolean pastOrPresent(MinguoDate value, Clock clock) {
        return value == null || value.compareTo(MinguoDate.now(clock)) <= 0;
    }

    /** {@code @PastOrPresent}: not after the clock's current date in its zone. */
    public static boolean pastOrPresent(ThaiBuddhistDate value, Clock clock) {
        return value == null || value.compareTo(ThaiBuddhistDate.now(clock)) <= 0;
    }

    /** {@code @PastOrPresent}: not after the clock's current instant. */
    public static boolean pastOrPresent(Date value, Clock clock) {
        return value == null || Instant.ofEpochMilli(value.getTime()).compareTo(clock.instant()) <= 0;
    }

    /** {@code @PastOrPresent}: not after the clock's current instant. */
    public static boolean pastOrPresent(Calendar value, Clock clock) {
        return value == null || value.toInstant().compareTo(clock.instant()) <= 0;
    }

    /** {@code @Future}: after the clock's current time of day with its zone's offset, compared like {@link OffsetTime#compareTo}. */
    public static boolean future(OffsetTime value, Clock clock) {
        return value == null || value.compareTo(OffsetTime.now(clock)) > 0;
    }

    /** {@code @Future}: after the clock's current date-time in its zone, compared like {@link ZonedDateTime#compareTo}. */
    public static boolean future(ZonedDateTime value, Clock clock) {
        return value == null || value.compareTo(ZonedDateTime.now(clock)) > 0;
    }

    /** {@code @Future}: after the clock's current day of the year in its zone. */
    public static boolean future(MonthDay value, Clock clock) {
        return value == null || value.compareTo(MonthDay.now(clock)) > 0;
    }

    /** {@code @Future}: after the clock's current year in its zone. */
    public static boolean future(Year value, Clock clock) {
        return value == null || value.compareTo(Year.now(clock)) > 0;
    }

    /** {@code @Future}: after the clock's current month in its zone. */
    public static boolean future(YearMonth value, Clock clock) {
        return value == null || value.compareTo(YearMonth.now(clock)) > 0;
    }

    /** {@code @Future}: after the clock's current date in its zone. */
    public static boolean future(HijrahDate value, Clock clock) {
        return value == null || value.compareTo(HijrahDate.now(clock)) > 0;
    }

    /** {@code @Future}: after the clock's current date in its zone. */
    public static boolean future(JapaneseDate value, Clock clock) {
        return value == null || value.compareTo(JapaneseDate.now(clock)) > 0;
    }

    /** {@code @Future}: after the clock's current date in its zone. */
    public static boolean future(MinguoDate value, Clock clock) {
        return value == null || value.compareTo(MinguoDate.now(clock)) > 0;
    }

    /** {@code @Future}: after the clock's current date in its zone. */
    public static boolean future(ThaiBuddhistDate value, Clock clock) {
        return value == null || value.compareTo(ThaiBuddhistDate.now(clock)) > 0;
    }

    /** {@code @Future}: after the clock's current instant. */
    public static boolean future(Date value, Clock clock) {
        return value == null || Instant.ofEpochMilli(value.getTime()).compareTo(clock.instant()) > 0;
    }

    /** {@code @Future}: after the clock's current instant. */
    public static boolean future(Calendar value, Clock clock) {
        return value == null || value.toInstant().compareTo(clock.instant()) > 0;
    }

    /** {@code @FutureOrPresent}: not before the clock's current time of day with its zone's offset, compared like {@link OffsetTime#compareTo}. */
    public static boolean futureOrPresent(OffsetTime value, Clock clock) {
        return value == null || value.compareTo(OffsetTime.now(clock)) >= 0;
    }

    /** {@code @FutureOrPresent}: not before the clock's current date-time in its zone, compared like {@link ZonedDateTime#compareTo}. */
    public static boolean futureOrPresent(ZonedDateTime value, Clock clock) {
        return value == null || value.compareTo(ZonedDateTime.now(clock)) >= 0;
    }

    /** {@code @FutureOrPresent}: not before the clock's current day of the year in its zone. */
    public static boolean futureOrPresent(MonthDay value, Clock clock) {
        return value == null || value.compareTo(MonthDay.now(clock)) >= 0;
    }

    /** {@code @FutureOrPresent}: not before the clock's current year in its zone. */
    public static boolean futureOrPresent(Year value, Clock clock) {
        return value == null || value.compareTo(Year.now(clock)) >= 0;
    }

    /** {@code @FutureOrPresent}: not before the clock's current month in its zone. */
    public static boolean futureOrPresent(YearMonth value, Clock clock) {
        return value == null || value.compareTo(YearMonth.now(clock)) >= 0;
    }

    /** {@code @FutureOrPresent}: not before the clock's current date in its zone. */
    public static boolean futureOrPresent(HijrahDate value, Clock clock) {
        return value == null || value.compareTo(HijrahDate.now(clock)) >= 0;
    }

    /** {@code @FutureOrPresent}: not before the clock's current date in its zone. */
    public static boolean futureOrPresent(JapaneseDate value, Clock clock) {
        return value == null || value.compareTo(JapaneseDate.now(clock)) >= 0;
    }

    /** {@code @FutureOrPresent}: not before the clock's current date in its zone. */
    public static boolean futureOrPresent(MinguoDate value, Clock clock) {
        return value == null || value.compareTo(MinguoDate.now(clock)) >= 0;
    }

    /** {@code @FutureOrPresent}: not before the clock's current date in its zone. */
    public static boolean futureOrPresent(ThaiBuddhistDate value, Clock clock) {
        return value == null || value.compareTo(ThaiBuddhistDate.now(clock)) >= 0;
    }

    /** {@code @FutureOrPresent}: not before the clock's current instant. */
    public static boolean futureOrPresent(Date value, Clock clock) {
        return value == null || Instant.ofEpochMilli(value.getTime()).compareTo(clock.instant()) >= 0;
    }

    /** {@code @FutureOrPresent}: not before the clock's current instant. */
    public static boolean futureOrPresent(Calendar value, Clock clock) {
        return value == null || value.toInstant().compareTo(clock.instant()) >= 0;
    }

    /** A finite double against a decimal by exact value; the infinities lie beyond every decimal. */
    private static int compare(double value, BigDecimal bound) {
        if (Double.isInfinite(value)) {
            return value > 0 ? 1 : -1;
        }
        return BigDecimal.valueOf(value).compareTo(bound);
    }

    /** Whether a comparison's result passes a bound: strictly, or also when equal if {@code inclusive}. */
    private static boolean holds(int comparison, boolean inclusive) {
        return inclusive ? comparison >= 0 : comparison > 0;
    }
}

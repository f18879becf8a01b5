package dev.stratum.runtime.validation;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * The predicates generated validators call for the numeric constraints ({@code @Min}, {@code @Max},
 * {@code @DecimalMin}, {@code @DecimalMax}, {@code @Positive} and its kin, {@code @Digits}) on every number type the
 * specification allows, and on numbers written as text. Each returns {@code true} when the value is valid; {@code null}
 * always is. Where the specification leaves room, the results follow Hibernate Validator, as {@link Checks} says.
 */
public final class NumberChecks {

    private NumberChecks() {
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

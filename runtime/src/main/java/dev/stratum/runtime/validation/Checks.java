package dev.stratum.runtime.validation;

import jakarta.validation.ConstraintValidator;
import java.lang.annotation.Annotation;
import java.util.Collection;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The predicates generated validators call for text, sizes and custom constraints: one per Jakarta Validation
 * constraint and value type, each returning {@code true} when the value is valid. Numbers are checked by
 * {@link NumberChecks}, points in time by {@link TimeChecks}.
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
}

package dev.stratum.processor.model;

import java.util.List;

/**
 * One Jakarta Validation constraint on a property, with its attributes and the message to report. The message is
 * either the user's {@code message} attribute or the specification's default text with the attributes filled in.
 */
public sealed interface Constraint {

    /** The constraint's simple annotation name, reported to clients (e.g. {@code "Size"}). */
    String name();

    /** The message reported when the constraint fails. */
    String message();

    /**
     * The qualified names of the validation groups the constraint belongs to, as its {@code groups} attribute lists
     * them; empty for the default group alone.
     */
    List<String> groups();

    /** Whether the constraint belongs to the default group only, so every validation checks it. */
    default boolean defaultOnly() {
        return groups().isEmpty();
    }

    /** {@code @NotNull}. */
    record NotNull(String message, List<String> groups) implements Constraint {
        public NotNull {
            groups = List.copyOf(groups);
        }

        /** The constraint in the default group. */
        public NotNull(String message) {
            this(message, List.of());
        }

        public String name() { return "NotNull"; }
    }

    /** {@code @NotBlank}: not null and at least one non-whitespace character. */
    record NotBlank(String message, List<String> groups) implements Constraint {
        public NotBlank {
            groups = List.copyOf(groups);
        }

        /** The constraint in the default group. */
        public NotBlank(String message) {
            this(message, List.of());
        }

        public String name() { return "NotBlank"; }
    }

    /** {@code @NotEmpty}: not null and not empty. */
    record NotEmpty(String message, List<String> groups) implements Constraint {
        public NotEmpty {
            groups = List.copyOf(groups);
        }

        /** The constraint in the default group. */
        public NotEmpty(String message) {
            this(message, List.of());
        }

        public String name() { return "NotEmpty"; }
    }

    /** {@code @Size(min, max)} on a string. */
    record Size(int min, int max, String message, List<String> groups) implements Constraint {
        public Size {
            groups = List.copyOf(groups);
        }

        /** The constraint in the default group. */
        public Size(int min, int max, String message) {
            this(min, max, message, List.of());
        }

        public String name() { return "Size"; }
    }

    /** {@code @Min(value)}. */
    record Min(long value, String message, List<String> groups) implements Constraint {
        public Min {
            groups = List.copyOf(groups);
        }

        /** The constraint in the default group. */
        public Min(long value, String message) {
            this(value, message, List.of());
        }

        public String name() { return "Min"; }
    }

    /** {@code @Max(value)}. */
    record Max(long value, String message, List<String> groups) implements Constraint {
        public Max {
            groups = List.copyOf(groups);
        }

        /** The constraint in the default group. */
        public Max(long value, String message) {
            this(value, message, List.of());
        }

        public String name() { return "Max"; }
    }

    /** {@code @DecimalMin(value, inclusive)}; {@code value} is the annotation's decimal text. */
    record DecimalMin(String value, boolean inclusive, String message, List<String> groups) implements Constraint {
        public DecimalMin {
            groups = List.copyOf(groups);
        }

        /** The constraint in the default group. */
        public DecimalMin(String value, boolean inclusive, String message) {
            this(value, inclusive, message, List.of());
        }

        public String name() { return "DecimalMin"; }
    }

    /** {@code @DecimalMax(value, inclusive)}; {@code value} is the annotation's decimal text. */
    record DecimalMax(String value, boolean inclusive, String message, List<String> groups) implements Constraint {
        public DecimalMax {
            groups = List.copyOf(groups);
        }

        /** The constraint in the default group. */
        public DecimalMax(String value, boolean inclusive, String message) {
            this(value, inclusive, message, List.of());
        }

        public String name() { return "DecimalMax"; }
    }

    /** {@code @Positive}, {@code @PositiveOrZero}, {@code @Negative}, {@code @NegativeOrZero}. */
    record Sign(SignKind kind, String message, List<String> groups) implements Constraint {
        public Sign {
            groups = List.copyOf(groups);
        }

        /** The constraint in the default group. */
        public Sign(SignKind kind, String message) {
            this(kind, message, List.of());
        }

        public String name() { return kind.annotationName(); }
    }

    /** {@code @Digits(integer, fraction)}. */
    record Digits(int integer, int fraction, String message, List<String> groups) implements Constraint {
        public Digits {
            groups = List.copyOf(groups);
        }

        /** The constraint in the default group. */
        public Digits(int integer, int fraction, String message) {
            this(integer, fraction, message, List.of());
        }

        public String name() { return "Digits"; }
    }

    /** {@code @Email(regexp, flags)}; {@code regexp} is {@code ".*"} when not given. */
    record Email(String regexp, int flags, String message, List<String> groups) implements Constraint {
        public Email {
            groups = List.copyOf(groups);
        }

        /** The constraint in the default group. */
        public Email(String regexp, int flags, String message) {
            this(regexp, flags, message, List.of());
        }

        public String name() { return "Email"; }
    }

    /** {@code @Pattern(regexp, flags)}; {@code flags} is the {@link java.util.regex.Pattern} bit mask. */
    record Pattern(String regexp, int flags, String message, List<String> groups) implements Constraint {
        public Pattern {
            groups = List.copyOf(groups);
        }

        /** The constraint in the default group. */
        public Pattern(String regexp, int flags, String message) {
            this(regexp, flags, message, List.of());
        }

        public String name() { return "Pattern"; }
    }

    /** {@code @Past}, {@code @PastOrPresent}, {@code @Future}, {@code @FutureOrPresent}. */
    record Temporal(TemporalKind kind, String message, List<String> groups) implements Constraint {
        public Temporal {
            groups = List.copyOf(groups);
        }

        /** The constraint in the default group. */
        public Temporal(TemporalKind kind, String message) {
            this(kind, message, List.of());
        }

        public String name() { return kind.annotationName(); }
    }

    /** {@code @AssertTrue} ({@code expected == true}) or {@code @AssertFalse}. */
    record Assert(boolean expected, String message, List<String> groups) implements Constraint {
        public Assert {
            groups = List.copyOf(groups);
        }

        /** The constraint in the default group. */
        public Assert(boolean expected, String message) {
            this(expected, message, List.of());
        }

        public String name() { return expected ? "AssertTrue" : "AssertFalse"; }
    }

    /**
     * A constraint of the user's own: an annotation meta-annotated {@code @jakarta.validation.Constraint}, checked by
     * the one class of its {@code validatedBy} that validates the property's type. The generated validator creates
     * that class with {@code new}, initializes it with a generated implementation of the annotation holding
     * {@code attributes}, and calls {@code isValid}.
     *
     * @param annotationType the annotation's qualified name
     * @param validatorType  the qualified name of the {@code ConstraintValidator} chosen for the property's type
     * @param attributes     every attribute of the annotation, with its value, in declaration order
     */
    record Custom(String annotationType, String validatorType, List<Attribute> attributes, String message,
            List<String> groups) implements Constraint {
        public Custom {
            attributes = List.copyOf(attributes);
            groups = List.copyOf(groups);
        }

        public String name() {
            return annotationType.substring(annotationType.lastIndexOf('.') + 1);
        }
    }

    /**
     * One attribute of a custom constraint, as Java source.
     *
     * @param name      the attribute's name
     * @param type      its declared type ({@code java.lang.String[]})
     * @param value     an expression for its value ({@code new java.lang.String[] {"a"}})
     * @param unchecked whether the expression needs an unchecked conversion (an array of {@code Class<? extends ...>})
     */
    record Attribute(String name, String type, String value, boolean unchecked) {
    }

    /** The four sign constraints. */
    enum SignKind {
        POSITIVE("Positive"), POSITIVE_OR_ZERO("PositiveOrZero"), NEGATIVE("Negative"), NEGATIVE_OR_ZERO("NegativeOrZero");

        private final String annotationName;

        SignKind(String annotationName) {
            this.annotationName = annotationName;
        }

        public String annotationName() {
            return annotationName;
        }
    }

    /** The four time constraints. */
    enum TemporalKind {
        PAST("Past"), PAST_OR_PRESENT("PastOrPresent"), FUTURE("Future"), FUTURE_OR_PRESENT("FutureOrPresent");

        private final String annotationName;

        TemporalKind(String annotationName) {
            this.annotationName = annotationName;
        }

        public String annotationName() {
            return annotationName;
        }
    }
}

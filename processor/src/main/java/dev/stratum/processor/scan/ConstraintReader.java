package dev.stratum.processor.scan;

import dev.stratum.processor.diagnostics.Code;
import dev.stratum.processor.diagnostics.Report;
import dev.stratum.processor.model.Constraint;
import dev.stratum.processor.model.Constraint.SignKind;
import dev.stratum.processor.model.Constraint.TemporalKind;
import dev.stratum.processor.model.DefaultMessages;
import dev.stratum.processor.model.Location;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.PatternSyntaxException;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.AnnotatedConstruct;

/** Reads the Jakarta Validation constraints on a field into {@link Constraint} records, checking their attributes. */
final class ConstraintReader {

    static final String PACKAGE = "jakarta.validation.constraints.";

    private final Mirrors mirrors;
    private final Report report;

    ConstraintReader(Mirrors mirrors, Report report) {
        this.mirrors = mirrors;
        this.report = report;
    }

    /**
     * The constraints on a field or on a type argument ({@code List<@NotBlank String>}) in declaration order;
     * unsupported or malformed ones are reported and left out.
     */
    List<Constraint> read(AnnotatedConstruct annotated, Location location) {
        var constraints = new ArrayList<Constraint>();
        for (AnnotationMirror mirror : annotated.getAnnotationMirrors()) {
            String type = Mirrors.typeName(mirror);
            if (type.startsWith(PACKAGE)) {
                read(mirror, type.substring(PACKAGE.length()), location.annotation(type)).ifPresent(constraints::add);
            }
        }
        return constraints;
    }

    private Optional<Constraint> read(AnnotationMirror mirror, String name, Location at) {
        if (!mirrors.list(mirror, "groups").isEmpty()) {
            report.error(Code.UNSUPPORTED_CONSTRAINT, at.attribute("groups"),
                    "validation groups are not supported yet; remove 'groups' from @" + name);
            return Optional.empty();
        }
        return switch (name) {
            case "NotNull" -> Optional.of(new Constraint.NotNull(message(mirror, DefaultMessages.notNull())));
            case "NotBlank" -> Optional.of(new Constraint.NotBlank(message(mirror, DefaultMessages.notBlank())));
            case "NotEmpty" -> Optional.of(new Constraint.NotEmpty(message(mirror, DefaultMessages.notEmpty())));
            case "Size" -> size(mirror, at);
            case "Min" -> Optional.of(min(mirror));
            case "Max" -> Optional.of(max(mirror));
            case "DecimalMin", "DecimalMax" -> decimal(mirror, name, at);
            case "Positive" -> Optional.of(sign(mirror, SignKind.POSITIVE));
            case "PositiveOrZero" -> Optional.of(sign(mirror, SignKind.POSITIVE_OR_ZERO));
            case "Negative" -> Optional.of(sign(mirror, SignKind.NEGATIVE));
            case "NegativeOrZero" -> Optional.of(sign(mirror, SignKind.NEGATIVE_OR_ZERO));
            case "Digits" -> digits(mirror, at);
            case "Email" -> pattern(mirror, at, true);
            case "Pattern" -> pattern(mirror, at, false);
            case "Past" -> Optional.of(temporal(mirror, TemporalKind.PAST));
            case "PastOrPresent" -> Optional.of(temporal(mirror, TemporalKind.PAST_OR_PRESENT));
            case "Future" -> Optional.of(temporal(mirror, TemporalKind.FUTURE));
            case "FutureOrPresent" -> Optional.of(temporal(mirror, TemporalKind.FUTURE_OR_PRESENT));
            case "AssertTrue" -> Optional.of(new Constraint.Assert(true, message(mirror, DefaultMessages.assertTrue())));
            case "AssertFalse" -> Optional.of(new Constraint.Assert(false, message(mirror, DefaultMessages.assertFalse())));
            default -> {
                report.error(Code.UNSUPPORTED_CONSTRAINT, at,
                        "@" + name + " is not supported by Stratum yet; remove it or express the rule in a hooks method");
                yield Optional.empty();
            }
        };
    }

    private Optional<Constraint> size(AnnotationMirror mirror, Location at) {
        int min = mirrors.integer(mirror, "min");
        int max = mirrors.integer(mirror, "max");
        if (min < 0 || max < min) {
            report.error(Code.INVALID_CONSTRAINT, at,
                    "@Size(min = " + min + ", max = " + max + ") admits no length; use 0 <= min <= max");
            return Optional.empty();
        }
        return Optional.of(new Constraint.Size(min, max, message(mirror, DefaultMessages.size(min, max))));
    }

    private Constraint min(AnnotationMirror mirror) {
        long value = mirrors.longValue(mirror, "value");
        return new Constraint.Min(value, message(mirror, DefaultMessages.min(value)));
    }

    private Constraint max(AnnotationMirror mirror) {
        long value = mirrors.longValue(mirror, "value");
        return new Constraint.Max(value, message(mirror, DefaultMessages.max(value)));
    }

    private Optional<Constraint> decimal(AnnotationMirror mirror, String name, Location at) {
        String value = mirrors.string(mirror, "value");
        boolean inclusive = mirrors.bool(mirror, "inclusive");
        try {
            new BigDecimal(value);
        } catch (NumberFormatException notANumber) {
            report.error(Code.INVALID_CONSTRAINT, at.attribute("value"),
                    "@" + name + "(\"" + value + "\") is not a decimal number; write it like \"0.5\"");
            return Optional.empty();
        }
        return Optional.of(name.equals("DecimalMin")
                ? new Constraint.DecimalMin(value, inclusive, message(mirror, DefaultMessages.decimalMin(value, inclusive)))
                : new Constraint.DecimalMax(value, inclusive, message(mirror, DefaultMessages.decimalMax(value, inclusive))));
    }

    private Constraint sign(AnnotationMirror mirror, SignKind kind) {
        return new Constraint.Sign(kind, message(mirror, DefaultMessages.sign(kind)));
    }

    private Optional<Constraint> digits(AnnotationMirror mirror, Location at) {
        int integer = mirrors.integer(mirror, "integer");
        int fraction = mirrors.integer(mirror, "fraction");
        if (integer < 0 || fraction < 0) {
            report.error(Code.INVALID_CONSTRAINT, at,
                    "@Digits(integer = " + integer + ", fraction = " + fraction + ") needs non-negative digit counts");
            return Optional.empty();
        }
        return Optional.of(new Constraint.Digits(integer, fraction, message(mirror, DefaultMessages.digits(integer, fraction))));
    }

    private Optional<Constraint> pattern(AnnotationMirror mirror, Location at, boolean email) {
        String regexp = mirrors.string(mirror, "regexp");
        int flags = PatternFlags.toBits(mirrors.enumNames(mirror, "flags"));
        try {
            java.util.regex.Pattern.compile(regexp, flags);
        } catch (PatternSyntaxException invalid) {
            report.error(Code.INVALID_CONSTRAINT, at.attribute("regexp"),
                    "the regular expression does not compile (" + invalid.getDescription() + " at index "
                            + invalid.getIndex() + "); fix the expression");
            return Optional.empty();
        }
        return Optional.of(email
                ? new Constraint.Email(regexp, flags, message(mirror, DefaultMessages.email()))
                : new Constraint.Pattern(regexp, flags, message(mirror, DefaultMessages.pattern(regexp))));
    }

    private Constraint temporal(AnnotationMirror mirror, TemporalKind kind) {
        return new Constraint.Temporal(kind, message(mirror, DefaultMessages.temporal(kind)));
    }

    /** The user's message, or the default text when the attribute still holds the specification's key. */
    private String message(AnnotationMirror mirror, String defaultText) {
        String message = mirrors.string(mirror, "message");
        return message.startsWith("{jakarta.validation.constraints.") ? defaultText : message;
    }
}

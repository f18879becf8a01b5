package dev.stratum.processor.rules;

import dev.stratum.processor.diagnostics.Code;
import dev.stratum.processor.diagnostics.Report;
import dev.stratum.processor.model.Constraint;
import dev.stratum.processor.model.ContainerKind;
import dev.stratum.processor.model.Location;
import dev.stratum.processor.model.ValueKind;
import dev.stratum.processor.model.ValueType;

/**
 * The one table of which value types each constraint applies to, as Jakarta Validation 3.1 allows them; entity and
 * {@code @Validatable} rules both report a constraint outside it.
 */
public final class ConstraintTargets {

    private ConstraintTargets() {
    }

    /** Reports {@code ConstraintTypeMismatch} when {@code constraint} does not apply to a value of {@code type}. */
    public static void check(Constraint constraint, ValueType type, Location at, Report report) {
        if (!applies(constraint, type.kind())) {
            report.error(Code.CONSTRAINT_TYPE_MISMATCH, at.annotation("jakarta.validation.constraints." + constraint.name()),
                    "@" + constraint.name() + " does not apply to " + at.describe() + " of type "
                            + describe(type) + "; remove it or change its type");
        }
    }

    /**
     * Reports {@code ConstraintTypeMismatch} when {@code constraint} does not apply to the elements (or a map's keys or
     * values, as {@code what} names them) of type {@code type}.
     */
    public static void checkElement(Constraint constraint, ValueType type, String what, Location at, Report report) {
        if (!applies(constraint, type.kind())) {
            report.error(Code.CONSTRAINT_TYPE_MISMATCH, at, "@" + constraint.name() + " does not apply to the " + what
                    + " of " + at.describe() + ", of type " + describe(type) + "; remove it or change the type argument");
        }
    }

    /**
     * Reports {@code ConstraintTypeMismatch} for a constraint on a container itself other than {@code @NotNull} or,
     * on a list, set or map, {@code @Size} and {@code @NotEmpty}.
     */
    public static void checkContainer(Constraint constraint, ContainerKind kind, Location at, Report report) {
        boolean sizing = constraint instanceof Constraint.Size || constraint instanceof Constraint.NotEmpty;
        boolean resolved = constraint instanceof Constraint.NotNull || constraint instanceof Constraint.Custom;
        if (!resolved && !(sizing && kind.sized())) {
            report.error(Code.CONSTRAINT_TYPE_MISMATCH, at.annotation("jakarta.validation.constraints." + constraint.name()),
                    "@" + constraint.name() + " does not apply to " + at.describe() + ", a" + (kind == ContainerKind.ARRAY ? "n " : " ")
                            + kind.displayName()
                            + (kind.sized() ? "; only @NotNull, @Size and @NotEmpty do" : "; only @NotNull does")
                            + (kind == ContainerKind.ARRAY ? "; array elements take no constraints"
                                    : ", put element constraints on the type argument"));
        }
    }

    /** Reports {@code ConstraintTypeMismatch} for any constraint but {@code @NotNull} on a nested object. */
    public static void checkNested(Constraint constraint, String typeName, Location at, Report report) {
        if (!(constraint instanceof Constraint.NotNull) && !(constraint instanceof Constraint.Custom)) {
            report.error(Code.CONSTRAINT_TYPE_MISMATCH, at.annotation("jakarta.validation.constraints." + constraint.name()),
                    "@" + constraint.name() + " does not apply to " + at.describe() + " of type " + typeName
                            + "; only @NotNull does, next to @Valid");
        }
    }

    static boolean applies(Constraint constraint, ValueKind kind) {
        // A custom constraint's validator was chosen for the value's type when it was read.
        if (constraint instanceof Constraint.NotNull || constraint instanceof Constraint.Custom) {
            return true;
        }
        if (constraint instanceof Constraint.NotBlank || constraint instanceof Constraint.NotEmpty
                || constraint instanceof Constraint.Size || constraint instanceof Constraint.Email
                || constraint instanceof Constraint.Pattern) {
            return kind == ValueKind.STRING;
        }
        if (constraint instanceof Constraint.Temporal) {
            return kind.isTemporal();
        }
        if (constraint instanceof Constraint.Assert) {
            return kind == ValueKind.BOOLEAN;
        }
        // The specification lets a CharSequence spell a decimal for these three, but not for @Min, @Max or the signs.
        boolean spelled = constraint instanceof Constraint.DecimalMin || constraint instanceof Constraint.DecimalMax
                || constraint instanceof Constraint.Digits;
        return kind.isNumeric() || spelled && kind == ValueKind.STRING;
    }

    /** The Java type as the user wrote it: {@code int}, {@code Integer}, {@code Species}. */
    static String describe(ValueType type) {
        if (type.kind() == ValueKind.ENUM) {
            return type.enumType().substring(type.enumType().lastIndexOf('.') + 1);
        }
        return type.primitive() ? type.kind().primitive() : type.kind().simpleName();
    }
}

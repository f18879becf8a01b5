package dev.stratum.processor.generate;

import dev.stratum.processor.model.Constraint;
import dev.stratum.processor.model.PropertyModel;
import dev.stratum.processor.model.ValueKind;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * The tightest lower and upper bound a number's constraints set together ({@code @Min}, {@code @DecimalMax},
 * {@code @Positive}, {@code @Digits}, ...), so a schema states each bound once.
 */
record NumericBounds(Optional<Bound> lower, Optional<Bound> upper) {

    /** One bound: its value, and whether the value itself is allowed. */
    record Bound(BigDecimal value, boolean inclusive) {
    }

    static NumericBounds of(PropertyModel property) {
        var bounds = new NumericBounds(Optional.empty(), Optional.empty());
        if (property.type().kind() == ValueKind.SHORT) {
            // JSON Schema has no 16-bit format: the range says what int32 alone would not
            bounds = bounds.atLeast(new Bound(BigDecimal.valueOf(Short.MIN_VALUE), true))
                    .atMost(new Bound(BigDecimal.valueOf(Short.MAX_VALUE), true));
        } else if (property.type().kind() == ValueKind.BYTE) {
            bounds = bounds.atLeast(new Bound(BigDecimal.valueOf(Byte.MIN_VALUE), true))
                    .atMost(new Bound(BigDecimal.valueOf(Byte.MAX_VALUE), true));
        }
        for (Constraint constraint : property.constraints()) {
            bounds = bounds.with(constraint);
        }
        return bounds;
    }

    private NumericBounds with(Constraint constraint) {
        if (constraint instanceof Constraint.Min min) {
            return atLeast(new Bound(BigDecimal.valueOf(min.value()), true));
        }
        if (constraint instanceof Constraint.Max max) {
            return atMost(new Bound(BigDecimal.valueOf(max.value()), true));
        }
        if (constraint instanceof Constraint.DecimalMin min) {
            return atLeast(new Bound(new BigDecimal(min.value()), min.inclusive()));
        }
        if (constraint instanceof Constraint.DecimalMax max) {
            return atMost(new Bound(new BigDecimal(max.value()), max.inclusive()));
        }
        if (constraint instanceof Constraint.Sign sign) {
            return switch (sign.kind()) {
                case POSITIVE -> atLeast(new Bound(BigDecimal.ZERO, false));
                case POSITIVE_OR_ZERO -> atLeast(new Bound(BigDecimal.ZERO, true));
                case NEGATIVE -> atMost(new Bound(BigDecimal.ZERO, false));
                case NEGATIVE_OR_ZERO -> atMost(new Bound(BigDecimal.ZERO, true));
            };
        }
        if (constraint instanceof Constraint.Digits digits) {
            // At most `integer` digits before the point: the magnitude stays below 10^integer.
            BigDecimal limit = BigDecimal.ONE.movePointRight(digits.integer());
            return atLeast(new Bound(limit.negate(), false)).atMost(new Bound(limit, false));
        }
        return this;
    }

    private NumericBounds atLeast(Bound bound) {
        boolean tighter = lower.map(current -> tighter(bound, current, 1)).orElse(true);
        return tighter ? new NumericBounds(Optional.of(bound), upper) : this;
    }

    private NumericBounds atMost(Bound bound) {
        boolean tighter = upper.map(current -> tighter(bound, current, -1)).orElse(true);
        return tighter ? new NumericBounds(lower, Optional.of(bound)) : this;
    }

    /** Whether {@code candidate} excludes more than {@code current}; {@code direction} is 1 for lower bounds. */
    private static boolean tighter(Bound candidate, Bound current, int direction) {
        int order = candidate.value().compareTo(current.value()) * direction;
        return order > 0 || (order == 0 && !candidate.inclusive() && current.inclusive());
    }
}

package dev.stratum.processor.model;

import java.util.List;

/**
 * A {@code @Validatable} record or class: the properties its generated validator checks, in declaration order.
 *
 * @param packageName the type's package
 * @param simpleName  the type's simple name
 * @param properties  its readable properties that are checked
 */
public record ValidatableModel(String packageName, String simpleName, List<Member> properties) {

    public ValidatableModel {
        properties = List.copyOf(properties);
    }

    public String qualifiedName() {
        return packageName.isEmpty() ? simpleName : packageName + "." + simpleName;
    }

    /** Whether some check needs the application's clock: a time constraint here or in a nested type. */
    public boolean needsClock() {
        return properties.stream().anyMatch(Member::needsClock);
    }

    /** A checked property: a value with constraints, or a nested {@code @Valid} object. */
    public sealed interface Member {

        /** The property's name, which is also its JSON member name. */
        String name();

        /** The method that reads it ({@code name} on a record, {@code getName} on a class). */
        String accessor();

        /** Its own constraints in declaration order. */
        List<Constraint> constraints();

        boolean needsClock();
    }

    /**
     * A property holding a value.
     *
     * @param type      its value type
     * @param sensitive never echoed back ({@code @Sensitive}), so its violations carry no rejected value
     */
    public record ValidatedProperty(String name, String accessor, ValueType type, boolean sensitive,
            List<Constraint> constraints) implements Member {

        public ValidatedProperty {
            constraints = List.copyOf(constraints);
        }

        @Override
        public boolean needsClock() {
            return constraints.stream().anyMatch(Constraint.Temporal.class::isInstance);
        }
    }

    /**
     * A {@code @Valid} property whose type is itself {@code @Validatable}: its generated validator checks the value.
     *
     * @param packageName     the nested type's package
     * @param simpleName      the nested type's simple name
     * @param validatorClock  whether the nested type's validator takes the clock
     */
    public record NestedProperty(String name, String accessor, String packageName, String simpleName,
            boolean validatorClock, List<Constraint> constraints) implements Member {

        public NestedProperty {
            constraints = List.copyOf(constraints);
        }

        @Override
        public boolean needsClock() {
            return validatorClock;
        }
    }
}

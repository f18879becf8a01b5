package dev.stratum.processor.model;

import java.util.List;

/**
 * A {@code @Validatable} record or class: the properties its generated validator checks, in declaration order.
 *
 * @param packageName the type's package
 * @param simpleName  the type's simple name
 * @param properties  its readable properties that are checked
 */
public record ValidatableModel(String packageName, String simpleName, List<ValidatedProperty> properties) {

    public ValidatableModel {
        properties = List.copyOf(properties);
    }

    public String qualifiedName() {
        return packageName.isEmpty() ? simpleName : packageName + "." + simpleName;
    }

    /** Whether some property carries a time constraint, so the validator needs the application's clock. */
    public boolean needsClock() {
        return properties.stream()
                .flatMap(property -> property.constraints().stream())
                .anyMatch(Constraint.Temporal.class::isInstance);
    }

    /**
     * One property of a validatable type.
     *
     * @param name        the property's name, which is also its JSON member name
     * @param accessor    the method that reads it ({@code name} on a record, {@code getName} on a class)
     * @param type        its value type
     * @param sensitive   never echoed back ({@code @Sensitive})
     * @param constraints its constraints in declaration order
     */
    public record ValidatedProperty(String name, String accessor, ValueType type, boolean sensitive,
            List<Constraint> constraints) {

        public ValidatedProperty {
            constraints = List.copyOf(constraints);
        }
    }
}

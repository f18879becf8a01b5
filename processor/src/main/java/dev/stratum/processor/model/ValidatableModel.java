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

    /** A checked property: a value with constraints, a nested {@code @Valid} object, or a container of either. */
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

    /**
     * A {@code List}, {@code Set}, {@code Map}, {@code Optional} or array property: constraints on the container
     * itself ({@code @NotNull}, {@code @Size}, {@code @NotEmpty}) and on its elements ({@code List<@NotBlank String>}).
     *
     * @param kind      the container
     * @param sensitive never echoed back, so no violation of it or its elements carries a rejected value
     * @param key       a map's keys; {@code null} for other containers
     * @param element   the elements (a map's values)
     * @param arrayType an array's Java type as source ({@code int[]}, {@code java.lang.String[][]}); {@code null} for
     *                  other containers
     */
    public record ContainerProperty(String name, String accessor, ContainerKind kind, boolean sensitive,
            List<Constraint> constraints, Element key, Element element, String arrayType) implements Member {

        public ContainerProperty {
            constraints = List.copyOf(constraints);
        }

        /** A property of a generic container. */
        public ContainerProperty(String name, String accessor, ContainerKind kind, boolean sensitive,
                List<Constraint> constraints, Element key, Element element) {
            this(name, accessor, kind, sensitive, constraints, key, element, null);
        }

        @Override
        public boolean needsClock() {
            return element.needsClock() || (key != null && key.needsClock());
        }
    }

    /**
     * The elements of a container: values of {@code type} with constraints, {@code @Valid} objects of a
     * {@code @Validatable} type checked by its generated validator, or containers themselves
     * ({@code List<@Size(max = 3) List<@NotBlank String>>}), whose constraints are then the inner container's own.
     *
     * @param type        the value type; {@code null} for nested objects and containers
     * @param nested      the nested object type; {@code null} for values and containers
     * @param constraints the constraints on each element, in declaration order
     * @param container   the inner container; {@code null} for values and nested objects
     */
    public record Element(ValueType type, NestedType nested, List<Constraint> constraints, InnerContainer container) {

        public Element {
            constraints = List.copyOf(constraints);
        }

        /** Elements that are values or nested objects. */
        public Element(ValueType type, NestedType nested, List<Constraint> constraints) {
            this(type, nested, constraints, null);
        }

        public boolean needsClock() {
            if (container != null) {
                return container.element().needsClock() || (container.key() != null && container.key().needsClock());
            }
            return nested != null ? nested.validatorClock()
                    : constraints.stream().anyMatch(Constraint.Temporal.class::isInstance);
        }

        /** Whether anything is checked on each element: a constraint, a nested object, or an inner container's elements. */
        public boolean checked() {
            return nested != null || !constraints.isEmpty() || (container != null && container.checksElements());
        }
    }

    /**
     * A container held by a container ({@code Map<String, List<@Positive Integer>>}'s lists).
     *
     * @param kind    a {@code List}, {@code Set}, {@code Map} or {@code Optional}
     * @param key     a map's keys; {@code null} for other containers
     * @param element its elements (a map's values)
     */
    public record InnerContainer(ContainerKind kind, Element key, Element element) {

        /** Whether its elements (or keys) are checked. */
        public boolean checksElements() {
            return element.checked() || (key != null && key.checked());
        }
    }

    /**
     * A {@code @Validatable} type held by a container.
     *
     * @param validatorClock whether its generated validator takes the clock
     */
    public record NestedType(String packageName, String simpleName, boolean validatorClock) {
    }
}

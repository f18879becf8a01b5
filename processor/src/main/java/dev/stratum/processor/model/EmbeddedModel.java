package dev.stratum.processor.model;

import java.util.List;

/**
 * An {@code @Embedded} field: a value of an {@code @Embeddable} type stored in the entity's own table, one column per
 * component, each named after the field ({@code address_street}). A request and a response carry it as a nested JSON
 * object; a row whose component columns are all NULL reads as a null value, as JPA does.
 *
 * @param name          the entity's field name ({@code address}), also the JSON member name
 * @param packageName   the embeddable type's package
 * @param simpleName    the embeddable type's simple name
 * @param record        whether the embeddable is a record (created through its canonical constructor), else a class
 *                      with a no-argument constructor and setters
 * @param getter        the entity's accessor ({@code getAddress})
 * @param setter        the entity's mutator ({@code setAddress})
 * @param constraints   the constraints on the entity's field ({@code @NotNull}), in declaration order
 * @param validated     whether the embeddable declares constraints, so it has a generated validator
 * @param validatorClock whether that validator takes the clock (a time constraint)
 * @param components    the embeddable's persistent fields in declaration order, their columns already prefixed; their
 *                      getters and setters are those of the embeddable ({@code street()} on a record)
 */
public record EmbeddedModel(
        String name,
        String packageName,
        String simpleName,
        boolean record,
        String getter,
        String setter,
        List<Constraint> constraints,
        boolean validated,
        boolean validatorClock,
        List<PropertyModel> components) {

    public EmbeddedModel {
        constraints = List.copyOf(constraints);
        components = List.copyOf(components);
    }

    public String qualifiedName() {
        return packageName.isEmpty() ? simpleName : packageName + "." + simpleName;
    }

    /** Whether a request must carry the value ({@code @NotNull} on the entity's field). */
    public boolean required() {
        return constraints.stream().anyMatch(Constraint.NotNull.class::isInstance);
    }

    /** The generated validator's simple name: {@code AddressValidator}. */
    public String validatorName() {
        return simpleName + "Validator";
    }

    /** What the embeddable's generated validator checks: each constrained component, read by its accessor. */
    public ValidatableModel validation() {
        List<ValidatableModel.Member> checked = components.stream()
                .filter(component -> !component.constraints().isEmpty())
                .<ValidatableModel.Member>map(component -> new ValidatableModel.ValidatedProperty(component.name(),
                        component.getter(), component.type(), false, component.constraints()))
                .toList();
        return new ValidatableModel(packageName, simpleName, checked);
    }

    /** Whether the embeddable's validator must be given the clock. */
    public boolean needsClock() {
        return validated && validatorClock;
    }
}

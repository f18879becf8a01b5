package dev.stratum.processor.model;

import java.util.List;
import java.util.Optional;

/**
 * One persistent field of an entity.
 *
 * @param name         the Java field name ({@code birthDate})
 * @param column       the column it maps to
 * @param type         its value type
 * @param getter       the accessor method name ({@code getBirthDate} or {@code isNeutered})
 * @param setter       the mutator method name
 * @param role         whether it is the id, the version, or an ordinary field
 * @param serverOwned  never accepted from a request ({@code @ServerOwned}, and always for id and version)
 * @param sensitive    never written to a response or a log line
 * @param constraints  its validation constraints in declaration order
 * @param reference    for a {@code @ManyToOne} or owning {@code @OneToOne}, what it references; the property is then
 *                     the referenced id ({@code ownerId}) and its getter and setter are those of the entity field
 * @param stamp        what the generated repository fills it with ({@code @OwnedBy}, {@code @CreatedAt}, ...), if anything
 * @param hashed       a secret stored only as a one-way hash ({@code @Sensitive(hashed = true)}): the service hashes a
 *                     new value before storing it, and keeps the stored hash when a request carries none
 */
public record PropertyModel(
        String name,
        ColumnModel column,
        ValueType type,
        String getter,
        String setter,
        Role role,
        boolean serverOwned,
        boolean sensitive,
        List<Constraint> constraints,
        Optional<Reference> reference,
        Stamp stamp,
        boolean hashed) {

    public PropertyModel {
        constraints = List.copyOf(constraints);
        java.util.Objects.requireNonNull(reference, "reference");
        java.util.Objects.requireNonNull(stamp, "stamp");
    }

    /** A property that is not a hashed secret. */
    public PropertyModel(String name, ColumnModel column, ValueType type, String getter, String setter, Role role,
            boolean serverOwned, boolean sensitive, List<Constraint> constraints, Optional<Reference> reference,
            Stamp stamp) {
        this(name, column, type, getter, setter, role, serverOwned, sensitive, constraints, reference, stamp, false);
    }

    /** A property the repository does not fill itself. */
    public PropertyModel(String name, ColumnModel column, ValueType type, String getter, String setter, Role role,
            boolean serverOwned, boolean sensitive, List<Constraint> constraints, Optional<Reference> reference) {
        this(name, column, type, getter, setter, role, serverOwned, sensitive, constraints, reference, Stamp.NONE);
    }

    /** A property holding a plain value, not a reference. */
    public PropertyModel(String name, ColumnModel column, ValueType type, String getter, String setter, Role role,
            boolean serverOwned, boolean sensitive, List<Constraint> constraints) {
        this(name, column, type, getter, setter, role, serverOwned, sensitive, constraints, Optional.empty());
    }

    /** What the property is to its entity. */
    public enum Role { ID, VERSION, FIELD }

    /** What the generated repository writes into a server-owned field, from the caller or the clock. */
    public enum Stamp {
        NONE, OWNER, CREATED_AT, UPDATED_AT, CREATED_BY, UPDATED_BY;

        /** Whether the value is written on insert only, so an update leaves its column alone. */
        public boolean insertOnly() {
            return this == OWNER || this == CREATED_AT || this == CREATED_BY;
        }

        /** Whether the value is a time from the clock (else the caller's name). */
        public boolean fromClock() {
            return this == CREATED_AT || this == UPDATED_AT;
        }
    }

    /** The same property, filled by the repository. */
    public PropertyModel stamped(Stamp by) {
        return new PropertyModel(name, column, type, getter, setter, role, true, sensitive, constraints, reference, by,
                hashed);
    }

    /** The same property as a secret stored as a hash, in a column sized for the hash. */
    public PropertyModel hashedSecret(ColumnModel hashColumn) {
        return new PropertyModel(name, hashColumn, type, getter, setter, role, serverOwned, true, constraints,
                reference, stamp, true);
    }

    /** The Java field it is read from: its own name, or for a reference the entity field ({@code owner}). */
    public String javaField() {
        return reference.map(Reference::field).orElse(name);
    }

    /** Whether a create or update request may carry this property. */
    public boolean acceptedFromRequest() {
        return role == Role.FIELD && !serverOwned;
    }

    /** Whether a response may show this property. */
    public boolean shownInResponse() {
        return !sensitive;
    }

    /** The first constraint of the given type, if declared. */
    public <C extends Constraint> Optional<C> constraint(Class<C> type) {
        return constraints.stream().filter(type::isInstance).map(type::cast).findFirst();
    }

    /** Whether a value is required: a primitive, or {@code @NotNull}/{@code @NotBlank}/{@code @NotEmpty}. */
    public boolean required() {
        return type.primitive() || constraints.stream().anyMatch(c ->
                c instanceof Constraint.NotNull || c instanceof Constraint.NotBlank || c instanceof Constraint.NotEmpty);
    }
}

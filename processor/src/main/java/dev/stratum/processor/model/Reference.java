package dev.stratum.processor.model;

import java.util.Objects;

/**
 * What a {@code @ManyToOne} or owning {@code @OneToOne} field points at. The property that carries it is exposed as
 * the referenced id ({@code ownerId}) and stored in the foreign-key column; the entity's field holds the target entity
 * ({@code Owner}), of which generated code only sets or reads the id.
 *
 * @param field          the Java field name ({@code owner})
 * @param oneToOne       whether at most one row may reference each target row (the column is unique)
 * @param targetEntity   the target entity's qualified name
 * @param targetTable    the target's table
 * @param targetIdColumn the target's id column, which the foreign key references
 * @param targetIdGetter the target's id accessor, e.g. {@code getId}
 * @param targetIdSetter the target's id mutator, e.g. {@code setId}
 * @param onDelete       what deleting the target row does to the referencing rows
 */
public record Reference(String field, boolean oneToOne, String targetEntity, String targetTable,
        String targetIdColumn, String targetIdGetter, String targetIdSetter, DeleteRule onDelete) {

    public Reference {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(targetEntity, "targetEntity");
        Objects.requireNonNull(targetTable, "targetTable");
        Objects.requireNonNull(targetIdColumn, "targetIdColumn");
        Objects.requireNonNull(onDelete, "onDelete");
    }

    /** The target's package, empty for the default package. */
    public String targetPackage() {
        int dot = targetEntity.lastIndexOf('.');
        return dot < 0 ? "" : targetEntity.substring(0, dot);
    }

    /** The target's simple class name. */
    public String targetSimpleName() {
        return targetEntity.substring(targetEntity.lastIndexOf('.') + 1);
    }

    /** What deleting a referenced row does, as declared with {@code @OnDelete}. */
    public enum DeleteRule { RESTRICT, CASCADE, SET_NULL }
}

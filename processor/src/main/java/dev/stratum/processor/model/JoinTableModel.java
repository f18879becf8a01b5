package dev.stratum.processor.model;

import java.util.Objects;

/**
 * The owning side of a {@code @ManyToMany}: a join table with one row per link, keyed by both ids.
 *
 * @param field          the Java field name ({@code tags})
 * @param table          the join table's name
 * @param ownerColumn    the column holding the owning entity's id
 * @param targetColumn   the column holding the target entity's id
 * @param targetEntity   the target entity's qualified name
 * @param targetTable    the target's table
 * @param targetIdColumn the target's id column
 * @param targetIdType   the type of the target's id
 */
public record JoinTableModel(String field, String table, String ownerColumn, String targetColumn,
        String targetEntity, String targetTable, String targetIdColumn, ValueType targetIdType) {

    public JoinTableModel {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(targetIdType, "targetIdType");
    }
}

package dev.stratum.processor.model;

import java.util.List;
import java.util.Objects;

/**
 * A relation whose related rows' summaries an entity's responses show ({@code @Expand}).
 *
 * @param field       the Java field ({@code owner}, {@code pets})
 * @param getter      its accessor
 * @param setter      its mutator
 * @param toMany      a {@code @OneToMany(mappedBy)} list, read in one extra statement per page; otherwise a
 *                    {@code @ManyToOne}, joined in the row's own statement
 * @param foreignKey  the foreign-key column: for a many-to-one this entity's ({@code owner_id} of {@code pets}), for a
 *                    one-to-many the children's column that references this entity
 * @param target      the summary of the related entity
 * @param limit       for a one-to-many, the most children shown per row
 * @param targetReads the {@code @Allow} policies, as written on the related entity, that cover the reads it publishes
 *                    ({@code READ}, {@code LIST}); empty when it is not exposed or publishes no read, so its summary is
 *                    the only view of it over HTTP
 */
public record Expansion(String field, String getter, String setter, boolean toMany, String foreignKey,
        SummaryModel target, int limit, List<AccessPolicy> targetReads) {

    public Expansion {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(foreignKey, "foreignKey");
        Objects.requireNonNull(target, "target");
        targetReads = List.copyOf(targetReads);
    }

    /** The alias under which a many-to-one's table is joined ({@code owner__}): never a table's own name. */
    public String alias() {
        return Naming.snakeCase(field) + "__";
    }
}

package dev.stratum.processor.model;

import java.util.List;
import java.util.Optional;

/**
 * An {@code @Entity} as Stratum understands it. Stages after the scan read only this record, never
 * {@code javax.lang.model}.
 *
 * @param packageName  the entity's package; generated types go there too
 * @param simpleName   the entity's simple class name
 * @param table        the table name
 * @param id           the id property
 * @param idStrategy   how the id gets its value
 * @param version      the {@code @Version} property, if any
 * @param fields       the other persistent properties in declaration order
 * @param exposure     how it is published over HTTP, if it is
 * @param renamedFrom  the table's previous name from {@code @RenamedFrom}, if declared
 * @param consents     the destructive schema changes {@code @ConsentToDataLoss} approves, in its words
 * @param joinTables   the join tables of its owning {@code @ManyToMany} fields, in declaration order
 * @param referrers    the relations of other entities of the compilation that reference it
 * @param bypassRoles  for an owner-scoped entity, the roles that see every owner's rows ({@code @OwnedBy(bypassRoles)})
 * @param embedded     its {@code @Embedded} fields in declaration order; their columns follow those of {@code fields}
 * @param summary      the names of its {@code @Summary} fields: what other entities' responses show of its rows
 * @param expansions   its relations whose related rows' summaries its responses show ({@code @Expand})
 * @param tableIndexes the indexes and unique constraints declared on {@code @Table}, indexes first, each in the order
 *                     written
 */
public record EntityModel(
        String packageName,
        String simpleName,
        String table,
        PropertyModel id,
        IdStrategy idStrategy,
        Optional<PropertyModel> version,
        List<PropertyModel> fields,
        Optional<ExposureModel> exposure,
        Optional<String> renamedFrom,
        List<String> consents,
        List<JoinTableModel> joinTables,
        List<Referrer> referrers,
        List<String> bypassRoles,
        List<EmbeddedModel> embedded,
        List<String> summary,
        List<Expansion> expansions,
        List<TableIndex> tableIndexes) {

    public EntityModel {
        fields = List.copyOf(fields);
        embedded = List.copyOf(embedded);
        summary = List.copyOf(summary);
        expansions = List.copyOf(expansions);
        tableIndexes = List.copyOf(tableIndexes);
        bypassRoles = List.copyOf(bypassRoles);
        consents = List.copyOf(consents);
        joinTables = List.copyOf(joinTables);
        referrers = List.copyOf(referrers);
    }

    /** An entity without {@code @Embedded} fields, summary, expanded relations or {@code @Table} indexes. */
    public EntityModel(String packageName, String simpleName, String table, PropertyModel id, IdStrategy idStrategy,
            Optional<PropertyModel> version, List<PropertyModel> fields, Optional<ExposureModel> exposure,
            Optional<String> renamedFrom, List<String> consents, List<JoinTableModel> joinTables,
            List<Referrer> referrers, List<String> bypassRoles) {
        this(packageName, simpleName, table, id, idStrategy, version, fields, exposure, renamedFrom, consents,
                joinTables, referrers, bypassRoles, List.of(), List.of(), List.of(), List.of());
    }

    /** An entity whose rows are not scoped to an owner. */
    public EntityModel(String packageName, String simpleName, String table, PropertyModel id, IdStrategy idStrategy,
            Optional<PropertyModel> version, List<PropertyModel> fields, Optional<ExposureModel> exposure,
            Optional<String> renamedFrom, List<String> consents, List<JoinTableModel> joinTables,
            List<Referrer> referrers) {
        this(packageName, simpleName, table, id, idStrategy, version, fields, exposure, renamedFrom, consents,
                joinTables, referrers, List.of());
    }

    /** An entity without relations to or from other entities. */
    public EntityModel(String packageName, String simpleName, String table, PropertyModel id, IdStrategy idStrategy,
            Optional<PropertyModel> version, List<PropertyModel> fields, Optional<ExposureModel> exposure,
            Optional<String> renamedFrom, List<String> consents) {
        this(packageName, simpleName, table, id, idStrategy, version, fields, exposure, renamedFrom, consents,
                List.of(), List.of());
    }

    /** An entity that was never renamed and consents to nothing. */
    public EntityModel(String packageName, String simpleName, String table, PropertyModel id, IdStrategy idStrategy,
            Optional<PropertyModel> version, List<PropertyModel> fields, Optional<ExposureModel> exposure) {
        this(packageName, simpleName, table, id, idStrategy, version, fields, exposure, Optional.empty(), List.of());
    }

    /** The same entity, knowing which relations of other entities reference it. */
    public EntityModel withReferrers(List<Referrer> others) {
        return new EntityModel(packageName, simpleName, table, id, idStrategy, version, fields, exposure, renamedFrom,
                consents, joinTables, others, bypassRoles, embedded, summary, expansions,
                tableIndexes);
    }

    /** Its summary, when it declares {@code @Summary} fields: what other entities' responses show of a row. */
    public Optional<SummaryModel> summaryModel() {
        if (summary.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new SummaryModel(qualifiedName(), table, id,
                fields.stream().filter(field -> summary.contains(field.name())).toList()));
    }

    /** The expanded {@code @ManyToOne} relations, joined in every statement that reads whole rows. */
    public List<Expansion> joinedSummaries() {
        return expansions.stream().filter(expansion -> !expansion.toMany()).toList();
    }

    /** The expanded {@code @OneToMany} lists, read for a page of rows in one extra statement each. */
    public List<Expansion> childSummaries() {
        return expansions.stream().filter(Expansion::toMany).toList();
    }

    /** The fields that reference another entity, in declaration order. */
    public List<PropertyModel> references() {
        return fields.stream().filter(field -> field.reference().isPresent()).toList();
    }

    /** The qualified class name, which also identifies the entity to the processor. */
    public String qualifiedName() {
        return packageName.isEmpty() ? simpleName : packageName + "." + simpleName;
    }

    /** Every persistent property: id, then version if any, then fields; the order of the table's columns. */
    public List<PropertyModel> columns() {
        var all = new java.util.ArrayList<PropertyModel>();
        all.add(id);
        version.ifPresent(all::add);
        all.addAll(fields);
        return List.copyOf(all);
    }

    /** Every column's property: {@link #columns()}, then the components of each embedded value. */
    public List<PropertyModel> storedColumns() {
        var all = new java.util.ArrayList<PropertyModel>(columns());
        embedded.forEach(value -> all.addAll(value.components()));
        return List.copyOf(all);
    }

    /** The non-key properties INSERT writes: {@link #fields()}, then the components of each embedded value. */
    public List<PropertyModel> storedFields() {
        var all = new java.util.ArrayList<PropertyModel>(fields);
        embedded.forEach(value -> all.addAll(value.components()));
        return List.copyOf(all);
    }

    /** The properties UPDATE writes: {@link #updatableFields()}, then the components of each embedded value. */
    public List<PropertyModel> storedUpdatableFields() {
        var all = new java.util.ArrayList<PropertyModel>(updatableFields());
        embedded.forEach(value -> all.addAll(value.components()));
        return List.copyOf(all);
    }

    /** The fields a create or update request may carry, in declaration order. */
    public List<PropertyModel> requestFields() {
        return fields.stream().filter(PropertyModel::acceptedFromRequest).toList();
    }

    /** The request fields stored as one-way hashes ({@code @Sensitive(hashed = true)}), in declaration order. */
    public List<PropertyModel> hashedSecrets() {
        return requestFields().stream().filter(PropertyModel::hashed).toList();
    }

    /** Whether requests are checked against time constraints, so validating them needs the application's clock. */
    public boolean needsClock() {
        return requestFields().stream()
                .flatMap(field -> field.constraints().stream())
                .anyMatch(Constraint.Temporal.class::isInstance)
                || embedded.stream().anyMatch(EmbeddedModel::needsClock);
    }

    /** The properties a response shows: id, version, then every non-sensitive field. */
    public List<PropertyModel> responseProperties() {
        return columns().stream().filter(PropertyModel::shownInResponse).toList();
    }

    /** The field holding the owner's name ({@code @OwnedBy}), when rows are scoped to their owner. */
    public Optional<PropertyModel> owner() {
        return fields.stream().filter(field -> field.stamp() == PropertyModel.Stamp.OWNER).findFirst();
    }

    /** The fields the repository fills from the caller or the clock, in declaration order. */
    public List<PropertyModel> stampedFields() {
        return fields.stream().filter(field -> field.stamp() != PropertyModel.Stamp.NONE).toList();
    }

    /** Whether the repository needs the caller: to scope rows or to stamp who wrote them. */
    public boolean repositoryNeedsPrincipal() {
        return stampedFields().stream().anyMatch(field -> !field.stamp().fromClock());
    }

    /** Whether the repository needs the clock, to stamp when rows were written. */
    public boolean repositoryNeedsClock() {
        return stampedFields().stream().anyMatch(field -> field.stamp().fromClock());
    }

    /** The fields an update writes: all but those set once on insert (owner, created at and by). */
    public List<PropertyModel> updatableFields() {
        return fields.stream().filter(field -> !field.stamp().insertOnly()).toList();
    }
}

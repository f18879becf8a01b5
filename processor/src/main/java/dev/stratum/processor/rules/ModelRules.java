package dev.stratum.processor.rules;

import dev.stratum.annotations.AccessLevel;
import dev.stratum.annotations.Operation;
import dev.stratum.processor.diagnostics.Code;
import dev.stratum.processor.diagnostics.Report;
import dev.stratum.processor.model.AccessPolicy;
import dev.stratum.processor.model.Constraint;
import dev.stratum.processor.model.EmbeddedModel;
import dev.stratum.processor.model.EntityModel;
import dev.stratum.processor.model.ExposureModel;
import dev.stratum.processor.model.Location;
import dev.stratum.processor.model.PropertyModel;
import dev.stratum.processor.model.TableIndex;
import dev.stratum.processor.model.ValueKind;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The rules stage: layering, safety and security rules over the model, reported as diagnostics. Pure: it reads model
 * records only, so every rule is tested without javac.
 */
public final class ModelRules {

    private static final String ALLOW = "dev.stratum.annotations.Allow";
    private static final String EXPOSE = "dev.stratum.annotations.Expose";
    private static final Pattern PATH = Pattern.compile("(/[a-z0-9][a-z0-9-]*)+");
    private static final Pattern ROLE = Pattern.compile("[A-Z][A-Z0-9_]*");
    /** The default ceiling on page sizes, so one request can never ask for an unbounded amount of work. */
    public static final int PAGE_SIZE_CEILING = 1000;
    /** The highest ceiling a project may set: a page stays an amount of work one request may ask for. */
    public static final int MAX_PAGE_SIZE_CEILING = 10_000;
    /** PostgreSQL's limits: {@code varchar(n)} up to 10485760, {@code numeric(p,s)} up to 1000 digits. */
    static final int MAX_VARCHAR_LENGTH = 10_485_760;
    static final int MAX_NUMERIC_PRECISION = 1000;

    private final Report report;
    private final int pageSizeCeiling;

    public ModelRules(Report report) {
        this(report, PAGE_SIZE_CEILING);
    }

    /**
     * @param pageSizeCeiling the largest {@code maxPageSize} an entity may declare, between 1 and
     *                        {@link #MAX_PAGE_SIZE_CEILING}
     */
    public ModelRules(Report report, int pageSizeCeiling) {
        if (pageSizeCeiling < 1 || pageSizeCeiling > MAX_PAGE_SIZE_CEILING) {
            throw new IllegalArgumentException("page size ceiling " + pageSizeCeiling + " is not between 1 and "
                    + MAX_PAGE_SIZE_CEILING);
        }
        this.report = report;
        this.pageSizeCeiling = pageSizeCeiling;
    }

    /** Checks every entity, then what entities must not share. */
    public void check(List<EntityModel> entities) {
        entities.forEach(this::check);
        checkUniqueTables(entities);
        checkUniquePaths(entities);
    }

    void check(EntityModel entity) {
        Location at = Location.entity(entity.qualifiedName());
        if (entity.version().isEmpty()) {
            report.error(Code.MISSING_VERSION, at, entity.simpleName() + " has no @Version field; add"
                    + " '@Version private long version;' so concurrent updates are detected, not lost");
        }
        Map<String, PropertyModel> byColumn = new HashMap<>();
        for (PropertyModel property : entity.columns()) {
            PropertyModel sameColumn = byColumn.putIfAbsent(property.column().name(), property);
            if (sameColumn != null) {
                report.error(Code.DUPLICATE_COLUMN, Location.field(entity.qualifiedName(), property.javaField()),
                        entity.simpleName() + "." + property.name() + " and " + sameColumn.name() + " both map to column '"
                                + property.column().name() + "'; give one of them another @Column(name = ...)");
            }
            Location propertyAt = Location.field(entity.qualifiedName(), property.javaField());
            property.constraints().forEach(constraint ->
                    ConstraintTargets.check(constraint, property.type(), propertyAt, report));
            checkColumn(property, propertyAt);
            if (property.acceptedFromRequest() && property.type().kind() == ValueKind.STRING
                    && property.column().length() == 0 && !property.column().lob()) {
                report.error(Code.UNBOUNDED_STRING, propertyAt, propertyAt.describe() + " can be sent in a request"
                        + " but has no maximum length; add @Size(max = ...) or @Column(length = ...)");
            }
        }
        for (EmbeddedModel embedded : entity.embedded()) {
            for (PropertyModel component : embedded.components()) {
                checkComponent(entity, embedded, component, byColumn);
            }
        }
        entity.exposure().ifPresent(exposure -> checkExposure(entity, exposure));
        new StampRules(report).check(entity);
        entity.tableIndexes().forEach(index -> checkTableIndex(entity, index));
    }

    /** Every column an {@code @Index} or {@code @UniqueConstraint} names is a column of the table, once. */
    private void checkTableIndex(EntityModel entity, TableIndex index) {
        String kind = index.constraint() ? "@UniqueConstraint" : "@Index";
        Location at = Location.entity(entity.qualifiedName()).annotation("jakarta.persistence.Table")
                .attribute(index.constraint() ? "uniqueConstraints" : "indexes");
        List<String> columns = entity.storedColumns().stream().map(p -> p.column().name()).toList();
        var seen = new java.util.HashSet<String>();
        for (String column : index.columnNames()) {
            if (!columns.contains(column)) {
                String hint = entity.columns().stream().filter(p -> p.name().equals(column)).findFirst()
                        .map(p -> "; name the column, '" + p.column().name() + "', not the field")
                        .or(() -> Suggestions.closest(column, columns).map(c -> "; did you mean '" + c + "'?"))
                        .orElse("; the columns are " + String.join(", ", columns));
                report.error(Code.UNKNOWN_INDEX_COLUMN, at, kind + " on " + entity.simpleName() + " names column '"
                        + column + "', which table " + entity.table() + " does not have" + hint);
            } else if (!seen.add(column)) {
                report.error(Code.UNKNOWN_INDEX_COLUMN, at, kind + " on " + entity.simpleName() + " names column '"
                        + column + "' twice; list each column once");
            }
        }
    }

    /**
     * The checks of an embeddable's field, reported on that field. Its strings need {@code @Size(max)}: the
     * embeddable's generated validator checks the declared constraints only, so a column length alone would reach the
     * database unchecked.
     */
    private void checkComponent(EntityModel entity, EmbeddedModel embedded, PropertyModel component,
            Map<String, PropertyModel> byColumn) {
        Location at = Location.field(embedded.qualifiedName(), component.name());
        String path = entity.simpleName() + "." + embedded.name() + "." + component.name();
        PropertyModel sameColumn = byColumn.putIfAbsent(component.column().name(), component);
        if (sameColumn != null) {
            report.error(Code.DUPLICATE_COLUMN, Location.field(entity.qualifiedName(), embedded.name()), path
                    + " maps to column '" + component.column().name() + "', which " + sameColumn.name()
                    + " already uses; rename the field or give one of them another @Column(name = ...)");
        }
        component.constraints().forEach(constraint ->
                ConstraintTargets.check(constraint, component.type(), at, report));
        checkColumn(component, at);
        boolean sized = component.constraint(Constraint.Size.class).filter(size -> size.max() != Integer.MAX_VALUE)
                .isPresent();
        if (component.type().kind() == ValueKind.STRING && !sized) {
            report.error(Code.UNBOUNDED_STRING, at, at.describe() + " can be sent in a request as " + path
                    + " but has no @Size(max = ...); add one (an embeddable's validator checks declared constraints)");
        }
    }

    private void checkColumn(PropertyModel property, Location at) {
        var column = property.column();
        if (property.type().kind() == ValueKind.BIG_INTEGER && column.scale() != 0) {
            report.error(Code.INVALID_COLUMN, at.annotation("jakarta.persistence.Column"), at.describe()
                    + " is a BigInteger with scale " + column.scale() + "; a whole number's column has scale 0,"
                    + " remove @Column(scale)");
        }
        if ((property.type().kind() == ValueKind.BIG_DECIMAL || property.type().kind() == ValueKind.BIG_INTEGER)
                && (column.precision() < 1
                || column.precision() > MAX_NUMERIC_PRECISION || column.scale() < 0
                || column.scale() > column.precision())) {
            report.error(Code.INVALID_COLUMN, at.annotation("jakarta.persistence.Column"), at.describe()
                    + " has precision " + column.precision() + " and scale " + column.scale() + "; use 1 <= precision <= "
                    + MAX_NUMERIC_PRECISION + " and 0 <= scale <= precision");
        }
        if (column.length() > MAX_VARCHAR_LENGTH) {
            report.error(Code.INVALID_COLUMN, at.annotation("jakarta.persistence.Column"), at.describe()
                    + " has length " + column.length() + ", more than a varchar column holds (" + MAX_VARCHAR_LENGTH
                    + "); lower @Column(length) or @Size(max)");
        }
    }

    private void checkExposure(EntityModel entity, ExposureModel exposure) {
        Location expose = Location.entity(entity.qualifiedName()).annotation(EXPOSE);
        if (!PATH.matcher(exposure.path()).matches()) {
            report.error(Code.INVALID_EXPOSURE, expose.attribute("path"), "path \"" + exposure.path() + "\" of "
                    + entity.simpleName() + " must look like \"/api/pets\": lower-case segments, no trailing slash");
        }
        if (exposure.maxPageSize() < 1 || exposure.maxPageSize() > pageSizeCeiling) {
            report.error(Code.INVALID_EXPOSURE, expose.attribute("maxPageSize"), "maxPageSize of "
                    + entity.simpleName() + " must be between 1 and " + pageSizeCeiling);
        } else if (exposure.defaultPageSize() < 1 || exposure.defaultPageSize() > exposure.maxPageSize()) {
            report.error(Code.INVALID_EXPOSURE, expose.attribute("defaultPageSize"), "defaultPageSize of "
                    + entity.simpleName() + " must be between 1 and maxPageSize (" + exposure.maxPageSize() + ")");
        }
        if (exposure.readsPerMinute() < 0) {
            report.error(Code.INVALID_EXPOSURE, expose.attribute("readsPerMinute"), "readsPerMinute of "
                    + entity.simpleName() + " must be positive, or 0 for the project-wide budget");
        }
        if (exposure.writesPerMinute() < 0) {
            report.error(Code.INVALID_EXPOSURE, expose.attribute("writesPerMinute"), "writesPerMinute of "
                    + entity.simpleName() + " must be positive, or 0 for the project-wide budget");
        }
        new ListQueryRules(report).check(entity, exposure, expose);
        exposure.policies().forEach(policy -> checkPolicy(entity, exposure, policy));
        new ExpandRules(report).check(entity, exposure);
        for (Operation operation : exposure.operations()) {
            List<AccessPolicy> covering = exposure.policies().stream()
                    .filter(policy -> policy.operations().contains(operation)).toList();
            if (covering.isEmpty()) {
                report.error(Code.MISSING_ACCESS_POLICY, expose, entity.simpleName() + " publishes " + operation
                        + " without an access policy; add @Allow(value = Operation." + operation + ", access = ...)"
                        + " naming who may call it (access is denied by default)");
            } else if (covering.size() > 1) {
                report.error(Code.CONFLICTING_ACCESS_POLICY, allowAt(entity, covering.get(1)), operation + " of "
                        + entity.simpleName() + " is named by more than one @Allow; keep it in exactly one");
            }
        }
    }

    private void checkPolicy(EntityModel entity, ExposureModel exposure, AccessPolicy policy) {
        Location at = allowAt(entity, policy);
        for (Operation operation : policy.operations()) {
            if (!exposure.publishes(operation)) {
                report.error(Code.INVALID_ACCESS_POLICY, at.attribute("value"), "@Allow names " + operation
                        + ", which @Expose of " + entity.simpleName() + " does not publish; remove it or publish it");
            }
        }
        if (policy.access() == AccessLevel.ROLES && policy.roles().isEmpty()) {
            report.error(Code.INVALID_ACCESS_POLICY, at, "@Allow for " + policy.operations() + " of "
                    + entity.simpleName() + " grants no one; name roles (roles = \"ADMIN\") or set access");
        }
        if (policy.access() != AccessLevel.ROLES && !policy.roles().isEmpty()) {
            report.error(Code.INVALID_ACCESS_POLICY, at.attribute("roles"), "roles have no effect with access = "
                    + policy.access() + "; remove them or use access = AccessLevel.ROLES");
        }
        for (String role : policy.roles()) {
            if (!ROLE.matcher(role).matches() || role.startsWith("ROLE_")) {
                report.error(Code.INVALID_ACCESS_POLICY, at.attribute("roles"), "role \"" + role
                        + "\" must be upper-case letters, digits and '_', without the ROLE_ prefix (e.g. \"VET\")");
            }
        }
    }

    private static Location allowAt(EntityModel entity, AccessPolicy policy) {
        return Location.entity(entity.qualifiedName()).annotation(ALLOW, policy.index());
    }

    private void checkUniqueTables(List<EntityModel> entities) {
        Map<String, EntityModel> byTable = new HashMap<>();
        for (EntityModel entity : entities) {
            EntityModel other = byTable.putIfAbsent(entity.table(), entity);
            if (other != null) {
                report.error(Code.DUPLICATE_TABLE, Location.entity(entity.qualifiedName()).annotation("jakarta.persistence.Table"),
                        entity.simpleName() + " and " + other.simpleName() + " both map to table '" + entity.table()
                                + "'; give one of them another @Table(name = ...)");
            }
        }
    }

    private void checkUniquePaths(List<EntityModel> entities) {
        Map<String, EntityModel> byPath = new HashMap<>();
        for (EntityModel entity : entities) {
            entity.exposure().ifPresent(exposure -> {
                EntityModel other = byPath.putIfAbsent(exposure.path(), entity);
                if (other != null) {
                    report.error(Code.INVALID_EXPOSURE, Location.entity(entity.qualifiedName()).annotation(EXPOSE)
                            .attribute("path"), entity.simpleName() + " and " + other.simpleName()
                            + " are both exposed at \"" + exposure.path() + "\"; give one of them another path");
                }
            });
        }
    }
}

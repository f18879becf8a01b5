package dev.stratum.processor.scan;

import dev.stratum.annotations.Operation;
import dev.stratum.processor.diagnostics.Code;
import dev.stratum.processor.diagnostics.Report;
import dev.stratum.processor.model.AccessPolicy;
import dev.stratum.processor.model.Expansion;
import dev.stratum.processor.model.Location;
import dev.stratum.processor.model.PropertyModel;
import dev.stratum.processor.model.PropertyModel.Role;
import dev.stratum.processor.model.SummaryModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Reads summaries and expanded relations: the {@code @Summary} fields of an entity, and for an {@code @Expand}
 * relation the summary of the entity it points at, read from that entity's own declaration so an entity compiled
 * earlier works the same. Problems of the related entity itself are reported when it is scanned, not here.
 */
final class SummaryScanner {

    private final Mirrors mirrors;
    private final ProcessingEnvironment env;
    private final Report report;

    SummaryScanner(Mirrors mirrors, ProcessingEnvironment env, Report report) {
        this.mirrors = mirrors;
        this.env = env;
        this.report = report;
    }

    /** The names of the entity's {@code @Summary} fields; a sensitive field or a relation there is reported. */
    List<String> summaryFields(TypeElement entity) {
        var names = new ArrayList<String>();
        for (VariableElement field : EntityScanner.persistentFields(entity)) {
            if (!Mirrors.has(field, Jpa.SUMMARY)) {
                continue;
            }
            String name = field.getSimpleName().toString();
            Location at = Location.field(entity.getQualifiedName().toString(), name).annotation(Jpa.SUMMARY);
            if (Mirrors.has(field, Jpa.SENSITIVE)) {
                report.error(Code.INVALID_SUMMARY, at, at.describe() + " is @Sensitive, so it can never be shown in"
                        + " another entity's response; remove @Summary or @Sensitive");
            } else if (RelationScanner.relationOf(field).isPresent()) {
                report.error(Code.INVALID_SUMMARY, at, at.describe() + " is a relation, and summaries do not nest;"
                        + " remove @Summary (the relation's id is not part of a summary either)");
            } else if (!Mirrors.has(field, Jpa.ID)) {
                names.add(name);
            }
        }
        return names;
    }

    /**
     * The expansion of an {@code @Expand} {@code @ManyToOne}, whose reference property is already read.
     */
    Optional<Expansion> toOne(VariableElement field, PropertyModel reference, Location at) {
        Optional<TypeElement> target = entity(field.asType());
        if (target.isEmpty()) {
            return Optional.empty();
        }
        return summary(target.get(), at).map(summary -> new Expansion(field.getSimpleName().toString(),
                reference.getter(), reference.setter(), false, reference.column().name(), summary, 0,
                readPolicies(target.get())));
    }

    /** The expansion of an {@code @Expand} {@code @OneToMany(mappedBy)} list, whose inverse side is already checked. */
    Optional<Expansion> toMany(TypeElement entity, VariableElement field, Location at, PropertyScanner properties) {
        Location expand = at.annotation(Jpa.EXPAND);
        TypeMirror type = field.asType();
        if (type.getKind() != TypeKind.DECLARED || !((DeclaredType) type).asElement().toString().equals("java.util.List")) {
            report.error(Code.INVALID_EXPAND, expand, at.describe() + " is a " + type + "; an expanded @OneToMany"
                    + " must be a java.util.List of the child entity, so declare it as List<...>");
            return Optional.empty();
        }
        TypeElement child = entity(((DeclaredType) type).getTypeArguments().get(0)).orElseThrow();
        String mappedBy = Mirrors.find(field, Jpa.ONE_TO_MANY).map(m -> mirrors.string(m, "mappedBy")).orElseThrow();
        VariableElement owning = EntityScanner.persistentFields(child).stream()
                .filter(f -> f.getSimpleName().contentEquals(mappedBy)).findFirst().orElseThrow();
        String name = field.getSimpleName().toString();
        String capitalized = Character.toUpperCase(name.charAt(0)) + name.substring(1);
        Optional<String> getter = properties.accessor(entity, field, List.of("get" + capitalized), 0);
        Optional<String> setter = properties.accessor(entity, field, List.of("set" + capitalized), 1);
        if (getter.isEmpty() || setter.isEmpty()) {
            report.error(Code.MISSING_ACCESSOR, at, at.describe() + " needs a non-private getter get" + capitalized
                    + "() and setter set" + capitalized + "(value): the repository sets the children it reads");
            return Optional.empty();
        }
        var quiet = new Report();
        Optional<PropertyModel> reference = new RelationScanner(mirrors, quiet).reference(child, owning, Role.FIELD,
                Location.field(child.getQualifiedName().toString(), mappedBy),
                new PropertyScanner(mirrors, env, quiet));
        int limit = Mirrors.find(field, Jpa.EXPAND).flatMap(m -> Mirrors.explicitValue(m, "limit"))
                .map(Integer.class::cast).orElse(100);
        if (limit < 1 || limit > 1000) {
            report.error(Code.INVALID_EXPAND, expand.attribute("limit"), at.describe() + " has @Expand(limit = "
                    + limit + "); a page of rows shows at most 1 to 1000 children per row, choose a limit in between");
            return Optional.empty();
        }
        return reference.flatMap(fk -> summary(child, at).map(summary ->
                new Expansion(name, getter.get(), setter.get(), true, fk.column().name(), summary, limit,
                        readPolicies(child))));
    }

    /**
     * The policies of the reads the related entity publishes, as written; the rules stage compares them with the
     * expanding entity's. Its own problems (a read without a policy, say) are reported when it is scanned.
     */
    private List<AccessPolicy> readPolicies(TypeElement target) {
        return new ExposureReader(mirrors).read(target).map(exposure -> exposure.policies().stream()
                .filter(policy -> policy.operations().stream().anyMatch(operation ->
                        (operation == Operation.READ || operation == Operation.LIST) && exposure.publishes(operation)))
                .toList()).orElse(List.of());
    }

    /** The summary of the entity an expanded relation points at; it must declare one and must not be owner-scoped. */
    private Optional<SummaryModel> summary(TypeElement target, Location at) {
        Location expand = at.annotation(Jpa.EXPAND);
        String targetName = target.getSimpleName().toString();
        List<VariableElement> fields = EntityScanner.persistentFields(target);
        if (fields.stream().anyMatch(f -> Mirrors.has(f, Jpa.OWNED_BY))) {
            report.error(Code.INVALID_EXPAND, expand, at.describe() + " expands " + targetName + ", whose rows are"
                    + " owner-scoped and would show to callers who do not own them; remove @Expand and read them"
                    + " through " + targetName + "'s own scoped endpoints");
            return Optional.empty();
        }
        var quiet = new Report();
        var properties = new PropertyScanner(mirrors, env, quiet);
        Optional<PropertyModel> id = Optional.empty();
        var summary = new ArrayList<PropertyModel>();
        for (VariableElement field : fields) {
            Location fieldAt = Location.field(target.getQualifiedName().toString(), field.getSimpleName().toString());
            if (Mirrors.has(field, Jpa.ID)) {
                id = properties.scan(target, field, Role.ID, fieldAt);
            } else if (Mirrors.has(field, Jpa.SUMMARY) && !Mirrors.has(field, Jpa.SENSITIVE)
                    && RelationScanner.relationOf(field).isEmpty()) {
                properties.scan(target, field, Role.FIELD, fieldAt).ifPresent(summary::add);
            }
        }
        if (summary.isEmpty() && !quiet.hasErrors()) {
            report.error(Code.INVALID_EXPAND, expand, at.describe() + " expands " + targetName + ", which declares"
                    + " no @Summary fields; mark the fields of " + targetName + " that its summary shows with @Summary");
            return Optional.empty();
        }
        if (id.isEmpty() || quiet.hasErrors()) {
            return Optional.empty();
        }
        return Optional.of(new SummaryModel(target.getQualifiedName().toString(), EntityScanner.tableName(target),
                id.get(), summary));
    }

    private static Optional<TypeElement> entity(TypeMirror type) {
        if (type.getKind() != TypeKind.DECLARED) {
            return Optional.empty();
        }
        var element = (TypeElement) ((DeclaredType) type).asElement();
        return Mirrors.has(element, Jpa.ENTITY) ? Optional.of(element) : Optional.empty();
    }
}

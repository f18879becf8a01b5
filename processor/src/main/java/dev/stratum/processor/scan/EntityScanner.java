package dev.stratum.processor.scan;

import dev.stratum.processor.diagnostics.Code;
import dev.stratum.processor.diagnostics.Report;
import dev.stratum.processor.model.EmbeddedModel;
import dev.stratum.processor.model.EntityModel;
import dev.stratum.processor.model.Expansion;
import dev.stratum.processor.model.IdStrategy;
import dev.stratum.processor.model.JoinTableModel;
import dev.stratum.processor.model.Location;
import dev.stratum.processor.model.Naming;
import dev.stratum.processor.model.PropertyModel;
import dev.stratum.processor.model.PropertyModel.Role;
import dev.stratum.processor.model.TableIndex;
import dev.stratum.processor.model.ValueKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.util.ElementFilter;

/**
 * The read stage: turns an {@code @Entity} class into an {@link EntityModel}. The only code besides the processor
 * itself that touches {@code javax.lang.model}. What it cannot read is reported; the model is then absent.
 */
public final class EntityScanner {

    private final Mirrors mirrors;
    private final ProcessingEnvironment env;
    private final Report report;

    public EntityScanner(ProcessingEnvironment env, Report report) {
        this.env = env;
        this.mirrors = new Mirrors(env.getElementUtils());
        this.report = report;
    }

    /** Whether a field's type is not generated yet in this round, so the entity must wait for the next round. */
    public static boolean awaitsGeneratedTypes(TypeElement entity) {
        return persistentFields(entity).stream().anyMatch(field -> field.asType().getKind() == TypeKind.ERROR);
    }

    public Optional<EntityModel> scan(TypeElement entity) {
        String qualifiedName = entity.getQualifiedName().toString();
        Location at = Location.entity(qualifiedName);
        if (!hasUsableShape(entity, at)) {
            return Optional.empty();
        }
        var scanner = new PropertyScanner(mirrors, env, report);
        var relations = new RelationScanner(mirrors, report);
        var summaries = new SummaryScanner(mirrors, env, report);
        var expansions = new ArrayList<Expansion>();
        var properties = new ArrayList<PropertyModel>();
        var joinTables = new ArrayList<JoinTableModel>();
        var embedded = new ArrayList<EmbeddedModel>();
        var embeddedScanner = new EmbeddedScanner(report, new ConstraintReader(mirrors, report, env), scanner);
        String table = tableName(entity);
        boolean complete = true;
        for (VariableElement field : persistentFields(entity)) {
            Location fieldAt = Location.field(qualifiedName, field.getSimpleName().toString());
            Optional<String> relation = RelationScanner.relationOf(field);
            if (relation.isPresent() && StampReader.marked(field)) {
                report.error(Code.INVALID_OWNER_SCOPE, fieldAt, fieldAt.describe() + " is a relation, which the"
                        + " repository cannot fill from the caller or the clock; mark a String (owner, created or"
                        + " updated by) or Instant (created or updated at) field instead");
                complete = false;
            } else if (Mirrors.has(field, Jpa.EXPAND) && !expandable(field, relation, fieldAt)) {
                complete = false;
            } else if (relation.isEmpty() && EmbeddedScanner.isEmbedded(field)) {
                Optional<EmbeddedModel> value = embeddedScanner.scan(entity, field, fieldAt);
                value.ifPresent(embedded::add);
                complete &= value.isPresent();
            } else if (relation.isPresent() && RelationScanner.mapsNoColumn(field)) {
                boolean inverse = relations.checkInverse(entity, field, fieldAt);
                Optional<Expansion> children = inverse && Mirrors.has(field, Jpa.EXPAND)
                        ? summaries.toMany(entity, field, fieldAt, scanner) : Optional.empty();
                children.ifPresent(expansions::add);
                complete &= inverse && (children.isPresent() || !Mirrors.has(field, Jpa.EXPAND));
            } else if (relation.filter(Jpa.MANY_TO_MANY::equals).isPresent()) {
                Optional<JoinTableModel> joinTable = relations.joinTable(entity, table, field, fieldAt);
                joinTable.ifPresent(joinTables::add);
                complete &= joinTable.isPresent();
            } else {
                Optional<PropertyModel> property = relation.isPresent()
                        ? relations.reference(entity, field, role(field), fieldAt, scanner)
                        : scanner.scan(entity, field, role(field), fieldAt);
                property.ifPresent(properties::add);
                complete &= property.isPresent();
                if (property.isPresent() && Mirrors.has(field, Jpa.EXPAND)) {
                    Optional<Expansion> joined = summaries.toOne(field, property.get(), fieldAt);
                    joined.ifPresent(expansions::add);
                    complete &= joined.isPresent();
                }
            }
        }
        List<String> summary = summaries.summaryFields(entity);
        Optional<PropertyModel> id = single(properties, Role.ID, entity, at);
        Optional<PropertyModel> version = properties.stream().filter(p -> p.role() == Role.VERSION).findFirst();
        Optional<IdStrategy> strategy = id.flatMap(p -> idStrategy(entity, p));
        if (!complete || id.isEmpty() || strategy.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new EntityModel(
                env.getElementUtils().getPackageOf(entity).getQualifiedName().toString(),
                entity.getSimpleName().toString(),
                table,
                id.get(),
                strategy.get(),
                version,
                properties.stream().filter(p -> p.role() == Role.FIELD).toList(),
                new ExposureReader(mirrors).read(entity),
                Mirrors.stringValue(entity, Jpa.RENAMED_FROM),
                Mirrors.find(entity, Jpa.CONSENT_TO_DATA_LOSS).map(c -> mirrors.strings(c, "value")).orElse(List.of()),
                joinTables,
                List.of(),
                StampReader.bypassRoles(entity, mirrors),
                embedded,
                summary,
                expansions,
                tableIndexes(entity)));
    }

    /** Whether {@code @Expand} sits on a relation it can expand: a {@code @ManyToOne} or a {@code @OneToMany}. */
    private boolean expandable(VariableElement field, Optional<String> relation, Location at) {
        boolean toOne = relation.filter(Jpa.MANY_TO_ONE::equals).isPresent();
        boolean toMany = relation.filter(Jpa.ONE_TO_MANY::equals).isPresent();
        if (toOne || toMany) {
            return true;
        }
        report.error(Code.INVALID_EXPAND, at.annotation(Jpa.EXPAND), at.describe() + " is "
                + relation.map(r -> "a @" + r.substring(r.lastIndexOf('.') + 1)).orElse("not a relation")
                + "; @Expand shows summaries of a @ManyToOne or a @OneToMany(mappedBy) only, so remove it here");
        return false;
    }

    private boolean hasUsableShape(TypeElement entity, Location at) {
        boolean topLevelClass = entity.getKind() == ElementKind.CLASS
                && entity.getNestingKind() == NestingKind.TOP_LEVEL
                && !entity.getModifiers().contains(Modifier.ABSTRACT);
        boolean noArgConstructor = ElementFilter.constructorsIn(entity.getEnclosedElements()).stream()
                .anyMatch(c -> c.getParameters().isEmpty() && !c.getModifiers().contains(Modifier.PRIVATE));
        if (!topLevelClass || !noArgConstructor) {
            report.error(Code.MISSING_ACCESSOR, at, entity.getSimpleName() + " must be a concrete top-level class with"
                    + " a non-private no-argument constructor, so generated code can create it without reflection");
            return false;
        }
        return true;
    }

    static List<VariableElement> persistentFields(TypeElement entity) {
        return ElementFilter.fieldsIn(entity.getEnclosedElements()).stream()
                .filter(field -> !field.getModifiers().contains(Modifier.STATIC)
                        && !field.getModifiers().contains(Modifier.TRANSIENT)
                        && !Mirrors.has(field, Jpa.TRANSIENT))
                .toList();
    }

    private static Role role(VariableElement field) {
        if (Mirrors.has(field, Jpa.ID)) {
            return Role.ID;
        }
        return Mirrors.has(field, Jpa.VERSION) ? Role.VERSION : Role.FIELD;
    }

    private Optional<PropertyModel> single(List<PropertyModel> properties, Role role, TypeElement entity, Location at) {
        List<PropertyModel> found = properties.stream().filter(p -> p.role() == role).toList();
        if (found.isEmpty()) {
            boolean unreadable = persistentFields(entity).stream().anyMatch(f -> Mirrors.has(f, Jpa.ID));
            if (!unreadable) {
                report.error(Code.MISSING_ID, at, entity.getSimpleName() + " has no @Id field; add"
                        + " '@Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;' or an @Id UUID");
            }
            return Optional.empty();
        }
        if (found.size() > 1) {
            report.error(Code.INVALID_ID, Location.field(at.entity(), found.get(1).name()).annotation(Jpa.ID),
                    entity.getSimpleName() + " has more than one @Id; composite keys are not supported, keep one");
            return Optional.empty();
        }
        return Optional.of(found.get(0));
    }

    /** IDENTITY for a {@code Long} with {@code @GeneratedValue(IDENTITY|AUTO)}; a random UUID for a {@code UUID}. */
    private Optional<IdStrategy> idStrategy(TypeElement entity, PropertyModel id) {
        Location at = Location.field(entity.getQualifiedName().toString(), id.name());
        VariableElement field = persistentFields(entity).stream()
                .filter(f -> f.getSimpleName().contentEquals(id.name())).findFirst().orElseThrow();
        Optional<String> generation = Mirrors.find(field, Jpa.GENERATED_VALUE)
                .map(generated -> mirrors.enumName(generated, "strategy"));
        ValueKind kind = id.type().kind();
        if (kind == ValueKind.LONG && !id.type().primitive()
                && generation.filter(s -> s.equals("IDENTITY") || s.equals("AUTO")).isPresent()) {
            return Optional.of(IdStrategy.IDENTITY);
        }
        if (kind == ValueKind.UUID && generation.filter(s -> !s.equals("UUID") && !s.equals("AUTO")).isEmpty()) {
            return Optional.of(IdStrategy.RANDOM_UUID);
        }
        report.error(Code.INVALID_ID, generation.isPresent() ? at.annotation(Jpa.GENERATED_VALUE) : at,
                entity.getSimpleName() + "." + id.name() + " must be a Long with @GeneratedValue(strategy ="
                        + " GenerationType.IDENTITY) or a UUID that the application assigns");
        return Optional.empty();
    }

    /**
     * The {@code @Index} and {@code @UniqueConstraint} entries of {@code @Table}. A {@code columnList} is split at
     * commas, each entry a column name optionally followed by {@code ASC} or {@code DESC}; the rules check the names.
     */
    private List<TableIndex> tableIndexes(TypeElement entity) {
        Optional<AnnotationMirror> table = Mirrors.find(entity, Jpa.TABLE);
        if (table.isEmpty()) {
            return List.of();
        }
        var declared = new ArrayList<TableIndex>();
        List<? extends AnnotationValue> indexes = mirrors.list(table.get(), "indexes");
        for (int i = 0; i < indexes.size(); i++) {
            var index = (AnnotationMirror) indexes.get(i).getValue();
            var columns = new ArrayList<TableIndex.Column>();
            for (String entry : mirrors.string(index, "columnList").split(",", -1)) {
                columns.add(indexColumn(entry.trim()));
            }
            declared.add(new TableIndex(name(index), columns, mirrors.bool(index, "unique"), false, i));
        }
        List<? extends AnnotationValue> uniques = mirrors.list(table.get(), "uniqueConstraints");
        for (int i = 0; i < uniques.size(); i++) {
            var unique = (AnnotationMirror) uniques.get(i).getValue();
            List<TableIndex.Column> columns = mirrors.strings(unique, "columnNames").stream()
                    .map(column -> new TableIndex.Column(column.trim(), false))
                    .toList();
            declared.add(new TableIndex(name(unique), columns, true, true, i));
        }
        return declared;
    }

    /** {@code name}, {@code name ASC} or {@code name DESC}; anything else is kept whole for the rules to report. */
    private static TableIndex.Column indexColumn(String entry) {
        String[] words = entry.split("\\s+");
        if (words.length == 2 && (words[1].equalsIgnoreCase("asc") || words[1].equalsIgnoreCase("desc"))) {
            return new TableIndex.Column(words[0], words[1].equalsIgnoreCase("desc"));
        }
        return new TableIndex.Column(entry, false);
    }

    private static Optional<String> name(AnnotationMirror indexOrUnique) {
        return Mirrors.explicitValue(indexOrUnique, "name").map(String.class::cast).filter(n -> !n.isBlank());
    }

    static String tableName(TypeElement entity) {
        return Mirrors.find(entity, Jpa.TABLE)
                .flatMap(table -> Mirrors.explicitValue(table, "name"))
                .map(String.class::cast)
                .filter(name -> !name.isBlank())
                .orElse(Naming.snakeCase(entity.getSimpleName().toString()));
    }
}

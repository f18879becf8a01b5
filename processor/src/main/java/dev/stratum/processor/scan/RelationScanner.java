package dev.stratum.processor.scan;

import dev.stratum.processor.diagnostics.Code;
import dev.stratum.processor.diagnostics.Report;
import dev.stratum.processor.model.ColumnModel;
import dev.stratum.processor.model.Constraint;
import dev.stratum.processor.model.DefaultMessages;
import dev.stratum.processor.model.JoinTableModel;
import dev.stratum.processor.model.Location;
import dev.stratum.processor.model.Naming;
import dev.stratum.processor.model.PropertyModel;
import dev.stratum.processor.model.PropertyModel.Role;
import dev.stratum.processor.model.Reference;
import dev.stratum.processor.model.Reference.DeleteRule;
import dev.stratum.processor.model.ValueKind;
import dev.stratum.processor.model.ValueType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Reads the relationship annotations of one field: a {@code @ManyToOne} or owning {@code @OneToOne} becomes a
 * {@link PropertyModel} holding the referenced id, an owning {@code @ManyToMany} a {@link JoinTableModel}, and an
 * inverse side ({@code mappedBy}) is checked against the field it names and maps to nothing.
 */
final class RelationScanner {

    private static final Set<String> COLLECTIONS = Set.of("java.util.List", "java.util.Set", "java.util.Collection");

    private final Mirrors mirrors;
    private final Report report;
    private final ConstraintReader constraints;

    RelationScanner(Mirrors mirrors, Report report) {
        this.mirrors = mirrors;
        this.report = report;
        this.constraints = new ConstraintReader(mirrors, report);
    }

    /** The relationship annotation on the field, if it has one. */
    static Optional<String> relationOf(VariableElement field) {
        return List.of(Jpa.MANY_TO_ONE, Jpa.ONE_TO_ONE, Jpa.ONE_TO_MANY, Jpa.MANY_TO_MANY).stream()
                .filter(annotation -> Mirrors.has(field, annotation)).findFirst();
    }

    /** Whether the field maps no column: a {@code @OneToMany}, or any inverse side ({@code mappedBy}). */
    static boolean mapsNoColumn(VariableElement field) {
        return Mirrors.has(field, Jpa.ONE_TO_MANY) || isInverse(field);
    }

    /** Whether the field is the inverse side of a relation (it names the owning field with {@code mappedBy}). */
    static boolean isInverse(VariableElement field) {
        return List.of(Jpa.ONE_TO_ONE, Jpa.ONE_TO_MANY, Jpa.MANY_TO_MANY).stream()
                .flatMap(annotation -> Mirrors.find(field, annotation).stream())
                .anyMatch(mirror -> Mirrors.explicitValue(mirror, "mappedBy").filter(v -> !v.equals("")).isPresent());
    }

    /** A {@code @ManyToOne} or owning {@code @OneToOne}: the referenced id, stored in the foreign-key column. */
    Optional<PropertyModel> reference(TypeElement entity, VariableElement field, Role role, Location at,
            PropertyScanner properties) {
        String relation = relationOf(field).orElseThrow();
        String simple = relation.substring(relation.lastIndexOf('.') + 1);
        if (role != Role.FIELD) {
            report.error(Code.INVALID_RELATION, at.annotation(relation), at.describe() + " cannot be both @" + simple
                    + " and the @Id or @Version; keep a plain id field and make the relation another field");
            return Optional.empty();
        }
        Optional<TypeElement> target = entityType(field.asType());
        if (target.isEmpty()) {
            report.error(Code.RELATION_TARGET, at.annotation(relation), at.describe() + " is a @" + simple + " to "
                    + field.asType() + ", which is not an @Entity; declare the field with an @Entity type, or remove @"
                    + simple + " to store a plain value");
            return Optional.empty();
        }
        Optional<TargetId> id = targetId(target.get(), at, relation);
        String name = field.getSimpleName().toString();
        Optional<String> getter = properties.accessor(entity, field, List.of("get" + Naming.capitalize(name)), 0);
        Optional<String> setter = properties.accessor(entity, field, List.of("set" + Naming.capitalize(name)), 1);
        if (getter.isEmpty() || setter.isEmpty()) {
            report.error(Code.MISSING_ACCESSOR, at, at.describe() + " needs a non-private getter get"
                    + Naming.capitalize(name) + "() and setter set" + Naming.capitalize(name)
                    + "(value): generated code reads and writes fields through accessors, never by reflection");
            return Optional.empty();
        }
        if (id.isEmpty()) {
            return Optional.empty();
        }
        Optional<AnnotationMirror> joinColumn = Mirrors.find(field, Jpa.JOIN_COLUMN);
        String column = joinColumn.flatMap(c -> Mirrors.explicitValue(c, "name")).map(String.class::cast)
                .filter(n -> !n.isBlank()).orElse(Naming.snakeCase(name) + "_" + id.get().column());
        List<Constraint> declared = new ArrayList<>(constraints.read(field, at));
        boolean optional = Mirrors.find(field, relation).map(m -> mirrors.bool(m, "optional")).orElse(true)
                && joinColumn.map(c -> mirrors.bool(c, "nullable")).orElse(true)
                && declared.stream().noneMatch(Constraint.NotNull.class::isInstance);
        if (!optional && declared.stream().noneMatch(Constraint.NotNull.class::isInstance)) {
            declared.add(0, new Constraint.NotNull(DefaultMessages.notNull()));
        }
        DeleteRule onDelete = Mirrors.find(field, Jpa.ON_DELETE)
                .map(m -> DeleteRule.valueOf(mirrors.enumName(m, "value"))).orElse(DeleteRule.RESTRICT);
        if (onDelete == DeleteRule.SET_NULL && !optional) {
            report.error(Code.INVALID_RELATION, at.annotation(Jpa.ON_DELETE), at.describe() + " is required, so"
                    + " @OnDelete(SET_NULL) cannot clear it; choose RESTRICT or CASCADE, or make the relation optional");
            return Optional.empty();
        }
        boolean oneToOne = relation.equals(Jpa.ONE_TO_ONE)
                || joinColumn.map(c -> mirrors.bool(c, "unique")).orElse(false);
        var reference = new Reference(name, oneToOne, target.get().getQualifiedName().toString(),
                EntityScanner.tableName(target.get()), id.get().column(), "get" + Naming.capitalize(id.get().field()),
                "set" + Naming.capitalize(id.get().field()), onDelete);
        var columnModel = new ColumnModel(column, optional, 0, 0, 0, oneToOne, Optional.empty(),
                Mirrors.stringValue(field, Jpa.RENAMED_FROM));
        return Optional.of(new PropertyModel(name + "Id", columnModel, id.get().type(), getter.get(), setter.get(),
                role, Mirrors.has(field, Jpa.SERVER_OWNED), false, declared, Optional.of(reference)));
    }

    /**
     * An inverse side ({@code @OneToMany(mappedBy)}, {@code @OneToOne(mappedBy)}, {@code @ManyToMany(mappedBy)}): no
     * column; the named field of the target must exist and own the relation back to this entity. A
     * {@code @OneToMany} without {@code mappedBy} is refused: Stratum maps one-to-many only from the many side.
     *
     * @return whether it passed
     */
    boolean checkInverse(TypeElement entity, VariableElement field, Location at) {
        String relation = relationOf(field).orElseThrow();
        String simple = relation.substring(relation.lastIndexOf('.') + 1);
        boolean toOne = relation.equals(Jpa.ONE_TO_ONE);
        Optional<TypeElement> target = toOne ? entityType(field.asType()) : elementEntity(field.asType());
        if (target.isEmpty()) {
            reportTarget(field, at, relation, toOne);
            return false;
        }
        AnnotationMirror mirror = Mirrors.find(field, relation).orElseThrow();
        String mappedBy = mirrors.string(mirror, "mappedBy");
        if (mappedBy.isEmpty()) {
            report.error(Code.INVALID_RELATION, at.annotation(relation), at.describe() + " needs mappedBy naming the"
                    + " @ManyToOne field of " + target.get().getSimpleName() + " that references "
                    + entity.getSimpleName() + ", e.g. @OneToMany(mappedBy = \""
                    + Naming.decapitalize(entity.getSimpleName().toString()) + "\"): the many side owns the column");
            return false;
        }
        String owning = switch (simple) {
            case "OneToMany" -> Jpa.MANY_TO_ONE;
            case "OneToOne" -> Jpa.ONE_TO_ONE;
            default -> Jpa.MANY_TO_MANY;
        };
        String owningSimple = owning.substring(owning.lastIndexOf('.') + 1);
        String targetName = target.get().getSimpleName().toString();
        Location attribute = at.annotation(relation).attribute("mappedBy");
        List<VariableElement> candidates = EntityScanner.persistentFields(target.get());
        Optional<VariableElement> named = candidates.stream()
                .filter(f -> f.getSimpleName().contentEquals(mappedBy)).findFirst();
        if (named.isEmpty()) {
            List<String> owningFields = candidates.stream()
                    .filter(f -> Mirrors.has(f, owning) && pointsAt(f, entity, owning))
                    .map(f -> f.getSimpleName().toString()).toList();
            report.error(Code.MAPPED_BY, attribute, at.describe() + " says mappedBy = \"" + mappedBy + "\", but "
                    + targetName + " has no field " + mappedBy + "; " + (owningFields.isEmpty()
                            ? "add '@" + owningSimple + " private " + entity.getSimpleName() + " "
                                    + Naming.decapitalize(entity.getSimpleName().toString()) + ";' to " + targetName
                            : "did you mean '" + closest(mappedBy, owningFields) + "'?"));
            return false;
        }
        if (!Mirrors.has(named.get(), owning) || isInverse(named.get()) || !pointsAt(named.get(), entity, owning)) {
            report.error(Code.MAPPED_BY, attribute, at.describe() + " says mappedBy = \"" + mappedBy + "\", but "
                    + targetName + "." + mappedBy + " is not a @" + owningSimple + " to " + entity.getSimpleName()
                    + " that owns the relation; make it one, or name the field of " + targetName + " that is");
            return false;
        }
        return true;
    }

    /** An owning {@code @ManyToMany}: its join table, named by {@code @JoinTable} or after both tables. */
    Optional<JoinTableModel> joinTable(TypeElement entity, String ownerTable, VariableElement field, Location at) {
        Optional<TypeElement> target = elementEntity(field.asType());
        if (target.isEmpty()) {
            reportTarget(field, at, Jpa.MANY_TO_MANY, false);
            return Optional.empty();
        }
        Optional<TargetId> ownerId = targetId(entity, at, Jpa.MANY_TO_MANY);
        Optional<TargetId> targetId = targetId(target.get(), at, Jpa.MANY_TO_MANY);
        if (ownerId.isEmpty() || targetId.isEmpty()) {
            return Optional.empty();
        }
        String targetTable = EntityScanner.tableName(target.get());
        Optional<AnnotationMirror> joinTable = Mirrors.find(field, Jpa.JOIN_TABLE);
        String table = joinTable.flatMap(t -> Mirrors.explicitValue(t, "name")).map(String.class::cast)
                .filter(n -> !n.isBlank()).orElse(ownerTable + "_" + Naming.snakeCase(field.getSimpleName().toString()));
        String ownerColumn = joinTable.flatMap(t -> columnName(t, "joinColumns"))
                .orElse(Naming.snakeCase(entity.getSimpleName().toString()) + "_" + ownerId.get().column());
        String targetColumn = joinTable.flatMap(t -> columnName(t, "inverseJoinColumns"))
                .orElse(Naming.snakeCase(target.get().getSimpleName().toString()) + "_" + targetId.get().column());
        if (ownerColumn.equals(targetColumn)) {
            report.error(Code.INVALID_RELATION, joinTable.map(t -> at.annotation(Jpa.JOIN_TABLE)).orElse(at),
                    at.describe() + " maps both sides of join table " + table + " to column " + ownerColumn
                            + "; name them apart with @JoinTable(joinColumns = @JoinColumn(name = \"...\"),"
                            + " inverseJoinColumns = @JoinColumn(name = \"...\"))");
            return Optional.empty();
        }
        return Optional.of(new JoinTableModel(field.getSimpleName().toString(), table, ownerColumn, targetColumn,
                target.get().getQualifiedName().toString(), targetTable, targetId.get().column(),
                targetId.get().type()));
    }

    private Optional<String> columnName(AnnotationMirror joinTable, String attribute) {
        return mirrors.list(joinTable, attribute).stream()
                .map(AnnotationValue::getValue)
                .map(AnnotationMirror.class::cast)
                .findFirst()
                .flatMap(column -> Mirrors.explicitValue(column, "name"))
                .map(String.class::cast)
                .filter(n -> !n.isBlank());
    }

    private void reportTarget(VariableElement field, Location at, String relation, boolean toOne) {
        String simple = relation.substring(relation.lastIndexOf('.') + 1);
        report.error(Code.RELATION_TARGET, at.annotation(relation), at.describe() + " is a @" + simple + " of "
                + field.asType() + ", which is not " + (toOne ? "an @Entity" : "a List, Set or Collection of an @Entity")
                + "; declare it as " + (toOne ? "an @Entity type" : "List<SomeEntity>") + ", or remove @" + simple);
    }

    /** The id of an entity a relation points at; a target without a usable id is reported here. */
    private Optional<TargetId> targetId(TypeElement target, Location at, String relation) {
        for (VariableElement field : EntityScanner.persistentFields(target)) {
            if (Mirrors.has(field, Jpa.ID)) {
                Optional<ValueType> type = TypeMapper.map(field.asType())
                        .filter(t -> t.kind() == ValueKind.LONG || t.kind() == ValueKind.UUID)
                        .map(t -> ValueType.of(t.kind(), false));
                String name = field.getSimpleName().toString();
                String column = Mirrors.find(field, Jpa.COLUMN).flatMap(c -> Mirrors.explicitValue(c, "name"))
                        .map(String.class::cast).filter(n -> !n.isBlank()).orElse(Naming.snakeCase(name));
                if (type.isPresent()) {
                    return Optional.of(new TargetId(name, column, type.get()));
                }
            }
        }
        report.error(Code.RELATION_TARGET, at.annotation(relation), at.describe() + " references "
                + target.getSimpleName() + ", which has no Long or UUID @Id to reference; give "
                + target.getSimpleName() + " one");
        return Optional.empty();
    }

    private static Optional<TypeElement> entityType(TypeMirror type) {
        if (type.getKind() != TypeKind.DECLARED) {
            return Optional.empty();
        }
        var element = (TypeElement) ((DeclaredType) type).asElement();
        return Mirrors.has(element, Jpa.ENTITY) ? Optional.of(element) : Optional.empty();
    }

    /** The entity of a {@code List<E>}, {@code Set<E>} or {@code Collection<E>}. */
    private static Optional<TypeElement> elementEntity(TypeMirror type) {
        if (type.getKind() != TypeKind.DECLARED) {
            return Optional.empty();
        }
        var declared = (DeclaredType) type;
        String raw = ((TypeElement) declared.asElement()).getQualifiedName().toString();
        if (!COLLECTIONS.contains(raw) || declared.getTypeArguments().size() != 1) {
            return Optional.empty();
        }
        return entityType(declared.getTypeArguments().get(0));
    }

    private static boolean pointsAt(VariableElement field, TypeElement entity, String owning) {
        Optional<TypeElement> target = owning.equals(Jpa.MANY_TO_MANY)
                ? elementEntity(field.asType()) : entityType(field.asType());
        return target.filter(t -> t.getQualifiedName().contentEquals(entity.getQualifiedName())).isPresent();
    }

    /** The candidate with the fewest single-character edits from {@code name}, for "did you mean". */
    static String closest(String name, List<String> candidates) {
        return candidates.stream().min(Comparator.comparingInt((String c) -> distance(name, c))
                .thenComparing(Comparator.naturalOrder())).orElseThrow();
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            int[] current = new int[b.length() + 1];
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            previous = current;
        }
        return previous[b.length()];
    }

    /** The id field of a relation's target: its name, column and type. */
    private record TargetId(String field, String column, ValueType type) {
    }
}

package dev.stratum.processor.scan;

import dev.stratum.processor.diagnostics.Code;
import dev.stratum.processor.diagnostics.Report;
import dev.stratum.processor.model.Constraint;
import dev.stratum.processor.model.EmbeddedModel;
import dev.stratum.processor.model.Location;
import dev.stratum.processor.model.Naming;
import dev.stratum.processor.model.PropertyModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.util.ElementFilter;

/**
 * Reads an {@code @Embedded} field (or a field of an {@code @Embeddable} type) into an {@link EmbeddedModel}: one
 * level of plain values, no relations, no nested embeddables, no {@code @AttributeOverride}.
 */
final class EmbeddedScanner {

    private static final List<String> UNSUPPORTED_INSIDE = List.of(Jpa.ID, Jpa.VERSION, Jpa.SERVER_OWNED,
            Jpa.OWNED_BY, Jpa.CREATED_AT, Jpa.UPDATED_AT, Jpa.CREATED_BY, Jpa.UPDATED_BY, Jpa.SENSITIVE);

    private final Report report;
    private final ConstraintReader constraints;
    private final PropertyScanner properties;

    EmbeddedScanner(Report report, ConstraintReader constraints, PropertyScanner properties) {
        this.report = report;
        this.constraints = constraints;
        this.properties = properties;
    }

    /** Whether the field holds an embedded value: it says {@code @Embedded}, or its type is {@code @Embeddable}. */
    static boolean isEmbedded(VariableElement field) {
        return Mirrors.has(field, Jpa.EMBEDDED) || embeddableType(field).isPresent();
    }

    private static Optional<TypeElement> embeddableType(VariableElement field) {
        if (field.asType().getKind() != TypeKind.DECLARED) {
            return Optional.empty();
        }
        Element type = ((DeclaredType) field.asType()).asElement();
        return Mirrors.has(type, Jpa.EMBEDDABLE) ? Optional.of((TypeElement) type) : Optional.empty();
    }

    Optional<EmbeddedModel> scan(TypeElement entity, VariableElement field, Location at) {
        Optional<TypeElement> found = embeddableType(field);
        if (found.isEmpty()) {
            report.error(Code.NOT_EMBEDDABLE, at.annotation(Jpa.EMBEDDED), at.describe() + " is @Embedded but its type "
                    + field.asType() + " is not @Embeddable; annotate that type with @Embeddable or remove @Embedded");
            return Optional.empty();
        }
        TypeElement type = found.get();
        for (String override : List.of(Jpa.ATTRIBUTE_OVERRIDE, Jpa.ATTRIBUTE_OVERRIDES)) {
            if (Mirrors.has(field, override)) {
                report.error(Code.INVALID_EMBEDDABLE, at.annotation(override), at.describe() + " has @"
                        + override.substring(override.lastIndexOf('.') + 1) + ", which Stratum does not support;"
                        + " remove it and name the columns with @Column(name) in " + type.getSimpleName()
                        + " (Stratum prefixes them with '" + Naming.snakeCase(field.getSimpleName().toString()) + "_')");
                return Optional.empty();
            }
        }
        if (UNSUPPORTED_INSIDE.stream().anyMatch(annotation -> Mirrors.has(field, annotation))) {
            report.error(Code.INVALID_EMBEDDABLE, at, at.describe() + " is an embedded value, which cannot be an id,"
                    + " a version, server-owned, stamped or sensitive; keep those on plain fields of the entity");
            return Optional.empty();
        }
        String name = field.getSimpleName().toString();
        Optional<String> getter = properties.accessor(entity, field, List.of("get" + Naming.capitalize(name)), 0);
        Optional<String> setter = properties.accessor(entity, field, List.of("set" + Naming.capitalize(name)), 1);
        if (getter.isEmpty() || setter.isEmpty()) {
            report.error(Code.MISSING_ACCESSOR, at, at.describe() + " needs a non-private getter get"
                    + Naming.capitalize(name) + "() and setter set" + Naming.capitalize(name)
                    + "(value): generated code reads and writes fields through accessors, never by reflection");
            return Optional.empty();
        }
        boolean record = type.getKind() == ElementKind.RECORD;
        String typeName = type.getQualifiedName().toString();
        if (type.getNestingKind() != NestingKind.TOP_LEVEL || !record && !creatable(type)) {
            report.error(Code.INVALID_EMBEDDABLE, Location.entity(typeName), type.getSimpleName() + " must be a top-level"
                    + " record or class with a non-private no-argument constructor, so generated code can create it"
                    + " without reflection");
            return Optional.empty();
        }
        List<Constraint> declared = constraints.read(field, at);
        boolean required = declared.stream().anyMatch(Constraint.NotNull.class::isInstance);
        String prefix = Naming.snakeCase(name) + "_";
        var components = new ArrayList<PropertyModel>();
        boolean complete = true;
        for (VariableElement component : EntityScanner.persistentFields(type)) {
            Location componentAt = Location.field(typeName, component.getSimpleName().toString());
            Optional<PropertyModel> property = component(type, record, component, prefix, required, componentAt);
            property.ifPresent(components::add);
            complete &= property.isPresent();
        }
        if (!complete) {
            return Optional.empty();
        }
        if (components.isEmpty()) {
            report.error(Code.INVALID_EMBEDDABLE, Location.entity(typeName), type.getSimpleName()
                    + " has no persistent field; give it one or remove @Embeddable");
            return Optional.empty();
        }
        boolean validated = components.stream().anyMatch(c -> !c.constraints().isEmpty());
        boolean clock = components.stream().flatMap(c -> c.constraints().stream())
                .anyMatch(Constraint.Temporal.class::isInstance);
        return Optional.of(new EmbeddedModel(name, packageOf(type), type.getSimpleName().toString(), record,
                getter.get(), setter.get(), declared, validated, clock, components));
    }

    private Optional<PropertyModel> component(TypeElement type, boolean record, VariableElement component, String prefix,
            boolean required, Location at) {
        if (RelationScanner.relationOf(component).isPresent()) {
            report.error(Code.INVALID_EMBEDDABLE, at, at.describe() + " is a relation, which an embeddable cannot hold"
                    + " in Stratum; move the relation to the entity");
            return Optional.empty();
        }
        if (isEmbedded(component)) {
            report.error(Code.INVALID_EMBEDDABLE, at, at.describe() + " embeds another value; Stratum supports one"
                    + " level of @Embedded, so flatten its fields into " + type.getSimpleName());
            return Optional.empty();
        }
        if (UNSUPPORTED_INSIDE.stream().anyMatch(annotation -> Mirrors.has(component, annotation))) {
            report.error(Code.INVALID_EMBEDDABLE, at, at.describe() + " is in an embeddable, which cannot hold an id,"
                    + " a version, a server-owned, stamped or sensitive field; move it to the entity");
            return Optional.empty();
        }
        return properties.scanComponent(type, record, component, prefix, required, at);
    }

    private static boolean creatable(TypeElement type) {
        return !type.getModifiers().contains(Modifier.ABSTRACT) && type.getNestingKind() == NestingKind.TOP_LEVEL
                && ElementFilter.constructorsIn(type.getEnclosedElements()).stream()
                        .anyMatch(c -> c.getParameters().isEmpty() && !c.getModifiers().contains(Modifier.PRIVATE));
    }

    private static String packageOf(TypeElement type) {
        Element enclosing = type;
        while (enclosing.getKind() != ElementKind.PACKAGE) {
            enclosing = enclosing.getEnclosingElement();
        }
        return enclosing.toString();
    }
}

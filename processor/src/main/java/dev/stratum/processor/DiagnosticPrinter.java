package dev.stratum.processor;

import dev.stratum.processor.diagnostics.Diagnostic;
import dev.stratum.processor.model.Location;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.tools.Diagnostic.Kind;

/**
 * Prints diagnostics to javac, turning each model {@link Location} back into the most specific element, annotation
 * mirror and value, so the IDE caret lands on the spot. (javac cannot place a message on one occurrence of a repeated
 * annotation, whose container it synthesizes; such messages land on the annotated element and name the occurrence.)
 */
final class DiagnosticPrinter {

    private final Messager messager;

    DiagnosticPrinter(Messager messager) {
        this.messager = messager;
    }

    void print(List<Diagnostic> diagnostics, Map<String, TypeElement> entities) {
        for (Diagnostic diagnostic : diagnostics) {
            Location location = diagnostic.location();
            TypeElement entity = location.entity() == null ? null : entities.get(location.entity());
            Kind kind = switch (diagnostic.severity()) {
                case ERROR -> Kind.ERROR;
                case WARNING -> Kind.WARNING;
                case NOTE -> Kind.NOTE;
            };
            if (entity == null) {
                messager.printMessage(kind, diagnostic.text());
                continue;
            }
            Element element = location.field() == null ? entity : member(entity, location.field()).orElse(entity);
            Optional<AnnotationMirror> mirror = Optional.ofNullable(location.annotation())
                    .flatMap(annotation -> mirror(element, annotation, location.occurrence()));
            Optional<AnnotationValue> value = mirror.flatMap(m -> Optional.ofNullable(location.attribute())
                    .flatMap(attribute -> value(m, attribute)));
            if (value.isPresent()) {
                messager.printMessage(kind, diagnostic.text(), element, mirror.get(), value.get());
            } else if (mirror.isPresent()) {
                messager.printMessage(kind, diagnostic.text(), element, mirror.get());
            } else {
                messager.printMessage(kind, diagnostic.text(), element);
            }
        }
    }

    /**
     * A field by name; or, for a finder or endpoint interface, a method ({@code search}) or its parameter
     * ({@code search.name}).
     */
    private static Optional<Element> member(TypeElement type, String name) {
        Optional<Element> field = field(type, name);
        if (field.isPresent()) {
            return field;
        }
        int dot = name.indexOf('.');
        String methodName = dot < 0 ? name : name.substring(0, dot);
        Optional<ExecutableElement> method = ElementFilter.methodsIn(type.getEnclosedElements()).stream()
                .filter(candidate -> candidate.getSimpleName().contentEquals(methodName))
                .findFirst();
        if (dot < 0) {
            return method.map(Element.class::cast);
        }
        return method.flatMap(found -> found.getParameters().stream()
                .filter(parameter -> parameter.getSimpleName().contentEquals(name.substring(dot + 1)))
                .map(Element.class::cast)
                .findFirst());
    }

    private static Optional<Element> field(TypeElement type, String name) {
        return ElementFilter.fieldsIn(type.getEnclosedElements()).stream()
                .filter(candidate -> candidate.getSimpleName().contentEquals(name))
                .map(Element.class::cast)
                .findFirst();
    }

    /** The annotation, looking inside a repeatable container when the annotation was repeated. */
    private static Optional<AnnotationMirror> mirror(Element element, String annotation, int occurrence) {
        for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
            String type = ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString();
            if (type.equals(annotation) && occurrence == 0) {
                return Optional.of(mirror);
            }
            if (type.equals(annotation + ".List")) {
                return value(mirror, "value")
                        .map(container -> (List<?>) container.getValue())
                        .filter(repeated -> occurrence < repeated.size())
                        .map(repeated -> (AnnotationMirror) ((AnnotationValue) repeated.get(occurrence)).getValue());
            }
        }
        return Optional.empty();
    }

    private static Optional<AnnotationValue> value(AnnotationMirror mirror, String attribute) {
        return mirror.getElementValues().entrySet().stream()
                .filter(entry -> entry.getKey().getSimpleName().contentEquals(attribute))
                .map(Map.Entry::getValue)
                .map(AnnotationValue.class::cast)
                .findFirst();
    }
}

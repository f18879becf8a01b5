package dev.stratum.processor.scan;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.Elements;

/**
 * Reads annotations through mirrors, by qualified name, so the processor needs none of the annotated libraries on its
 * own class path and never loads a user's class.
 */
final class Mirrors {

    private final Elements elements;

    Mirrors(Elements elements) {
        this.elements = elements;
    }

    /** The annotation of the given type on the element, if present. */
    static Optional<AnnotationMirror> find(Element element, String annotationType) {
        return element.getAnnotationMirrors().stream()
                .filter(mirror -> typeName(mirror).equals(annotationType))
                .map(AnnotationMirror.class::cast)
                .findFirst();
    }

    static boolean has(Element element, String annotationType) {
        return find(element, annotationType).isPresent();
    }

    static String typeName(AnnotationMirror mirror) {
        return ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString();
    }

    /** An attribute's value, with the annotation's default when the user did not set it. */
    Object value(AnnotationMirror mirror, String attribute) {
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry
                : elements.getElementValuesWithDefaults(mirror).entrySet()) {
            if (entry.getKey().getSimpleName().contentEquals(attribute)) {
                return entry.getValue().getValue();
            }
        }
        throw new IllegalArgumentException("no attribute " + attribute + " on " + typeName(mirror));
    }

    /** An attribute's value only when the user wrote it explicitly. */
    static Optional<Object> explicitValue(AnnotationMirror mirror, String attribute) {
        return mirror.getElementValues().entrySet().stream()
                .filter(entry -> entry.getKey().getSimpleName().contentEquals(attribute))
                .map(entry -> entry.getValue().getValue())
                .findFirst();
    }

    /** The {@code value} of a single-string annotation on the element, if the annotation is present. */
    static Optional<String> stringValue(Element element, String annotationType) {
        return find(element, annotationType).flatMap(a -> explicitValue(a, "value")).map(String.class::cast);
    }

    String string(AnnotationMirror mirror, String attribute) {
        return (String) value(mirror, attribute);
    }

    int integer(AnnotationMirror mirror, String attribute) {
        return (Integer) value(mirror, attribute);
    }

    long longValue(AnnotationMirror mirror, String attribute) {
        return ((Number) value(mirror, attribute)).longValue();
    }

    boolean bool(AnnotationMirror mirror, String attribute) {
        return (Boolean) value(mirror, attribute);
    }

    /** The constant name of an enum-valued attribute, e.g. {@code IDENTITY}. */
    String enumName(AnnotationMirror mirror, String attribute) {
        return ((VariableElement) value(mirror, attribute)).getSimpleName().toString();
    }

    /** The elements of an array-valued attribute. */
    @SuppressWarnings("unchecked")
    List<? extends AnnotationValue> list(AnnotationMirror mirror, String attribute) {
        return (List<? extends AnnotationValue>) value(mirror, attribute);
    }

    /** The constant names of an enum-array attribute, in the order written. */
    List<String> enumNames(AnnotationMirror mirror, String attribute) {
        return list(mirror, attribute).stream()
                .map(value -> ((VariableElement) value.getValue()).getSimpleName().toString())
                .toList();
    }

    /** The strings of a string-array attribute, in the order written. */
    List<String> strings(AnnotationMirror mirror, String attribute) {
        return list(mirror, attribute).stream().map(value -> (String) value.getValue()).toList();
    }
}

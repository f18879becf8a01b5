package dev.stratum.processor.scan;

import dev.stratum.processor.diagnostics.Code;
import dev.stratum.processor.diagnostics.Diagnostic.Severity;
import dev.stratum.processor.diagnostics.Report;
import dev.stratum.processor.model.Location;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;

/**
 * The layering check over hand-written classes that Stratum calls: an endpoint implementation, or a hooks class. Such
 * a class may use the generated repository of its own aggregate only, and never JDBC ({@code java.sql},
 * {@code javax.sql}): that is the repositories' job. The check reads what the class holds, its instance fields and
 * constructor parameters; an annotation processor cannot see method bodies, so a repository created or JDBC used
 * inside a method is not found.
 */
public final class LayeringScanner {

    /** The processor option that sets the severity: {@code warning} (the default), {@code error} or {@code off}. */
    public static final String OPTION = "stratum.layering";
    /** Suppresses the check on a class, field or constructor: {@code @SuppressWarnings("stratum:layering")}. */
    static final String SUPPRESSION = "stratum:layering";

    private final Report report;
    private final Severity severity;

    public LayeringScanner(Report report, Severity severity) {
        this.report = report;
        this.severity = severity;
    }

    /** Whether a field or constructor parameter names a type generated in a later round (a repository, say). */
    public static boolean awaitsGeneratedTypes(TypeElement type) {
        boolean fields = ElementFilter.fieldsIn(type.getEnclosedElements()).stream()
                .anyMatch(field -> EndpointScanner.unresolved(field.asType()));
        return fields || ElementFilter.constructorsIn(type.getEnclosedElements()).stream()
                .flatMap(constructor -> constructor.getParameters().stream())
                .anyMatch(parameter -> EndpointScanner.unresolved(parameter.asType()));
    }

    /** The severity an option value stands for; {@code null} for {@code off}. */
    public static Severity severity(String option) {
        return switch (option == null ? "warning" : option.toLowerCase(Locale.ROOT)) {
            case "error" -> Severity.ERROR;
            case "off" -> null;
            default -> Severity.WARNING;
        };
    }

    /**
     * Checks one class.
     *
     * @param type         the hand-written class
     * @param role         what it is, for messages, e.g. "endpoint implementation"
     * @param repositories the qualified names of every generated repository of the compilation
     * @param own          the repositories of its own aggregate, which it may use
     */
    public void check(TypeElement type, String role, Set<String> repositories, Set<String> own) {
        if (severity == null || suppressed(type)) {
            return;
        }
        String name = type.getQualifiedName().toString();
        Set<String> held = new java.util.HashSet<>();
        for (VariableElement field : ElementFilter.fieldsIn(type.getEnclosedElements())) {
            if (field.getModifiers().contains(Modifier.STATIC)) {
                continue;
            }
            held.addAll(typesIn(field.asType()));
            if (!suppressed(field)) {
                check(field.asType(), Location.field(name, field.getSimpleName().toString()),
                        type.getSimpleName() + "." + field.getSimpleName(), role, repositories, own);
            }
        }
        for (ExecutableElement constructor : ElementFilter.constructorsIn(type.getEnclosedElements())) {
            if (suppressed(constructor)) {
                continue;
            }
            // A parameter kept in a field was reported on the field already.
            for (VariableElement parameter : constructor.getParameters()) {
                if (held.containsAll(typesIn(parameter.asType()))) {
                    continue;
                }
                check(parameter.asType(), Location.entity(name), "constructor parameter " + parameter.getSimpleName()
                        + " of " + type.getSimpleName(), role, repositories, own);
            }
        }
    }

    private void check(TypeMirror type, Location at, String where, String role, Set<String> repositories,
            Set<String> own) {
        for (String used : typesIn(type)) {
            if (used.startsWith("java.sql.") || used.startsWith("javax.sql.")) {
                report(at, where + " uses " + used + ", but an " + role + " must not touch JDBC; call the generated"
                        + " service or repository instead");
            } else if (repositories.contains(used) && !own.contains(used)) {
                report(at, where + " uses " + simple(used) + " of another aggregate, but an " + role + " may use"
                        + " only its own aggregate's repository" + (own.isEmpty() ? "" : " (" + String.join(", ",
                                own.stream().map(LayeringScanner::simple).toList()) + ")")
                        + "; call that aggregate's generated service instead");
            }
        }
    }

    private void report(Location at, String message) {
        if (severity == Severity.ERROR) {
            report.error(Code.LAYERING, at, message);
        } else {
            report.warning(Code.LAYERING, at, message);
        }
    }

    /** The qualified names of the type and of its type arguments, at any depth. */
    private static List<String> typesIn(TypeMirror type) {
        List<String> names = new ArrayList<>();
        if (type.getKind() == TypeKind.DECLARED) {
            var declared = (DeclaredType) type;
            names.add(((TypeElement) declared.asElement()).getQualifiedName().toString());
            declared.getTypeArguments().forEach(argument -> names.addAll(typesIn(argument)));
        } else if (type.getKind() == TypeKind.ARRAY) {
            names.addAll(typesIn(((javax.lang.model.type.ArrayType) type).getComponentType()));
        }
        return names;
    }

    private static boolean suppressed(Element element) {
        return Mirrors.find(element, "java.lang.SuppressWarnings")
                .flatMap(mirror -> Mirrors.explicitValue(mirror, "value"))
                .map(value -> ((List<?>) value).stream()
                        .anyMatch(item -> SUPPRESSION.equals(((AnnotationValue) item).getValue())))
                .orElse(false);
    }

    private static String simple(String qualifiedName) {
        return qualifiedName.substring(qualifiedName.lastIndexOf('.') + 1);
    }
}

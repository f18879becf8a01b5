package dev.stratum.processor.scan;

import dev.stratum.processor.diagnostics.Code;
import dev.stratum.processor.diagnostics.Report;
import dev.stratum.processor.model.Constraint;
import dev.stratum.processor.model.Constraint.SignKind;
import dev.stratum.processor.model.Constraint.TemporalKind;
import dev.stratum.processor.model.Location;
import dev.stratum.processor.model.MessageTemplates;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.PatternSyntaxException;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.AnnotatedConstruct;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.PrimitiveType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Types;

/** Reads the Jakarta Validation constraints on a field into {@link Constraint} records, checking their attributes. */
final class ConstraintReader {

    static final String PACKAGE = "jakarta.validation.constraints.";
    static final String DEFAULT_GROUP = "jakarta.validation.groups.Default";

    private static final String CONSTRAINT = "jakarta.validation.Constraint";
    private static final String CONSTRAINT_VALIDATOR = "jakarta.validation.ConstraintValidator";

    private final Mirrors mirrors;
    private final Report report;
    /** Resolves custom constraints; {@code null} where they are not supported (endpoint parameters). */
    private final ProcessingEnvironment env;

    /** A reader of the built-in constraints only: a custom constraint is reported as unsupported. */
    ConstraintReader(Mirrors mirrors, Report report) {
        this(mirrors, report, null);
    }

    /** A reader of built-in and custom constraints. */
    ConstraintReader(Mirrors mirrors, Report report, ProcessingEnvironment env) {
        this.mirrors = mirrors;
        this.report = report;
        this.env = env;
    }

    /** The constraints on a field, in declaration order; see {@link #read(AnnotatedConstruct, TypeMirror, Location)}. */
    List<Constraint> read(VariableElement field, Location location) {
        return read(field, field.asType(), location);
    }

    /**
     * The constraints on a field or on a type argument ({@code List<@NotBlank String>}) whose values have type
     * {@code valueType}, in declaration order; unsupported or malformed ones are reported and left out.
     */
    List<Constraint> read(AnnotatedConstruct annotated, TypeMirror valueType, Location location) {
        var constraints = new ArrayList<Constraint>();
        for (AnnotationMirror mirror : annotated.getAnnotationMirrors()) {
            String type = Mirrors.typeName(mirror);
            if (type.startsWith(PACKAGE)) {
                read(mirror, type.substring(PACKAGE.length()), location.annotation(type)).ifPresent(constraints::add);
            } else if (Mirrors.has(mirror.getAnnotationType().asElement(), CONSTRAINT)) {
                custom(mirror, valueType, location.annotation(type)).ifPresent(constraints::add);
            }
        }
        return constraints;
    }

    /**
     * A custom constraint: the annotation's attributes as source, and the one class of its {@code validatedBy} whose
     * validated type the value's type is assignable to.
     */
    private Optional<Constraint> custom(AnnotationMirror mirror, TypeMirror valueType, Location at) {
        var annotation = (TypeElement) mirror.getAnnotationType().asElement();
        String name = annotation.getSimpleName().toString();
        if (env == null) {
            report.error(Code.UNSUPPORTED_CONSTRAINT, at, "the custom constraint @" + name + " is supported on"
                    + " entity fields and @Validatable properties, not on " + at.describe()
                    + "; remove it or check the rule in the implementation");
            return Optional.empty();
        }
        checkMessage(mirror, name, at);
        Types types = env.getTypeUtils();
        TypeMirror boxed = valueType.getKind().isPrimitive()
                ? types.boxedClass((PrimitiveType) valueType).asType() : valueType;
        var candidates = new ArrayList<String>();
        String chosen = null;
        AnnotationMirror constraint = Mirrors.find(annotation, CONSTRAINT).orElseThrow();
        for (AnnotationValue validatedBy : mirrors.list(constraint, "validatedBy")) {
            var validator = (TypeElement) ((DeclaredType) validatedBy.getValue()).asElement();
            Optional<TypeMirror> validated = validatedType(validator.asType());
            validated.ifPresent(type -> candidates.add(validator.getSimpleName() + " (" + type + ")"));
            if (chosen == null && validated.isPresent()
                    && types.isAssignable(types.erasure(boxed), types.erasure(validated.get()))) {
                if (!instantiable(validator)) {
                    report.error(Code.INVALID_CONSTRAINT, at, "the validator " + validator.getQualifiedName() + " of @"
                            + name + " needs a public no-argument constructor and must be a public top-level or"
                            + " static class: the generated validator creates it with new, never by reflection");
                    return Optional.empty();
                }
                chosen = validator.getQualifiedName().toString();
            }
        }
        if (chosen == null) {
            report.error(Code.CONSTRAINT_TYPE_MISMATCH, at, "no validator of @" + name + " validates " + at.describe()
                    + " of type " + (valueType instanceof DeclaredType declared
                    ? ((TypeElement) declared.asElement()).getQualifiedName() : valueType) + " (validatedBy has " + (candidates.isEmpty() ? "none"
                    : String.join(", ", candidates)) + "); add a ConstraintValidator for that type to validatedBy");
            return Optional.empty();
        }
        var attributes = new ArrayList<Constraint.Attribute>();
        for (ExecutableElement method : ElementFilter.methodsIn(annotation.getEnclosedElements())) {
            AnnotationValue value = mirror.getElementValues().containsKey(method)
                    ? mirror.getElementValues().get(method) : method.getDefaultValue();
            Optional<String> source = value == null ? Optional.empty() : source(value.getValue(), method.getReturnType());
            if (source.isEmpty()) {
                report.error(Code.INVALID_CONSTRAINT, at.attribute(method.getSimpleName().toString()), "the attribute "
                        + method.getSimpleName() + " of @" + name + " has a type Stratum cannot reproduce ("
                        + method.getReturnType() + "); use primitives, String, Class, enums or arrays of them");
                return Optional.empty();
            }
            boolean unchecked = method.getReturnType().getKind() == TypeKind.ARRAY
                    && ((ArrayType) method.getReturnType()).getComponentType() instanceof DeclaredType component
                    && !component.getTypeArguments().isEmpty()
                    && !component.getTypeArguments().get(0).toString().equals("?");
            attributes.add(new Constraint.Attribute(method.getSimpleName().toString(), method.getReturnType().toString(),
                    unchecked ? "(" + method.getReturnType() + ") " + source.get() : source.get(), unchecked));
        }
        return Optional.of(new Constraint.Custom(annotation.getQualifiedName().toString(), chosen, attributes,
                message(mirror), groups(mirror)));
    }

    /** The {@code T} of {@code ConstraintValidator<A, T>} as the class implements it, directly or inherited. */
    private Optional<TypeMirror> validatedType(TypeMirror type) {
        for (TypeMirror supertype : env.getTypeUtils().directSupertypes(type)) {
            if (supertype instanceof DeclaredType declared
                    && ((TypeElement) declared.asElement()).getQualifiedName().contentEquals(CONSTRAINT_VALIDATOR)) {
                if (declared.getTypeArguments().size() != 2
                        || declared.getTypeArguments().get(1).getKind() != TypeKind.DECLARED) {
                    return Optional.of(env.getElementUtils().getTypeElement("java.lang.Object").asType());
                }
                return Optional.of(declared.getTypeArguments().get(1));
            }
            Optional<TypeMirror> inherited = validatedType(supertype);
            if (inherited.isPresent()) {
                return inherited;
            }
        }
        return Optional.empty();
    }

    private static boolean instantiable(TypeElement validator) {
        boolean reachable = validator.getModifiers().contains(Modifier.PUBLIC)
                && !validator.getModifiers().contains(Modifier.ABSTRACT)
                && (validator.getNestingKind() == NestingKind.TOP_LEVEL
                        || validator.getModifiers().contains(Modifier.STATIC));
        return reachable && ElementFilter.constructorsIn(validator.getEnclosedElements()).stream()
                .anyMatch(constructor -> constructor.getParameters().isEmpty()
                        && constructor.getModifiers().contains(Modifier.PUBLIC));
    }

    /** An attribute value as a Java expression of the attribute's type. */
    private Optional<String> source(Object value, TypeMirror type) {
        if (value instanceof List<?> elements && type instanceof ArrayType array) {
            var sources = new ArrayList<String>();
            for (Object element : elements) {
                Optional<String> source = source(((AnnotationValue) element).getValue(), array.getComponentType());
                if (source.isEmpty()) {
                    return Optional.empty();
                }
                sources.add(source.get());
            }
            String component = env.getTypeUtils().erasure(array.getComponentType()).toString();
            return Optional.of("new " + (component.equals("java.lang.Class") ? "java.lang.Class<?>" : component) + "[] {"
                    + String.join(", ", sources) + "}");
        }
        if (value instanceof VariableElement constant) {
            return Optional.of(((TypeElement) constant.getEnclosingElement()).getQualifiedName() + "."
                    + constant.getSimpleName());
        }
        if (value instanceof TypeMirror classLiteral) {
            return Optional.of(env.getTypeUtils().erasure(classLiteral) + ".class");
        }
        if (value instanceof String || value instanceof Number || value instanceof Boolean
                || value instanceof Character) {
            return Optional.of(env.getElementUtils().getConstantExpression(value));
        }
        return Optional.empty();
    }

    private Optional<Constraint> read(AnnotationMirror mirror, String name, Location at) {
        checkMessage(mirror, name, at);
        for (AnnotationValue group : mirrors.list(mirror, "groups")) {
            var type = (DeclaredType) group.getValue();
            if (type.asElement().getKind() != ElementKind.INTERFACE) {
                report.error(Code.INVALID_CONSTRAINT, at.attribute("groups"), "the group " + type + " of @" + name
                        + " on " + at.describe() + " is not an interface; validation groups are interfaces,"
                        + " such as dev.stratum.annotations.Create");
                return Optional.empty();
            }
        }
        return switch (name) {
            case "NotNull" -> Optional.of(new Constraint.NotNull(message(mirror), groups(mirror)));
            case "NotBlank" -> Optional.of(new Constraint.NotBlank(message(mirror), groups(mirror)));
            case "NotEmpty" -> Optional.of(new Constraint.NotEmpty(message(mirror), groups(mirror)));
            case "Size" -> size(mirror, at);
            case "Min" -> Optional.of(min(mirror));
            case "Max" -> Optional.of(max(mirror));
            case "DecimalMin", "DecimalMax" -> decimal(mirror, name, at);
            case "Positive" -> Optional.of(sign(mirror, SignKind.POSITIVE));
            case "PositiveOrZero" -> Optional.of(sign(mirror, SignKind.POSITIVE_OR_ZERO));
            case "Negative" -> Optional.of(sign(mirror, SignKind.NEGATIVE));
            case "NegativeOrZero" -> Optional.of(sign(mirror, SignKind.NEGATIVE_OR_ZERO));
            case "Digits" -> digits(mirror, at);
            case "Email" -> pattern(mirror, at, true);
            case "Pattern" -> pattern(mirror, at, false);
            case "Past" -> Optional.of(temporal(mirror, TemporalKind.PAST));
            case "PastOrPresent" -> Optional.of(temporal(mirror, TemporalKind.PAST_OR_PRESENT));
            case "Future" -> Optional.of(temporal(mirror, TemporalKind.FUTURE));
            case "FutureOrPresent" -> Optional.of(temporal(mirror, TemporalKind.FUTURE_OR_PRESENT));
            case "AssertTrue" -> Optional.of(new Constraint.Assert(true, message(mirror), groups(mirror)));
            case "AssertFalse" -> Optional.of(new Constraint.Assert(false, message(mirror), groups(mirror)));
            default -> {
                report.error(Code.UNSUPPORTED_CONSTRAINT, at,
                        "@" + name + " is not supported by Stratum yet; remove it or express the rule in a hooks method");
                yield Optional.empty();
            }
        };
    }

    private Optional<Constraint> size(AnnotationMirror mirror, Location at) {
        int min = mirrors.integer(mirror, "min");
        int max = mirrors.integer(mirror, "max");
        if (min < 0 || max < min) {
            report.error(Code.INVALID_CONSTRAINT, at,
                    "@Size(min = " + min + ", max = " + max + ") admits no length; use 0 <= min <= max");
            return Optional.empty();
        }
        return Optional.of(new Constraint.Size(min, max, message(mirror), groups(mirror)));
    }

    private Constraint min(AnnotationMirror mirror) {
        long value = mirrors.longValue(mirror, "value");
        return new Constraint.Min(value, message(mirror), groups(mirror));
    }

    private Constraint max(AnnotationMirror mirror) {
        long value = mirrors.longValue(mirror, "value");
        return new Constraint.Max(value, message(mirror), groups(mirror));
    }

    private Optional<Constraint> decimal(AnnotationMirror mirror, String name, Location at) {
        String value = mirrors.string(mirror, "value");
        boolean inclusive = mirrors.bool(mirror, "inclusive");
        try {
            new BigDecimal(value);
        } catch (NumberFormatException notANumber) {
            report.error(Code.INVALID_CONSTRAINT, at.attribute("value"),
                    "@" + name + "(\"" + value + "\") is not a decimal number; write it like \"0.5\"");
            return Optional.empty();
        }
        return Optional.of(name.equals("DecimalMin")
                ? new Constraint.DecimalMin(value, inclusive, message(mirror), groups(mirror))
                : new Constraint.DecimalMax(value, inclusive, message(mirror), groups(mirror)));
    }

    private Constraint sign(AnnotationMirror mirror, SignKind kind) {
        return new Constraint.Sign(kind, message(mirror), groups(mirror));
    }

    private Optional<Constraint> digits(AnnotationMirror mirror, Location at) {
        int integer = mirrors.integer(mirror, "integer");
        int fraction = mirrors.integer(mirror, "fraction");
        if (integer < 0 || fraction < 0) {
            report.error(Code.INVALID_CONSTRAINT, at,
                    "@Digits(integer = " + integer + ", fraction = " + fraction + ") needs non-negative digit counts");
            return Optional.empty();
        }
        return Optional.of(new Constraint.Digits(integer, fraction, message(mirror), groups(mirror)));
    }

    private Optional<Constraint> pattern(AnnotationMirror mirror, Location at, boolean email) {
        String regexp = mirrors.string(mirror, "regexp");
        int flags = PatternFlags.toBits(mirrors.enumNames(mirror, "flags"));
        try {
            java.util.regex.Pattern.compile(regexp, flags);
        } catch (PatternSyntaxException invalid) {
            report.error(Code.INVALID_CONSTRAINT, at.attribute("regexp"),
                    "the regular expression does not compile (" + invalid.getDescription() + " at index "
                            + invalid.getIndex() + "); fix the expression");
            return Optional.empty();
        }
        return Optional.of(email
                ? new Constraint.Email(regexp, flags, message(mirror), groups(mirror))
                : new Constraint.Pattern(regexp, flags, message(mirror), groups(mirror)));
    }

    private Constraint temporal(AnnotationMirror mirror, TemporalKind kind) {
        return new Constraint.Temporal(kind, message(mirror), groups(mirror));
    }

    /** The constraint's message template interpolated with its attributes (the default template is a key). */
    private String message(AnnotationMirror mirror) {
        return MessageTemplates.interpolate(mirrors.string(mirror, "message"), attributes(mirror)).text();
    }

    /**
     * The qualified names of the constraint's groups; empty for the default group alone, also when it is named
     * ({@code groups = Default.class}).
     */
    private List<String> groups(AnnotationMirror mirror) {
        List<String> groups = mirrors.list(mirror, "groups").stream()
                .map(group -> ((TypeElement) ((DeclaredType) group.getValue()).asElement()).getQualifiedName().toString())
                .distinct()
                .toList();
        return groups.equals(List.of(DEFAULT_GROUP)) ? List.of() : groups;
    }

    /** Warns when the message holds an expression ({@code ${...}}), which generated validators do not evaluate. */
    private void checkMessage(AnnotationMirror mirror, String name, Location at) {
        if (MessageTemplates.interpolate(mirrors.string(mirror, "message"), Map.of()).expression()) {
            report.warning(Code.MESSAGE_EXPRESSION, at.attribute("message"), "the message of @" + name + " on "
                    + at.describe() + " holds an expression (${...}), which Stratum does not evaluate; it is reported"
                    + " as written, so use {attribute} placeholders instead");
        }
    }

    /** The constraint's attributes but {@code message}, rendered as the reference implementation renders them. */
    private static Map<String, String> attributes(AnnotationMirror mirror) {
        var attributes = new LinkedHashMap<String, String>();
        var declared = mirror.getAnnotationType().asElement().getEnclosedElements();
        for (ExecutableElement attribute : ElementFilter.methodsIn(declared)) {
            String name = attribute.getSimpleName().toString();
            AnnotationValue value = mirror.getElementValues().containsKey(attribute)
                    ? mirror.getElementValues().get(attribute) : attribute.getDefaultValue();
            if (!name.equals("message") && value != null) {
                attributes.put(name, render(value.getValue()));
            }
        }
        return attributes;
    }

    /** {@code 5}, {@code true}, {@code [CASE_INSENSITIVE]}, {@code [interface example.Create]}. */
    private static String render(Object value) {
        if (value instanceof List<?> list) {
            var rendered = new ArrayList<String>();
            list.forEach(element -> rendered.add(render(((AnnotationValue) element).getValue())));
            return "[" + String.join(", ", rendered) + "]";
        }
        if (value instanceof VariableElement constant) {
            return constant.getSimpleName().toString();
        }
        if (value instanceof TypeMirror type && type instanceof DeclaredType declared) {
            boolean isInterface = declared.asElement().getKind() == ElementKind.INTERFACE
                    || declared.asElement().getKind() == ElementKind.ANNOTATION_TYPE;
            return (isInterface ? "interface " : "class ") + type;
        }
        return String.valueOf(value);
    }
}

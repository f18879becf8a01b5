package dev.stratum.processor.scan;

import dev.stratum.processor.diagnostics.Code;
import dev.stratum.processor.diagnostics.Report;
import dev.stratum.processor.model.Constraint;
import dev.stratum.processor.model.ContainerKind;
import dev.stratum.processor.model.Location;
import dev.stratum.processor.model.Naming;
import dev.stratum.processor.model.ValidatableModel;
import dev.stratum.processor.model.ValidatableModel.ContainerProperty;
import dev.stratum.processor.model.ValidatableModel.Element;
import dev.stratum.processor.model.ValidatableModel.InnerContainer;
import dev.stratum.processor.model.ValidatableModel.Member;
import dev.stratum.processor.model.ValidatableModel.NestedType;
import dev.stratum.processor.model.ValidatableModel.NestedProperty;
import dev.stratum.processor.model.ValidatableModel.ValidatedProperty;
import dev.stratum.processor.model.ValueKind;
import dev.stratum.processor.model.ValueType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.AnnotatedConstruct;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;

/**
 * The read stage for {@code @Validatable} types: turns a record or class into a {@link ValidatableModel}. A property
 * without constraints is left out; a constrained property the generated code cannot read or check is reported.
 */
public final class ValidatableScanner {

    /** The annotation that makes a type validatable. */
    public static final String VALIDATABLE = "dev.stratum.annotations.Validatable";
    private static final String VALID = "jakarta.validation.Valid";
    private static final Set<String> TIME_CONSTRAINTS = Set.of("Past", "PastOrPresent", "Future", "FutureOrPresent");

    private final ProcessingEnvironment env;
    private final Report report;
    private final ConstraintReader constraints;

    public ValidatableScanner(ProcessingEnvironment env, Report report) {
        this.env = env;
        this.report = report;
        this.constraints = new ConstraintReader(new Mirrors(env.getElementUtils()), report, env);
    }

    /** Whether a field's type is not generated yet in this round, so the type must wait for the next round. */
    public static boolean awaitsGeneratedTypes(TypeElement type) {
        return fields(type).stream().anyMatch(field -> field.asType().getKind() == TypeKind.ERROR);
    }

    public Optional<ValidatableModel> scan(TypeElement type) {
        String qualifiedName = type.getQualifiedName().toString();
        if (!hasUsableShape(type, Location.entity(qualifiedName))) {
            return Optional.empty();
        }
        var properties = new ArrayList<Member>();
        boolean complete = true;
        for (VariableElement field : fields(type)) {
            Location at = Location.field(qualifiedName, field.getSimpleName().toString());
            List<Constraint> declared = constraints.read(field, at);
            boolean valid = Mirrors.has(field, VALID);
            ContainerKind container = field.asType().getKind() == TypeKind.ARRAY ? ContainerKind.ARRAY
                    : containerKind(field.asType());
            if (container == ContainerKind.ARRAY) {
                Optional<ContainerProperty> property = array(type, field, declared, valid, at);
                property.ifPresent(properties::add);
                complete &= property.isPresent();
            } else if (container != null) {
                Optional<ContainerProperty> property = container(type, field, container, declared, valid, at);
                property.ifPresent(properties::add);
                complete &= property.isPresent();
            } else if (valid || !declared.isEmpty()) {
                Optional<? extends Member> property = valid
                        ? nested(type, field, declared, at)
                        : property(type, field, declared, at);
                property.ifPresent(properties::add);
                complete &= property.isPresent();
            }
        }
        if (!complete) {
            return Optional.empty();
        }
        String packageName = env.getElementUtils().getPackageOf(type).getQualifiedName().toString();
        return Optional.of(new ValidatableModel(packageName, type.getSimpleName().toString(), properties));
    }

    private Optional<ValidatedProperty> property(TypeElement type, VariableElement field, List<Constraint> declared,
            Location at) {
        Optional<ValueType> valueType = TypeMapper.map(field.asType());
        if (valueType.isEmpty()) {
            report.error(Code.UNSUPPORTED_TYPE, at, "constraints on " + at.describe() + " of type " + field.asType()
                    + " are not supported yet; use String, boolean, int, long (or their wrappers), BigDecimal,"
                    + " LocalDate, Instant, UUID or an enum");
            return Optional.empty();
        }
        String name = field.getSimpleName().toString();
        List<String> accessors = type.getKind() == ElementKind.RECORD ? List.of(name) : getterNames(name, valueType.get());
        Optional<String> accessor = accessor(type, field, accessors);
        if (accessor.isEmpty()) {
            report.error(Code.MISSING_ACCESSOR, at, at.describe() + " needs a non-private getter " + accessors.get(0)
                    + "(): the generated validator reads properties through accessors, never by reflection");
            return Optional.empty();
        }
        return Optional.of(new ValidatedProperty(name, accessor.get(), valueType.get(),
                Mirrors.has(field, Jpa.SENSITIVE), declared));
    }

    private Optional<NestedProperty> nested(TypeElement type, VariableElement field, List<Constraint> declared,
            Location at) {
        Optional<TypeElement> nestedType = validatable(field);
        if (nestedType.isEmpty()) {
            report.error(Code.UNSUPPORTED_TYPE, at.annotation(VALID), "@Valid on " + at.describe() + " needs a type"
                    + " annotated @Validatable, not " + field.asType() + "; annotate that type with @Validatable"
                    + " (containers are not supported yet)");
            return Optional.empty();
        }
        String name = field.getSimpleName().toString();
        List<String> accessors = type.getKind() == ElementKind.RECORD ? List.of(name)
                : List.of("get" + Naming.capitalize(name));
        Optional<String> accessor = accessor(type, field, accessors);
        if (accessor.isEmpty()) {
            report.error(Code.MISSING_ACCESSOR, at, at.describe() + " needs a non-private getter " + accessors.get(0)
                    + "(): the generated validator reads properties through accessors, never by reflection");
            return Optional.empty();
        }
        TypeElement nested = nestedType.get();
        String packageName = env.getElementUtils().getPackageOf(nested).getQualifiedName().toString();
        return Optional.of(new NestedProperty(name, accessor.get(), packageName, nested.getSimpleName().toString(),
                needsClock(nested, new HashSet<>()), declared));
    }

    /**
     * A container property: its own constraints and its elements' (a map's keys and values). {@code @Valid} on the
     * property itself cascades to the elements, as the specification's legacy form {@code @Valid List<Item>} does.
     */
    private Optional<ContainerProperty> container(TypeElement type, VariableElement field, ContainerKind kind,
            List<Constraint> declared, boolean valid, Location at) {
        List<? extends TypeMirror> arguments = ((DeclaredType) field.asType()).getTypeArguments();
        if (arguments.size() != (kind == ContainerKind.MAP ? 2 : 1)) {
            report.error(Code.UNSUPPORTED_TYPE, at, at.describe() + " is a raw " + field.asType() + "; give its"
                    + " element type, e.g. List<String>, so the generated validator can check the elements");
            return Optional.empty();
        }
        Optional<Element> key = kind == ContainerKind.MAP
                ? element(arguments.get(0), false, true, at)
                : Optional.of(new Element(null, null, List.of()));
        Optional<Element> element = element(arguments.get(arguments.size() - 1), valid, false, at);
        String name = field.getSimpleName().toString();
        List<String> accessors = type.getKind() == ElementKind.RECORD ? List.of(name)
                : List.of("get" + Naming.capitalize(name));
        Optional<String> accessor = accessor(type, field, accessors);
        if (accessor.isEmpty()) {
            report.error(Code.MISSING_ACCESSOR, at, at.describe() + " needs a non-private getter " + accessors.get(0)
                    + "(): the generated validator reads properties through accessors, never by reflection");
            return Optional.empty();
        }
        if (key.isEmpty() || element.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ContainerProperty(name, accessor.get(), kind, Mirrors.has(field, Jpa.SENSITIVE), declared,
                kind == ContainerKind.MAP ? key.get() : null, element.get()));
    }

    /**
     * An array property. As in Hibernate Validator, a constraint before the type ({@code @Size(max = 3) String[]})
     * is the array's own, and its elements take none: javac also puts that annotation on the element type, where it
     * is not read. A constraint on the array type itself ({@code String @Size(max = 3) []}), which Hibernate
     * Validator ignores, is refused rather than ignored silently. {@code @Valid} cascades to the elements.
     */
    private Optional<ContainerProperty> array(TypeElement type, VariableElement field, List<Constraint> declared,
            boolean valid, Location at) {
        var arrayType = (ArrayType) field.asType();
        for (TypeMirror dimension = arrayType; dimension.getKind() == TypeKind.ARRAY;
                dimension = ((ArrayType) dimension).getComponentType()) {
            Optional<String> typeUse = dimension.getAnnotationMirrors().stream().map(Mirrors::typeName)
                    .filter(this::isConstraint).findFirst();
            if (typeUse.isPresent()) {
                String simple = typeUse.get().substring(typeUse.get().lastIndexOf('.') + 1);
                report.error(Code.UNSUPPORTED_CONSTRAINT, at, "@" + simple + " on the array type of " + at.describe()
                        + " (after the element type) is ignored by Jakarta Validation; write it before the type,"
                        + " as in @" + simple + " String[], to constrain the array");
                return Optional.empty();
            }
        }
        TypeMirror component = arrayType.getComponentType();
        Optional<String> source = arraySource(arrayType);
        if (source.isEmpty()) {
            report.error(Code.UNSUPPORTED_TYPE, at, at.describe() + " is an array of " + plain(component) + ", which the"
                    + " generated validator cannot name; use an array of a plain class or primitive, or a List");
            return Optional.empty();
        }
        Element element = new Element(TypeMapper.map(component).orElse(null), null, List.of());
        if (valid) {
            Optional<TypeElement> nested = validatable(component);
            if (nested.isEmpty()) {
                report.error(Code.UNSUPPORTED_TYPE, at.annotation(VALID), "@Valid on the array " + at.describe()
                        + " needs an element type annotated @Validatable, not " + component
                        + "; annotate that type with @Validatable");
                return Optional.empty();
            }
            TypeElement nestedType = nested.get();
            String packageName = env.getElementUtils().getPackageOf(nestedType).getQualifiedName().toString();
            element = new Element(null, new NestedType(packageName, nestedType.getSimpleName().toString(),
                    needsClock(nestedType, new HashSet<>())), List.of());
        }
        String name = field.getSimpleName().toString();
        List<String> accessors = type.getKind() == ElementKind.RECORD ? List.of(name)
                : List.of("get" + Naming.capitalize(name));
        Optional<String> accessor = accessor(type, field, accessors);
        if (accessor.isEmpty()) {
            report.error(Code.MISSING_ACCESSOR, at, at.describe() + " needs a non-private getter " + accessors.get(0)
                    + "(): the generated validator reads properties through accessors, never by reflection");
            return Optional.empty();
        }
        return Optional.of(new ContainerProperty(name, accessor.get(), ContainerKind.ARRAY,
                Mirrors.has(field, Jpa.SENSITIVE), declared, null, element, source.get()));
    }

    /** An array type as source without its annotations ({@code int[]}, {@code java.lang.String[][]}); empty for generics. */
    private static Optional<String> arraySource(TypeMirror type) {
        switch (type.getKind()) {
            case ARRAY:
                return arraySource(((ArrayType) type).getComponentType()).map(component -> component + "[]");
            case DECLARED:
                var declared = (DeclaredType) type;
                return declared.getTypeArguments().isEmpty()
                        ? Optional.of(((TypeElement) declared.asElement()).getQualifiedName().toString())
                        : Optional.empty();
            default:
                return type.getKind().isPrimitive()
                        ? Optional.of(type.getKind().name().toLowerCase(java.util.Locale.ROOT))
                        : Optional.empty();
        }
    }

    /** A type as a message names it, without its type annotations: {@code java.util.List<java.lang.String>}. */
    private static String plain(TypeMirror type) {
        return type.toString().replaceAll("@[\\w.]+(\\([^()]*\\))?\\s*", "");
    }

    /** Whether the annotation type is a Jakarta Validation constraint, built in or the user's. */
    private boolean isConstraint(String annotationType) {
        if (annotationType.startsWith(ConstraintReader.PACKAGE)) {
            return true;
        }
        TypeElement annotation = env.getElementUtils().getTypeElement(annotationType);
        return annotation != null && Mirrors.has(annotation, "jakarta.validation.Constraint");
    }

    /**
     * One type argument of a container: a value type with its constraints, a {@code @Valid} nested object, or a
     * container itself ({@code List<@Size(max = 3) List<@NotBlank String>>}) whose constraints are its own.
     */
    private Optional<Element> element(TypeMirror argument, boolean validOnContainer, boolean key, Location at) {
        ContainerKind inner = containerKind(argument);
        if (argument.getKind() != TypeKind.DECLARED || (inner != null && key)) {
            report.error(Code.UNSUPPORTED_TYPE, at, "the " + (key ? "key" : "element") + " type " + plain(argument) + " of "
                    + at.describe() + " is not supported; use a plain class such as String, Integer or a @Validatable"
                    + " type" + (key ? "" : ", or a List, Set, Map or Optional of them")
                    + " (no arrays, wildcards or type variables)");
            return Optional.empty();
        }
        List<Constraint> declared = constraints.read(argument, argument, at);
        if (inner != null) {
            return innerContainer(argument, inner, validOnContainer, declared, at);
        }
        if (validOnContainer || has(argument, VALID)) {
            Optional<TypeElement> nested = validatable(argument);
            if (nested.isEmpty()) {
                report.error(Code.UNSUPPORTED_TYPE, at.annotation(VALID), "@Valid on the elements of " + at.describe()
                        + " needs an element type annotated @Validatable, not " + argument
                        + "; annotate that type with @Validatable");
                return Optional.empty();
            }
            TypeElement type = nested.get();
            String packageName = env.getElementUtils().getPackageOf(type).getQualifiedName().toString();
            return Optional.of(new Element(null, new NestedType(packageName, type.getSimpleName().toString(),
                    needsClock(type, new HashSet<>())), declared));
        }
        Optional<ValueType> valueType = TypeMapper.map(argument);
        if (valueType.isEmpty() && !declared.isEmpty()) {
            report.error(Code.UNSUPPORTED_TYPE, at, "constraints on the elements of " + at.describe() + " of type "
                    + argument + " are not supported yet; use String, Boolean, Integer, Long, BigDecimal,"
                    + " LocalDate, Instant, UUID or an enum");
            return Optional.empty();
        }
        return Optional.of(new Element(valueType.orElse(null), null, declared));
    }

    /**
     * A container held by a container. {@code @Valid} on the property does not reach its elements (Hibernate
     * Validator ignores it there), so it is refused in favour of {@code @Valid} on the innermost type argument.
     */
    private Optional<Element> innerContainer(TypeMirror argument, ContainerKind kind, boolean validOnContainer,
            List<Constraint> declared, Location at) {
        if (validOnContainer || has(argument, VALID)) {
            report.error(Code.UNSUPPORTED_TYPE, at.annotation(VALID), "@Valid on " + at.describe() + " does not reach"
                    + " the elements of the inner " + plain(argument) + "; put @Valid on the"
                    + " innermost type argument, as in List<List<@Valid Item>>");
            return Optional.empty();
        }
        List<? extends TypeMirror> arguments = ((DeclaredType) argument).getTypeArguments();
        if (arguments.size() != (kind == ContainerKind.MAP ? 2 : 1)) {
            report.error(Code.UNSUPPORTED_TYPE, at, "the element type " + plain(argument) + " of " + at.describe() + " is a"
                    + " raw " + kind.displayName() + "; give its element type, e.g. List<String>");
            return Optional.empty();
        }
        Optional<Element> key = kind == ContainerKind.MAP ? element(arguments.get(0), false, true, at)
                : Optional.of(new Element(null, null, List.of()));
        Optional<Element> element = element(arguments.get(arguments.size() - 1), false, false, at);
        if (key.isEmpty() || element.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Element(null, null, declared, new InnerContainer(kind,
                kind == ContainerKind.MAP ? key.get() : null, element.get())));
    }

    /** The container a type is, or {@code null}. */
    private static ContainerKind containerKind(TypeMirror type) {
        if (type.getKind() != TypeKind.DECLARED) {
            return null;
        }
        return ContainerKind.of(((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().toString());
    }

    private static boolean has(AnnotatedConstruct annotated, String annotationType) {
        return annotated.getAnnotationMirrors().stream().anyMatch(mirror -> Mirrors.typeName(mirror).equals(annotationType));
    }

    /** The field's type when it is a top-level {@code @Validatable} record or class. */
    private static Optional<TypeElement> validatable(VariableElement field) {
        return validatable(field.asType());
    }

    /** The type when it is a top-level {@code @Validatable} record or class. */
    private static Optional<TypeElement> validatable(TypeMirror type) {
        if (type.getKind() != TypeKind.DECLARED) {
            return Optional.empty();
        }
        var element = (TypeElement) ((DeclaredType) type).asElement();
        boolean shaped = (element.getKind() == ElementKind.RECORD || element.getKind() == ElementKind.CLASS)
                && element.getNestingKind() == NestingKind.TOP_LEVEL;
        return shaped && Mirrors.has(element, VALIDATABLE) ? Optional.of(element) : Optional.empty();
    }

    /** Whether the generated validator of a {@code @Validatable} type takes the clock. */
    static boolean validatorNeedsClock(TypeElement type) {
        return needsClock(type, new HashSet<>());
    }

    /** Whether the type's validator takes the clock: a time constraint on it or on a type it nests, at any depth. */
    private static boolean needsClock(TypeElement type, Set<String> seen) {
        if (!seen.add(type.getQualifiedName().toString())) {
            return false;
        }
        for (VariableElement field : fields(type)) {
            boolean valid = Mirrors.has(field, VALID);
            boolean nestedTimed = valid && validatable(field).map(nested -> needsClock(nested, seen)).orElse(false);
            if (timed(field) || nestedTimed) {
                return true;
            }
            if (elementsTimed(field.asType(), valid, seen)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a container's elements, at any depth, or an array's {@code @Valid} elements have a time constraint. */
    private static boolean elementsTimed(TypeMirror container, boolean valid, Set<String> seen) {
        if (container.getKind() == TypeKind.ARRAY) {
            TypeMirror component = ((ArrayType) container).getComponentType();
            return valid && validatable(component).map(nested -> needsClock(nested, seen)).orElse(false);
        }
        if (containerKind(container) == null) {
            return false;
        }
        for (TypeMirror argument : ((DeclaredType) container).getTypeArguments()) {
            boolean elementTimed = (valid || has(argument, VALID))
                    && validatable(argument).map(nested -> needsClock(nested, seen)).orElse(false);
            if (timed(argument) || elementTimed || elementsTimed(argument, false, seen)) {
                return true;
            }
        }
        return false;
    }

    private static boolean timed(AnnotatedConstruct annotated) {
        return annotated.getAnnotationMirrors().stream().map(Mirrors::typeName)
                .anyMatch(name -> name.startsWith(ConstraintReader.PACKAGE)
                        && TIME_CONSTRAINTS.contains(name.substring(ConstraintReader.PACKAGE.length())));
    }

    private boolean hasUsableShape(TypeElement type, Location at) {
        boolean recordOrClass = type.getKind() == ElementKind.RECORD || type.getKind() == ElementKind.CLASS;
        if (!recordOrClass || type.getNestingKind() != NestingKind.TOP_LEVEL) {
            report.error(Code.UNSUPPORTED_TYPE, at, "@Validatable applies to a top-level record or class, not "
                    + type.getSimpleName() + "; move it to its own file");
            return false;
        }
        return true;
    }

    private static List<VariableElement> fields(TypeElement type) {
        return ElementFilter.fieldsIn(type.getEnclosedElements()).stream()
                .filter(field -> !field.getModifiers().contains(Modifier.STATIC))
                .toList();
    }

    private static List<String> getterNames(String name, ValueType type) {
        String suffix = Naming.capitalize(name);
        return type.kind() == ValueKind.BOOLEAN && type.primitive()
                ? List.of("is" + suffix, "get" + suffix)
                : List.of("get" + suffix);
    }

    /** The first non-private instance method among {@code names} without parameters that returns the field's type. */
    private Optional<String> accessor(TypeElement type, VariableElement field, List<String> names) {
        for (String candidate : names) {
            for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
                if (method.getSimpleName().contentEquals(candidate)
                        && !method.getModifiers().contains(Modifier.PRIVATE)
                        && !method.getModifiers().contains(Modifier.STATIC)
                        && method.getParameters().isEmpty()
                        && env.getTypeUtils().isSameType(method.getReturnType(), field.asType())) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }
}

package dev.stratum.processor.scan;

import dev.stratum.processor.diagnostics.Code;
import dev.stratum.processor.diagnostics.Report;
import dev.stratum.processor.model.Constraint;
import dev.stratum.processor.model.Location;
import dev.stratum.processor.model.Naming;
import dev.stratum.processor.model.ValidatableModel;
import dev.stratum.processor.model.ValidatableModel.Member;
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
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
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
        this.constraints = new ConstraintReader(new Mirrors(env.getElementUtils()), report);
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
            if (valid || !declared.isEmpty()) {
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

    /** The field's type when it is a top-level {@code @Validatable} record or class. */
    private static Optional<TypeElement> validatable(VariableElement field) {
        if (field.asType().getKind() != TypeKind.DECLARED) {
            return Optional.empty();
        }
        var element = (TypeElement) ((DeclaredType) field.asType()).asElement();
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
            boolean timed = field.getAnnotationMirrors().stream().map(Mirrors::typeName)
                    .anyMatch(name -> name.startsWith(ConstraintReader.PACKAGE)
                            && TIME_CONSTRAINTS.contains(name.substring(ConstraintReader.PACKAGE.length())));
            boolean nestedTimed = Mirrors.has(field, VALID)
                    && validatable(field).map(nested -> needsClock(nested, seen)).orElse(false);
            if (timed || nestedTimed) {
                return true;
            }
        }
        return false;
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

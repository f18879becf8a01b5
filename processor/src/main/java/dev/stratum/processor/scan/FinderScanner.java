package dev.stratum.processor.scan;

import dev.stratum.processor.diagnostics.Code;
import dev.stratum.processor.diagnostics.Report;
import dev.stratum.processor.model.FinderDeclaration;
import dev.stratum.processor.model.Location;
import dev.stratum.processor.model.TypeRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.ElementFilter;

/**
 * The read stage for {@code @Finders} interfaces: the entity they name and the name, parameters and return type of
 * every abstract method. Method names are parsed later, against the entity's model, by the rules stage.
 */
public final class FinderScanner {

    /** The annotation that declares a finder interface. */
    public static final String FINDERS = "dev.stratum.annotations.Finders";

    private final ProcessingEnvironment env;
    private final Report report;
    private final TypeMirror collection;

    public FinderScanner(ProcessingEnvironment env, Report report) {
        this.env = env;
        this.report = report;
        this.collection = env.getTypeUtils().erasure(
                env.getElementUtils().getTypeElement("java.util.Collection").asType());
    }

    /** The entity named by {@code @Finders}, or empty when the value does not resolve to a class yet. */
    public static Optional<TypeElement> entityOf(TypeElement finders) {
        return Mirrors.find(finders, FINDERS)
                .flatMap(annotation -> Mirrors.explicitValue(annotation, "value"))
                .filter(TypeMirror.class::isInstance)
                .map(TypeMirror.class::cast)
                .filter(type -> type.getKind() == TypeKind.DECLARED)
                .map(type -> (TypeElement) ((DeclaredType) type).asElement());
    }

    /** Whether a method mentions a type that another processor generates in a later round. */
    public static boolean awaitsGeneratedTypes(TypeElement finders) {
        return entityOf(finders).isEmpty() || ElementFilter.methodsIn(finders.getEnclosedElements()).stream()
                .anyMatch(method -> method.getReturnType().getKind() == TypeKind.ERROR || method.getParameters()
                        .stream().anyMatch(parameter -> parameter.asType().getKind() == TypeKind.ERROR));
    }

    public Optional<FinderDeclaration> scan(TypeElement finders) {
        String qualifiedName = finders.getQualifiedName().toString();
        Location at = Location.entity(qualifiedName);
        TypeElement entity = entityOf(finders).orElseThrow();
        if (!hasUsableShape(finders, entity, at)) {
            return Optional.empty();
        }
        var methods = new ArrayList<FinderDeclaration.Method>();
        for (ExecutableElement method : ElementFilter.methodsIn(env.getElementUtils().getAllMembers(finders))) {
            if (!method.getModifiers().contains(Modifier.ABSTRACT)) {
                continue;
            }
            if (!method.getTypeParameters().isEmpty()) {
                report.error(Code.INVALID_FINDER, Location.field(qualifiedName, method.getSimpleName().toString()),
                        finders.getSimpleName() + "." + method.getSimpleName() + " declares type parameters; a finder"
                                + " names its types, so remove them");
                continue;
            }
            var parameters = method.getParameters().stream()
                    .map(p -> new FinderDeclaration.Parameter(p.getSimpleName().toString(), typeRef(p.asType())))
                    .toList();
            methods.add(new FinderDeclaration.Method(method.getSimpleName().toString(), parameters,
                    typeRef(method.getReturnType())));
        }
        String packageName = env.getElementUtils().getPackageOf(finders).getQualifiedName().toString();
        return Optional.of(new FinderDeclaration(packageName, finders.getSimpleName().toString(),
                entity.getQualifiedName().toString(), methods));
    }

    /**
     * The implementation is generated in the entity's package, beside the repository whose row mapping it shares, so
     * the interface must be visible there.
     */
    private boolean hasUsableShape(TypeElement finders, TypeElement entity, Location at) {
        Location value = at.annotation(FINDERS).attribute("value");
        if (finders.getKind() != ElementKind.INTERFACE || finders.getNestingKind() != NestingKind.TOP_LEVEL
                || !finders.getTypeParameters().isEmpty()) {
            report.error(Code.INVALID_FINDER, at, "@Finders applies to a top-level interface without type parameters,"
                    + " not " + finders.getSimpleName() + "; declare the finders on such an interface");
            return false;
        }
        if (!Mirrors.has(entity, "jakarta.persistence.Entity")) {
            report.error(Code.INVALID_FINDER, value, "@Finders of " + finders.getSimpleName() + " names "
                    + entity.getSimpleName() + ", which is not an @Entity; name the entity the finders query");
            return false;
        }
        boolean samePackage = env.getElementUtils().getPackageOf(finders)
                .equals(env.getElementUtils().getPackageOf(entity));
        if (!samePackage && !finders.getModifiers().contains(Modifier.PUBLIC)) {
            report.error(Code.INVALID_FINDER, at, finders.getSimpleName() + " must be public or in the package of "
                    + entity.getSimpleName() + ", where Stratum generates its implementation");
            return false;
        }
        return true;
    }

    private TypeRef typeRef(TypeMirror type) {
        return switch (type.getKind()) {
            case DECLARED -> {
                var declared = (DeclaredType) type;
                String name = ((TypeElement) declared.asElement()).getQualifiedName().toString();
                var arguments = declared.getTypeArguments().stream().map(this::typeRef).toList();
                yield new TypeRef(name, arguments, env.getTypeUtils().isAssignable(env.getTypeUtils().erasure(type),
                        collection));
            }
            case WILDCARD -> {
                TypeMirror bound = ((WildcardType) type).getExtendsBound();
                yield new TypeRef("?", bound == null ? List.of() : List.of(typeRef(bound)), false);
            }
            case ARRAY -> TypeRef.of(typeRef(((ArrayType) type).getComponentType()).display() + "[]");
            default -> TypeRef.of(type.toString());
        };
    }
}

package dev.stratum.processor.scan;

import dev.stratum.annotations.AccessLevel;
import dev.stratum.processor.diagnostics.Code;
import dev.stratum.processor.diagnostics.Report;
import dev.stratum.processor.model.Constraint;
import dev.stratum.processor.model.EndpointModel;
import dev.stratum.processor.model.EndpointParameter;
import dev.stratum.processor.model.EndpointParameter.BodyParameter;
import dev.stratum.processor.model.EndpointParameter.Source;
import dev.stratum.processor.model.EndpointParameter.Validation;
import dev.stratum.processor.model.EndpointParameter.ValueParameter;
import dev.stratum.processor.model.EndpointResult;
import dev.stratum.processor.model.EndpointsModel;
import dev.stratum.processor.model.Location;
import dev.stratum.processor.model.RecordModel;
import dev.stratum.processor.model.ValueKind;
import dev.stratum.processor.model.ValueType;
import dev.stratum.processor.rules.ConstraintTargets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;

/**
 * The read stage for {@code @Endpoints} interfaces: turns an interface and the one class implementing it into an
 * {@link EndpointsModel}, reporting every method, parameter or return type the generated controller cannot serve.
 */
public final class EndpointScanner {

    private static final java.util.Set<ValueKind> TEXT_UNBOUND = java.util.EnumSet.of(ValueKind.BYTE,
            ValueKind.SHORT, ValueKind.BIG_INTEGER, ValueKind.FLOAT, ValueKind.DOUBLE, ValueKind.LOCAL_TIME, ValueKind.LOCAL_DATE_TIME,
            ValueKind.OFFSET_DATE_TIME);

    /** The annotation that declares endpoints on an interface. */
    public static final String ENDPOINTS = "dev.stratum.annotations.Endpoints";
    static final String PERMIT = "dev.stratum.annotations.Permit";
    private static final String PACKAGE = "dev.stratum.annotations.";
    private static final List<String> HTTP_METHODS = List.of("Get", "Post", "Put", "Delete");
    private static final List<String> BINDINGS = List.of("PathParam", "QueryParam", "HeaderParam", "Body");
    private static final Set<String> SPRING_STEREOTYPES = Set.of("org.springframework.stereotype.Component",
            "org.springframework.stereotype.Service", "org.springframework.stereotype.Controller",
            "org.springframework.web.bind.annotation.RestController");

    private final ProcessingEnvironment env;
    private final Report report;
    private final Mirrors mirrors;
    private final ConstraintReader constraints;
    /** Every record an operation of the interface reads or returns, by qualified name. */
    private final Map<String, RecordModel> records = new TreeMap<>();
    private Set<String> entityRequests = Set.of();

    public EndpointScanner(ProcessingEnvironment env, Report report) {
        this.env = env;
        this.report = report;
        this.mirrors = new Mirrors(env.getElementUtils());
        this.constraints = new ConstraintReader(mirrors, report);
    }

    /** Whether a method of the interface names a type that another processor (or Stratum) generates in a later round. */
    public static boolean awaitsGeneratedTypes(TypeElement endpoints) {
        return ElementFilter.methodsIn(endpoints.getEnclosedElements()).stream().anyMatch(method ->
                unresolved(method.getReturnType())
                        || method.getParameters().stream().anyMatch(parameter -> unresolved(parameter.asType())));
    }

    /** The entity named by {@code @Endpoints(entity = ...)}, by qualified name; empty when not given. */
    public static Optional<String> declaredEntity(TypeElement endpoints) {
        return Mirrors.find(endpoints, ENDPOINTS)
                .flatMap(annotation -> Mirrors.explicitValue(annotation, "entity"))
                .filter(DeclaredType.class::isInstance)
                .map(type -> ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().toString());
    }

    static boolean unresolved(TypeMirror type) {
        return type.getKind() == TypeKind.ERROR || type.getKind() == TypeKind.DECLARED
                && ((DeclaredType) type).getTypeArguments().stream().anyMatch(EndpointScanner::unresolved);
    }

    /**
     * The model of the interface, or empty when it has errors (all of them reported).
     *
     * @param candidates     the classes of the compilation, among which the implementation is looked for
     * @param entityRequests the qualified names of the entities' generated create and update requests
     */
    public Optional<EndpointsModel> scan(TypeElement endpoints, List<TypeElement> candidates,
            Set<String> entityRequests) {
        this.entityRequests = Set.copyOf(entityRequests);
        String name = endpoints.getQualifiedName().toString();
        Location at = Location.entity(name);
        AnnotationMirror annotation = Mirrors.find(endpoints, ENDPOINTS).orElseThrow();
        if (endpoints.getKind() != ElementKind.INTERFACE || endpoints.getNestingKind() != NestingKind.TOP_LEVEL) {
            report.error(Code.INVALID_ENDPOINT, at.annotation(ENDPOINTS), "@Endpoints applies to a top-level"
                    + " interface, not " + endpoints.getSimpleName() + "; declare the operations on an interface and"
                    + " implement it in a class");
            return Optional.empty();
        }
        String path = mirrors.string(annotation, "path");
        if (!validPath(path) || path.isEmpty()) {
            report.error(Code.INVALID_ENDPOINT, at.annotation(ENDPOINTS).attribute("path"), "the path '" + path
                    + "' of " + endpoints.getSimpleName() + " must start with '/' and not end with one, like"
                    + " \"/api/pets\"");
        }
        Optional<Policy> shared = policy(endpoints, at);
        List<EndpointModel> operations = new ArrayList<>();
        boolean complete = true;
        for (ExecutableElement method : ElementFilter.methodsIn(endpoints.getEnclosedElements())) {
            if (method.getModifiers().contains(Modifier.ABSTRACT)) {
                Optional<EndpointModel> operation = operation(method, path, shared,
                        Location.field(name, method.getSimpleName().toString()));
                operation.ifPresent(operations::add);
                complete &= operation.isPresent();
            }
        }
        Optional<TypeElement> implementation = implementation(endpoints, candidates, at);
        if (!complete || implementation.isEmpty() || report.hasErrorsFor(name)) {
            return Optional.empty();
        }
        String packageName = env.getElementUtils().getPackageOf(endpoints).getQualifiedName().toString();
        return Optional.of(new EndpointsModel(packageName, endpoints.getSimpleName().toString(), path,
                implementation.get().getQualifiedName().toString(), operations, List.copyOf(records.values())));
    }

    private Optional<EndpointModel> operation(ExecutableElement method, String basePath, Optional<Policy> shared,
            Location at) {
        List<AnnotationMirror> verbs = HTTP_METHODS.stream()
                .flatMap(verb -> Mirrors.find(method, PACKAGE + verb).stream())
                .toList();
        if (verbs.size() != 1) {
            report.error(Code.INVALID_ENDPOINT, at, at.describe() + (verbs.isEmpty() ? " has no HTTP method" : " has"
                    + " more than one HTTP method") + "; annotate it with exactly one of @Get, @Post, @Put or @Delete");
            return Optional.empty();
        }
        AnnotationMirror verb = verbs.get(0);
        String httpMethod = Mirrors.typeName(verb).substring(PACKAGE.length()).toUpperCase(java.util.Locale.ROOT);
        Location verbAt = at.annotation(Mirrors.typeName(verb));
        String path = mirrors.string(verb, "value");
        boolean valid = true;
        if (!validPath(path)) {
            report.error(Code.INVALID_ENDPOINT, verbAt.attribute("value"), "the path '" + path + "' of "
                    + at.describe() + " must be empty or start with '/', and not end with one, like \"/{id}/visits\"");
            valid = false;
        }
        int status = mirrors.integer(verb, "status");
        if (status != 0 && (status < 200 || status > 299)) {
            report.error(Code.INVALID_ENDPOINT, verbAt.attribute("status"), "status " + status + " of "
                    + at.describe() + " is not a success status; use one from 200 to 299, or leave it out");
            valid = false;
        }
        Optional<Policy> policy = policy(method, at).or(() -> shared);
        if (policy.isEmpty()) {
            report.error(Code.MISSING_ACCESS_POLICY, at, at.describe() + " has no access policy; add @Permit(access ="
                    + " ...) or @Permit(roles = ...) to the method or its interface, since access is denied by default");
            valid = false;
        }
        List<EndpointParameter> parameters = new ArrayList<>();
        for (VariableElement parameter : method.getParameters()) {
            Optional<EndpointParameter> bound = parameter(parameter, httpMethod,
                    Location.field(at.entity(), at.field() + "." + parameter.getSimpleName()));
            bound.ifPresent(parameters::add);
            valid &= bound.isPresent();
        }
        if (throwsChecked(method)) {
            report.error(Code.INVALID_ENDPOINT, at, at.describe() + " declares a checked exception, which the generated"
                    + " controller cannot answer; throw an unchecked exception (a ProblemException for a client error)");
            valid = false;
        }
        Optional<EndpointResult> result = result(method, at);
        if (!valid || result.isEmpty()) {
            return Optional.empty();
        }
        if (parameters.stream().filter(BodyParameter.class::isInstance).count() > 1) {
            report.error(Code.INVALID_ENDPOINT, at, at.describe() + " has more than one @Body parameter; a request"
                    + " has one body, so wrap the values in one record");
            return Optional.empty();
        }
        if (!pathMatchesParameters(basePath + path, parameters, at)) {
            return Optional.empty();
        }
        int effective = status != 0 ? status : result.get().shape() == EndpointResult.Shape.NONE ? 204 : 200;
        return Optional.of(new EndpointModel(method.getSimpleName().toString(), httpMethod, path, effective,
                policy.get().access(), policy.get().roles(), parameters, result.get(), summary(method)));
    }

    /** The first sentence of the method's Javadoc as plain text: inline tags keep their text, block tags are cut. */
    private String summary(ExecutableElement method) {
        String doc = env.getElementUtils().getDocComment(method);
        if (doc == null) {
            return "";
        }
        String text = doc.split("\\n\\s*@", 2)[0]
                .replaceAll("\\{@\\w+\\s+([^}]*)}", "$1")
                .replaceAll("<[^>]+>", "")
                .replaceAll("\\s+", " ")
                .strip();
        int end = text.indexOf(". ");
        return end < 0 ? text : text.substring(0, end + 1);
    }

    private boolean throwsChecked(ExecutableElement method) {
        TypeMirror runtime = env.getElementUtils().getTypeElement("java.lang.RuntimeException").asType();
        TypeMirror error = env.getElementUtils().getTypeElement("java.lang.Error").asType();
        return method.getThrownTypes().stream().anyMatch(thrown -> !env.getTypeUtils().isAssignable(thrown, runtime)
                && !env.getTypeUtils().isAssignable(thrown, error));
    }

    /** Every path variable has exactly one {@code @PathParam}, and every {@code @PathParam} names a variable. */
    private boolean pathMatchesParameters(String path, List<EndpointParameter> parameters, Location at) {
        Set<String> variables = new LinkedHashSet<>(EndpointModel.variables(path));
        boolean matches = true;
        Set<String> bound = new LinkedHashSet<>();
        for (EndpointParameter parameter : parameters) {
            if (parameter instanceof ValueParameter value && value.source() == Source.PATH) {
                bound.add(value.key());
                if (!variables.contains(value.key())) {
                    report.error(Code.ENDPOINT_PATH_MISMATCH, Location.field(at.entity(), at.field() + "."
                            + value.name()), "@PathParam(\"" + value.key() + "\") on " + at.describe() + " names no"
                            + " variable of its path " + path + "; add {" + value.key() + "} to the path or bind the"
                            + " parameter with @QueryParam" + closest(value.key(), variables));
                    matches = false;
                }
            }
        }
        for (String variable : variables) {
            if (!bound.contains(variable)) {
                report.error(Code.ENDPOINT_PATH_MISMATCH, at, "the path variable {" + variable + "} of "
                        + at.describe() + " has no parameter; add a parameter annotated @PathParam(\"" + variable
                        + "\")");
                matches = false;
            }
        }
        return matches;
    }

    private static String closest(String name, Set<String> variables) {
        return variables.size() == 1 ? " (did you mean '" + variables.iterator().next() + "'?)" : "";
    }

    private Optional<EndpointParameter> parameter(VariableElement parameter, String httpMethod, Location at) {
        List<AnnotationMirror> bindings = BINDINGS.stream()
                .flatMap(binding -> Mirrors.find(parameter, PACKAGE + binding).stream())
                .toList();
        if (bindings.size() != 1) {
            report.error(Code.INVALID_ENDPOINT, at, "parameter " + at.describe() + " needs exactly one of @PathParam,"
                    + " @QueryParam, @HeaderParam or @Body, so the controller knows where its value comes from");
            return Optional.empty();
        }
        AnnotationMirror binding = bindings.get(0);
        String kind = Mirrors.typeName(binding).substring(PACKAGE.length());
        String name = parameter.getSimpleName().toString();
        if (kind.equals("Body")) {
            return body(parameter, httpMethod, at);
        }
        // The value types added for entity fields are not bound from path, query or header text yet.
        Optional<ValueType> type = TypeMapper.mapPersistable(parameter.asType())
                .filter(t -> !TEXT_UNBOUND.contains(t.kind()));
        if (type.isEmpty()) {
            report.error(Code.UNSUPPORTED_ENDPOINT_TYPE, at, "parameter " + at.describe() + " of type "
                    + parameter.asType() + " cannot be bound from text; use String, boolean, int, long (or their"
                    + " wrappers), BigDecimal, LocalDate, Instant, UUID or an enum");
            return Optional.empty();
        }
        String key = mirrors.string(binding, "value");
        Source source = switch (kind) {
            case "PathParam" -> Source.PATH;
            case "QueryParam" -> Source.QUERY;
            default -> Source.HEADER;
        };
        Optional<String> defaultValue = source == Source.QUERY
                ? Mirrors.explicitValue(binding, "defaultValue").map(String.class::cast)
                : Optional.empty();
        List<Constraint> declared = constraints.read(parameter, at);
        // The same applicability table as for fields: the controller runs the same generated checks.
        var mismatches = new Report();
        declared.forEach(constraint -> ConstraintTargets.check(constraint, type.get(), at, mismatches));
        report.addAll(mismatches);
        if (mismatches.hasErrors()) {
            return Optional.empty();
        }
        return Optional.of(new ValueParameter(name, source, key, type.get(), defaultValue, declared));
    }


    private Optional<EndpointParameter> body(VariableElement parameter, String httpMethod, Location at) {
        Optional<TypeElement> record = record(parameter.asType());
        if (record.isEmpty()) {
            report.error(Code.UNSUPPORTED_ENDPOINT_TYPE, at, "the body " + at.describe() + " of type "
                    + parameter.asType() + " is not supported; use a top-level record (annotate it @Validatable to"
                    + " check its constraints)");
            return Optional.empty();
        }
        if (httpMethod.equals("GET") || httpMethod.equals("DELETE")) {
            report.error(Code.INVALID_ENDPOINT, at, "a " + httpMethod + " request carries no body, so " + at.describe()
                    + " cannot be a @Body; use @Post or @Put, or bind the values with @QueryParam");
            return Optional.empty();
        }
        TypeElement type = record.get();
        Validation validation = entityRequests.contains(type.getQualifiedName().toString()) ? Validation.ENTITY
                : Mirrors.has(type, ValidatableScanner.VALIDATABLE) ? Validation.TYPE : Validation.NONE;
        String packageName = packageOf(type);
        remember(type);
        return Optional.of(new BodyParameter(parameter.getSimpleName().toString(), packageName,
                type.getSimpleName().toString(), validation,
                validation == Validation.TYPE && ValidatableScanner.validatorNeedsClock(type)));
    }

    private Optional<EndpointResult> result(ExecutableElement method, Location at) {
        TypeMirror type = method.getReturnType();
        if (type.getKind() == TypeKind.VOID) {
            return Optional.of(EndpointResult.none());
        }
        EndpointResult.Shape shape = EndpointResult.Shape.ONE;
        TypeMirror element = type;
        if (type.getKind() == TypeKind.DECLARED && ((DeclaredType) type).getTypeArguments().size() == 1) {
            String container = ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().toString();
            shape = switch (container) {
                case "java.util.List" -> EndpointResult.Shape.LIST;
                case "java.util.Optional" -> EndpointResult.Shape.OPTIONAL;
                default -> null;
            };
            element = ((DeclaredType) type).getTypeArguments().get(0);
        }
        Optional<TypeElement> record = shape == null ? Optional.empty() : record(element);
        if (record.isEmpty()) {
            report.error(Code.UNSUPPORTED_ENDPOINT_TYPE, at, at.describe() + " returns " + type + ", which is not"
                    + " supported; return void, a record, List<record> or Optional<record> (empty answers 404)");
            return Optional.empty();
        }
        remember(record.get());
        return Optional.of(new EndpointResult(shape, packageOf(record.get()), record.get().getSimpleName().toString()));
    }

    private static Optional<TypeElement> record(TypeMirror type) {
        if (type.getKind() != TypeKind.DECLARED) {
            return Optional.empty();
        }
        var element = (TypeElement) ((DeclaredType) type).asElement();
        return element.getKind() == ElementKind.RECORD && element.getNestingKind() == NestingKind.TOP_LEVEL
                ? Optional.of(element) : Optional.empty();
    }

    /** Keeps the record's shape for the OpenAPI document; its own constraints were checked where it is declared. */
    private void remember(TypeElement record) {
        var quiet = new ConstraintReader(mirrors, new Report());
        String qualifiedName = record.getQualifiedName().toString();
        List<RecordModel.Component> components = new ArrayList<>();
        for (VariableElement field : ElementFilter.fieldsIn(record.getEnclosedElements())) {
            if (!field.getModifiers().contains(Modifier.STATIC)) {
                components.add(new RecordModel.Component(field.getSimpleName().toString(),
                        TypeMapper.mapPersistable(field.asType()).orElse(null),
                        quiet.read(field, Location.field(qualifiedName, field.getSimpleName().toString()))));
            }
        }
        records.putIfAbsent(qualifiedName, new RecordModel(packageOf(record), record.getSimpleName().toString(),
                components));
    }

    /** The {@code @Permit} on the element, checked; empty when there is none or it is invalid (then reported). */
    private Optional<Policy> policy(javax.lang.model.element.Element element, Location at) {
        Optional<AnnotationMirror> permit = Mirrors.find(element, PERMIT);
        if (permit.isEmpty()) {
            return Optional.empty();
        }
        AccessLevel access = AccessLevel.valueOf(mirrors.enumName(permit.get(), "access"));
        List<String> roles = mirrors.strings(permit.get(), "roles");
        Location permitAt = at.annotation(PERMIT);
        if (roles.isEmpty() == (access == AccessLevel.ROLES)) {
            report.error(Code.INVALID_ACCESS_POLICY, permitAt, access == AccessLevel.ROLES
                    ? "@Permit on " + at.describe() + " names no role; add roles = \"...\" or choose access ="
                            + " AccessLevel.PUBLIC or AUTHENTICATED"
                    : "@Permit(access = " + access + ") on " + at.describe() + " cannot name roles; remove roles or"
                            + " leave access at ROLES");
            return Optional.empty();
        }
        for (String role : roles) {
            if (role.isBlank() || role.startsWith("ROLE_")) {
                report.error(Code.INVALID_ACCESS_POLICY, permitAt.attribute("roles"), "role '" + role + "' on "
                        + at.describe() + " must be a name without the ROLE_ prefix");
                return Optional.empty();
            }
        }
        return Optional.of(new Policy(access, roles));
    }

    /** The one concrete class of the compilation that implements the interface, ready to be registered as a bean. */
    private Optional<TypeElement> implementation(TypeElement endpoints, List<TypeElement> candidates, Location at) {
        TypeMirror wanted = env.getTypeUtils().erasure(endpoints.asType());
        List<TypeElement> found = candidates.stream()
                .filter(type -> type.getKind() == ElementKind.CLASS && !type.getModifiers().contains(Modifier.ABSTRACT))
                .filter(type -> env.getTypeUtils().isAssignable(env.getTypeUtils().erasure(type.asType()), wanted))
                .toList();
        if (found.size() != 1) {
            report.error(Code.ENDPOINT_IMPLEMENTATION, at.annotation(ENDPOINTS), found.isEmpty()
                    ? endpoints.getSimpleName() + " has no implementation in this compilation; write a class that"
                            + " implements it"
                    : endpoints.getSimpleName() + " has " + found.size() + " implementations ("
                            + String.join(", ", found.stream().map(type -> type.getSimpleName().toString()).toList())
                            + "); keep one, since its generated controller calls exactly one");
            return Optional.empty();
        }
        TypeElement implementation = found.get(0);
        boolean publicConstructor = ElementFilter.constructorsIn(implementation.getEnclosedElements()).stream()
                .anyMatch(constructor -> constructor.getModifiers().contains(Modifier.PUBLIC));
        boolean annotated = implementation.getAnnotationMirrors().stream().map(Mirrors::typeName)
                .anyMatch(SPRING_STEREOTYPES::contains);
        if (!implementation.getModifiers().contains(Modifier.PUBLIC) || !publicConstructor || annotated
                || implementation.getNestingKind() != NestingKind.TOP_LEVEL) {
            report.error(Code.ENDPOINT_IMPLEMENTATION, Location.entity(implementation.getQualifiedName().toString()),
                    implementation.getSimpleName() + " implements " + endpoints.getSimpleName() + " but Stratum cannot register it: make it a public"
                    + " top-level class with a public constructor and without a Spring stereotype annotation (the"
                    + " generated configuration registers it)");
            return Optional.empty();
        }
        return Optional.of(implementation);
    }

    private String packageOf(TypeElement type) {
        return env.getElementUtils().getPackageOf(type).getQualifiedName().toString();
    }

    /** A path below a resource: empty, or {@code /segment...} without a trailing slash or empty segments. */
    private static boolean validPath(String path) {
        return path.isEmpty() || path.startsWith("/") && !path.endsWith("/") && !path.contains("//")
                && path.chars().noneMatch(Character::isWhitespace);
    }

    private record Policy(AccessLevel access, List<String> roles) {
    }
}

package dev.stratum.processor.generate;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.stratum.processor.model.Constraint;
import dev.stratum.processor.model.EndpointModel;
import dev.stratum.processor.model.EndpointParameter;
import dev.stratum.processor.model.EndpointParameter.BodyParameter;
import dev.stratum.processor.model.EndpointParameter.Validation;
import dev.stratum.processor.model.EndpointParameter.ValueParameter;
import dev.stratum.processor.model.EndpointResult;
import dev.stratum.processor.model.EndpointsModel;
import dev.stratum.processor.model.Naming;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code PetCareController} for an {@code @Endpoints} interface: Spring MVC binding of its path variables,
 * query parameters, headers and body, the body's generated validator and the parameters' constraints, then one call to
 * the hand-written implementation and the mapping of its result to a response. Authorization is the route policies'
 * ({@link EndpointConfigurationWriter}); errors become problem documents in the runtime's advice.
 */
public final class EndpointControllerWriter {

    private static final String WEB = "org.springframework.web.bind.annotation";
    private static final ClassName REST_CONTROLLER = ClassName.get(WEB, "RestController");
    private static final ClassName REQUEST_MAPPING = ClassName.get(WEB, "RequestMapping");
    private static final ClassName REQUEST_BODY = ClassName.get(WEB, "RequestBody");
    private static final ClassName PATH_VARIABLE = ClassName.get(WEB, "PathVariable");
    private static final ClassName REQUEST_PARAM = ClassName.get(WEB, "RequestParam");
    private static final ClassName REQUEST_HEADER = ClassName.get(WEB, "RequestHeader");
    private static final ClassName RESPONSE_ENTITY = ClassName.get("org.springframework.http", "ResponseEntity");
    private static final ClassName MEDIA_TYPE = ClassName.get("org.springframework.http", "MediaType");
    private static final ClassName VALIDATION_EXCEPTION =
            ClassName.get("dev.stratum.runtime.validation", "ValidationException");
    private static final ClassName INVALID_PARAMETER =
            ClassName.get("dev.stratum.runtime.problem", "InvalidParameterException");
    private static final ClassName NOT_FOUND = ClassName.get("dev.stratum.runtime.problem", "NotFoundException");
    private static final String IMPLEMENTATION = "endpoints";
    private static final String CREATE_REQUEST = "CreateRequest";
    /** The local collecting a parameter's violations. */
    private static final String INVALID = "invalid";

    /** The controller's name: the interface's name followed by {@code Controller}. */
    public static ClassName controllerName(EndpointsModel model) {
        return ClassName.get(model.packageName(), model.simpleName() + "Controller");
    }

    public JavaFile write(EndpointsModel model) {
        ClassName endpoints = ClassName.get(model.packageName(), model.simpleName());
        TypeSpec.Builder controller = TypeSpec.classBuilder(controllerName(model))
                .addModifiers(Modifier.PUBLIC)
                .addAnnotation(REST_CONTROLLER)
                .addAnnotation(AnnotationSpec.builder(REQUEST_MAPPING).addMember("value", "$S", model.path()).build());
        Map<String, PropertyChecks> checks = parameterChecks(model);
        checks.values().forEach(parameter -> controller.addFields(parameter.constants()));
        controller.addField(endpoints, IMPLEMENTATION, Modifier.PRIVATE, Modifier.FINAL);
        Map<String, BodyParameter> validated = validatedBodies(model);
        validated.forEach((field, body) -> controller.addField(validatorOf(body), field, Modifier.PRIVATE,
                Modifier.FINAL));
        boolean parametersNeedClock = model.endpoints().stream()
                .flatMap(endpoint -> endpoint.parameters().stream())
                .anyMatch(parameter -> parameter instanceof ValueParameter value && value.constraints().stream()
                        .anyMatch(Constraint.Temporal.class::isInstance));
        if (parametersNeedClock) {
            controller.addField(Clock.class, PropertyChecks.CLOCK, Modifier.PRIVATE, Modifier.FINAL);
        }
        controller.addMethod(constructor(endpoints, validated, parametersNeedClock));
        for (EndpointModel endpoint : model.endpoints()) {
            controller.addMethod(method(model, endpoints, endpoint, checks));
        }
        checks.values().forEach(parameter -> controller.addMethod(parameter.method()));
        checks.values().forEach(parameter -> controller.addTypes(parameter.types()));
        Sources.mark(controller, endpoints, CodeBlock.of("The HTTP binding of {@link $T} at {@code $L}; every method"
                + " delegates to the implementation.", endpoints, model.path()));
        return Sources.file(model.packageName(), controller.build());
    }

    /**
     * The checks of every constrained path, query and header parameter, in endpoint and parameter order: the same
     * generated checks as a validator's, one method per parameter named after its endpoint
     * ({@code checkByCodeCode}), by {@link #checksKey}. {@code @NotNull} is left out: Spring binds required
     * parameters only.
     */
    private static Map<String, PropertyChecks> parameterChecks(EndpointsModel model) {
        Map<String, PropertyChecks> checks = new LinkedHashMap<>();
        var constantNames = new HashSet<String>();
        for (EndpointModel endpoint : model.endpoints()) {
            for (EndpointParameter parameter : endpoint.parameters()) {
                if (parameter instanceof ValueParameter value) {
                    List<Constraint> checked = value.constraints().stream()
                            .filter(constraint -> !(constraint instanceof Constraint.NotNull))
                            .toList();
                    if (!checked.isEmpty()) {
                        var parameterChecks = new PropertyChecks(endpoint.name(), value.name(), value.type(),
                                constantNames);
                        parameterChecks.addAll(checked);
                        checks.put(checksKey(endpoint, value), parameterChecks);
                    }
                }
            }
        }
        return checks;
    }

    private static String checksKey(EndpointModel endpoint, ValueParameter parameter) {
        return endpoint.name() + "." + parameter.name();
    }

    private static MethodSpec constructor(ClassName endpoints, Map<String, BodyParameter> validated,
            boolean parametersNeedClock) {
        var constructor = MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PUBLIC)
                .addParameter(endpoints, IMPLEMENTATION)
                .addStatement("this.$N = $N", IMPLEMENTATION, IMPLEMENTATION);
        boolean clock = parametersNeedClock || validated.values().stream().anyMatch(BodyParameter::validatorClock);
        if (clock) {
            constructor.addParameter(Clock.class, PropertyChecks.CLOCK);
        }
        if (parametersNeedClock) {
            constructor.addStatement("this.$N = $N", PropertyChecks.CLOCK, PropertyChecks.CLOCK);
        }
        validated.forEach((field, body) -> {
            if (body.validation() == Validation.ENTITY) {
                constructor.addParameter(validatorOf(body), field).addStatement("this.$N = $N", field, field);
            } else {
                constructor.addStatement("this.$N = new $T($L)", field, validatorOf(body),
                        body.validatorClock() ? PropertyChecks.CLOCK : "");
            }
        });
        return constructor.build();
    }

    private static MethodSpec method(EndpointsModel model, ClassName endpoints, EndpointModel endpoint,
            Map<String, PropertyChecks> checks) {
        var method = MethodSpec.methodBuilder(endpoint.name())
                .addJavadoc("{@code $L $L$L}: calls {@link $T#$L}.\n", endpoint.httpMethod(), model.path(),
                        endpoint.path(), endpoints, endpoint.name())
                .addAnnotation(mapping(endpoint))
                .addModifiers(Modifier.PUBLIC)
                .returns(ParameterizedTypeName.get(RESPONSE_ENTITY, bodyType(endpoint.result())));
        for (EndpointParameter parameter : endpoint.parameters()) {
            method.addParameter(parameter(parameter));
        }
        boolean collecting = false;
        for (EndpointParameter parameter : endpoint.parameters()) {
            if (parameter instanceof ValueParameter value) {
                PropertyChecks parameterChecks = checks.get(checksKey(endpoint, value));
                if (parameterChecks != null) {
                    if (!collecting) {
                        method.addStatement("$T $N = new $T<>()", PropertyChecks.VIOLATIONS, INVALID, ArrayList.class);
                        collecting = true;
                    }
                    check(method, value, parameterChecks);
                }
            } else if (parameter instanceof BodyParameter body && body.validation() != Validation.NONE) {
                method.addStatement("$T.throwIfAny($N.$N($N))", VALIDATION_EXCEPTION, validatorField(body),
                        validateMethod(body), body.name());
            }
        }
        CodeBlock call = CodeBlock.of("$N.$N($L)", IMPLEMENTATION, endpoint.name(), endpoint.parameters().stream()
                .map(parameter -> CodeBlock.of("$N", parameter.name()))
                .collect(CodeBlock.joining(", ")));
        return method.addCode(respond(endpoint, call)).build();
    }

    private static CodeBlock respond(EndpointModel endpoint, CodeBlock call) {
        EndpointResult result = endpoint.result();
        CodeBlock status = endpoint.status() == 200
                ? CodeBlock.of("$T.ok()", RESPONSE_ENTITY)
                : CodeBlock.of("$T.status($L)", RESPONSE_ENTITY, endpoint.status());
        return switch (result.shape()) {
            case NONE -> CodeBlock.builder()
                    .addStatement("$L", call)
                    .addStatement("return $L.build()", endpoint.status() == 204
                            ? CodeBlock.of("$T.noContent()", RESPONSE_ENTITY) : status)
                    .build();
            case ONE, LIST -> CodeBlock.of("return $L.body($L);\n", status, call);
            case OPTIONAL -> CodeBlock.builder()
                    .addStatement("$T found = $L\n.orElseThrow(() -> new $T($S))", recordType(result), call, NOT_FOUND,
                            "No " + resourceName(result) + " matches the request.")
                    .addStatement("return $L.body(found)", status)
                    .build();
        };
    }

    /** {@code PetResponse} reads as {@code Pet} in a message. */
    private static String resourceName(EndpointResult result) {
        String name = result.simpleName();
        return name.endsWith("Response") && name.length() > "Response".length()
                ? name.substring(0, name.length() - "Response".length()) : name;
    }

    /**
     * The parameter's checks, before the call: the first constraint it breaks answers a 400 invalid-parameter problem
     * naming the parameter, with the constraint's message.
     */
    private static void check(MethodSpec.Builder method, ValueParameter parameter, PropertyChecks checks) {
        method.addStatement("$N($N, $N)", checks.methodName(), parameter.name(), INVALID)
                .beginControlFlow("if (!$N.isEmpty())", INVALID)
                .addStatement("throw new $T($S,$W$S + $N.get(0).message() + $S)", INVALID_PARAMETER, parameter.key(),
                        describe(parameter) + " '" + parameter.key() + "': ", INVALID, ".")
                .endControlFlow();
    }

    private static String describe(ValueParameter parameter) {
        return switch (parameter.source()) {
            case PATH -> "Path variable";
            case QUERY -> "Query parameter";
            case HEADER -> "Header";
        };
    }

    private static ParameterSpec parameter(EndpointParameter parameter) {
        if (parameter instanceof BodyParameter body) {
            return ParameterSpec.builder(ClassName.get(body.packageName(), body.simpleName()), body.name())
                    .addAnnotation(REQUEST_BODY)
                    .build();
        }
        var value = (ValueParameter) parameter;
        TypeName boxed = TypeNames.boxed(value.type());
        TypeName type = value.type().primitive() ? boxed.unbox() : boxed;
        AnnotationSpec binding = switch (value.source()) {
            case PATH -> AnnotationSpec.builder(PATH_VARIABLE).addMember("value", "$S", value.key()).build();
            case HEADER -> AnnotationSpec.builder(REQUEST_HEADER).addMember("name", "$S", value.key()).build();
            case QUERY -> {
                var query = AnnotationSpec.builder(REQUEST_PARAM).addMember("name", "$S", value.key());
                value.defaultValue().ifPresent(text -> query.addMember("defaultValue", "$S", text));
                yield query.build();
            }
        };
        return ParameterSpec.builder(type, value.name()).addAnnotation(binding).build();
    }

    private static AnnotationSpec mapping(EndpointModel endpoint) {
        String annotation = Naming.capitalize(endpoint.httpMethod().toLowerCase(Locale.ROOT)) + "Mapping";
        var mapping = AnnotationSpec.builder(ClassName.get(WEB, annotation));
        if (!endpoint.path().isEmpty()) {
            mapping.addMember("value", "$S", endpoint.path());
        }
        if (endpoint.body().isPresent()) {
            mapping.addMember("consumes", "$T.APPLICATION_JSON_VALUE", MEDIA_TYPE);
        }
        if (endpoint.result().shape() != EndpointResult.Shape.NONE) {
            mapping.addMember("produces", "$T.APPLICATION_JSON_VALUE", MEDIA_TYPE);
        }
        return mapping.build();
    }

    private static TypeName bodyType(EndpointResult result) {
        return switch (result.shape()) {
            case NONE -> ClassName.get(Void.class);
            case ONE, OPTIONAL -> recordType(result);
            case LIST -> ParameterizedTypeName.get(ClassName.get(List.class), recordType(result));
        };
    }

    private static ClassName recordType(EndpointResult result) {
        return ClassName.get(result.packageName(), result.simpleName());
    }

    /** The validated body types of the interface, each with one validator field, by field name. */
    private static Map<String, BodyParameter> validatedBodies(EndpointsModel model) {
        return model.endpoints().stream()
                .flatMap(endpoint -> endpoint.body().stream())
                .filter(body -> body.validation() != Validation.NONE)
                .collect(Collectors.toMap(EndpointControllerWriter::validatorField, body -> body, (a, b) -> a,
                        TreeMap::new));
    }

    private static String validatorField(BodyParameter body) {
        return Naming.decapitalize(validatorOf(body).simpleName());
    }

    /** A {@code @Validatable} record's own validator, or the entity's for its {@code PetCreateRequest}. */
    private static ClassName validatorOf(BodyParameter body) {
        return TypeValidatorWriter.validatorName(body.packageName(), body.validation() == Validation.ENTITY
                ? entityOf(body) : body.simpleName());
    }

    private static String validateMethod(BodyParameter body) {
        if (body.validation() == Validation.TYPE) {
            return "validate";
        }
        return body.simpleName().endsWith(CREATE_REQUEST) ? "validateCreate" : "validateUpdate";
    }

    private static String entityOf(BodyParameter body) {
        String suffix = body.simpleName().endsWith(CREATE_REQUEST) ? CREATE_REQUEST : "UpdateRequest";
        return body.simpleName().substring(0, body.simpleName().length() - suffix.length());
    }
}

package dev.stratum.processor.generate;

import dev.stratum.annotations.AccessLevel;
import dev.stratum.processor.generate.Json.Obj;
import dev.stratum.processor.model.AccessPolicy;
import dev.stratum.processor.model.ColumnModel;
import dev.stratum.processor.model.Constraint;
import dev.stratum.processor.model.EndpointModel;
import dev.stratum.processor.model.EndpointParameter;
import dev.stratum.processor.model.EndpointParameter.ValueParameter;
import dev.stratum.processor.model.EndpointResult;
import dev.stratum.processor.model.EndpointsModel;
import dev.stratum.processor.model.EntityModel;
import dev.stratum.processor.model.Naming;
import dev.stratum.processor.model.PropertyModel;
import dev.stratum.processor.model.RecordModel;
import dev.stratum.processor.model.ValueType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The part of the OpenAPI document that describes operations declared on {@code @Endpoints} interfaces: their
 * parameters with every checked constraint, request and response records, the problems each may answer and who may
 * call it. Pure, like {@link OpenApiWriter}.
 */
final class EndpointOpenApi {

    private static final String JSON = "application/json";

    private EndpointOpenApi() {
    }

    /**
     * Adds the operations of {@code all} to {@code paths} and the records they use to {@code schemas}; an entity's
     * generated request or response record gets the schema its entity's model gives it, with every constraint.
     */
    static void add(Obj paths, Obj schemas, List<Object> tags, List<EndpointsModel> all, List<EntityModel> entities,
            boolean idempotentPosts) {
        Map<String, Supplier<Obj>> generated = new HashMap<>();
        for (EntityModel entity : entities) {
            generated.put(TypeNames.createRequest(entity).canonicalName(), () -> OpenApiSchemas.request(entity,
                    "The body of a request that creates one " + entity.simpleName() + "."));
            generated.put(TypeNames.updateRequest(entity).canonicalName(), () -> OpenApiSchemas.updateRequest(entity,
                    "The body of a request that replaces the editable fields of one " + entity.simpleName() + "."));
            generated.put(TypeNames.response(entity).canonicalName(), () -> OpenApiSchemas.response(entity,
                    "What a client sees of one " + entity.simpleName() + "."));
        }
        List<EndpointsModel> sorted = all.stream()
                .sorted(Comparator.comparing(EndpointsModel::path).thenComparing(EndpointsModel::qualifiedName))
                .toList();
        for (EndpointsModel endpoints : sorted) {
            tags.add(Json.obj().put("name", endpoints.simpleName()));
            endpoints.endpoints().stream()
                    .sorted(Comparator.comparing(EndpointModel::path).thenComparing(EndpointModel::httpMethod))
                    .forEach(endpoint -> paths.object(endpoints.path() + endpoint.path())
                            .put(endpoint.httpMethod().toLowerCase(Locale.ROOT), operation(endpoints, endpoint,
                                    idempotentPosts && endpoint.httpMethod().equals("POST"))));
            for (RecordModel record : endpoints.records()) {
                if (!schemas.has(record.simpleName())) {
                    schemas.put(record.simpleName(), generated.getOrDefault(record.qualifiedName(), () -> schema(record))
                            .get());
                }
            }
        }
    }

    private static Obj operation(EndpointsModel endpoints, EndpointModel endpoint, boolean idempotent) {
        var policy = new AccessPolicy(0, List.of(), endpoint.access(), endpoint.roles());
        var operation = Json.obj()
                .put("operationId", Naming.decapitalize(endpoints.simpleName()) + Naming.capitalize(endpoint.name()))
                .put("tags", Json.array(endpoints.simpleName()))
                .put("summary", endpoint.summary().isEmpty()
                        ? "Calls " + endpoints.simpleName() + "." + endpoint.name() + "." : endpoint.summary())
                .put("description", OpenApiWriter.access(policy))
                .put("security", OpenApiWriter.security(policy));
        List<Object> parameters = new ArrayList<>();
        for (EndpointParameter parameter : endpoint.parameters()) {
            if (parameter instanceof ValueParameter value) {
                parameters.add(parameter(value));
            }
        }
        boolean declaredParameters = !parameters.isEmpty();
        if (idempotent) {
            parameters.add(IdempotencyKeys.keyParameter());
        }
        if (!parameters.isEmpty()) {
            operation.put("parameters", parameters);
        }
        endpoint.body().ifPresent(body -> operation.put("requestBody", Json.obj().put("required", true)
                .put("content", Json.obj().put(JSON, Json.obj().put("schema", Json.ref("schemas", body.simpleName()))))));
        return operation.put("responses", responses(endpoint, declaredParameters, idempotent).sortedByName());
    }

    private static Obj responses(EndpointModel endpoint, boolean parameters, boolean idempotent) {
        EndpointResult result = endpoint.result();
        var success = Json.obj().put("description", result.shape() == EndpointResult.Shape.NONE ? "Done." : "The result.");
        if (result.shape() != EndpointResult.Shape.NONE) {
            Obj schema = result.shape() == EndpointResult.Shape.LIST
                    ? Json.obj().put("type", "array").put("items", Json.ref("schemas", result.simpleName()))
                    : Json.ref("schemas", result.simpleName());
            success.put("content", Json.obj().put(JSON, Json.obj().put("schema", schema)));
        }
        var responses = Json.obj().put(String.valueOf(endpoint.status()), success);
        boolean body = endpoint.body().isPresent();
        Problems.Problem badRequest = body ? (parameters ? Problems.INVALID_UPDATE : Problems.INVALID_BODY)
                : parameters ? Problems.BAD_PAGE : null;
        if (idempotent) {
            success.put("headers", Json.obj().put(IdempotencyKeys.REPLAYED, IdempotencyKeys.replayedHeader()));
            badRequest = badRequest == null ? Problems.INVALID_IDEMPOTENCY_KEY
                    : badRequest.with(Problems.INVALID_IDEMPOTENCY_KEY);
            Problems.add(responses, Problems.IDEMPOTENCY_KEY_IN_USE, Problems.IDEMPOTENCY_KEY_REUSED);
        }
        if (badRequest != null) {
            Problems.add(responses, badRequest);
        }
        if (body) {
            Problems.add(responses, Problems.PAYLOAD_TOO_LARGE, Problems.UNSUPPORTED_MEDIA_TYPE);
        }
        if (result.shape() != EndpointResult.Shape.NONE) {
            Problems.add(responses, Problems.NOT_ACCEPTABLE);
        }
        // A path variable addresses something that may not exist; an empty Optional answers 404 by design.
        if (result.shape() == EndpointResult.Shape.OPTIONAL || !EndpointModel.variables(endpoint.path()).isEmpty()) {
            Problems.add(responses, Problems.NOT_FOUND);
        }
        if (endpoint.access() != AccessLevel.PUBLIC) {
            Problems.add(responses, Problems.UNAUTHENTICATED);
        }
        if (endpoint.access() == AccessLevel.ROLES) {
            Problems.add(responses, Problems.FORBIDDEN);
        }
        Problems.forEveryOperation(responses);
        return responses;
    }

    private static Obj parameter(ValueParameter parameter) {
        Obj schema = OpenApiSchemas.property(property(parameter.name(), parameter.type(), parameter.constraints()),
                false);
        parameter.defaultValue().ifPresent(text -> schema.put("default", typed(parameter.type(), text)));
        String in = switch (parameter.source()) {
            case PATH -> "path";
            case QUERY -> "query";
            case HEADER -> "header";
        };
        return Json.obj().put("name", parameter.key()).put("in", in)
                .put("required", parameter.defaultValue().isEmpty())
                .put("schema", schema);
    }

    private static Object typed(ValueType type, String text) {
        return switch (type.kind()) {
            case INT, LONG -> Long.parseLong(text);
            case BOOLEAN -> Boolean.parseBoolean(text);
            default -> text;
        };
    }

    /** A record's schema: its simple-valued components typed and constrained, any other component left open. */
    private static Obj schema(RecordModel record) {
        var properties = Json.obj();
        List<Object> required = new ArrayList<>();
        for (RecordModel.Component component : record.components()) {
            if (component.type() == null) {
                properties.put(component.name(), Json.obj());
                continue;
            }
            PropertyModel property = property(component.name(), component.type(), component.constraints());
            properties.put(component.name(), OpenApiSchemas.property(property, !property.required()));
            if (property.required()) {
                required.add(component.name());
            }
        }
        var schema = Json.obj().put("type", "object").put("properties", properties);
        if (!required.isEmpty()) {
            schema.put("required", required);
        }
        return schema.put("additionalProperties", false);
    }

    /** A parameter or record component in the shape the schema mapping reads; it has no column of its own. */
    private static PropertyModel property(String name, ValueType type, List<Constraint> constraints) {
        int scale = constraints.stream().filter(Constraint.Digits.class::isInstance)
                .map(c -> ((Constraint.Digits) c).fraction()).findFirst().orElse(0);
        return new PropertyModel(name, new ColumnModel(name, true, 0, 0, scale, false), type, name, name,
                PropertyModel.Role.FIELD, false, false, constraints);
    }
}

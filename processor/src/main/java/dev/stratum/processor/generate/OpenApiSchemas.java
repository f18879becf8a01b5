package dev.stratum.processor.generate;

import dev.stratum.processor.generate.Json.Obj;
import dev.stratum.processor.model.Constraint;
import dev.stratum.processor.model.EmbeddedModel;
import dev.stratum.processor.model.EntityModel;
import dev.stratum.processor.model.Expansion;
import dev.stratum.processor.model.PropertyModel;
import dev.stratum.processor.model.SummaryModel;
import dev.stratum.processor.model.ValueKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The JSON Schemas (OpenAPI 3.1 dialect) of an entity's request, response and page bodies, with every validation
 * constraint mapped to the keyword that says the same thing, and the problem documents every operation may answer.
 */
final class OpenApiSchemas {

    /** ISO 8601 local date-time as Java reads it: seconds and up to nine fraction digits optional, no offset. */
    private static final String LOCAL_DATE_TIME = "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?$";
    /** ISO 8601 local time as Java reads it: seconds and up to nine fraction digits optional. */
    private static final String LOCAL_TIME = "^\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?$";

    private OpenApiSchemas() {
    }

    static String createRequestName(EntityModel entity) {
        return entity.simpleName() + "CreateRequest";
    }

    static String updateRequestName(EntityModel entity) {
        return entity.simpleName() + "UpdateRequest";
    }

    static String mergePatchName(EntityModel entity) {
        return entity.simpleName() + "MergePatch";
    }

    static String responseName(EntityModel entity) {
        return entity.simpleName() + "Response";
    }

    static String pageName(EntityModel entity) {
        return entity.simpleName() + "Page";
    }

    /** The body a create or update request carries: only the fields a client may set, nothing else. */
    static Obj request(EntityModel entity, String purpose) {
        return requestFields(entity, purpose, true, false);
    }

    /** The body of an update request: a hashed secret is optional there, as leaving it out keeps the stored hash. */
    static Obj updateRequest(EntityModel entity, String purpose) {
        return requestFields(entity, purpose, true, true);
    }

    private static Obj requestFields(EntityModel entity, String purpose, boolean listRequired, boolean update) {
        var properties = Json.obj();
        List<Object> required = new ArrayList<>();
        for (PropertyModel field : entity.requestFields()) {
            boolean present = field.required() && !(update && field.hashed());
            Obj schema = property(field, !present);
            if (field.sensitive()) {
                schema.put("writeOnly", true);
            }
            if (field.hashed()) {
                schema.put("description", "A secret stored only as a hash; on update, leaving it out or null keeps"
                        + " the current one.");
            }
            properties.put(field.name(), schema);
            if (listRequired && present) {
                required.add(field.name());
            }
        }
        for (EmbeddedModel embedded : entity.embedded()) {
            properties.put(embedded.name(), embedded(embedded, listRequired));
            if (listRequired && embedded.required()) {
                required.add(embedded.name());
            }
        }
        return object(purpose, properties, required).put("additionalProperties", false);
    }

    /**
     * The body of a PATCH (RFC 7396): the update request's fields, none required; {@code null} clears a field, so it
     * is allowed exactly where the update request allows it.
     */
    static Obj mergePatch(EntityModel entity) {
        return requestFields(entity, "A JSON Merge Patch of one " + entity.simpleName() + ": absent fields stay as"
                + " they are, null clears one, any other value replaces it.", false, true);
    }

    /** What a client sees: every property is always present (null when unset), sensitive ones never. */
    static Obj response(EntityModel entity, String purpose) {
        var properties = Json.obj();
        List<Object> required = new ArrayList<>();
        for (PropertyModel property : entity.responseProperties()) {
            boolean nullable = property.role() == PropertyModel.Role.FIELD && !property.required();
            boolean readOnly = property.serverOwned() || property.role() != PropertyModel.Role.FIELD;
            properties.put(property.name(), property(property, nullable).putIfPresent("readOnly", readOnly ? true : null));
            required.add(property.name());
        }
        for (EmbeddedModel embedded : entity.embedded()) {
            properties.put(embedded.name(), embedded(embedded, true));
            required.add(embedded.name());
        }
        for (Expansion expansion : entity.expansions()) {
            properties.put(expansion.field(), expanded(expansion));
            required.add(expansion.field());
        }
        return object(purpose, properties, required);
    }

    /**
     * An embedded value as a nested object with its fields' constraints; {@code null} unless required. A merge patch
     * ({@code listRequired} false) names only the members it changes.
     */
    private static Obj embedded(EmbeddedModel embedded, boolean listRequired) {
        var properties = Json.obj();
        List<Object> required = new ArrayList<>();
        for (PropertyModel component : embedded.components()) {
            properties.put(component.name(), property(component, !component.required()));
            if (listRequired && component.required()) {
                required.add(component.name());
            }
        }
        var schema = Json.obj().put("type", embedded.required() ? "object" : Json.array("object", "null"))
                .put("properties", properties);
        if (!required.isEmpty()) {
            schema.put("required", required);
        }
        return schema.put("additionalProperties", false);
    }

    static String summaryName(SummaryModel summary) {
        return summary.simpleName() + "Summary";
    }

    /** An expanded relation: the related summary or null, or a bounded array of the children's summaries. */
    private static Obj expanded(Expansion expansion) {
        Obj summary = Json.ref("schemas", summaryName(expansion.target()));
        if (expansion.toMany()) {
            return Json.obj().put("type", "array").put("items", summary).put("maxItems", expansion.limit())
                    .put("readOnly", true).put("description", "The first " + expansion.limit() + " in id order.");
        }
        return Json.obj().put("anyOf", Json.array(summary, Json.obj().put("type", "null"))).put("readOnly", true);
    }

    /** What other entities' responses show of a row: its id and its {@code @Summary} fields, always present. */
    static Obj summary(SummaryModel summary) {
        var properties = Json.obj();
        List<Object> required = new ArrayList<>();
        for (PropertyModel property : summary.properties()) {
            boolean nullable = property.role() == PropertyModel.Role.FIELD && !property.required();
            properties.put(property.name(), property(property, nullable));
            required.add(property.name());
        }
        return object("What other resources show of one " + summary.simpleName() + ".", properties, required);
    }

    static Obj page(EntityModel entity) {
        var properties = Json.obj()
                .put("items", Json.obj().put("type", "array").put("items", Json.ref("schemas", responseName(entity))))
                .put("page", integer(0, "Zero-based number of this page."))
                .put("size", integer(1, "The requested page size; the last page may hold fewer items."))
                .put("totalItems", integer(0, "How many items the whole list holds.").put("format", "int64"))
                .put("totalPages", integer(0, "How many pages of this size the whole list fills."));
        return object("One page of " + entity.simpleName() + " resources.", properties,
                Json.array("items", "page", "size", "totalItems", "totalPages"));
    }

    /** A keyset page: the items and, unless this is the last page, the cursor of the next. */
    static Obj cursorPage(EntityModel entity) {
        var properties = Json.obj()
                .put("items", Json.obj().put("type", "array").put("items", Json.ref("schemas", responseName(entity))))
                .put("next", string().put("description", "Opaque cursor of the next page: send it back as ?cursor= with"
                        + " the same sort. Absent on the last page."));
        return object("One page of " + entity.simpleName() + " resources, in id order.", properties,
                Json.array("items"));
    }

    /** An RFC 9457 problem document as Stratum writes it. */
    static Obj problem() {
        var properties = Json.obj()
                .put("type", Json.obj().put("type", "string").put("format", "uri")
                        .put("description", "urn:stratum:problem: followed by a stable slug; switch on it."))
                .put("title", string())
                .put("status", Json.obj().put("type", "integer").put("minimum", 400).put("maximum", 599))
                .put("detail", string())
                .put("instance", Json.obj().put("type", "string").put("format", "uri-reference"))
                .put("requestId", string().put("description", "Also sent in the X-Request-Id response header."))
                .put("pointer", string().put("description", "JSON pointer of the offending property, when one is."))
                .put("parameter", string().put("description", "The offending parameter or header, when one is."))
                .put("retryAfter", Json.obj().put("type", "integer").put("minimum", 1)
                        .put("description", "Seconds to wait before retrying a 503; also the Retry-After header."));
        return object("An RFC 9457 problem document.", properties,
                Json.array("type", "title", "status", "detail", "instance", "requestId"));
    }

    /** A validation failure: a problem that lists every violated constraint. */
    static Obj validationProblem() {
        var violation = object("One violated constraint.", Json.obj()
                .put("pointer", string().put("description", "JSON pointer of the value in the request body."))
                .put("message", string())
                .put("constraint", string().put("description", "The constraint's name, e.g. NotBlank.")),
                Json.array("pointer", "message", "constraint"));
        var violations = Json.obj().put("violations", Json.obj().put("type", "array").put("items", violation));
        return Json.obj()
                .put("description", "A problem of type urn:stratum:problem:validation-failed.")
                .put("allOf", Json.array(Json.ref("schemas", "Problem"),
                        Json.obj().put("type", "object").put("properties", violations)
                                .put("required", Json.array("violations"))));
    }

    /** The schema of one value: its JSON type, format and every constraint that has a JSON Schema keyword. */
    static Obj property(PropertyModel property, boolean nullable) {
        var schema = Json.obj();
        String type = jsonType(property.type().kind());
        schema.put("type", nullable ? Json.array(type, "null") : type);
        schema.putIfPresent("format", property.hashed() ? "password" : format(property.type().kind()));
        if (property.type().kind() == ValueKind.ENUM) {
            List<Object> constants = new ArrayList<>(property.type().enumConstants());
            if (nullable) {
                constants.add(Json.NULL);
            }
            schema.put("enum", constants);
        }
        if (property.type().kind() == ValueKind.STRING) {
            strings(property, schema);
        }
        if (property.type().kind() == ValueKind.LOCAL_DATE_TIME) {
            schema.put("pattern", LOCAL_DATE_TIME);
        } else if (property.type().kind() == ValueKind.LOCAL_TIME) {
            schema.put("pattern", LOCAL_TIME);
        }
        if (property.type().kind().isNumeric()) {
            numbers(property, schema);
        }
        // Bean Validation accepts null for every constraint but the not-null family; so does the schema.
        property.constraint(Constraint.Assert.class).ifPresent(c -> schema.put("enum",
                nullable ? Json.array(c.expected(), Json.NULL) : Json.array(c.expected())));
        property.constraint(Constraint.Temporal.class).ifPresent(c -> schema.put("description",
                "Must be " + temporal(c.kind()) + "."));
        return schema;
    }

    private static void strings(PropertyModel property, Obj schema) {
        int minLength = property.constraint(Constraint.Size.class).map(Constraint.Size::min).orElse(0);
        boolean nonEmpty = property.constraints().stream()
                .anyMatch(c -> c instanceof Constraint.NotBlank || c instanceof Constraint.NotEmpty);
        minLength = Math.max(minLength, nonEmpty ? 1 : 0);
        if (minLength > 0) {
            schema.put("minLength", minLength);
        }
        int maxLength = property.constraint(Constraint.Size.class).map(Constraint.Size::max)
                .filter(max -> max < Integer.MAX_VALUE).orElse(property.column().length());
        if (maxLength > 0) {
            schema.put("maxLength", property.column().length() > 0
                    ? Math.min(maxLength, property.column().length()) : maxLength);
        }
        property.constraint(Constraint.Email.class).ifPresent(c -> schema.put("format", "email"));
        patterns(property, schema);
    }

    /**
     * Bean Validation's {@code @Pattern} matches the whole value, JSON Schema's {@code pattern} a part: anchor it.
     * A pattern with flags (case-insensitive, ...) has no JSON Schema form; it is left out rather than stated wrong.
     */
    private static void patterns(PropertyModel property, Obj schema) {
        List<Object> anchored = property.constraints().stream()
                .filter(c -> c instanceof Constraint.Pattern pattern && pattern.flags() == 0)
                .map(c -> (Object) ("^(?:" + ((Constraint.Pattern) c).regexp() + ")$"))
                .toList();
        if (anchored.size() == 1) {
            schema.put("pattern", anchored.get(0));
        } else if (anchored.size() > 1) {
            schema.put("allOf", anchored.stream().map(pattern -> (Object) Json.obj().put("pattern", pattern)).toList());
        }
    }

    private static void numbers(PropertyModel property, Obj schema) {
        NumericBounds bounds = NumericBounds.of(property);
        bounds.lower().ifPresent(b -> schema.put(b.inclusive() ? "minimum" : "exclusiveMinimum", b.value()));
        bounds.upper().ifPresent(b -> schema.put(b.inclusive() ? "maximum" : "exclusiveMaximum", b.value()));
        if (property.type().kind() == ValueKind.BIG_DECIMAL) {
            int fraction = property.constraint(Constraint.Digits.class).map(Constraint.Digits::fraction)
                    .orElse(property.column().scale());
            schema.put("multipleOf", BigDecimal.ONE.movePointLeft(fraction));
        }
    }

    private static String temporal(Constraint.TemporalKind kind) {
        return switch (kind) {
            case PAST -> "in the past";
            case PAST_OR_PRESENT -> "in the past or the present";
            case FUTURE -> "in the future";
            case FUTURE_OR_PRESENT -> "in the future or the present";
        };
    }

    private static String jsonType(ValueKind kind) {
        return switch (kind) {
            case BOOLEAN -> "boolean";
            case BYTE, SHORT, INT, LONG, BIG_INTEGER -> "integer";
            case FLOAT, DOUBLE, BIG_DECIMAL -> "number";
            case STRING, LOCAL_DATE, LOCAL_TIME, LOCAL_DATE_TIME, OFFSET_DATE_TIME, INSTANT, UUID, ENUM -> "string";
            default -> throw new IllegalArgumentException("no JSON type for " + kind + ": entities do not store it");
        };
    }

    static String format(ValueKind kind) {
        return switch (kind) {
            case BYTE, SHORT, INT -> "int32";
            case LONG -> "int64";
            case FLOAT -> "float";
            case DOUBLE -> "double";
            case LOCAL_DATE -> "date";
            case LOCAL_TIME -> "partial-time";
            case OFFSET_DATE_TIME, INSTANT -> "date-time";
            case UUID -> "uuid";
            // JSON Schema's date-time needs an offset; a local date-time is described by its pattern instead
            // a BigInteger has no JSON Schema format: int64 would say it fits in a long
            case STRING, BOOLEAN, BIG_DECIMAL, BIG_INTEGER, LOCAL_DATE_TIME, ENUM -> null;
            default -> throw new IllegalArgumentException("no JSON format for " + kind + ": entities do not store it");
        };
    }

    private static Obj object(String description, Obj properties, List<Object> required) {
        var schema = Json.obj().put("description", description).put("type", "object").put("properties", properties);
        return required.isEmpty() ? schema : schema.put("required", required);
    }

    private static Obj integer(int minimum, String description) {
        return Json.obj().put("description", description).put("type", "integer").put("minimum", minimum);
    }

    private static Obj string() {
        return Json.obj().put("type", "string");
    }
}

package dev.stratum.processor.generate;

import dev.stratum.processor.generate.Json.Obj;
import dev.stratum.processor.model.EntityModel;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The problem responses of generated operations, by status, each naming the problem types it stands for (the
 * runtime's {@code ProblemType} slugs) so a client knows what to switch on.
 */
final class Problems {

    static final Problem BAD_ID = new Problem(400, false, "type-mismatch");
    static final Problem BAD_PAGE = new Problem(400, false, "type-mismatch", "invalid-parameter");
    static final Problem INVALID_BODY = new Problem(400, true,
            "malformed-request", "unknown-property", "type-mismatch", "validation-failed");
    static final Problem INVALID_UPDATE = new Problem(400, true,
            "malformed-request", "unknown-property", "type-mismatch", "validation-failed", "invalid-parameter");
    static final Problem UNAUTHENTICATED = new Problem(401, false, "unauthenticated");
    static final Problem FORBIDDEN = new Problem(403, false, "forbidden");
    static final Problem NOT_FOUND = new Problem(404, false, "not-found");
    static final Problem NOT_ACCEPTABLE = new Problem(406, false, "not-acceptable");
    static final Problem DUPLICATE = new Problem(409, false, "duplicate");
    static final Problem DUPLICATE_OR_CONFLICT = new Problem(409, false, "duplicate", "version-conflict");
    static final Problem VERSION_CONFLICT = new Problem(409, false, "version-conflict");
    static final Problem PRECONDITION_FAILED = new Problem(412, false, "precondition-failed");
    static final Problem STILL_REFERENCED_OR_CONFLICT = new Problem(409, false, "still-referenced", "version-conflict");
    static final Problem MISSING_REFERENCE = new Problem(422, false, "missing-reference");
    static final Problem PAYLOAD_TOO_LARGE = new Problem(413, false, "payload-too-large");
    static final Problem UNSUPPORTED_MEDIA_TYPE = new Problem(415, false, "unsupported-media-type");
    static final Problem PRECONDITION_REQUIRED = new Problem(428, false, "precondition-required");
    static final Problem INTERNAL_ERROR = new Problem(500, false, "internal-error");
    static final Problem SERVICE_UNAVAILABLE = new Problem(503, false, "service-unavailable");
    static final Problem RATE_LIMITED = new Problem(429, false, "rate-limited");
    static final Problem INVALID_IDEMPOTENCY_KEY = new Problem(400, false, "invalid-parameter");
    static final Problem IDEMPOTENCY_KEY_IN_USE = new Problem(409, false, "idempotency-key-in-use");
    static final Problem IDEMPOTENCY_KEY_REUSED = new Problem(422, false, "idempotency-key-reused");

    private Problems() {
    }

    /** One problem response: its status, whether a validation failure is among its types, and the type slugs. */
    record Problem(int status, boolean validation, List<String> slugs) {

        Problem(int status, boolean validation, String... slugs) {
            this(status, validation, List.of(slugs));
        }

        /** This response standing for the types of {@code other} too, which has the same status. */
        Problem with(Problem other) {
            if (other.status != status) {
                throw new IllegalArgumentException(other.status + " is not " + status);
            }
            var union = new LinkedHashSet<>(slugs);
            union.addAll(other.slugs);
            return new Problem(status, validation || other.validation, List.copyOf(union));
        }

        Obj response() {
            Obj schema = validation
                    ? Json.obj().put("anyOf", Json.array(Json.ref("schemas", "ValidationProblem"),
                            Json.ref("schemas", "Problem")))
                    : Json.ref("schemas", "Problem");
            Obj response = Json.obj()
                    .put("description", "A problem of type " + String.join(", ", slugs.stream()
                            .map(slug -> "urn:stratum:problem:" + slug).toList()) + ".");
            if (status == 429 || status == 503) {
                response.put("headers", Json.obj().put("Retry-After", Json.obj()
                        .put("description", "Seconds to wait before retrying.")
                        .put("schema", Json.obj().put("type", "integer").put("minimum", 1))));
            }
            return response.put("content", Json.obj().put("application/problem+json", Json.obj().put("schema", schema)));
        }
    }

    /** What any operation can answer: its caller's budget spent, an unexpected failure, the database unreachable. */
    static void forEveryOperation(Obj responses) {
        add(responses, RATE_LIMITED, INTERNAL_ERROR, SERVICE_UNAVAILABLE);
    }

    static void add(Obj responses, Problem... problems) {
        for (Problem problem : problems) {
            responses.put(String.valueOf(problem.status()), problem.response());
        }
    }

    /** The problems of a write conditioned by {@code If-Match}: a stale version, or none where one is required. */
    static void forPreconditions(Obj responses) {
        add(responses, NOT_FOUND, PRECONDITION_FAILED, PRECONDITION_REQUIRED);
    }

    /**
     * The problems of an operation that reads a JSON body: create, or update (PUT or PATCH) with its version
     * preconditions; an unconditional update that loses a race is a 409 version-conflict.
     */
    static void forBody(Obj responses, EntityModel entity, boolean update) {
        add(responses, update ? INVALID_UPDATE : INVALID_BODY, NOT_ACCEPTABLE, PAYLOAD_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE);
        boolean unique = entity.storedColumns().stream().anyMatch(property -> property.column().unique())
                || entity.tableIndexes().stream().anyMatch(index -> index.unique());
        if (update) {
            forPreconditions(responses);
            add(responses, unique ? DUPLICATE_OR_CONFLICT : VERSION_CONFLICT);
        } else if (unique) {
            add(responses, DUPLICATE);
        }
        if (!entity.references().isEmpty()) {
            add(responses, MISSING_REFERENCE);
        }
    }

    /**
     * The problems an {@code Idempotency-Key} adds to a create: a malformed key, the key's first request still
     * running, the key used before with another request. They share their statuses with the create's own problems.
     */
    static void forIdempotentCreate(Obj responses, EntityModel entity) {
        boolean unique = entity.columns().stream().anyMatch(property -> property.column().unique());
        add(responses, INVALID_BODY.with(INVALID_IDEMPOTENCY_KEY),
                unique ? DUPLICATE.with(IDEMPOTENCY_KEY_IN_USE) : IDEMPOTENCY_KEY_IN_USE,
                entity.references().isEmpty() ? IDEMPOTENCY_KEY_REUSED : MISSING_REFERENCE.with(IDEMPOTENCY_KEY_REUSED));
    }

    /**
     * The problems of a delete: no such row, an unconditional delete that lost a race, or (when other entities
     * reference this one) a row still referenced.
     */
    static void forDelete(Obj responses, EntityModel entity) {
        add(responses, BAD_ID, NOT_FOUND, entity.referrers().isEmpty() ? VERSION_CONFLICT : STILL_REFERENCED_OR_CONFLICT);
    }
}

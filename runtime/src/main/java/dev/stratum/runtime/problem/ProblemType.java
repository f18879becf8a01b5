package dev.stratum.runtime.problem;

/**
 * Every problem type Stratum answers with. The {@code type} member of a problem document is
 * {@code urn:stratum:problem:} followed by the slug; clients may switch on it.
 */
public enum ProblemType {
    MALFORMED_REQUEST(400, "malformed-request", "Malformed request"),
    UNKNOWN_PROPERTY(400, "unknown-property", "Unknown property"),
    TYPE_MISMATCH(400, "type-mismatch", "Wrong type"),
    VALIDATION_FAILED(400, "validation-failed", "Validation failed"),
    INVALID_PARAMETER(400, "invalid-parameter", "Invalid parameter"),
    UNAUTHENTICATED(401, "unauthenticated", "Authentication required"),
    FORBIDDEN(403, "forbidden", "Forbidden"),
    NOT_FOUND(404, "not-found", "Not found"),
    METHOD_NOT_ALLOWED(405, "method-not-allowed", "Method not allowed"),
    NOT_ACCEPTABLE(406, "not-acceptable", "Not acceptable"),
    VERSION_CONFLICT(409, "version-conflict", "Version conflict"),
    DUPLICATE(409, "duplicate", "Duplicate value"),
    STILL_REFERENCED(409, "still-referenced", "Still referenced"),
    IDEMPOTENCY_KEY_IN_USE(409, "idempotency-key-in-use", "Idempotency key in use"),
    PRECONDITION_FAILED(412, "precondition-failed", "Precondition failed"),
    PAYLOAD_TOO_LARGE(413, "payload-too-large", "Payload too large"),
    UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type", "Unsupported media type"),
    MISSING_REFERENCE(422, "missing-reference", "Missing reference"),
    IDEMPOTENCY_KEY_REUSED(422, "idempotency-key-reused", "Idempotency key reused"),
    PRECONDITION_REQUIRED(428, "precondition-required", "Precondition required"),
    RATE_LIMITED(429, "rate-limited", "Too many requests"),
    INTERNAL_ERROR(500, "internal-error", "Internal error"),
    SERVICE_UNAVAILABLE(503, "service-unavailable", "Service unavailable");

    /** The prefix of every problem type URI. */
    public static final String URI_PREFIX = "urn:stratum:problem:";

    private final int status;
    private final String slug;
    private final String title;

    ProblemType(int status, String slug, String title) {
        this.status = status;
        this.slug = slug;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    /** The {@code type} member of the problem document. */
    public String uri() {
        return URI_PREFIX + slug;
    }
}

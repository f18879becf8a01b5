package dev.stratum.processor.diagnostics;

/**
 * The catalog of Stratum's diagnostics. Each code is stable, printed as {@code [Stratum/MissingId]}, documented in
 * {@code docs/diagnostics.md} and covered by a negative test.
 */
public enum Code {
    MISSING_ID("MissingId"),
    INVALID_ID("InvalidId"),
    MISSING_VERSION("MissingVersion"),
    UNSUPPORTED_TYPE("UnsupportedType"),
    ENUM_MAPPING("EnumMapping"),
    MISSING_ACCESSOR("MissingAccessor"),
    UNSUPPORTED_CONSTRAINT("UnsupportedConstraint"),
    CONSTRAINT_TYPE_MISMATCH("ConstraintTypeMismatch"),
    INVALID_CONSTRAINT("InvalidConstraint"),
    MESSAGE_EXPRESSION("MessageExpression"),
    UNBOUNDED_STRING("UnboundedString"),
    UNBOUNDED_COLLECTION("UnboundedCollection"),
    SIZE_EXCEEDS_COLUMN("SizeExceedsColumn"),
    INVALID_SECRET("InvalidSecret"),
    DUPLICATE_TABLE("DuplicateTable"),
    DUPLICATE_COLUMN("DuplicateColumn"),
    INVALID_COLUMN("InvalidColumn"),
    UNKNOWN_INDEX_COLUMN("UnknownIndexColumn"),
    RELATION_TARGET("RelationTarget"),
    NOT_EMBEDDABLE("NotEmbeddable"),
    INVALID_EMBEDDABLE("InvalidEmbeddable"),
    MAPPED_BY("MappedBy"),
    INVALID_RELATION("InvalidRelation"),
    INVALID_SUMMARY("InvalidSummary"),
    INVALID_EXPAND("InvalidExpand"),
    INVALID_NAME("InvalidName"),
    INVALID_EXPOSURE("InvalidExposure"),
    MISSING_ACCESS_POLICY("MissingAccessPolicy"),
    CONFLICTING_ACCESS_POLICY("ConflictingAccessPolicy"),
    INVALID_ACCESS_POLICY("InvalidAccessPolicy"),
    NAME_CLASH("NameClash"),
    INVALID_OWNER_SCOPE("InvalidOwnerScope"),
    PUBLIC_OWNER_SCOPED_OPERATION("PublicOwnerScopedOperation"),
    INVALID_AUDIT_FIELD("InvalidAuditField"),
    UNKNOWN_LIST_FIELD("UnknownListField"),
    UNSORTABLE_FIELD("UnsortableField"),
    SENSITIVE_LIST_FIELD("SensitiveListField"),
    INVALID_FINDER("InvalidFinder"),
    UNKNOWN_FINDER_PROPERTY("UnknownFinderProperty"),
    FINDER_PARAMETER_MISMATCH("FinderParameterMismatch"),
    FINDER_RETURN_TYPE("FinderReturnType"),
    FINDER_OPERATOR_TYPE("FinderOperatorType"),
    INVALID_ENDPOINT("InvalidEndpoint"),
    UNSUPPORTED_ENDPOINT_TYPE("UnsupportedEndpointType"),
    ENDPOINT_PATH_MISMATCH("EndpointPathMismatch"),
    DUPLICATE_ROUTE("DuplicateRoute"),
    ENDPOINT_IMPLEMENTATION("EndpointImplementation"),
    LAYERING("Layering"),
    MIGRATION_CHANGED("MigrationChanged"),
    UNSUPPORTED_SCHEMA_CHANGE("UnsupportedSchemaChange"),
    DESTRUCTIVE_CHANGE("DestructiveChange"),
    MIGRATION_CONFLICT("MigrationConflict"),
    MIGRATIONS_FOLDER("MigrationsFolder"),
    INVALID_OPTION("InvalidOption"),
    INTERNAL_ERROR("InternalError");

    private final String name;

    Code(String name) {
        this.name = name;
    }

    /** The code's name as users see it, e.g. {@code MissingId}. */
    public String codeName() {
        return name;
    }

    /** The prefix of every message with this code, e.g. {@code [Stratum/MissingId]}. */
    public String tag() {
        return "[Stratum/" + name + "]";
    }
}

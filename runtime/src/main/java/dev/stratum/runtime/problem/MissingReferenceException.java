package dev.stratum.runtime.problem;

import java.util.Map;

/**
 * A write names a related record that does not exist (422): the request is well-formed, but its reference, e.g.
 * {@code ownerId}, points nowhere. The detail names the field a client sent, never a table or a constraint.
 */
public final class MissingReferenceException extends ProblemException {

    private static final long serialVersionUID = 1L;

    private final String field;

    /** A reference on a field the caller could not identify. */
    public MissingReferenceException(String resource) {
        super(ProblemType.MISSING_REFERENCE,
                "This " + resource + " references a record that does not exist; send the id of an existing one.");
        this.field = null;
    }

    /** A reference in {@code field}, reported with the JSON pointer {@code /field}. */
    public MissingReferenceException(String resource, String field) {
        super(ProblemType.MISSING_REFERENCE,
                "The " + field + " of this " + resource + " names a record that does not exist; send the id of an"
                        + " existing one.");
        this.field = field;
    }

    @Override
    public Map<String, Object> extensions() {
        return field == null ? Map.of() : Map.of("pointer", "/" + field);
    }
}

package dev.stratum.runtime.problem;

import java.util.Map;

/**
 * A write would break a uniqueness rule (409). The detail names the field a client sent, when it is known, never a
 * table, a constraint or the duplicated value.
 */
public final class DuplicateException extends ProblemException {

    private static final long serialVersionUID = 1L;

    private final String field;

    /** A duplicate on a field the caller could not identify. */
    public DuplicateException(String resource) {
        super(ProblemType.DUPLICATE,
                "Another " + resource + " already has a value that must be unique; change it and try again.");
        this.field = null;
    }

    /**
     * A duplicate on {@code field}, reported with the JSON pointer {@code /field}; a field of an embedded value is
     * named by its path ({@code address.street}, pointer {@code /address/street}).
     */
    public DuplicateException(String resource, String field) {
        super(ProblemType.DUPLICATE,
                "Another " + resource + " already has this " + field + "; change it and try again.");
        this.field = field;
    }

    @Override
    public Map<String, Object> extensions() {
        return field == null ? Map.of() : Map.of("pointer", "/" + field.replace('.', '/'));
    }
}

package dev.stratum.runtime.problem;

import java.util.List;
import java.util.Map;

/**
 * A write would break a uniqueness rule (409). The detail names the field a client sent, when it is known, never a
 * table, a constraint or the duplicated value.
 */
public final class DuplicateException extends ProblemException {

    private static final long serialVersionUID = 1L;

    private final List<String> fields;

    /** A duplicate on a field the caller could not identify. */
    public DuplicateException(String resource) {
        super(ProblemType.DUPLICATE,
                "Another " + resource + " already has a value that must be unique; change it and try again.");
        this.fields = List.of();
    }

    /**
     * A duplicate on {@code field}, reported with the JSON pointer {@code /field}; a field of an embedded value is
     * named by its path ({@code address.street}, pointer {@code /address/street}).
     */
    public DuplicateException(String resource, String field) {
        super(ProblemType.DUPLICATE,
                "Another " + resource + " already has this " + field + "; change it and try again.");
        this.fields = List.of(field);
    }

    /**
     * A duplicate on the combination of several fields (a composite unique constraint), reported with the JSON pointer
     * of the first and the {@code pointers} of all of them.
     */
    public DuplicateException(String resource, List<String> fields) {
        super(ProblemType.DUPLICATE, combinationDetail(resource, fields));
        this.fields = List.copyOf(fields);
    }

    private static String combinationDetail(String resource, List<String> fields) {
        if (fields.size() < 2) {
            throw new IllegalArgumentException("a combination needs at least two fields, not " + fields);
        }
        return "Another " + resource + " already has this combination of "
                + String.join(", ", fields.subList(0, fields.size() - 1)) + " and " + fields.get(fields.size() - 1)
                + "; change one of them and try again.";
    }

    @Override
    public Map<String, Object> extensions() {
        if (fields.isEmpty()) {
            return Map.of();
        }
        List<String> pointers = fields.stream().map(DuplicateException::pointer).toList();
        if (pointers.size() == 1) {
            return Map.of("pointer", pointers.get(0));
        }
        return Map.of("pointer", pointers.get(0), "pointers", pointers);
    }

    private static String pointer(String field) {
        return "/" + field.replace('.', '/');
    }
}

package dev.stratum.runtime.problem;

import java.util.Map;

/**
 * A delete is refused because other records still reference this one (409). The detail names the referencing
 * relation as a client sees it, e.g. {@code Pet.ownerId}, never a table or a constraint.
 */
public final class StillReferencedException extends ProblemException {

    private static final long serialVersionUID = 1L;

    private final String relation;

    /** Referenced through a relation the caller could not identify. */
    public StillReferencedException(String resource) {
        super(ProblemType.STILL_REFERENCED, "This " + resource + " is still referenced by other records; delete or"
                + " change those first.");
        this.relation = null;
    }

    /** Referenced through {@code relation}, e.g. {@code Pet.ownerId}. */
    public StillReferencedException(String resource, String relation) {
        super(ProblemType.STILL_REFERENCED, "This " + resource + " is still referenced through " + relation
                + "; delete those records or change their reference first.");
        this.relation = relation;
    }

    @Override
    public Map<String, Object> extensions() {
        return relation == null ? Map.of() : Map.of("relation", relation);
    }
}

package dev.stratum.runtime.problem;

/** An update carried a version that is no longer current: someone else changed the resource first (409). */
public final class VersionConflictException extends ProblemException {

    private static final long serialVersionUID = 1L;

    public VersionConflictException(String resource, Object id) {
        super(ProblemType.VERSION_CONFLICT, resource + " " + id
                + " was changed by someone else; read it again and retry with its current ETag.");
    }
}

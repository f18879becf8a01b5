package dev.stratum.runtime.problem;

/**
 * An unconditional write (no {@code If-Match}) lost a race: another writer changed the resource between this
 * request's read and its write (409). A client that sent {@code If-Match} gets {@link PreconditionFailedException}.
 */
public final class VersionConflictException extends ProblemException {

    private static final long serialVersionUID = 1L;

    public VersionConflictException(String resource, Object id) {
        super(ProblemType.VERSION_CONFLICT, resource + " " + id
                + " was changed by someone else while this request ran; read it again and retry.");
    }
}

package dev.stratum.runtime.problem;

/**
 * The version a request named in {@code If-Match} is not the resource's current one (412): someone else changed it
 * since the client read it, either before this request arrived or while it ran.
 */
public final class PreconditionFailedException extends ProblemException {

    private static final long serialVersionUID = 1L;

    public PreconditionFailedException(String resource, Object id) {
        super(ProblemType.PRECONDITION_FAILED, resource + " " + id
                + " has changed since the version in If-Match; read it again and retry with its current ETag.");
    }
}

package dev.stratum.runtime.problem;

/** A conditional request was required but the precondition (such as {@code If-Match}) was missing (428). */
public final class PreconditionRequiredException extends ProblemException {

    private static final long serialVersionUID = 1L;

    public PreconditionRequiredException(String detail) {
        super(ProblemType.PRECONDITION_REQUIRED, detail);
    }
}

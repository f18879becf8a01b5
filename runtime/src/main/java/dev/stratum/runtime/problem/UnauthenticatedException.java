package dev.stratum.runtime.problem;

/** An operation that needs an authenticated caller was attempted anonymously. */
public final class UnauthenticatedException extends ProblemException {

    private static final long serialVersionUID = 1L;

    /** @param operation what was attempted, e.g. {@code "create Pet"} */
    public UnauthenticatedException(String operation) {
        super(ProblemType.UNAUTHENTICATED, "Authenticate to " + operation + ".");
    }
}

package dev.stratum.runtime.problem;

/** An authenticated caller attempted an operation its roles do not allow. */
public final class ForbiddenException extends ProblemException {

    private static final long serialVersionUID = 1L;

    /** @param operation what was attempted, e.g. {@code "delete Pet"} */
    public ForbiddenException(String operation) {
        super(ProblemType.FORBIDDEN, "You are not allowed to " + operation + ".");
    }
}

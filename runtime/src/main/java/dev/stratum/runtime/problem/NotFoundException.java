package dev.stratum.runtime.problem;

/** The addressed resource does not exist (404). */
public final class NotFoundException extends ProblemException {

    private static final long serialVersionUID = 1L;

    /** For example {@code new NotFoundException("Pet", 42)}: "Pet 42 was not found." */
    public NotFoundException(String resource, Object id) {
        super(ProblemType.NOT_FOUND, resource + " " + id + " was not found.");
    }

    /** For example {@code new NotFoundException("No Pet matches the request.")}; never echo what the client sent. */
    public NotFoundException(String detail) {
        super(ProblemType.NOT_FOUND, detail);
    }
}

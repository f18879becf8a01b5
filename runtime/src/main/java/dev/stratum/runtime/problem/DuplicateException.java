package dev.stratum.runtime.problem;

/** A write would break a uniqueness rule (409). The detail never names SQL tables or constraints. */
public final class DuplicateException extends ProblemException {

    private static final long serialVersionUID = 1L;

    public DuplicateException(String resource) {
        super(ProblemType.DUPLICATE,
                "Another " + resource + " already has a value that must be unique; change it and try again.");
    }
}

package dev.stratum.runtime.jdbc;

/**
 * A database operation failed for a reason the client cannot fix. Unchecked so generated code stays short; its
 * message and cause are for the logs only, and the web layer answers with a generic 500 problem.
 */
public class DataAccessFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DataAccessFailure(String message, Throwable cause) {
        super(message, cause);
    }
}

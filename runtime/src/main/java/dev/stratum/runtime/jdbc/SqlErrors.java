package dev.stratum.runtime.jdbc;

import dev.stratum.runtime.problem.DuplicateException;
import java.sql.SQLException;

/** Turns a checked {@link SQLException} into the exception generated code should throw. */
public final class SqlErrors {

    /** The SQL standard's "unique violation" state, used by both H2 and PostgreSQL. */
    static final String UNIQUE_VIOLATION = "23505";

    private SqlErrors() {
    }

    /**
     * A {@link DuplicateException} for a unique violation, otherwise a {@link DataAccessFailure} that keeps
     * {@code e} as its cause for the logs.
     *
     * @param resource the resource being written, e.g. {@code Pet}
     */
    public static RuntimeException translate(SQLException e, String resource) {
        if (isUniqueViolation(e)) {
            return new DuplicateException(resource);
        }
        String message = "Database access failed for " + resource + " (SQLState " + e.getSQLState() + ")";
        return new DataAccessFailure(message, e);
    }

    // Drivers may report the real cause further down the chain, e.g. PostgreSQL inside a failed batch.
    private static boolean isUniqueViolation(SQLException e) {
        for (Throwable current : e) {
            if (current instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}

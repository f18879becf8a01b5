package dev.stratum.runtime.spring;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

/**
 * Recognizes a failure to reach the database, wherever it surfaced: the pool timing out for a connection (which
 * Spring wraps in {@code CannotCreateTransactionException} or {@code CannotGetJdbcConnectionException}), a refused
 * or dropped connection, or a server shutting down. Read from the cause chain, so any wrapper is seen through.
 */
final class DatabaseUnavailable {

    /** SQLSTATE class 08 is "connection exception"; 57P01..57P03 are PostgreSQL's shutdown and startup states. */
    private static final String CONNECTION_EXCEPTION_CLASS = "08";
    private static final String OPERATOR_INTERVENTION = "57P0";

    private DatabaseUnavailable() {
    }

    static boolean causes(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException) {
                return true;
            }
            if (cause instanceof SQLException sql && connectionState(sql.getSQLState())) {
                return true;
            }
            if (cause.getCause() == cause) {
                return false;
            }
        }
        return false;
    }

    private static boolean connectionState(String state) {
        return state != null
                && (state.startsWith(CONNECTION_EXCEPTION_CLASS) || state.startsWith(OPERATOR_INTERVENTION));
    }
}

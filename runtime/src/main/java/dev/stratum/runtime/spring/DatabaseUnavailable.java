package dev.stratum.runtime.spring;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Recognizes a failure to reach the database, wherever it surfaced: the pool timing out for a connection (which
 * Spring wraps in {@code CannotCreateTransactionException} or {@code CannotGetJdbcConnectionException}), a refused
 * or dropped connection (SQLSTATE class 08), or a server ending sessions (PostgreSQL's 57P01 to 57P03). Read from the
 * cause chain, so any wrapper is seen through.
 */
final class DatabaseUnavailable {

    private static final String CONNECTION_EXCEPTION_CLASS = "08";
    private static final String OPERATOR_INTERVENTION = "57P0";
    /** Guards against a cause chain that loops. */
    private static final int MAX_DEPTH = 32;

    private DatabaseUnavailable() {
    }

    static boolean causes(Throwable failure) {
        int depth = 0;
        for (Throwable cause = failure; cause != null && depth < MAX_DEPTH; cause = cause.getCause(), depth++) {
            if (cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException) {
                return true;
            }
            if (cause instanceof SQLException sql && connectionState(sql.getSQLState())) {
                return true;
            }
            // A rollback on a dropped connection fails as well (the pool says only "Connection is closed"); the
            // failure that started the rollback tells why.
            if (cause instanceof TransactionSystemException rollback && rollback.getApplicationException() != null
                    && causes(rollback.getApplicationException())) {
                return true;
            }
        }
        return false;
    }

    private static boolean connectionState(String state) {
        return state != null
                && (state.startsWith(CONNECTION_EXCEPTION_CLASS) || state.startsWith(OPERATOR_INTERVENTION));
    }
}

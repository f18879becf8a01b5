package dev.stratum.runtime.jdbc;

import dev.stratum.runtime.problem.VersionConflictException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.function.Function;

/**
 * Runs a JDBC batch all or nothing. Inside the caller's transaction (auto-commit off) the batch is part of it, and an
 * exception from here rolls it back with everything else; without one, the batch runs in a transaction of its own, so
 * a failing row never leaves the rows before it written.
 */
public final class JdbcBatches {

    private JdbcBatches() {
    }

    /** Executes the batch of inserts. */
    public static void execute(PreparedStatement statement) throws SQLException {
        allOrNothing(statement.getConnection(), () -> {
            statement.executeBatch();
            return null;
        });
    }

    /**
     * Executes the batch of version-checked updates; when a row was not written (another version, or not there), none
     * is: it throws {@link VersionConflictException} naming that row.
     */
    public static <E> void executeChecked(PreparedStatement statement, String resource, List<E> rows,
            Function<E, Object> id) throws SQLException {
        allOrNothing(statement.getConnection(), () -> {
            int[] counts = statement.executeBatch();
            for (int i = 0; i < counts.length; i++) {
                if (counts[i] == 0) {
                    throw new VersionConflictException(resource, id.apply(rows.get(i)));
                }
                if (counts[i] != 1 && counts[i] != Statement.SUCCESS_NO_INFO) {
                    throw new IllegalStateException(resource + " batch update wrote " + counts[i] + " rows for one");
                }
            }
            return null;
        });
    }

    private static <T> T allOrNothing(Connection connection, Work<T> work) throws SQLException {
        if (!connection.getAutoCommit()) {
            return work.run();
        }
        connection.setAutoCommit(false);
        try {
            T result = work.run();
            connection.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    @FunctionalInterface
    private interface Work<T> {
        T run() throws SQLException;
    }
}

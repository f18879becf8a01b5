package dev.stratum.runtime.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import javax.sql.DataSource;

/**
 * Streams the rows of a query without loading them all: the driver fetches {@code fetchSize} rows at a time, and
 * closing the stream closes the result, the statement and the connection. PostgreSQL reads through a cursor only
 * when auto-commit is off, so a connection outside a transaction gets it turned off for the stream's life (and a
 * commit, then auto-commit back, on close); inside the caller's transaction nothing about it changes.
 */
public final class JdbcStreams {

    /** The rows fetched per round trip unless the caller says otherwise. */
    public static final int DEFAULT_FETCH_SIZE = 500;

    private JdbcStreams() {
    }

    /** Binds a statement's parameters before it runs. */
    @FunctionalInterface
    public interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    /** Reads one row. */
    @FunctionalInterface
    public interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    /**
     * A lazy stream of the rows of {@code sql}, which must be closed (try-with-resources) to release its connection.
     * A failure while reading is thrown as {@link SqlErrors#translate(SQLException, String)} does for {@code resource}.
     */
    public static <T> Stream<T> stream(DataSource dataSource, String sql, int fetchSize, Binder binder,
            RowMapper<T> mapper, String resource) {
        if (fetchSize < 1) {
            throw new IllegalArgumentException("fetchSize must be at least 1, was " + fetchSize);
        }
        Connection connection = null;
        boolean ownTransaction = false;
        try {
            connection = dataSource.getConnection();
            ownTransaction = connection.getAutoCommit();
            if (ownTransaction) {
                connection.setAutoCommit(false);
            }
            PreparedStatement statement = connection.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY,
                    ResultSet.CONCUR_READ_ONLY);
            var rows = new Rows<>(connection, ownTransaction, statement, mapper, resource);
            statement.setFetchSize(fetchSize);
            binder.bind(statement);
            rows.result = statement.executeQuery();
            return StreamSupport.stream(rows, false).onClose(rows::close);
        } catch (SQLException e) {
            release(connection, ownTransaction, e);
            throw SqlErrors.translate(e, resource);
        } catch (RuntimeException e) {
            release(connection, ownTransaction, e);
            throw e;
        }
    }

    /** Closes the connection of a stream that could not start, undoing what it changed. */
    private static void release(Connection connection, boolean ownTransaction, Exception cause) {
        if (connection == null) {
            return;
        }
        try (connection) {
            if (ownTransaction) {
                connection.rollback();
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    /** The rows of one open result; reading past the last row or closing releases everything. */
    private static final class Rows<T> extends Spliterators.AbstractSpliterator<T> {

        private final Connection connection;
        private final boolean ownTransaction;
        private final PreparedStatement statement;
        private final RowMapper<T> mapper;
        private final String resource;
        private ResultSet result;
        private boolean closed;

        Rows(Connection connection, boolean ownTransaction, PreparedStatement statement, RowMapper<T> mapper,
                String resource) {
            super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
            this.connection = connection;
            this.ownTransaction = ownTransaction;
            this.statement = statement;
            this.mapper = mapper;
            this.resource = resource;
        }

        @Override
        public boolean tryAdvance(Consumer<? super T> action) {
            if (closed) {
                return false;
            }
            try {
                if (!result.next()) {
                    return false;
                }
                action.accept(mapper.map(result));
                return true;
            } catch (SQLException e) {
                throw SqlErrors.translate(e, resource);
            }
        }

        void close() {
            if (closed) {
                return;
            }
            closed = true;
            ResultSet open = result;
            try (connection; statement; open) {
                if (ownTransaction) {
                    connection.commit();
                    connection.setAutoCommit(true);
                }
            } catch (SQLException e) {
                throw SqlErrors.translate(e, resource);
            }
        }
    }
}

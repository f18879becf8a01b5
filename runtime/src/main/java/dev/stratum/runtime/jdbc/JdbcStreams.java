package dev.stratum.runtime.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
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
 *
 * <p>A stream with a {@link ChunkLoader} reads up to {@code fetchSize} rows, hands them to the loader (which reads, say,
 * their expanded children in one statement on the stream's connection while the result stays open), then emits them
 * before reading the next chunk: one extra statement per chunk, never one per row, and never more than a chunk held.
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

    /** Completes a chunk of rows already read, on the stream's own connection, before any of them is emitted. */
    @FunctionalInterface
    public interface ChunkLoader<T> {
        void load(Connection connection, List<T> rows) throws SQLException;
    }

    /**
     * A lazy stream of the rows of {@code sql}, which must be closed (try-with-resources) to release its connection.
     * A failure while reading is thrown as {@link SqlErrors#translate(SQLException, String)} does for {@code resource}.
     */
    public static <T> Stream<T> stream(DataSource dataSource, String sql, int fetchSize, Binder binder,
            RowMapper<T> mapper, String resource) {
        return stream(dataSource, sql, fetchSize, binder, mapper, null, resource);
    }

    /**
     * As {@link #stream(DataSource, String, int, Binder, RowMapper, String)}, but reading {@code fetchSize} rows at a
     * time and passing each chunk to {@code loader} before its rows are emitted.
     */
    public static <T> Stream<T> stream(DataSource dataSource, String sql, int fetchSize, Binder binder,
            RowMapper<T> mapper, ChunkLoader<T> loader, String resource) {
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
            var rows = new Rows<>(connection, ownTransaction, statement, mapper, loader, fetchSize, resource);
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

    /**
     * The rows of one open result, one at a time, or a chunk at a time when a loader completes them; closing releases
     * the result, the statement and the connection.
     */
    private static final class Rows<T> extends Spliterators.AbstractSpliterator<T> {

        private final Connection connection;
        private final boolean ownTransaction;
        private final PreparedStatement statement;
        private final RowMapper<T> mapper;
        private final ChunkLoader<T> loader;
        private final int chunkSize;
        private final String resource;
        private final Deque<T> chunk = new ArrayDeque<>();
        private ResultSet result;
        private boolean exhausted;
        private boolean closed;

        Rows(Connection connection, boolean ownTransaction, PreparedStatement statement, RowMapper<T> mapper,
                ChunkLoader<T> loader, int chunkSize, String resource) {
            super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
            this.connection = connection;
            this.ownTransaction = ownTransaction;
            this.statement = statement;
            this.mapper = mapper;
            this.loader = loader;
            this.chunkSize = chunkSize;
            this.resource = resource;
        }

        @Override
        public boolean tryAdvance(Consumer<? super T> action) {
            if (closed) {
                return false;
            }
            try {
                if (loader == null) {
                    if (!result.next()) {
                        return false;
                    }
                    action.accept(mapper.map(result));
                    return true;
                }
                if (chunk.isEmpty() && !readChunk()) {
                    return false;
                }
                action.accept(chunk.removeFirst());
                return true;
            } catch (SQLException e) {
                throw SqlErrors.translate(e, resource);
            }
        }

        /** Reads up to a chunk of rows and has the loader complete them; false when no row was left. */
        private boolean readChunk() throws SQLException {
            List<T> rows = new ArrayList<>(chunkSize);
            while (!exhausted && rows.size() < chunkSize) {
                exhausted = !result.next();
                if (!exhausted) {
                    rows.add(mapper.map(result));
                }
            }
            if (rows.isEmpty()) {
                return false;
            }
            loader.load(connection, rows);
            chunk.addAll(rows);
            return true;
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

package dev.stratum.runtime.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stratum.runtime.problem.VersionConflictException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Streams and batches on H2: all or nothing, and every connection back where it came from. */
class JdbcStreamsTest {

    private final JdbcDataSource dataSource = new JdbcDataSource();

    @BeforeEach
    void table() throws SQLException {
        dataSource.setURL("jdbc:h2:mem:streams-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE items (id INT PRIMARY KEY, version INT NOT NULL)");
            statement.execute("INSERT INTO items VALUES (1, 0), (2, 0), (3, 0)");
        }
    }

    @Test
    void streamsEveryRowLazilyAndBindsItsParameters() {
        try (Stream<Integer> ids = JdbcStreams.stream(dataSource, "SELECT id FROM items WHERE id >= ? ORDER BY id", 2,
                statement -> statement.setInt(1, 2), row -> row.getInt(1), "Item")) {
            assertThat(ids).containsExactly(2, 3);
        }
    }

    @Test
    void aLoaderCompletesEachChunkOnTheStreamsConnectionBeforeItsRowsAreEmitted() {
        List<List<Integer>> chunks = new ArrayList<>();
        try (Stream<int[]> rows = JdbcStreams.stream(dataSource, "SELECT id FROM items ORDER BY id", 2,
                statement -> { }, row -> new int[] {row.getInt(1), 0}, (connection, chunk) -> {
                    chunks.add(chunk.stream().map(item -> item[0]).toList());
                    try (Statement statement = connection.createStatement();
                            ResultSet count = statement.executeQuery("SELECT COUNT(*) FROM items")) {
                        count.next();
                        for (int[] item : chunk) {
                            item[1] = count.getInt(1);
                        }
                    }
                }, "Item")) {
            Iterator<int[]> items = rows.iterator();
            assertThat(items.next()).containsExactly(1, 3);
            assertThat(chunks).containsExactly(List.of(1, 2));
            assertThat(items.next()).containsExactly(2, 3);
            assertThat(chunks).hasSize(1);
            assertThat(items.next()).containsExactly(3, 3);
            assertThat(chunks).containsExactly(List.of(1, 2), List.of(3));
            assertThat(items.hasNext()).isFalse();
            assertThat(chunks).hasSize(2);
        }
    }

    @Test
    void aBinderThatFailsOpensNoStreamAndKeepsItsException() {
        assertThatThrownBy(() -> JdbcStreams.stream(dataSource, "SELECT id FROM items", 10, statement -> {
            throw new IllegalStateException("no caller");
        }, row -> row.getInt(1), "Item")).isInstanceOf(IllegalStateException.class).hasMessage("no caller");
    }

    @Test
    void aFetchSizeBelowOneIsRefused() {
        assertThatThrownBy(() -> JdbcStreams.stream(dataSource, "SELECT id FROM items", 0, statement -> { },
                row -> row.getInt(1), "Item")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aBatchWithAFailingRowWritesNothingAndRestoresAutoCommit() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement("INSERT INTO items VALUES (?, 0)")) {
            for (int id : new int[] {4, 5, 1}) {
                statement.setInt(1, id);
                statement.addBatch();
            }
            assertThatThrownBy(() -> JdbcBatches.execute(statement)).isInstanceOf(SQLException.class);
            assertThat(connection.getAutoCommit()).isTrue();
        }
        assertThat(ids()).containsExactly(1, 2, 3);
    }

    @Test
    void aCheckedBatchWithAStaleRowWritesNothing() throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(
                "UPDATE items SET version = version + 1 WHERE id = ? AND version = ?")) {
            for (int[] row : new int[][] {{1, 0}, {2, 7}, {3, 0}}) {
                statement.setInt(1, row[0]);
                statement.setInt(2, row[1]);
                statement.addBatch();
            }
            assertThatThrownBy(() -> JdbcBatches.executeChecked(statement, "Item", List.of(1, 2, 3), id -> id))
                    .isInstanceOf(VersionConflictException.class);
        }
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT SUM(version) FROM items")) {
            row.next();
            assertThat(row.getInt(1)).isZero();
        }
    }

    private List<Integer> ids() {
        try (Stream<Integer> ids = JdbcStreams.stream(dataSource, "SELECT id FROM items ORDER BY id", 10,
                statement -> { }, row -> row.getInt(1), "Item")) {
            return ids.toList();
        }
    }
}

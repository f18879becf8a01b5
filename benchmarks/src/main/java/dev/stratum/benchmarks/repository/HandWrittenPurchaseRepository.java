package dev.stratum.benchmarks.repository;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The limit: careful hand-written JDBC doing the generated repository's work with the least code, columns read by
 * position, one connection per call from the same pool. Every read returns what the generated one returns, each
 * purchase with its customer's name, so both join the customers (this one with a plain inner join).
 */
public final class HandWrittenPurchaseRepository {

    private static final String SELECT = """
            SELECT p.id, p.version, p.customer_id, p.item, p.quantity, p.price_cents, p.purchased_at, c.name
            FROM purchases p JOIN customers c ON c.id = p.customer_id
            """;
    private static final String INSERT = "INSERT INTO purchases (customer_id, item, quantity, price_cents, purchased_at,"
            + " version) VALUES (?, ?, ?, ?, ?, ?)";
    private static final String SELECT_BY_ID = SELECT + "WHERE p.id = ?";
    private static final String UPDATE = "UPDATE purchases SET customer_id = ?, item = ?, quantity = ?, price_cents = ?,"
            + " purchased_at = ?, version = version + 1 WHERE id = ? AND version = ?";
    private static final String SELECT_PAGE = SELECT + "ORDER BY p.id OFFSET ? ROWS FETCH NEXT ? ROWS ONLY";
    private static final String COUNT = "SELECT COUNT(*) FROM purchases";

    /** A page of items with the total number of rows. */
    public record Page<T>(List<T> items, long totalItems) {
    }

    private final DataSource dataSource;

    public HandWrittenPurchaseRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Optional<Purchase> findById(long id) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(SELECT_BY_ID)) {
            statement.setLong(1, id);
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? Optional.of(map(row)) : Optional.empty();
            }
        }
    }

    public void insert(Purchase purchase) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(INSERT, new String[] {"id"})) {
            bindFields(statement, purchase);
            statement.setLong(6, 0L);
            statement.executeUpdate();
            try (ResultSet keys = statement.getGeneratedKeys()) {
                keys.next();
                purchase.setId(keys.getLong(1));
            }
            purchase.setVersion(0L);
        }
    }

    /** Inserts {@code purchases} in one JDBC batch, in a transaction of its own, and reads their ids back. */
    public void insertAll(List<Purchase> purchases) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(INSERT, new String[] {"id"})) {
            for (Purchase purchase : purchases) {
                bindFields(statement, purchase);
                statement.setLong(6, 0L);
                statement.addBatch();
            }
            connection.setAutoCommit(false);
            try {
                statement.executeBatch();
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
            try (ResultSet keys = statement.getGeneratedKeys()) {
                for (Purchase purchase : purchases) {
                    keys.next();
                    purchase.setId(keys.getLong(1));
                    purchase.setVersion(0L);
                }
            }
        }
    }

    /** Writes {@code purchase} if its version is current; false when the row changed meanwhile. */
    public boolean update(Purchase purchase) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(UPDATE)) {
            bindFields(statement, purchase);
            statement.setLong(6, purchase.getId());
            statement.setLong(7, purchase.getVersion());
            if (statement.executeUpdate() == 0) {
                return false;
            }
            purchase.setVersion(purchase.getVersion() + 1);
            return true;
        }
    }

    /** A page of purchases in id order, each with its customer's name, and the total number of rows. */
    public Page<Purchase> findPage(long offset, int size) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            List<Purchase> items = new ArrayList<>(size);
            try (PreparedStatement statement = connection.prepareStatement(SELECT_PAGE)) {
                statement.setLong(1, offset);
                statement.setInt(2, size);
                try (ResultSet row = statement.executeQuery()) {
                    while (row.next()) {
                        items.add(map(row));
                    }
                }
            }
            return new Page<>(items, count(connection));
        }
    }

    private static long count(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(COUNT);
                ResultSet row = statement.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }

    private static void bindFields(PreparedStatement statement, Purchase purchase) throws SQLException {
        statement.setLong(1, purchase.getCustomerId());
        statement.setString(2, purchase.getItem());
        statement.setInt(3, purchase.getQuantity());
        statement.setLong(4, purchase.getPriceCents());
        statement.setObject(5, purchase.getPurchasedAt().atOffset(ZoneOffset.UTC));
    }

    private static Purchase map(ResultSet row) throws SQLException {
        Purchase purchase = new Purchase();
        purchase.setId(row.getLong(1));
        purchase.setVersion(row.getLong(2));
        purchase.setCustomerId(row.getLong(3));
        purchase.setItem(row.getString(4));
        purchase.setQuantity(row.getInt(5));
        purchase.setPriceCents(row.getLong(6));
        purchase.setPurchasedAt(row.getObject(7, OffsetDateTime.class).toInstant());
        purchase.getCustomer().setName(row.getString(8));
        return purchase;
    }
}

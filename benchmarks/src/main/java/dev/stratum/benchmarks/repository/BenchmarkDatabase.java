package dev.stratum.benchmarks.repository;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.SplittableRandom;
import org.flywaydb.core.Flyway;

/**
 * One database of the benchmark: a HikariCP pool that all three implementations share, the schema of the
 * Stratum-generated Flyway migration, and a seeded data set of customers and their purchases.
 */
final class BenchmarkDatabase implements AutoCloseable {

    static final int CUSTOMERS = 1_000;
    static final int PURCHASES = 10_000;
    static final Instant FIRST_PURCHASE = Instant.parse("2026-01-01T09:00:00Z");

    private static final String H2_URL =
            "jdbc:h2:mem:benchmark;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
    private static final long SEED = 20_260_101L;

    private final String vendor;
    private final HikariDataSource dataSource;
    private long[] customerIds;
    private long[] purchaseIds;

    private BenchmarkDatabase(String vendor, String url) {
        this.vendor = vendor;
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setMaximumPoolSize(4);
        config.setMinimumIdle(4);
        config.setAutoCommit(true);
        config.setPoolName("benchmark-" + vendor);
        this.dataSource = new HikariDataSource(config);
    }

    /** {@code h2} (in memory) or {@code postgresql} at {@code postgresUrl}. */
    static BenchmarkDatabase open(String database, String postgresUrl) {
        return switch (database) {
            case "h2" -> new BenchmarkDatabase("h2", H2_URL);
            case "postgresql" -> {
                if (postgresUrl == null || postgresUrl.isBlank()) {
                    throw new IllegalStateException("database=postgresql needs -D" + RepositoryBenchmark.POSTGRES_URL
                            + "=jdbc:postgresql://host:port/db?user=...; run with -p database=h2 to skip PostgreSQL");
                }
                yield new BenchmarkDatabase("postgresql", postgresUrl);
            }
            default -> throw new IllegalArgumentException("unknown database " + database + "; use h2 or postgresql");
        };
    }

    HikariDataSource dataSource() {
        return dataSource;
    }

    long customerId(int index) {
        return customerIds[index];
    }

    long purchaseId(int index) {
        return purchaseIds[index];
    }

    long lastLoadedPurchaseId() {
        return purchaseIds[PURCHASES - 1];
    }

    /** Drops everything, applies the generated migration and loads the same rows (same seed) again. */
    void reset() throws SQLException {
        Flyway flyway = Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration/" + vendor)
                .cleanDisabled(false)
                .load();
        flyway.clean();
        flyway.migrate();
        load();
    }

    /** Removes the rows the insert benchmark added, so every iteration sees the same table. */
    void deleteInsertedPurchases() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement("DELETE FROM purchases WHERE id > ?")) {
            statement.setLong(1, lastLoadedPurchaseId());
            statement.executeUpdate();
        }
    }

    private void load() throws SQLException {
        SplittableRandom random = new SplittableRandom(SEED);
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement customer = connection.prepareStatement(
                    "INSERT INTO customers (version, name, email) VALUES (0, ?, ?)")) {
                for (int i = 0; i < CUSTOMERS; i++) {
                    customer.setString(1, "Customer " + i);
                    customer.setString(2, i % 3 == 0 ? null : "customer" + i + "@example.org");
                    customer.addBatch();
                }
                customer.executeBatch();
            }
            customerIds = ids(connection, "customers", CUSTOMERS);
            try (PreparedStatement purchase = connection.prepareStatement("INSERT INTO purchases"
                    + " (version, customer_id, item, quantity, price_cents, purchased_at) VALUES (0, ?, ?, ?, ?, ?)")) {
                for (int i = 0; i < PURCHASES; i++) {
                    purchase.setLong(1, customerIds[random.nextInt(CUSTOMERS)]);
                    purchase.setString(2, "Item " + random.nextInt(5_000));
                    purchase.setInt(3, 1 + random.nextInt(9));
                    purchase.setLong(4, random.nextLong(100_000));
                    purchase.setObject(5, FIRST_PURCHASE.plusSeconds(60L * i).atOffset(ZoneOffset.UTC));
                    purchase.addBatch();
                }
                purchase.executeBatch();
            }
            purchaseIds = ids(connection, "purchases", PURCHASES);
            connection.commit();
            connection.setAutoCommit(true);
        }
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            if ("postgresql".equals(vendor)) {
                statement.execute("VACUUM ANALYZE");
            } else {
                statement.execute("ANALYZE");
            }
        }
    }

    private static long[] ids(Connection connection, String table, int expected) throws SQLException {
        long[] ids = new long[expected];
        int count = 0;
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT id FROM " + table + " ORDER BY id")) {
            while (row.next()) {
                ids[count++] = row.getLong(1);
            }
        }
        return ids;
    }

    @Override
    public void close() {
        dataSource.close();
    }
}

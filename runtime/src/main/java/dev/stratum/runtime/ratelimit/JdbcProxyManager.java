package dev.stratum.runtime.ratelimit;

import dev.stratum.runtime.jdbc.DataAccessFailure;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ClientSideConfig;
import io.github.bucket4j.distributed.proxy.ExpiredEntriesCleaner;
import io.github.bucket4j.distributed.proxy.generic.compare_and_swap.AbstractCompareAndSwapBasedProxyManager;
import io.github.bucket4j.distributed.proxy.generic.compare_and_swap.AsyncCompareAndSwapOperation;
import io.github.bucket4j.distributed.proxy.generic.compare_and_swap.CompareAndSwapOperation;
import io.github.bucket4j.distributed.remote.RemoteBucketState;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javax.sql.DataSource;

/**
 * A Bucket4j proxy manager that keeps bucket states in the table {@code stratum_rate_limit}, which the migrations
 * create when the project compiles with {@code -Astratum.rateLimit.store=jdbc}: replicas on one database draw on one
 * budget per caller. Portable SQL on Bucket4j's compare-and-swap base, for H2 and PostgreSQL alike: a bucket is
 * created by an insert (the primary key lets one of two concurrent creators win) and changed by an update that
 * names the state it read; a writer that lost the race reads again and retries, inside Bucket4j.
 *
 * <p>Each statement commits by itself, outside any request transaction. The state is Bucket4j's serialized form,
 * Base64-encoded. A row expires when its bucket would have refilled completely (the client's
 * {@link ExpirationAfterWriteStrategy}); {@link #removeExpired} deletes expired rows, which are then no different
 * from a new bucket.
 */
public final class JdbcProxyManager extends AbstractCompareAndSwapBasedProxyManager<String>
        implements ExpiredEntriesCleaner {

    /** The table the migrations create. */
    public static final String TABLE = "stratum_rate_limit";

    private static final String UNIQUE_VIOLATION = "23505";
    private static final String SELECT = "SELECT state FROM stratum_rate_limit WHERE bucket_key = ?";
    private static final String INSERT = """
            INSERT INTO stratum_rate_limit (bucket_key, state, expires_at) VALUES (?, ?, ?)""";
    private static final String UPDATE = """
            UPDATE stratum_rate_limit SET state = ?, expires_at = ? WHERE bucket_key = ? AND state = ?""";
    private static final String DELETE = "DELETE FROM stratum_rate_limit WHERE bucket_key = ?";
    private static final String DELETE_EXPIRED = "DELETE FROM stratum_rate_limit WHERE expires_at <= ?";
    private static final String CHECK_TABLE = "SELECT bucket_key FROM stratum_rate_limit WHERE 1 = 0";

    private final DataSource dataSource;
    private final Clock clock;

    /**
     * @param dataSource the database, not a transaction-aware proxy: every change must commit at once
     * @param config     Bucket4j's client settings; give it an expiration strategy, or rows never expire
     * @param clock      the time rows expire by
     */
    public JdbcProxyManager(DataSource dataSource, ClientSideConfig config, Clock clock) {
        super(config);
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /** Fails with a message that says how to create the table when it does not exist. */
    public void verifyTable() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement check = connection.prepareStatement(CHECK_TABLE)) {
            check.executeQuery().close();
        } catch (SQLException e) {
            throw new IllegalStateException("stratum.rate-limit.store=jdbc needs the table " + TABLE + ", which this"
                    + " database does not have: compile with -Astratum.rateLimit.store=jdbc so Stratum's next"
                    + " migration creates it", e);
        }
    }

    @Override
    protected CompareAndSwapOperation beginCompareAndSwapOperation(String key) {
        return new CompareAndSwapOperation() {
            @Override
            public Optional<byte[]> getStateData(Optional<Long> timeoutNanos) {
                return read(key);
            }

            @Override
            public boolean compareAndSwap(byte[] originalData, byte[] newData, RemoteBucketState newState,
                    Optional<Long> timeoutNanos) {
                OffsetDateTime expiresAt = expiresAt(newState);
                return originalData == null ? insert(key, newData, expiresAt)
                        : update(key, originalData, newData, expiresAt);
            }
        };
    }

    @Override
    protected AsyncCompareAndSwapOperation beginAsyncCompareAndSwapOperation(String key) {
        throw new UnsupportedOperationException("JDBC buckets are synchronous");
    }

    @Override
    public boolean isAsyncModeSupported() {
        return false;
    }

    @Override
    public boolean isExpireAfterWriteSupported() {
        return true;
    }

    @Override
    public void removeProxy(String key) {
        execute(DELETE, key);
    }

    @Override
    protected CompletableFuture<Void> removeAsync(String key) {
        return CompletableFuture.failedFuture(new UnsupportedOperationException("JDBC buckets are synchronous"));
    }

    /** Deletes every expired bucket (all of them, whatever {@code batchSize} says) and returns how many. */
    @Override
    public int removeExpired(int batchSize) {
        return execute(DELETE_EXPIRED, now());
    }

    private Optional<byte[]> read(String key) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(SELECT)) {
            select.setString(1, key);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(Base64.getDecoder().decode(row.getString(1))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new DataAccessFailure("could not read a rate-limit bucket", e);
        }
    }

    private boolean insert(String key, byte[] state, OffsetDateTime expiresAt) {
        try {
            return execute(INSERT, key, encode(state), expiresAt) == 1;
        } catch (DataAccessFailure e) {
            if (e.getCause() instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return false;
            }
            throw e;
        }
    }

    private boolean update(String key, byte[] original, byte[] state, OffsetDateTime expiresAt) {
        return execute(UPDATE, encode(state), expiresAt, key, encode(original)) == 1;
    }

    private OffsetDateTime expiresAt(RemoteBucketState state) {
        long ttlMillis = getClientSideConfig().getExpirationAfterWriteStrategy()
                .map(strategy -> strategy.calculateTimeToLiveMillis(state, currentTimeNanos()))
                .orElse(Long.MAX_VALUE / 2);
        return now().plusNanos(Math.min(ttlMillis, Long.MAX_VALUE / 2_000_000) * 1_000_000);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private static String encode(byte[] state) {
        return Base64.getEncoder().encodeToString(state);
    }

    private int execute(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection()) {
            if (!connection.getAutoCommit()) {
                connection.setAutoCommit(true);
            }
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    statement.setObject(i + 1, parameters[i]);
                }
                return statement.executeUpdate();
            }
        } catch (SQLException e) {
            throw new DataAccessFailure("could not change a rate-limit bucket", e);
        }
    }
}

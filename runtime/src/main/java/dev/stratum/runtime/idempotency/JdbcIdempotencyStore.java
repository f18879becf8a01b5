package dev.stratum.runtime.idempotency;

import dev.stratum.runtime.jdbc.DataAccessFailure;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An {@link IdempotencyStore} in the table {@code stratum_idempotency}, which the migrations create when the project
 * compiles with {@code -Astratum.idempotency=true}. Replicas on one database share it.
 *
 * <p>Claiming inserts the key first: the primary key on (scope, key) lets exactly one of any number of concurrent
 * inserts succeed, on any replica, without locks held across the request. Every statement runs in a transaction of
 * its own (auto-commit), outside the request's, so another replica sees a claim at once. An in-progress key expires
 * after {@code lockTimeout} (a replica that died mid-request does not block the key for long); a completed one after
 * {@code ttl}. Expired rows are ignored, replaced when their key is claimed again, and purged at most once a minute.
 */
public final class JdbcIdempotencyStore implements IdempotencyStore {

    /** The table the migrations create. */
    public static final String TABLE = "stratum_idempotency";
    /** The longest Base64 body the column holds: 750,000 bytes of body. */
    static final int MAX_BODY_CHARACTERS = 1_000_000;

    private static final String UNIQUE_VIOLATION = "23505";
    private static final Duration PURGE_INTERVAL = Duration.ofMinutes(1);
    private static final int CLAIM_ATTEMPTS = 3;
    private static final Logger LOG = LoggerFactory.getLogger(JdbcIdempotencyStore.class);

    private static final String DELETE_EXPIRED_KEY = """
            DELETE FROM stratum_idempotency WHERE scope = ? AND idempotency_key = ? AND expires_at <= ?""";
    private static final String INSERT = """
            INSERT INTO stratum_idempotency (scope, idempotency_key, fingerprint, created_at, expires_at)
            VALUES (?, ?, ?, ?, ?)""";
    private static final String SELECT = """
            SELECT fingerprint, status, location, etag, content_type, body FROM stratum_idempotency
            WHERE scope = ? AND idempotency_key = ? AND expires_at > ?""";
    private static final String COMPLETE = """
            UPDATE stratum_idempotency
            SET status = ?, location = ?, etag = ?, content_type = ?, body = ?, expires_at = ?
            WHERE scope = ? AND idempotency_key = ? AND fingerprint = ? AND status IS NULL""";
    private static final String RELEASE = """
            DELETE FROM stratum_idempotency
            WHERE scope = ? AND idempotency_key = ? AND fingerprint = ? AND status IS NULL""";
    private static final String PURGE = "DELETE FROM stratum_idempotency WHERE expires_at <= ?";
    private static final String CHECK_TABLE = "SELECT scope FROM stratum_idempotency WHERE 1 = 0";

    private final DataSource dataSource;
    private final Clock clock;
    private final Duration ttl;
    private final Duration lockTimeout;
    private volatile Instant nextPurge;

    /**
     * @param dataSource  the database, not a transaction-aware proxy: claims must commit at once
     * @param ttl         how long a completed key is replayed
     * @param lockTimeout how long an in-progress key blocks its repeats at most
     */
    public JdbcIdempotencyStore(DataSource dataSource, Clock clock, Duration ttl, Duration lockTimeout) {
        if (ttl.isNegative() || ttl.isZero() || lockTimeout.isNegative() || lockTimeout.isZero()) {
            throw new IllegalArgumentException("stratum.idempotency.ttl and lock-timeout must be positive, not " + ttl
                    + " and " + lockTimeout);
        }
        this.dataSource = dataSource;
        this.clock = clock;
        this.ttl = ttl;
        this.lockTimeout = lockTimeout;
        this.nextPurge = clock.instant();
    }

    /** Fails with a message that says how to create the table when it does not exist. */
    public void verifyTable() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement check = connection.prepareStatement(CHECK_TABLE)) {
            check.executeQuery().close();
        } catch (SQLException e) {
            throw new IllegalStateException("stratum.idempotency.enabled=true needs the table " + TABLE + ", which this"
                    + " database does not have: compile with -Astratum.idempotency=true so Stratum's next migration"
                    + " creates it", e);
        }
    }

    @Override
    public Claim claim(String scope, String key, String fingerprint) {
        purgeWhenDue();
        try (Connection connection = autoCommitting()) {
            for (int attempt = 0; attempt < CLAIM_ATTEMPTS; attempt++) {
                OffsetDateTime now = now();
                update(connection, DELETE_EXPIRED_KEY, scope, key, now);
                if (insert(connection, scope, key, fingerprint, now)) {
                    return new Claim.Acquired();
                }
                Optional<Claim> existing = existing(connection, scope, key, fingerprint, now);
                if (existing.isPresent()) {
                    return existing.get();
                }
                // The holder released the key or it expired between our insert and select: try again.
            }
            return new Claim.InProgress();
        } catch (SQLException e) {
            throw new DataAccessFailure("could not claim an idempotency key", e);
        }
    }

    @Override
    public void complete(String scope, String key, String fingerprint, StoredResponse response) {
        String body = Base64.getEncoder().encodeToString(response.body());
        if (body.length() > MAX_BODY_CHARACTERS) {
            LOG.warn("A response of {} bytes is too large to store for its Idempotency-Key; the key is released",
                    response.body().length);
            release(scope, key, fingerprint);
            return;
        }
        Map<String, String> headers = response.headers();
        try (Connection connection = autoCommitting()) {
            int updated = update(connection, COMPLETE, response.status(), headers.get("Location"),
                    headers.get("ETag"), headers.get("Content-Type"), body, now().plus(ttl), scope, key, fingerprint);
            if (updated == 0) {
                LOG.warn("An Idempotency-Key expired while its request ran (stratum.idempotency.lock-timeout is {});"
                        + " its response is not stored", lockTimeout);
            }
        } catch (SQLException e) {
            throw new DataAccessFailure("could not store the response of an idempotent request", e);
        }
    }

    @Override
    public void release(String scope, String key, String fingerprint) {
        try (Connection connection = autoCommitting()) {
            update(connection, RELEASE, scope, key, fingerprint);
        } catch (SQLException e) {
            throw new DataAccessFailure("could not release an idempotency key", e);
        }
    }

    @Override
    public int purgeExpired() {
        try (Connection connection = autoCommitting()) {
            return update(connection, PURGE, now());
        } catch (SQLException e) {
            throw new DataAccessFailure("could not purge expired idempotency keys", e);
        }
    }

    private void purgeWhenDue() {
        Instant now = clock.instant();
        if (now.isBefore(nextPurge)) {
            return;
        }
        nextPurge = now.plus(PURGE_INTERVAL);
        try {
            purgeExpired();
        } catch (DataAccessFailure e) {
            // Expired rows are ignored anyway; the claim that follows reports a database that is down.
            LOG.debug("Purging expired idempotency keys failed", e);
        }
    }

    private boolean insert(Connection connection, String scope, String key, String fingerprint, OffsetDateTime now)
            throws SQLException {
        try {
            update(connection, INSERT, scope, key, fingerprint, now, now.plus(lockTimeout));
            return true;
        } catch (SQLException e) {
            if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                return false;
            }
            throw e;
        }
    }

    private Optional<Claim> existing(Connection connection, String scope, String key, String fingerprint,
            OffsetDateTime now) throws SQLException {
        try (PreparedStatement select = prepare(connection, SELECT, scope, key, now);
                ResultSet row = select.executeQuery()) {
            if (!row.next()) {
                return Optional.empty();
            }
            if (!row.getString("fingerprint").equals(fingerprint)) {
                return Optional.of(new Claim.Reused());
            }
            int status = row.getInt("status");
            if (row.wasNull()) {
                return Optional.of(new Claim.InProgress());
            }
            Map<String, String> headers = new LinkedHashMap<>();
            putIfPresent(headers, "Content-Type", row.getString("content_type"));
            putIfPresent(headers, "ETag", row.getString("etag"));
            putIfPresent(headers, "Location", row.getString("location"));
            String body = row.getString("body");
            return Optional.of(new Claim.Replay(new StoredResponse(status, headers,
                    body == null ? new byte[0] : Base64.getDecoder().decode(body))));
        }
    }

    private static void putIfPresent(Map<String, String> headers, String name, String value) {
        if (value != null) {
            headers.put(name, value);
        }
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    /** A connection whose every statement commits by itself, whatever the pool's default. */
    private Connection autoCommitting() throws SQLException {
        Connection connection = dataSource.getConnection();
        try {
            if (!connection.getAutoCommit()) {
                connection.setAutoCommit(true);
            }
            return connection;
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
    }

    private static int update(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = prepare(connection, sql, parameters)) {
            return statement.executeUpdate();
        }
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object... parameters)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        try {
            for (int i = 0; i < parameters.length; i++) {
                Object parameter = parameters[i];
                if (parameter == null) {
                    statement.setNull(i + 1, Types.VARCHAR);
                } else {
                    statement.setObject(i + 1, parameter);
                }
            }
            return statement;
        } catch (SQLException e) {
            statement.close();
            throw e;
        }
    }
}

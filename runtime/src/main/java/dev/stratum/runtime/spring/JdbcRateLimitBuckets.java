package dev.stratum.runtime.spring;

import dev.stratum.runtime.ratelimit.JdbcProxyManager;
import dev.stratum.runtime.security.RateLimit;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Token buckets in the database ({@code stratum.rate-limit.store=jdbc}), through {@link JdbcProxyManager}: every
 * replica on the database draws on the same budget per caller. Expired buckets (fully refilled ones) are purged at
 * most once a minute per instance.
 */
final class JdbcRateLimitBuckets implements RateLimitStore {

    /** The width of the key column; longer keys (long principal names) are stored as their SHA-256. */
    static final int MAX_KEY_LENGTH = 255;

    private static final Duration PURGE_INTERVAL = Duration.ofMinutes(1);
    private static final Logger LOG = LoggerFactory.getLogger(JdbcRateLimitBuckets.class);

    private final JdbcProxyManager buckets;
    private final Clock clock;
    private volatile Instant nextPurge;

    JdbcRateLimitBuckets(JdbcProxyManager buckets, Clock clock) {
        this.buckets = buckets;
        this.clock = clock;
        this.nextPurge = clock.instant().plus(PURGE_INTERVAL);
    }

    @Override
    public Consumption consume(String key, RateLimit limit) {
        purgeWhenDue();
        BucketConfiguration configuration = BucketConfiguration.builder()
                .addLimit(Bandwidth.builder().capacity(limit.requests()).refillGreedy(limit.requests(), limit.period())
                        .build())
                .build();
        return Consumption.of(buckets.builder().build(stored(key), () -> configuration)
                .tryConsumeAndReturnRemaining(1), limit);
    }

    private void purgeWhenDue() {
        Instant now = clock.instant();
        if (now.isBefore(nextPurge)) {
            return;
        }
        nextPurge = now.plus(PURGE_INTERVAL);
        try {
            buckets.removeExpired(Integer.MAX_VALUE);
        } catch (RuntimeException e) {
            LOG.debug("Purging expired rate-limit buckets failed", e);
        }
    }

    static String stored(String key) {
        if (key.length() <= MAX_KEY_LENGTH) {
            return key;
        }
        try {
            return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}

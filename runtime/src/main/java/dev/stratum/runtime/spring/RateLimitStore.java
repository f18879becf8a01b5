package dev.stratum.runtime.spring;

import dev.stratum.runtime.security.RateLimit;
import io.github.bucket4j.ConsumptionProbe;
import java.util.concurrent.TimeUnit;

/**
 * Where callers' token buckets live: in this instance's memory ({@link RateLimitBuckets}, the default), or in the
 * database shared by every replica ({@link JdbcRateLimitBuckets}, {@code stratum.rate-limit.store=jdbc}).
 */
interface RateLimitStore {

    /** The outcome of one request: whether it may go ahead, and what the rate-limit headers say. */
    record Consumption(boolean allowed, long limit, long remaining, long resetSeconds, long retryAfterSeconds) {

        static Consumption of(ConsumptionProbe probe, RateLimit limit) {
            return new Consumption(probe.isConsumed(), limit.requests(), probe.getRemainingTokens(),
                    seconds(probe.getNanosToWaitForReset()),
                    probe.isConsumed() ? 0 : Math.max(1, seconds(probe.getNanosToWaitForRefill())));
        }

        private static long seconds(long nanos) {
            return (nanos + TimeUnit.SECONDS.toNanos(1) - 1) / TimeUnit.SECONDS.toNanos(1);
        }
    }

    /** Takes one token from the bucket {@code key}, created with {@code limit} when it does not exist yet. */
    Consumption consume(String key, RateLimit limit);
}

package dev.stratum.runtime.spring;

import dev.stratum.runtime.security.OperationClass;
import dev.stratum.runtime.security.RateLimit;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The project-wide rate-limit budgets of one caller (a principal, or a client address when anonymous), e.g.
 * {@code stratum.rate-limit.write.requests=30}. An entity declares budgets of its own with
 * {@code @Expose(readsPerMinute = ..., writesPerMinute = ...)}.
 *
 * @param enabled    whether requests are counted at all
 * @param read       the budget for {@code GET} and {@code HEAD} requests
 * @param write      the budget for every other method
 * @param maxBuckets how many callers' budgets are kept in memory at most; idle (fully refilled) ones go first
 * @param store      where budgets live: {@code memory} (the default, one budget per replica) or {@code jdbc} (the
 *                   table {@code stratum_rate_limit}, shared by every replica on the database)
 */
@ConfigurationProperties("stratum.rate-limit")
public record RateLimitProperties(Boolean enabled, Budget read, Budget write, Integer maxBuckets, String store) {

    public RateLimitProperties {
        store = store == null ? "memory" : store;
        if (!store.equals("memory") && !store.equals("jdbc")) {
            throw new IllegalArgumentException("stratum.rate-limit.store must be memory or jdbc, not " + store);
        }
        enabled = enabled == null || enabled;
        read = read == null ? new Budget(300L, null) : read;
        write = write == null ? new Budget(60L, null) : write;
        maxBuckets = maxBuckets == null ? 100_000 : maxBuckets;
    }

    /** The project-wide limit for {@code operations}. */
    RateLimit limit(OperationClass operations) {
        Budget budget = operations == OperationClass.READ ? read : write;
        return new RateLimit(operations, budget.requests(), budget.period());
    }

    /**
     * @param requests how many requests a caller may make in {@code period}
     * @param period   the time in which a spent budget refills completely; one minute by default
     */
    public record Budget(Long requests, Duration period) {

        public Budget {
            requests = requests == null ? 60L : requests;
            period = period == null ? Duration.ofMinutes(1) : period;
        }
    }
}

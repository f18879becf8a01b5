package dev.stratum.runtime.spring;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Idempotency keys for POST requests, e.g. {@code stratum.idempotency.enabled=true}. The table they live in comes
 * from the migrations when the project compiles with {@code -Astratum.idempotency=true}.
 *
 * @param enabled     whether POST requests to declared routes may carry {@code Idempotency-Key}; off by default
 * @param ttl         how long a completed request's response is replayed; 24 hours by default
 * @param lockTimeout how long a request that has not completed holds its key at most (a replica that stopped
 *                    mid-request frees it then); one minute by default
 */
@ConfigurationProperties("stratum.idempotency")
public record IdempotencyProperties(boolean enabled, Duration ttl, Duration lockTimeout) {

    public IdempotencyProperties {
        ttl = ttl == null ? Duration.ofHours(24) : ttl;
        lockTimeout = lockTimeout == null ? Duration.ofMinutes(1) : lockTimeout;
    }
}

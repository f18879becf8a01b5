package dev.stratum.runtime.security;

import java.time.Duration;
import java.util.Objects;

/**
 * How many requests of one class a caller may make in a period: a bucket of {@code requests} tokens that refills
 * evenly over {@code period}, so a caller may burst up to the whole budget and then continues at its average rate.
 *
 * @param operations the class of requests the budget covers
 * @param requests   the budget, at least 1
 * @param period     the time in which a spent budget refills completely, positive
 */
public record RateLimit(OperationClass operations, long requests, Duration period) {

    public RateLimit {
        Objects.requireNonNull(operations, "operations");
        Objects.requireNonNull(period, "period");
        if (requests < 1) {
            throw new IllegalArgumentException("a rate limit needs at least 1 request, not " + requests);
        }
        if (period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("a rate limit's period must be positive, not " + period);
        }
    }

    /** {@code requests} of {@code operations} per minute. */
    public static RateLimit perMinute(OperationClass operations, long requests) {
        return new RateLimit(operations, requests, Duration.ofMinutes(1));
    }
}

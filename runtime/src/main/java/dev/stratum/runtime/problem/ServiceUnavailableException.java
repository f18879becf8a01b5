package dev.stratum.runtime.problem;

import java.time.Duration;
import java.util.Map;

/** The service cannot answer now, such as when its database is unreachable; the client may retry later (503). */
public final class ServiceUnavailableException extends ProblemException {

    private static final long serialVersionUID = 1L;

    private final Duration retryAfter;

    /**
     * @param detail     what is unavailable, in words for the client; never a host, a URL or a driver message
     * @param retryAfter how long a client should wait before it retries, sent as {@code Retry-After} in seconds
     */
    public ServiceUnavailableException(String detail, Duration retryAfter) {
        super(ProblemType.SERVICE_UNAVAILABLE, detail);
        this.retryAfter = retryAfter;
    }

    /** The delay to send in the {@code Retry-After} header. */
    public Duration retryAfter() {
        return retryAfter;
    }

    /** Whole seconds, at least one, as {@code Retry-After} and the {@code retryAfter} member carry them. */
    public long retryAfterSeconds() {
        return Math.max(1, retryAfter.toSeconds());
    }

    @Override
    public Map<String, Object> extensions() {
        return Map.of("retryAfter", retryAfterSeconds());
    }
}

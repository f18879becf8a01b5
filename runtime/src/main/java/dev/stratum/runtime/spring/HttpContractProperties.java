package dev.stratum.runtime.spring;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The HTTP contract of generated resources, e.g. {@code stratum.http.require-if-match=true}.
 *
 * @param requireIfMatch whether every PUT, PATCH and DELETE must carry {@code If-Match}; one without it is answered
 *                       428. Off by default: a write without {@code If-Match} is unconditional
 * @param retryAfter     the {@code Retry-After} of a 503 answered while the database is unreachable
 */
@ConfigurationProperties("stratum.http")
public record HttpContractProperties(boolean requireIfMatch, Duration retryAfter) {

    public HttpContractProperties {
        retryAfter = retryAfter == null ? Duration.ofSeconds(5) : retryAfter;
    }
}

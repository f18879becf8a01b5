package dev.stratum.runtime.spring;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Limits and cross-origin rules of the HTTP API, e.g. {@code stratum.web.max-body-size=256KB}.
 *
 * @param maxBodySize the largest request body accepted; a larger one is answered 413 before anything reads it
 * @param json        limits the JSON parser itself enforces while reading a body
 * @param cors        which browser origins may call the API; none by default
 */
@ConfigurationProperties("stratum.web")
public record WebLimitsProperties(DataSize maxBodySize, Json json, Cors cors) {

    public WebLimitsProperties {
        maxBodySize = maxBodySize == null ? DataSize.ofMegabytes(1) : maxBodySize;
        json = json == null ? new Json(null, null) : json;
        cors = cors == null ? new Cors(null, null, null, null, null) : cors;
    }

    /**
     * @param maxNestingDepth how deeply objects and arrays may nest
     * @param maxStringLength the longest string value, in characters
     */
    public record Json(Integer maxNestingDepth, Integer maxStringLength) {

        public Json {
            maxNestingDepth = maxNestingDepth == null ? 32 : maxNestingDepth;
            maxStringLength = maxStringLength == null ? 65_536 : maxStringLength;
        }
    }

    /**
     * @param allowedOrigins  exact origins such as {@code https://app.example.com}; empty turns CORS off
     * @param allowedMethods  methods a cross-origin caller may use
     * @param allowedHeaders  request headers a cross-origin caller may send
     * @param exposedHeaders  response headers a cross-origin caller may read
     * @param maxAge          how long a browser may cache a preflight answer
     */
    public record Cors(List<String> allowedOrigins, List<String> allowedMethods, List<String> allowedHeaders,
            List<String> exposedHeaders, Duration maxAge) {

        public Cors {
            allowedOrigins = allowedOrigins == null ? List.of() : List.copyOf(allowedOrigins);
            allowedMethods = allowedMethods == null
                    ? List.of("GET", "POST", "PUT", "PATCH", "DELETE") : List.copyOf(allowedMethods);
            allowedHeaders = allowedHeaders == null
                    ? List.of("Authorization", "Content-Type", "If-Match", "If-None-Match", RequestIdFilter.HEADER)
                    : List.copyOf(allowedHeaders);
            exposedHeaders = exposedHeaders == null
                    ? List.of("ETag", "Location", RequestIdFilter.HEADER, "WWW-Authenticate")
                    : List.copyOf(exposedHeaders);
            maxAge = maxAge == null ? Duration.ofHours(1) : maxAge;
        }

        boolean enabled() {
            return !allowedOrigins.isEmpty();
        }
    }
}

package dev.stratum.runtime.idempotency;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The part of a response that a replay sends again.
 *
 * @param status  the HTTP status
 * @param headers the headers worth repeating ({@link #REPLAYED_HEADERS}) by name, sorted
 * @param body    the body's bytes, as sent
 */
public record StoredResponse(int status, Map<String, String> headers, byte[] body) {

    /** The response headers a replay repeats; the rest (dates, request ids, rate limits) belong to each request. */
    public static final List<String> REPLAYED_HEADERS = List.of("Content-Type", "ETag", "Location");

    public StoredResponse {
        if (status < 100 || status > 599) {
            throw new IllegalArgumentException("not an HTTP status: " + status);
        }
        headers = Map.copyOf(new TreeMap<>(headers));
        body = body.clone();
    }

    @Override
    public byte[] body() {
        return body.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StoredResponse that && status == that.status && headers.equals(that.headers)
                && Arrays.equals(body, that.body);
    }

    @Override
    public int hashCode() {
        return Objects.hash(status, headers, Arrays.hashCode(body));
    }

    @Override
    public String toString() {
        return "StoredResponse[status=" + status + ", headers=" + headers + ", body=" + body.length + " bytes]";
    }
}

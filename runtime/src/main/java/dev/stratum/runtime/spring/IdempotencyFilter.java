package dev.stratum.runtime.spring;

import dev.stratum.runtime.idempotency.Claim;
import dev.stratum.runtime.idempotency.IdempotencyKeys;
import dev.stratum.runtime.idempotency.IdempotencyStore;
import dev.stratum.runtime.idempotency.StoredResponse;
import dev.stratum.runtime.jdbc.DataAccessFailure;
import dev.stratum.runtime.problem.ProblemType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Map.Entry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Makes POST requests to declared routes safe to retry when they carry {@code Idempotency-Key}: the first request
 * with a key runs and its response is stored; a repeat with the same method, path, principal and body gets the stored
 * response again (with {@code Idempotent-Replayed: true}) and runs nothing. The same key with a different request is
 * a 422 problem, a repeat while the first still runs a 409 problem.
 *
 * <p>It runs after authorization, so a refused request claims no key. Client errors (4xx) are stored like successes:
 * the same request would fail the same way again, and a client that fixes its request sends a new key. Server
 * errors (5xx) release the key, so the retry the key exists for can succeed.
 */
final class IdempotencyFilter extends OncePerRequestFilter {

    private static final Problem INVALID_KEY = new Problem(ProblemType.INVALID_PARAMETER, "The Idempotency-Key header"
            + " must be 1 to 255 visible ASCII characters, such as a UUID.",
            Map.of("parameter", IdempotencyKeys.HEADER));
    private static final Problem IN_USE = Problem.of(ProblemType.IDEMPOTENCY_KEY_IN_USE, "A request with this"
            + " Idempotency-Key is still being processed; retry after it has completed.");
    private static final Problem REUSED = Problem.of(ProblemType.IDEMPOTENCY_KEY_REUSED, "This Idempotency-Key was"
            + " used for a different request; send a new key for a new request.");
    private static final Problem UNAVAILABLE = Problem.of(ProblemType.SERVICE_UNAVAILABLE,
            "The service cannot reach its database; retry after the number of seconds in the Retry-After header.");

    private static final Logger LOG = LoggerFactory.getLogger(IdempotencyFilter.class);

    private final RouteTable routes;
    private final IdempotencyStore store;
    private final long maxBodyBytes;
    private final Duration retryAfter;
    private final ProblemWriter writer;
    private final AuthenticationTrustResolver trust = new AuthenticationTrustResolverImpl();

    IdempotencyFilter(RouteTable routes, IdempotencyStore store, long maxBodyBytes, Duration retryAfter,
            ProblemWriter writer) {
        this.routes = routes;
        this.store = store;
        this.maxBodyBytes = maxBodyBytes;
        this.retryAfter = retryAfter;
        this.writer = writer;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || request.getHeader(IdempotencyKeys.HEADER) == null
                || routes.match(request).isEmpty();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(IdempotencyKeys.HEADER);
        if (!IdempotencyKeys.isValid(key)) {
            writer.write(INVALID_KEY, request, response);
            return;
        }
        byte[] body = readBody(request);
        if (body == null) {
            writer.write(Problem.of(ProblemType.PAYLOAD_TOO_LARGE, Problem.PAYLOAD_TOO_LARGE_DETAIL), request, response);
            return;
        }
        String scope = IdempotencyKeys.scope(principal());
        String query = request.getQueryString();
        String fingerprint = IdempotencyKeys.fingerprint(request.getMethod(),
                request.getRequestURI() + (query == null ? "" : "?" + query), scope, body);
        Claim claim;
        try {
            claim = store.claim(scope, key, fingerprint);
        } catch (DataAccessFailure e) {
            if (!DatabaseUnavailable.causes(e)) {
                throw e;
            }
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, retryAfter.toSeconds())));
            writer.write(UNAVAILABLE, request, response);
            return;
        }
        if (claim instanceof Claim.Replay replay) {
            replay(replay.response(), response);
        } else if (claim instanceof Claim.InProgress) {
            writer.write(IN_USE, request, response);
        } else if (claim instanceof Claim.Reused) {
            writer.write(REUSED, request, response);
        } else {
            run(new CachedBodyRequest(request, body), response, chain, scope, key, fingerprint);
        }
    }

    private void run(HttpServletRequest request, HttpServletResponse response, FilterChain chain, String scope,
            String key, String fingerprint) throws ServletException, IOException {
        ContentCachingResponseWrapper recorded = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(request, recorded);
        } catch (IOException | ServletException | RuntimeException | Error e) {
            store.release(scope, key, fingerprint);
            throw e;
        }
        try {
            if (recorded.getStatus() >= 500) {
                store.release(scope, key, fingerprint);
            } else {
                store.complete(scope, key, fingerprint, stored(recorded));
            }
        } catch (DataAccessFailure e) {
            // The work is done, so the client gets its result; the key stays claimed until the lock timeout.
            LOG.warn("Could not record the outcome of an idempotent request", e);
        }
        // Stored before the client sees it: a retry that follows the response at once finds it complete.
        recorded.copyBodyToResponse();
    }

    private static StoredResponse stored(ContentCachingResponseWrapper recorded) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (String name : StoredResponse.REPLAYED_HEADERS) {
            String value = recorded.getHeader(name);
            if (value != null) {
                headers.put(name, value);
            }
        }
        return new StoredResponse(recorded.getStatus(), headers, recorded.getContentAsByteArray());
    }

    private static void replay(StoredResponse stored, HttpServletResponse response) throws IOException {
        response.setStatus(stored.status());
        for (Entry<String, String> header : stored.headers().entrySet()) {
            response.setHeader(header.getKey(), header.getValue());
        }
        response.setHeader(IdempotencyKeys.REPLAYED_HEADER, "true");
        byte[] body = stored.body();
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** The body, or {@code null} when it is larger than the limit (a body sent without a length is read to see). */
    private byte[] readBody(HttpServletRequest request) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        try (InputStream in = request.getInputStream()) {
            byte[] buffer = new byte[8192];
            for (int read = in.read(buffer); read != -1; read = in.read(buffer)) {
                body.write(buffer, 0, read);
                if (body.size() > maxBodyBytes) {
                    return null;
                }
            }
        }
        return body.toByteArray();
    }

    private String principal() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return trust.isAuthenticated(authentication) ? authentication.getName() : null;
    }

    /** The request with its body read once, served again to whoever reads it next. */
    private static final class CachedBodyRequest extends HttpServletRequestWrapper {

        private final byte[] body;

        CachedBodyRequest(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("the body has been read already");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            String encoding = getCharacterEncoding();
            return new BufferedReader(new InputStreamReader(getInputStream(),
                    encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding)));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}

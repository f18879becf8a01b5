package dev.stratum.runtime.spring;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.MDC;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request an id: the client's {@code X-Request-Id} when it is a safe token, else the trace id of a
 * well-formed W3C {@code traceparent} (so the id matches the caller's distributed trace), otherwise a new UUID. The id
 * is a request attribute, the SLF4J MDC entry {@code requestId} while the request runs, a response header, and a
 * member of every problem document, so a client's report can be matched with the server's log.
 */
public final class RequestIdFilter extends OncePerRequestFilter {

    /** The request and response header carrying the id. */
    public static final String HEADER = "X-Request-Id";

    /** The W3C Trace Context header whose trace id becomes the request id. */
    public static final String TRACEPARENT = "traceparent";

    /** The request attribute holding the id. */
    public static final String ATTRIBUTE = "dev.stratum.runtime.requestId";

    /** The MDC key holding the id while the request runs. */
    public static final String MDC_KEY = "requestId";

    // Short and free of separators, so a client cannot forge log lines or headers with it.
    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    // Version 00: trace id, parent id and flags in lower-case hex; all-zero ids are invalid by the specification.
    private static final Pattern TRACE_PARENT = Pattern.compile("00-([0-9a-f]{32})-([0-9a-f]{16})-[0-9a-f]{2}");
    private static final String ZERO_TRACE_ID = "0".repeat(32);
    private static final String ZERO_PARENT_ID = "0".repeat(16);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String requestId = acceptedOrNew(request.getHeader(HEADER), request.getHeader(TRACEPARENT));
        request.setAttribute(ATTRIBUTE, requestId);
        response.setHeader(HEADER, requestId);
        MDC.put(MDC_KEY, requestId);
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.remove(MDC_KEY);
        }
    }

    /** The id of {@code request}; assigns one when the filter did not run, e.g. in a mock request. */
    public static String requestId(HttpServletRequest request) {
        if (request.getAttribute(ATTRIBUTE) instanceof String requestId) {
            return requestId;
        }
        String requestId = UUID.randomUUID().toString();
        request.setAttribute(ATTRIBUTE, requestId);
        return requestId;
    }

    private static String acceptedOrNew(String requestId, String traceParent) {
        if (requestId != null && ACCEPTED.matcher(requestId).matches()) {
            return requestId;
        }
        String traceId = traceId(traceParent);
        return traceId != null ? traceId : UUID.randomUUID().toString();
    }

    /** The trace id of a well-formed {@code traceparent}, or null. */
    static String traceId(String traceParent) {
        if (traceParent == null) {
            return null;
        }
        Matcher parts = TRACE_PARENT.matcher(traceParent.strip());
        if (!parts.matches() || parts.group(1).equals(ZERO_TRACE_ID) || parts.group(2).equals(ZERO_PARENT_ID)) {
            return null;
        }
        return parts.group(1);
    }
}

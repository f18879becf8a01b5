package dev.stratum.runtime.spring;

import dev.stratum.runtime.problem.ProblemType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers 413 to a request whose declared {@code Content-Length} exceeds the limit, before anything reads the body.
 * A body sent without a length is bounded by the JSON parser's document-length limit instead.
 */
final class BodySizeFilter extends OncePerRequestFilter {

    private static final Problem TOO_LARGE = Problem.of(ProblemType.PAYLOAD_TOO_LARGE, Problem.PAYLOAD_TOO_LARGE_DETAIL);

    private final long maxBytes;
    private final ProblemWriter writer;

    BodySizeFilter(long maxBytes, ProblemWriter writer) {
        this.maxBytes = maxBytes;
        this.writer = writer;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > maxBytes) {
            writer.write(TOO_LARGE, request, response);
            return;
        }
        chain.doFilter(request, response);
    }
}

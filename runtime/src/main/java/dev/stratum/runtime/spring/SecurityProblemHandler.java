package dev.stratum.runtime.spring;

import dev.stratum.runtime.problem.ProblemType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.SortedSet;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * Answers a denied request with a problem document: 405 with an {@code Allow} header when its path is declared but
 * not its method (nothing ran, and the client learns which methods exist), otherwise 401 with an HTTP Basic
 * challenge for an unauthenticated caller and 403 for an authenticated one.
 */
final class SecurityProblemHandler implements AuthenticationEntryPoint, AccessDeniedHandler {

    static final String CHALLENGE = "Basic realm=\"stratum\"";

    private static final Problem UNAUTHENTICATED = Problem.of(ProblemType.UNAUTHENTICATED,
            "This operation needs authentication; send valid credentials.");
    private static final Problem FORBIDDEN = Problem.of(ProblemType.FORBIDDEN,
            "You are authenticated but not allowed to use this operation.");

    private final ProblemWriter writer;
    private final RouteTable routes;

    SecurityProblemHandler(ProblemWriter writer, RouteTable routes) {
        this.writer = writer;
        this.routes = routes;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        if (!answeredMethodNotAllowed(request, response)) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE);
            writer.write(UNAUTHENTICATED, request, response);
        }
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        if (!answeredMethodNotAllowed(request, response)) {
            writer.write(FORBIDDEN, request, response);
        }
    }

    private boolean answeredMethodNotAllowed(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        SortedSet<String> declared = routes.declaredMethods(request);
        if (declared.isEmpty() || declared.contains(request.getMethod())) {
            return false;
        }
        response.setHeader(HttpHeaders.ALLOW, String.join(", ", declared));
        writer.write(Problem.forStatus(405), request, response);
        return true;
    }
}

package dev.stratum.runtime.spring;

import dev.stratum.runtime.problem.ProblemType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.SortedSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * Answers a denied request with a problem document: 405 with an {@code Allow} header when its path is declared but
 * not its method (nothing ran, and the client learns which methods exist), otherwise 401 with a challenge for each
 * configured mechanism (or {@code error="invalid_token"} for a rejected bearer token) for an unauthenticated caller
 * and 403 for an authenticated one.
 */
final class SecurityProblemHandler implements AuthenticationEntryPoint, AccessDeniedHandler {

    static final String BASIC_CHALLENGE = "Basic realm=\"stratum\"";
    static final String BEARER_CHALLENGE = "Bearer realm=\"stratum\"";

    // RFC 6750: a rejected token is named in the challenge; why it was rejected stays in the server's log.
    private static final String INVALID_TOKEN_CHALLENGE = BEARER_CHALLENGE + ", error=\"invalid_token\"";

    private static final Problem UNAUTHENTICATED = Problem.of(ProblemType.UNAUTHENTICATED,
            "This operation needs authentication; send valid credentials.");
    private static final Problem FORBIDDEN = Problem.of(ProblemType.FORBIDDEN,
            "You are authenticated but not allowed to use this operation.");

    private static final Problem INVALID_TOKEN = Problem.of(ProblemType.UNAUTHENTICATED,
            "The bearer token is not valid here: it may be expired, not yet valid, for another issuer or audience, "
                    + "or not signed by a trusted key.");

    private static final Logger log = LoggerFactory.getLogger(SecurityProblemHandler.class);

    private final ProblemWriter writer;
    private final RouteTable routes;
    private final List<String> challenges;

    /**
     * @param challenges the {@code WWW-Authenticate} values for a request without credentials, one per mechanism
     */
    SecurityProblemHandler(ProblemWriter writer, RouteTable routes, List<String> challenges) {
        this.writer = writer;
        this.routes = routes;
        this.challenges = List.copyOf(challenges);
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        if (answeredMethodNotAllowed(request, response)) {
            return;
        }
        if (sentBearerToken(request) && challenges.contains(BEARER_CHALLENGE)) {
            // The reason (expired, wrong audience, ...) never names the token itself.
            log.debug("Bearer token rejected: {}", e.getMessage());
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, INVALID_TOKEN_CHALLENGE);
            writer.write(INVALID_TOKEN, request, response);
        } else {
            challenges.forEach(challenge -> response.addHeader(HttpHeaders.WWW_AUTHENTICATE, challenge));
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

    private static boolean sentBearerToken(HttpServletRequest request) {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        return authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
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

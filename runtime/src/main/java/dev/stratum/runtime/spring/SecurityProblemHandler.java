package dev.stratum.runtime.spring;

import dev.stratum.runtime.problem.ProblemType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/** Answers 401 (with an HTTP Basic challenge) and 403 with problem documents. */
final class SecurityProblemHandler implements AuthenticationEntryPoint, AccessDeniedHandler {

    static final String CHALLENGE = "Basic realm=\"stratum\"";

    private static final Problem UNAUTHENTICATED = Problem.of(ProblemType.UNAUTHENTICATED,
            "This operation needs authentication; send valid credentials.");
    private static final Problem FORBIDDEN = Problem.of(ProblemType.FORBIDDEN,
            "You are authenticated but not allowed to use this operation.");

    private final ProblemWriter writer;

    SecurityProblemHandler(ProblemWriter writer) {
        this.writer = writer;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE);
        writer.write(UNAUTHENTICATED, request, response);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        writer.write(FORBIDDEN, request, response);
    }
}

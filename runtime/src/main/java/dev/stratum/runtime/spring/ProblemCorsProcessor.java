package dev.stratum.runtime.spring;

import dev.stratum.runtime.problem.ProblemType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.DefaultCorsProcessor;

/**
 * Spring's CORS checks, with a refusal answered by a 403 problem document instead of Spring's plain-text body, so a
 * refused preflight looks like every other error of the API.
 */
final class ProblemCorsProcessor extends DefaultCorsProcessor {

    static final String DETAIL = "This origin, method or header is not allowed to call the API from a browser.";

    private static final Problem REFUSED = Problem.of(ProblemType.FORBIDDEN, DETAIL);

    private final ProblemWriter writer;

    ProblemCorsProcessor(ProblemWriter writer) {
        this.writer = writer;
    }

    @Override
    public boolean processRequest(CorsConfiguration configuration, HttpServletRequest request,
            HttpServletResponse response) throws IOException {
        boolean allowed = super.processRequest(configuration, request, response);
        if (!allowed) {
            writer.write(REFUSED, request, response);
        }
        return allowed;
    }

    @Override
    protected void rejectRequest(ServerHttpResponse response) {
        // processRequest writes the problem document: only it knows the request's path and id.
    }
}

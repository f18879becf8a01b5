package dev.stratum.runtime.spring;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Replaces Spring Boot's error page for errors that never reach {@link ProblemDetailsAdvice}, such as a filter that
 * failed or a container that rejected a request: they too are answered with a problem document.
 */
@RestController
@RequestMapping("${server.error.path:${error.path:/error}}")
public class ProblemErrorController implements ErrorController {

    private static final Logger log = LoggerFactory.getLogger(ProblemErrorController.class);

    /** Renders the error the container forwarded here, keyed by its status. */
    @RequestMapping
    public ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        int status = status(request);
        String path = originalPath(request);
        String requestId = RequestIdFilter.requestId(request);
        if (status >= 500) {
            log.error("Request {} {} failed (requestId {})", request.getMethod(), path, requestId,
                    request.getAttribute(RequestDispatcher.ERROR_EXCEPTION));
        }
        Problem problem = Problem.forStatus(status);
        return ResponseEntity.status(problem.type().status())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem.document(path, requestId));
    }

    private static int status(HttpServletRequest request) {
        return request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer status ? status : 500;
    }

    private static String originalPath(HttpServletRequest request) {
        return request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String path
                ? path
                : request.getRequestURI();
    }
}

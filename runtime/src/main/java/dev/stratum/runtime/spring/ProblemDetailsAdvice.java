package dev.stratum.runtime.spring;

import dev.stratum.runtime.problem.InvalidParameterException;
import dev.stratum.runtime.problem.ProblemException;
import dev.stratum.runtime.problem.ProblemType;
import dev.stratum.runtime.problem.ServiceUnavailableException;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Answers every error raised while handling a request with an RFC 9457 {@code application/problem+json} document:
 * Stratum's own problems, unreadable bodies, bad parameters, Spring MVC's protocol errors (404, 405, 406, 415), a
 * 503 with {@code Retry-After} while the database is unreachable and, as a generic 500, anything unexpected. Responses never carry stack traces, SQL, class names or exception messages;
 * unexpected failures are logged with the request id instead.
 *
 * <p>Ordered last, so an application's own advice gets the first chance at the exceptions it knows.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    static final String DATABASE_UNAVAILABLE_DETAIL =
            "The service cannot reach its database right now; retry after the delay in Retry-After.";

    private final Duration retryAfter;

    /** @param retryAfter the delay a 503 tells the client to wait before retrying */
    public ProblemDetailsAdvice(Duration retryAfter) {
        this.retryAfter = retryAfter;
    }

    /** Renders a problem that application or generated code raised on purpose. */
    @ExceptionHandler(ProblemException.class)
    public ResponseEntity<Object> handleProblem(ProblemException e, HttpServletRequest request) {
        HttpHeaders headers = new HttpHeaders();
        if (e instanceof ServiceUnavailableException unavailable) {
            headers.set(HttpHeaders.RETRY_AFTER, String.valueOf(unavailable.retryAfterSeconds()));
        }
        return respond(Problem.of(e), headers, request);
    }

    /**
     * Renders anything else as a generic 500 and logs it; a database that cannot be reached is a 503 instead, logged
     * as a warning without the stack trace, since the cause is outside this service.
     */
    @ExceptionHandler(Exception.class)
    public ResponseEntity<Object> handleUnexpected(Exception e, HttpServletRequest request) {
        if (DatabaseUnavailable.causes(e)) {
            log.warn("Request {} {} found the database unreachable (requestId {}): {}", request.getMethod(),
                    request.getRequestURI(), RequestIdFilter.requestId(request), e.toString());
            return handleProblem(new ServiceUnavailableException(DATABASE_UNAVAILABLE_DETAIL, retryAfter), request);
        }
        logUnexpected(e, request);
        return respond(Problem.internalError(), new HttpHeaders(), request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return respond(BodyProblems.of(e), headers, servletRequest(request));
    }

    /** Names the media types the operation reads, e.g. {@code application/merge-patch+json} for a PATCH. */
    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(
            HttpMediaTypeNotSupportedException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<String> supported = e.getSupportedMediaTypes().stream().map(MediaType::toString).toList();
        String accepted = supported.isEmpty() ? MediaType.APPLICATION_JSON_VALUE : String.join(" or ", supported);
        Problem problem = Problem.of(ProblemType.UNSUPPORTED_MEDIA_TYPE,
                "The request body's Content-Type is not supported here; send " + accepted + ".");
        return respond(problem, headers, servletRequest(request));
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(
            TypeMismatchException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String parameter = e.getPropertyName();
        if (parameter == null) {
            return handleExceptionInternal(e, null, headers, status, request);
        }
        String detail = "Parameter '" + parameter + "' must be " + ExpectedKind.of(e.getRequiredType()) + ".";
        return respond(Problem.of(new InvalidParameterException(parameter, detail)), headers, servletRequest(request));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(
            MissingServletRequestParameterException e, HttpHeaders headers, HttpStatusCode status,
            WebRequest request) {
        String parameter = e.getParameterName();
        InvalidParameterException problem =
                new InvalidParameterException(parameter, "Query parameter '" + parameter + "' is required.");
        return respond(Problem.of(problem), headers, servletRequest(request));
    }

    @Override
    protected ResponseEntity<Object> handleServletRequestBindingException(
            ServletRequestBindingException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (e instanceof MissingRequestHeaderException missing) {
            String header = missing.getHeaderName();
            InvalidParameterException problem =
                    new InvalidParameterException(header, "Header '" + header + "' is required.");
            return respond(Problem.of(problem), headers, servletRequest(request));
        }
        return handleExceptionInternal(e, null, headers, status, request);
    }

    /** Every other Spring MVC exception lands here, classified by the status Spring chose for it. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(
            Exception e, Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        HttpServletRequest servletRequest = servletRequest(request);
        if (status.is5xxServerError()) {
            logUnexpected(e, servletRequest);
        }
        return respond(Problem.forStatus(status.value()), headers, servletRequest);
    }

    private ResponseEntity<Object> respond(Problem problem, HttpHeaders headers, HttpServletRequest request) {
        HttpHeaders responseHeaders = new HttpHeaders();
        responseHeaders.putAll(headers);
        responseHeaders.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        return ResponseEntity.status(problem.type().status())
                .headers(responseHeaders)
                .body(problem.document(request));
    }

    private static void logUnexpected(Exception e, HttpServletRequest request) {
        log.error("Request {} {} failed (requestId {})", request.getMethod(), request.getRequestURI(),
                RequestIdFilter.requestId(request), e);
    }

    private static HttpServletRequest servletRequest(WebRequest request) {
        return ((NativeWebRequest) request).getNativeRequest(HttpServletRequest.class);
    }
}

package dev.stratum.runtime.spring;

import dev.stratum.runtime.problem.ProblemException;
import dev.stratum.runtime.problem.ProblemType;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.http.ProblemDetail;
import org.springframework.web.util.UriUtils;

/** What went wrong, before it becomes a problem document for one request. */
record Problem(ProblemType type, String detail, Map<String, Object> extensions) {

    /** The only detail a client sees for a server-side failure. */
    static final String INTERNAL_ERROR_DETAIL =
            "The server could not complete the request. Quote the requestId when you report it.";

    static final String PAYLOAD_TOO_LARGE_DETAIL = "The request body is larger than this service accepts.";

    Problem {
        extensions = Map.copyOf(extensions);
    }

    static Problem of(ProblemType type, String detail) {
        return new Problem(type, detail, Map.of());
    }

    static Problem of(ProblemException e) {
        return new Problem(e.type(), e.detail(), e.extensions());
    }

    static Problem internalError() {
        return of(ProblemType.INTERNAL_ERROR, INTERNAL_ERROR_DETAIL);
    }

    /** A problem for an error known only by its HTTP status, e.g. one Spring MVC or the servlet container raised. */
    static Problem forStatus(int status) {
        return switch (status) {
            case 401 -> of(ProblemType.UNAUTHENTICATED, "Authenticate to use this operation.");
            case 403 -> of(ProblemType.FORBIDDEN, "You are not allowed to use this operation.");
            case 404 -> of(ProblemType.NOT_FOUND, "Nothing exists at this path.");
            case 405 -> of(ProblemType.METHOD_NOT_ALLOWED,
                    "This resource does not support the request's method; the Allow header lists the ones it does.");
            case 406 -> of(ProblemType.NOT_ACCEPTABLE,
                    "This resource cannot answer in a media type the Accept header allows; accept application/json.");
            case 413 -> of(ProblemType.PAYLOAD_TOO_LARGE, PAYLOAD_TOO_LARGE_DETAIL);
            case 415 -> of(ProblemType.UNSUPPORTED_MEDIA_TYPE,
                    "The request body's Content-Type is not supported here; send application/json.");
            default -> status >= 500
                    ? internalError()
                    : of(ProblemType.MALFORMED_REQUEST, "The request cannot be processed as sent.");
        };
    }

    /** The problem document for a request to {@code path}; {@code instance} is the path, without the query. */
    ProblemDetail document(String path, String requestId) {
        ProblemDetail document = ProblemDetail.forStatus(type.status());
        document.setType(URI.create(type.uri()));
        document.setTitle(type.title());
        document.setDetail(detail);
        document.setInstance(instance(path));
        document.setProperty("requestId", requestId);
        extensions.forEach(document::setProperty);
        return document;
    }

    ProblemDetail document(HttpServletRequest request) {
        return document(request.getRequestURI(), RequestIdFilter.requestId(request));
    }

    // The container hands over the path as sent; re-encode the rare one that is not a valid URI reference.
    private static URI instance(String path) {
        try {
            return URI.create(path);
        } catch (IllegalArgumentException e) {
            return URI.create(UriUtils.encodePath(path, StandardCharsets.UTF_8));
        }
    }
}

package dev.stratum.runtime.spring;

import dev.stratum.runtime.problem.ProblemException;
import dev.stratum.runtime.problem.ProblemType;
import java.util.List;
import java.util.Map;
import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Explains why a request body could not be read, pointing at the offending member with a JSON pointer (RFC 6901).
 * Details never echo rejected values, nor Jackson's messages, which name Java classes.
 */
final class BodyProblems {

    private BodyProblems() {
    }

    static Problem of(HttpMessageNotReadableException e) {
        // A request record may refuse a value in its constructor with a problem of its own.
        ProblemException refused = causeOfType(e, ProblemException.class);
        if (refused != null) {
            return Problem.of(refused);
        }
        JacksonException cause = causeOfType(e, JacksonException.class);
        if (cause == null) {
            return Problem.of(ProblemType.MALFORMED_REQUEST, "This operation needs a JSON request body.");
        }
        return of(cause);
    }

    private static Problem of(JacksonException e) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            return unknownProperty(unknown);
        }
        if (e instanceof MismatchedInputException mismatch && !e.getPath().isEmpty()) {
            return typeMismatch(mismatch);
        }
        if (e instanceof StreamConstraintsException limit) {
            return exceeded(limit);
        }
        if (e instanceof StreamReadException) {
            return Problem.of(ProblemType.MALFORMED_REQUEST, "The request body is not well-formed JSON" + where(e));
        }
        return Problem.of(ProblemType.MALFORMED_REQUEST,
                "The request body does not have the shape this operation expects; it must be a JSON object.");
    }

    // Jackson tells the limits apart only by message; its wording never reaches the client.
    private static Problem exceeded(StreamConstraintsException e) {
        String message = String.valueOf(e.getOriginalMessage());
        if (message.startsWith("Document length")) {
            return Problem.of(ProblemType.PAYLOAD_TOO_LARGE, Problem.PAYLOAD_TOO_LARGE_DETAIL);
        }
        if (message.startsWith("Document nesting depth")) {
            return Problem.of(ProblemType.MALFORMED_REQUEST,
                    "The request body nests objects and arrays deeper than this service accepts.");
        }
        if (message.startsWith("String value length")) {
            return Problem.of(ProblemType.MALFORMED_REQUEST,
                    "A string in the request body is longer than this service accepts.");
        }
        return Problem.of(ProblemType.MALFORMED_REQUEST, "The request body exceeds a limit of this service.");
    }

    private static Problem unknownProperty(UnrecognizedPropertyException e) {
        String pointer = pointer(e.getPath());
        return new Problem(ProblemType.UNKNOWN_PROPERTY,
                "Property '" + e.getPropertyName() + "' is not accepted by this operation; remove it.",
                Map.of("pointer", pointer));
    }

    private static Problem typeMismatch(MismatchedInputException e) {
        String pointer = pointer(e.getPath());
        return new Problem(ProblemType.TYPE_MISMATCH,
                "The value at " + pointer + " must be " + ExpectedKind.of(e.getTargetType()) + ".",
                Map.of("pointer", pointer));
    }

    /** The JSON pointer of a Jackson reference path, e.g. {@code /owner/phones/0}. */
    static String pointer(List<JacksonException.Reference> path) {
        StringBuilder pointer = new StringBuilder();
        for (JacksonException.Reference reference : path) {
            if (reference.getPropertyName() != null) {
                pointer.append('/').append(escape(reference.getPropertyName()));
            } else if (reference.getIndex() >= 0) {
                pointer.append('/').append(reference.getIndex());
            }
        }
        return pointer.toString();
    }

    private static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }

    private static String where(JacksonException e) {
        TokenStreamLocation location = e.getLocation();
        if (location == null || location.getLineNr() < 1) {
            return ".";
        }
        return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ").";
    }

    private static <T extends Throwable> T causeOfType(Throwable e, Class<T> type) {
        for (Throwable current = e; current != null; current = current.getCause()) {
            if (type.isInstance(current)) {
                return type.cast(current);
            }
        }
        return null;
    }
}

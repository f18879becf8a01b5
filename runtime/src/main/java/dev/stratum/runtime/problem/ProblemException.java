package dev.stratum.runtime.problem;

import java.util.Map;

/**
 * An error with a client-facing meaning. The web layer renders it as an RFC 9457 problem document; nothing in it may
 * carry SQL, class names, stack traces or sensitive values.
 */
public abstract class ProblemException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final ProblemType type;

    protected ProblemException(ProblemType type, String detail) {
        super(detail, null, false, false);
        this.type = type;
    }

    /** The problem type, which fixes status and title. */
    public ProblemType type() {
        return type;
    }

    /** The human-readable explanation of this occurrence; safe to show a client. */
    public String detail() {
        return getMessage();
    }

    /** Extra members of the problem document, such as {@code violations}; empty by default. */
    public Map<String, Object> extensions() {
        return Map.of();
    }
}

package dev.stratum.runtime.migration;

/** An undo could not start or did not finish; the message says which script and what to do. */
public final class UndoException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UndoException(String message) {
        super(message);
    }

    public UndoException(String message, Throwable cause) {
        super(message, cause);
    }
}

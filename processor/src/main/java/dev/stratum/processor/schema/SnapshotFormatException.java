package dev.stratum.processor.schema;

/** A schema snapshot that cannot be read; the message names the line and column and what was expected there. */
public final class SnapshotFormatException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final int line;

    SnapshotFormatException(int line, int column, String problem) {
        super("malformed schema snapshot at line " + line + ", column " + column + ": " + problem);
        this.line = line;
    }

    /** The 1-based line the problem is on. */
    public int line() {
        return line;
    }
}

package dev.stratum.processor.diagnostics;

import dev.stratum.processor.model.Location;

/** One finding: its severity, code, a one-sentence message saying what is wrong and how to fix it, and where. */
public record Diagnostic(Severity severity, Code code, String message, Location location) {

    /** How serious a finding is; an error stops generation for the affected entity. */
    public enum Severity { ERROR, WARNING, NOTE }

    public static Diagnostic error(Code code, Location location, String message) {
        return new Diagnostic(Severity.ERROR, code, message, location);
    }

    public static Diagnostic warning(Code code, Location location, String message) {
        return new Diagnostic(Severity.WARNING, code, message, location);
    }

    public static Diagnostic note(Code code, Location location, String message) {
        return new Diagnostic(Severity.NOTE, code, message, location);
    }

    /** The text printed to javac: the tag, then the message. */
    public String text() {
        return code.tag() + " " + message;
    }
}

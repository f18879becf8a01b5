package dev.stratum.processor.diagnostics;

import dev.stratum.processor.model.Location;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects the diagnostics of one stage. Stages keep going after an error so a user sees every problem in one build;
 * the processor prints the report once and generates nothing for entities with errors.
 */
public final class Report {

    private final List<Diagnostic> diagnostics = new ArrayList<>();

    public void error(Code code, Location location, String message) {
        diagnostics.add(Diagnostic.error(code, location, message));
    }

    public void warning(Code code, Location location, String message) {
        diagnostics.add(new Diagnostic(Diagnostic.Severity.WARNING, code, message, location));
    }

    public void note(Code code, Location location, String message) {
        diagnostics.add(Diagnostic.note(code, location, message));
    }

    public void addAll(Report other) {
        diagnostics.addAll(other.diagnostics);
    }

    public List<Diagnostic> diagnostics() {
        return List.copyOf(diagnostics);
    }

    /** Whether any error concerns the given entity. */
    public boolean hasErrorsFor(String entity) {
        return diagnostics.stream().anyMatch(d ->
                d.severity() == Diagnostic.Severity.ERROR && entity.equals(d.location().entity()));
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(d -> d.severity() == Diagnostic.Severity.ERROR);
    }
}

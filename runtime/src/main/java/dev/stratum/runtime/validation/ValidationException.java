package dev.stratum.runtime.validation;

import dev.stratum.runtime.problem.ProblemException;
import dev.stratum.runtime.problem.ProblemType;
import java.util.List;
import java.util.Map;

/** A request broke one or more constraints; rendered as a 400 problem listing every violation. */
public final class ValidationException extends ProblemException {

    private static final long serialVersionUID = 1L;

    private final transient List<Violation> violations;

    public ValidationException(List<Violation> violations) {
        super(ProblemType.VALIDATION_FAILED, describe(violations));
        this.violations = List.copyOf(violations);
    }

    /** Throws a {@code ValidationException} when {@code violations} is not empty. */
    public static void throwIfAny(List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
    }

    public List<Violation> violations() {
        return violations;
    }

    /** The violations without their rejected values: a problem document never echoes what the client sent. */
    @Override
    public Map<String, Object> extensions() {
        return Map.of("violations", violations.stream().map(Reported::of).toList());
    }

    /** A violation as a problem document lists it. */
    public record Reported(String pointer, String message, String constraint) {

        static Reported of(Violation violation) {
            return new Reported(violation.pointer(), violation.message(), violation.constraint());
        }
    }

    private static String describe(List<Violation> violations) {
        return violations.size() == 1
                ? "1 constraint was violated."
                : violations.size() + " constraints were violated.";
    }
}

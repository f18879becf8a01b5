package dev.stratum.runtime.problem;

import java.util.List;
import java.util.Map;

/** A path variable, query parameter or header has a value the operation cannot accept (400). */
public final class InvalidParameterException extends ProblemException {

    private static final long serialVersionUID = 1L;

    private final String parameter;
    private final List<String> allowed;

    /**
     * @param parameter the parameter's name as the client sends it, e.g. {@code size} or {@code If-Match}
     * @param detail    what is wrong and what is accepted; never echo the rejected value
     */
    public InvalidParameterException(String parameter, String detail) {
        this(parameter, detail, List.of());
    }

    /**
     * A parameter whose value, or whose very name, is not among a fixed set: the problem lists {@code allowed}.
     *
     * @param allowed the values (for {@code sort}) or parameter names (for a filter) the operation accepts
     */
    public InvalidParameterException(String parameter, String detail, List<String> allowed) {
        super(ProblemType.INVALID_PARAMETER, detail);
        this.parameter = parameter;
        this.allowed = List.copyOf(allowed);
    }

    public String parameter() {
        return parameter;
    }

    @Override
    public Map<String, Object> extensions() {
        return allowed.isEmpty() ? Map.of("parameter", parameter) : Map.of("parameter", parameter, "allowed", allowed);
    }
}

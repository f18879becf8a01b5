package dev.stratum.runtime.problem;

import java.util.Map;

/** A path variable, query parameter or header has a value the operation cannot accept (400). */
public final class InvalidParameterException extends ProblemException {

    private static final long serialVersionUID = 1L;

    private final String parameter;

    /**
     * @param parameter the parameter's name as the client sends it, e.g. {@code size} or {@code If-Match}
     * @param detail    what is wrong and what is accepted; never echo the rejected value
     */
    public InvalidParameterException(String parameter, String detail) {
        super(ProblemType.INVALID_PARAMETER, detail);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }

    @Override
    public Map<String, Object> extensions() {
        return Map.of("parameter", parameter);
    }
}

package dev.stratum.runtime.http;

import dev.stratum.runtime.problem.InvalidParameterException;
import dev.stratum.runtime.problem.PreconditionRequiredException;

/**
 * The project's rule for {@code If-Match} on writes (PUT, PATCH, DELETE): optional by default, so a client that
 * sends none writes unconditionally; or required, so every write must name the version it replaces.
 */
public final class ConditionalRequests {

    private final boolean ifMatchRequired;

    /** @param ifMatchRequired whether a write without {@code If-Match} is refused with 428 */
    public ConditionalRequests(boolean ifMatchRequired) {
        this.ifMatchRequired = ifMatchRequired;
    }

    public boolean ifMatchRequired() {
        return ifMatchRequired;
    }

    /**
     * The precondition of a write: the versions {@code If-Match} names, or none (no header, or {@code *}).
     *
     * @throws PreconditionRequiredException when {@code If-Match} is required and missing
     * @throws InvalidParameterException     when it is malformed
     */
    public IfMatch ifMatch(String ifMatch) {
        if (ifMatchRequired && (ifMatch == null || ifMatch.isBlank())) {
            throw new PreconditionRequiredException(
                    "This service needs an If-Match header on every write: send If-Match with the ETag you read.");
        }
        return ETags.ifMatch(ifMatch);
    }
}

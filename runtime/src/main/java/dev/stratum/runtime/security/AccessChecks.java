package dev.stratum.runtime.security;

import dev.stratum.runtime.problem.ForbiddenException;
import dev.stratum.runtime.problem.UnauthenticatedException;
import java.util.List;

/** The checks generated services run first, mirroring the operation's route policy. */
public final class AccessChecks {

    private AccessChecks() {
    }

    /**
     * The authenticated caller.
     *
     * @param operation what is being attempted, e.g. {@code "create Pet"}, for the error's detail
     * @throws UnauthenticatedException when the caller is anonymous
     */
    public static Caller requireAuthenticated(CurrentPrincipal principal, String operation) {
        return principal.caller().orElseThrow(() -> new UnauthenticatedException(operation));
    }

    /**
     * The authenticated caller, who holds at least one of {@code roles}.
     *
     * @throws UnauthenticatedException when the caller is anonymous
     * @throws ForbiddenException       when the caller holds none of the roles
     */
    public static Caller requireAnyRole(CurrentPrincipal principal, String operation, String... roles) {
        Caller caller = requireAuthenticated(principal, operation);
        if (!caller.hasAnyRole(List.of(roles))) {
            throw new ForbiddenException(operation);
        }
        return caller;
    }
}

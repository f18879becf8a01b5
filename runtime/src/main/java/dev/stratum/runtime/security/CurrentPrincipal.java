package dev.stratum.runtime.security;

import java.util.Optional;

/**
 * Who is calling right now. Generated services ask it before every operation with an access policy, so code that
 * calls a service directly is held to the same policy as an HTTP client. The Spring glue answers from Spring
 * Security's context; other frameworks plug in their own.
 */
@FunctionalInterface
public interface CurrentPrincipal {

    /** Nobody is ever authenticated: only public operations succeed. */
    CurrentPrincipal ANONYMOUS = Optional::empty;

    /** The authenticated caller, or empty for an anonymous one. */
    Optional<Caller> caller();
}

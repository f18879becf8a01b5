package dev.stratum.runtime.security;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The route policies of one resource. Generated code declares one bean of this type per exposed entity; the web
 * layer allows exactly the routes some bean declares and denies every other request.
 *
 * @param resource   the resource's name, e.g. {@code Pet}, used in error messages and as its rate-limit budget's name
 * @param routes     its routes
 * @param rateLimits budgets of its own, at most one per {@link OperationClass}; a class without one draws on the
 *                   project-wide budget
 */
public record RoutePolicies(String resource, List<RoutePolicy> routes, List<RateLimit> rateLimits) {

    public RoutePolicies {
        Objects.requireNonNull(resource, "resource");
        routes = List.copyOf(routes);
        rateLimits = List.copyOf(rateLimits);
        Set<OperationClass> limited = new HashSet<>();
        for (RateLimit limit : rateLimits) {
            if (!limited.add(limit.operations())) {
                throw new IllegalArgumentException(resource + " has more than one rate limit for "
                        + limit.operations());
            }
        }
    }

    /** Routes that draw on the project-wide rate-limit budgets. */
    public RoutePolicies(String resource, List<RoutePolicy> routes) {
        this(resource, routes, List.of());
    }

    /** The resource's own budget for {@code operations}, if it declares one. */
    public Optional<RateLimit> rateLimit(OperationClass operations) {
        return rateLimits.stream().filter(limit -> limit.operations() == operations).findFirst();
    }
}

package dev.stratum.runtime.security;

import java.util.List;
import java.util.Objects;

/**
 * The route policies of one resource. Generated code declares one bean of this type per exposed entity; the web
 * layer allows exactly the routes some bean declares and denies every other request.
 *
 * @param resource the resource's name, e.g. {@code Pet}, used in error messages
 * @param routes   its routes
 */
public record RoutePolicies(String resource, List<RoutePolicy> routes) {

    public RoutePolicies {
        Objects.requireNonNull(resource, "resource");
        routes = List.copyOf(routes);
    }
}

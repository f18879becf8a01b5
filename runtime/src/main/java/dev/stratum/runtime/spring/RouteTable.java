package dev.stratum.runtime.spring;

import dev.stratum.runtime.security.RoutePolicies;
import dev.stratum.runtime.security.RoutePolicy;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Every declared route, most specific pattern first. Spring Security applies the first rule that matches, so
 * {@code GET /api/pets/count} must be tried before {@code GET /api/pets/*}, whichever bean declared it.
 */
final class RouteTable {

    /** One declared route of {@code resource} with the matchers for its method and path, and for its path alone. */
    record Route(RoutePolicies resource, RoutePolicy policy, RequestMatcher matcher, RequestMatcher pathMatcher) {
    }

    private final List<Route> routes;

    private RouteTable(List<Route> routes) {
        this.routes = List.copyOf(routes);
    }

    /**
     * The routes of all {@code policies} in the order they must be applied.
     *
     * @throws IllegalStateException when two declarations give one route different policies
     */
    static RouteTable of(List<RoutePolicies> policies, PathPatternRequestMatcher.Builder matchers) {
        List<Declared> declared = new ArrayList<>();
        Map<String, Declared> byRoute = new HashMap<>();
        for (RoutePolicies resource : policies) {
            for (RoutePolicy route : resource.routes()) {
                Declared candidate = new Declared(resource, route,
                        PathPatternParser.defaultInstance.parse(route.pattern()));
                Declared earlier = byRoute.putIfAbsent(route.method() + " " + candidate.pattern(), candidate);
                if (earlier == null) {
                    declared.add(candidate);
                } else {
                    requireSamePolicy(earlier, candidate);
                }
            }
        }
        declared.sort(Comparator.comparing(Declared::pattern, PathPattern.SPECIFICITY_COMPARATOR)
                .thenComparing(route -> route.policy().method()));
        return new RouteTable(declared.stream().map(route -> route.toRoute(matchers)).toList());
    }

    List<Route> routes() {
        return routes;
    }

    /** The route that decides the request: the most specific one matching its method and path. */
    Optional<Route> match(HttpServletRequest request) {
        return routes.stream().filter(route -> route.matcher().matches(request)).findFirst();
    }

    /** The methods declared for the request's path, sorted; empty when no route has that path. */
    SortedSet<String> declaredMethods(HttpServletRequest request) {
        SortedSet<String> methods = new TreeSet<>();
        for (Route route : routes) {
            if (route.pathMatcher().matches(request)) {
                methods.add(route.policy().method());
            }
        }
        return methods;
    }

    private static void requireSamePolicy(Declared earlier, Declared later) {
        RoutePolicy a = earlier.policy();
        RoutePolicy b = later.policy();
        if (a.access() != b.access() || !Set.copyOf(a.roles()).equals(Set.copyOf(b.roles()))) {
            throw new IllegalStateException("Route " + a.method() + " " + a.pattern() + " is declared by "
                    + earlier.resource().resource() + " as " + describe(a) + " and by " + later.resource().resource()
                    + " as " + describe(b) + "; declare it once, or give both the same policy.");
        }
    }

    private static String describe(RoutePolicy route) {
        return route.roles().isEmpty() ? route.access().name() : route.access() + " " + route.roles();
    }

    private record Declared(RoutePolicies resource, RoutePolicy policy, PathPattern pattern) {

        Route toRoute(PathPatternRequestMatcher.Builder matchers) {
            return new Route(resource, policy, matchers.matcher(HttpMethod.valueOf(policy.method()), policy.pattern()),
                    matchers.matcher(policy.pattern()));
        }
    }
}

package dev.stratum.runtime.spring;

import dev.stratum.runtime.security.RoutePolicies;
import dev.stratum.runtime.security.RoutePolicy;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Every declared route, most specific pattern first. Spring Security applies the first rule that matches, so
 * {@code GET /api/pets/count} must be tried before {@code GET /api/pets/*}, whichever bean declared it.
 */
final class RouteTable {

    private RouteTable() {
    }

    /**
     * The routes of all {@code policies} in the order they must be applied.
     *
     * @throws IllegalStateException when two declarations give one route different policies
     */
    static List<RoutePolicy> ordered(List<RoutePolicies> policies) {
        Map<String, Declared> byRoute = new HashMap<>();
        List<Declared> routes = new ArrayList<>();
        for (RoutePolicies resource : policies) {
            for (RoutePolicy route : resource.routes()) {
                Declared declared = new Declared(resource.resource(), route, PathPatternParser.defaultInstance.parse(
                        route.pattern()));
                Declared earlier = byRoute.putIfAbsent(route.method() + " " + declared.pattern(), declared);
                if (earlier == null) {
                    routes.add(declared);
                } else {
                    requireSamePolicy(earlier, declared);
                }
            }
        }
        routes.sort(Comparator.comparing(Declared::pattern, PathPattern.SPECIFICITY_COMPARATOR)
                .thenComparing(declared -> declared.route().method()));
        return routes.stream().map(Declared::route).toList();
    }

    private static void requireSamePolicy(Declared earlier, Declared later) {
        RoutePolicy a = earlier.route();
        RoutePolicy b = later.route();
        if (a.access() != b.access() || !Set.copyOf(a.roles()).equals(Set.copyOf(b.roles()))) {
            throw new IllegalStateException("Route " + a.method() + " " + a.pattern() + " is declared by "
                    + earlier.resource() + " as " + describe(a) + " and by " + later.resource() + " as "
                    + describe(b) + "; declare it once, or give both the same policy.");
        }
    }

    private static String describe(RoutePolicy route) {
        return route.roles().isEmpty() ? route.access().name() : route.access() + " " + route.roles();
    }

    private record Declared(String resource, RoutePolicy route, PathPattern pattern) {
    }
}

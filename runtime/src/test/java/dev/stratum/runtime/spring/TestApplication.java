package dev.stratum.runtime.spring;

import dev.stratum.runtime.security.RoutePolicies;
import dev.stratum.runtime.security.RoutePolicy;
import java.util.List;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * A small application on the runtime's auto-configuration, shaped like a generated one: a controller and the route
 * policies its resource declares. No component scan, so only the auto-configured runtime beans take part.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(ThingController.class)
class TestApplication {

    @Bean
    RoutePolicies thingRoutes() {
        return new RoutePolicies("Thing", List.of(
                RoutePolicy.permitAll("GET", "/api/things"),
                RoutePolicy.permitAll("GET", "/api/things/*"),
                RoutePolicy.permitAll("GET", "/api/things/failures/*"),
                // Declared but without a handler, so Spring MVC itself answers 405.
                RoutePolicy.permitAll("POST", "/api/things/failures/*"),
                RoutePolicy.anyRole("POST", "/api/things", "VET"),
                RoutePolicy.anyRole("PUT", "/api/things/*", "VET"),
                RoutePolicy.anyRole("DELETE", "/api/things/*", "ADMIN")));
    }

    /** A second resource's bean: its more specific route must win over {@code GET /api/things/*}. */
    @Bean
    RoutePolicies accountRoutes() {
        return new RoutePolicies("Account", List.of(
                RoutePolicy.authenticated("GET", "/api/things/me"),
                RoutePolicy.permitAll("GET", "/api/open/**")));
    }
}

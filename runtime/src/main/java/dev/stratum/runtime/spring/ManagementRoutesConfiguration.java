package dev.stratum.runtime.spring;

import dev.stratum.runtime.security.RoutePolicies;
import dev.stratum.runtime.security.RoutePolicy;
import java.util.List;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * Route policies for Spring Boot Actuator: health (with its liveness and readiness groups) is public, so probes
 * need no credentials; every other exposed endpoint needs the role {@code stratum.management.role} (ADMIN unless
 * set). Endpoints that are not exposed do not exist, whatever the policy says.
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(name = "org.springframework.boot.health.actuate.endpoint.HealthEndpoint")
public class ManagementRoutesConfiguration {

    static final String ROLE = "stratum.management.role";

    @Bean
    RoutePolicies stratumManagementRoutes(Environment environment) {
        String base = environment.getProperty("management.endpoints.web.base-path", "/actuator");
        String role = environment.getProperty(ROLE, "ADMIN");
        return new RoutePolicies("Actuator", List.of(
                RoutePolicy.permitAll("GET", base + "/health"),
                RoutePolicy.permitAll("GET", base + "/health/**"),
                RoutePolicy.anyRole("GET", base, role),
                RoutePolicy.anyRole("GET", base + "/**", role)));
    }
}

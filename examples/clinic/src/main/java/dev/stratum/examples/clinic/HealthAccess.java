package dev.stratum.examples.clinic;

import dev.stratum.runtime.security.RoutePolicies;
import dev.stratum.runtime.security.RoutePolicy;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Opens the actuator health check to everyone: Stratum denies every route nobody declared, and a load balancer probes
 * health without credentials.
 */
@Configuration(proxyBeanMethods = false)
public class HealthAccess {

    @Bean
    RoutePolicies healthRoutes() {
        return new RoutePolicies("health", List.of(RoutePolicy.permitAll("GET", "/actuator/health")));
    }
}

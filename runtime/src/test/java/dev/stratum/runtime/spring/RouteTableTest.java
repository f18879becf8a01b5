package dev.stratum.runtime.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import dev.stratum.runtime.security.RoutePolicies;
import dev.stratum.runtime.security.RoutePolicy;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

class RouteTableTest {

    private static final PathPatternRequestMatcher.Builder MATCHERS = PathPatternRequestMatcher.withDefaults();

    @Test
    void ordersRoutesMostSpecificFirstAcrossBeans() {
        RoutePolicies pets = new RoutePolicies("Pet", List.of(
                RoutePolicy.permitAll("GET", "/api/**"),
                RoutePolicy.anyRole("GET", "/api/pets/*", "VET")));
        RoutePolicies counts = new RoutePolicies("Count", List.of(RoutePolicy.permitAll("GET", "/api/pets/count")));

        List<String> patterns = RouteTable.of(List.of(pets, counts), MATCHERS).routes().stream()
                .map(route -> route.policy().pattern())
                .toList();

        assertThat(patterns).containsExactly("/api/pets/count", "/api/pets/*", "/api/**");
    }

    @Test
    void theSameRouteDeclaredTwiceWithTheSamePolicyIsKeptOnce() {
        RoutePolicies a = new RoutePolicies("A", List.of(RoutePolicy.anyRole("GET", "/x", "B", "A")));
        RoutePolicies b = new RoutePolicies("B", List.of(RoutePolicy.anyRole("GET", "/x", "A", "B")));

        assertThat(RouteTable.of(List.of(a, b), MATCHERS).routes()).hasSize(1);
    }

    @Test
    void theSameRouteWithDifferentPoliciesFailsNamingBothResources() {
        RoutePolicies a = new RoutePolicies("Pet", List.of(RoutePolicy.permitAll("GET", "/api/pets")));
        RoutePolicies b = new RoutePolicies("Owner", List.of(RoutePolicy.anyRole("get", "/api/pets", "VET")));

        assertThatIllegalStateException().isThrownBy(() -> RouteTable.of(List.of(a, b), MATCHERS))
                .withMessageContaining("GET /api/pets").withMessageContaining("Pet").withMessageContaining("Owner");
    }

    @Test
    void declaredMethodsAreThoseWhosePatternMatchesThePath() {
        RouteTable table = RouteTable.of(List.of(new RoutePolicies("Pet", List.of(
                RoutePolicy.permitAll("GET", "/api/pets/*"),
                RoutePolicy.anyRole("PUT", "/api/pets/*", "VET"),
                RoutePolicy.anyRole("POST", "/api/pets", "VET")))), MATCHERS);

        assertThat(table.declaredMethods(new MockHttpServletRequest("PATCH", "/api/pets/7")))
                .containsExactly("GET", "PUT");
        assertThat(table.declaredMethods(new MockHttpServletRequest("PATCH", "/api/owners/7"))).isEmpty();
    }
}

package dev.stratum.runtime.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.stratum.annotations.AccessLevel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RoutePolicyTest {

    @Test
    void factoriesSetAccessAndRoles() {
        assertThat(RoutePolicy.permitAll("GET", "/api/pets"))
                .isEqualTo(new RoutePolicy("GET", "/api/pets", AccessLevel.PUBLIC, List.of()));
        assertThat(RoutePolicy.authenticated("POST", "/api/pets"))
                .isEqualTo(new RoutePolicy("POST", "/api/pets", AccessLevel.AUTHENTICATED, List.of()));
        assertThat(RoutePolicy.anyRole("DELETE", "/api/pets/*", "ADMIN", "VET"))
                .isEqualTo(new RoutePolicy("DELETE", "/api/pets/*", AccessLevel.ROLES, List.of("ADMIN", "VET")));
    }

    @Test
    void methodIsUpperCased() {
        assertThat(RoutePolicy.permitAll("get", "/api/pets").method()).isEqualTo("GET");
    }

    @Test
    void rolesAreRequiredForRolesAccessAndOnlyThere() {
        assertThatIllegalArgumentException().isThrownBy(() -> RoutePolicy.anyRole("GET", "/api/pets"));
        assertThatIllegalArgumentException().isThrownBy(
                () -> new RoutePolicy("GET", "/api/pets", AccessLevel.PUBLIC, List.of("VET")));
    }

    @Test
    void rejectsPrefixedOrBlankRolesAndBadPatterns() {
        assertThatIllegalArgumentException().isThrownBy(() -> RoutePolicy.anyRole("GET", "/a", "ROLE_VET"))
                .withMessageContaining("without the ROLE_ prefix");
        assertThatIllegalArgumentException().isThrownBy(() -> RoutePolicy.anyRole("GET", "/a", " "));
        assertThatIllegalArgumentException().isThrownBy(() -> RoutePolicy.permitAll("GET", "api/pets"));
        assertThatIllegalArgumentException().isThrownBy(() -> RoutePolicy.permitAll(" ", "/api/pets"));
    }

    @Test
    void policiesCopyTheirRoutes() {
        List<RoutePolicy> routes = new ArrayList<>(List.of(RoutePolicy.permitAll("GET", "/api/pets")));
        RoutePolicies policies = new RoutePolicies("Pet", routes);
        routes.clear();

        assertThat(policies.routes()).hasSize(1);
    }
}

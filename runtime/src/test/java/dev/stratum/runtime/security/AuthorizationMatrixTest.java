package dev.stratum.runtime.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stratum.annotations.AccessLevel;
import dev.stratum.runtime.security.AuthorizationMatrix.Caller;
import dev.stratum.runtime.security.AuthorizationMatrix.Expectation;
import dev.stratum.runtime.security.AuthorizationMatrix.Route;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuthorizationMatrixTest {

    private static final String JSON = """
            {
              "description": "x \\"quoted\\"",
              "roles": ["ADMIN", "VET"],
              "routes": [
                {"method": "GET", "path": "/api/pets", "resource": "Pet", "access": "PUBLIC", "roles": []},
                {"method": "GET", "path": "/api/pets/{id}", "resource": "Pet", "access": "AUTHENTICATED",
                 "roles": [], "ownerScoped": true, "bypassRoles": ["ADMIN"]},
                {"method": "DELETE", "path": "/api/pets/{id}/visits/{visit}", "resource": "Visits",
                 "access": "ROLES", "roles": ["ADMIN"]}
              ]
            }
            """;

    @Test
    void readsWhatTheProcessorWrites() {
        AuthorizationMatrix matrix = AuthorizationMatrix.parse(JSON);

        assertThat(matrix.roles()).containsExactly("ADMIN", "VET");
        assertThat(matrix.routes()).containsExactly(
                new Route("GET", "/api/pets", "Pet", AccessLevel.PUBLIC, List.of(), false, List.of()),
                new Route("GET", "/api/pets/{id}", "Pet", AccessLevel.AUTHENTICATED, List.of(), true, List.of("ADMIN")),
                new Route("DELETE", "/api/pets/{id}/visits/{visit}", "Visits", AccessLevel.ROLES,
                        List.of("ADMIN"), false, List.of()));
        assertThat(matrix.routes().get(2).pathWith("0")).isEqualTo("/api/pets/0/visits/0");
    }

    @Test
    void everyCallerGetsWhatThePolicySays() {
        AuthorizationMatrix matrix = AuthorizationMatrix.parse(JSON);
        Route open = matrix.routes().get(0);
        Route authenticated = matrix.routes().get(1);
        Route admins = matrix.routes().get(2);

        assertThat(matrix.callers()).extracting(Caller::name)
                .containsExactly("anonymous", "authenticated without roles", "role ADMIN", "role VET");
        assertThat(matrix.callers()).allMatch(caller -> open.expectationFor(caller) == Expectation.ALLOWED);
        assertThat(authenticated.expectationFor(Caller.ANONYMOUS)).isEqualTo(Expectation.UNAUTHENTICATED);
        assertThat(authenticated.expectationFor(Caller.WITHOUT_ROLES)).isEqualTo(Expectation.ALLOWED);
        assertThat(admins.expectationFor(Caller.ANONYMOUS)).isEqualTo(Expectation.UNAUTHENTICATED);
        assertThat(admins.expectationFor(Caller.WITHOUT_ROLES)).isEqualTo(Expectation.FORBIDDEN);
        assertThat(admins.expectationFor(Caller.holding("VET"))).isEqualTo(Expectation.FORBIDDEN);
        assertThat(admins.expectationFor(Caller.holding("ADMIN"))).isEqualTo(Expectation.ALLOWED);
    }

    @Test
    void anotherOwnersRowIsNotFoundExceptForTheBypassRoles() {
        AuthorizationMatrix matrix = AuthorizationMatrix.parse(JSON);
        Route open = matrix.routes().get(0);
        Route owned = matrix.routes().get(1);
        Route admins = matrix.routes().get(2);

        assertThat(owned.expectationOnAnotherOwnersRow(Caller.ANONYMOUS)).isEqualTo(Expectation.UNAUTHENTICATED);
        assertThat(owned.expectationOnAnotherOwnersRow(Caller.WITHOUT_ROLES)).isEqualTo(Expectation.NOT_FOUND);
        assertThat(owned.expectationOnAnotherOwnersRow(Caller.holding("VET"))).isEqualTo(Expectation.NOT_FOUND);
        assertThat(owned.expectationOnAnotherOwnersRow(Caller.holding("ADMIN"))).isEqualTo(Expectation.ALLOWED);
        assertThat(open.expectationOnAnotherOwnersRow(Caller.WITHOUT_ROLES)).as("no owner").isEqualTo(Expectation.ALLOWED);
        assertThat(admins.expectationOnAnotherOwnersRow(Caller.holding("ADMIN"))).isEqualTo(Expectation.ALLOWED);
    }

    @Test
    void allowedMeansNeither401Nor403() {
        assertThat(Expectation.ALLOWED.admits(400)).isTrue();
        assertThat(Expectation.ALLOWED.admits(404)).isTrue();
        assertThat(Expectation.ALLOWED.admits(401)).isFalse();
        assertThat(Expectation.ALLOWED.admits(403)).isFalse();
        assertThat(Expectation.UNAUTHENTICATED.admits(403)).isFalse();
        assertThat(Expectation.FORBIDDEN.admits(403)).isTrue();
    }

    @Test
    void refusesWhatIsNotAMatrix() {
        assertThatThrownBy(() -> AuthorizationMatrix.parse("{\"roles\": [] ,"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not an authorization matrix");
    }
}

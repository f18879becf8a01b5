package dev.stratum.runtime.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stratum.runtime.problem.ForbiddenException;
import dev.stratum.runtime.problem.ProblemType;
import dev.stratum.runtime.problem.UnauthenticatedException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The checks generated services run, and the values the rate limits are declared with. */
class AccessChecksTest {

    private static final CurrentPrincipal VET = () -> Optional.of(new Caller("vet", Set.of("VET")));

    @Test
    void anAnonymousCallerIsUnauthenticated() {
        assertThatThrownBy(() -> AccessChecks.requireAuthenticated(CurrentPrincipal.ANONYMOUS, "read Owner"))
                .isInstanceOf(UnauthenticatedException.class)
                .hasMessage("Authenticate to read Owner.")
                .extracting("type").isEqualTo(ProblemType.UNAUTHENTICATED);
        assertThatThrownBy(() -> AccessChecks.requireAnyRole(CurrentPrincipal.ANONYMOUS, "delete Pet", "ADMIN"))
                .isInstanceOf(UnauthenticatedException.class);
    }

    @Test
    void aCallerNeedsOneOfTheRoles() {
        assertThat(AccessChecks.requireAnyRole(VET, "create Pet", "ADMIN", "VET").id()).isEqualTo("vet");
        assertThat(AccessChecks.requireAuthenticated(VET, "read Owner").roles()).containsExactly("VET");
        assertThatThrownBy(() -> AccessChecks.requireAnyRole(VET, "delete Pet", "ADMIN"))
                .isInstanceOf(ForbiddenException.class)
                .hasMessage("You are not allowed to delete Pet.")
                .extracting("type").isEqualTo(ProblemType.FORBIDDEN);
    }

    @Test
    void methodsMapToOperationClasses() {
        assertThat(List.of("GET", "head").stream().map(OperationClass::of)).containsOnly(OperationClass.READ);
        assertThat(List.of("POST", "PUT", "PATCH", "DELETE").stream().map(OperationClass::of))
                .containsOnly(OperationClass.WRITE);
    }

    @Test
    void rateLimitsAreValidatedAndOnePerClass() {
        assertThatIllegalArgumentException().isThrownBy(() -> RateLimit.perMinute(OperationClass.READ, 0));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new RateLimit(OperationClass.READ, 5, Duration.ZERO));
        assertThatIllegalArgumentException().isThrownBy(() -> new RoutePolicies("Pet", List.of(), List.of(
                RateLimit.perMinute(OperationClass.WRITE, 5), RateLimit.perMinute(OperationClass.WRITE, 9))));

        RoutePolicies pets = new RoutePolicies("Pet", List.of(), List.of(RateLimit.perMinute(OperationClass.WRITE, 5)));

        assertThat(pets.rateLimit(OperationClass.WRITE)).contains(RateLimit.perMinute(OperationClass.WRITE, 5));
        assertThat(pets.rateLimit(OperationClass.READ)).isEmpty();
    }
}

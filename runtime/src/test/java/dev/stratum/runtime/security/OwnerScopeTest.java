package dev.stratum.runtime.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stratum.runtime.problem.UnauthenticatedException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The owner scope and the audit values generated repositories bind. */
class OwnerScopeTest {

    private static final CurrentPrincipal ALICE = () -> Optional.of(new Caller("alice", Set.of("VET")));
    private static final CurrentPrincipal ROOT = () -> Optional.of(new Caller("root", Set.of("ADMIN")));

    @Test
    void aCallerIsScopedToTheirOwnRowsUnlessTheyHoldABypassRole() {
        assertThat(OwnerScope.of(ALICE, "Note", "ADMIN")).isEqualTo(new OwnerScope("alice", false));
        assertThat(OwnerScope.of(ROOT, "Note", "ADMIN")).isEqualTo(new OwnerScope("root", true));
        assertThat(OwnerScope.of(ROOT, "Reminder")).isEqualTo(new OwnerScope("root", false));
    }

    @Test
    void anAnonymousCallerOwnsNothing() {
        assertThatThrownBy(() -> OwnerScope.of(CurrentPrincipal.ANONYMOUS, "Note", "ADMIN"))
                .isInstanceOf(UnauthenticatedException.class)
                .hasMessage("Authenticate to access Note.");
    }

    @Test
    void stampsAreTheClocksTimeInMicrosecondsAndTheCallersName() {
        Clock clock = Clock.fixed(Instant.parse("2026-01-02T03:04:05.123456789Z"), ZoneOffset.UTC);

        assertThat(Stamps.now(clock)).isEqualTo(Instant.parse("2026-01-02T03:04:05.123456Z"));
        assertThat(Stamps.callerName(ALICE)).isEqualTo("alice");
        assertThat(Stamps.callerName(CurrentPrincipal.ANONYMOUS)).isNull();
    }
}

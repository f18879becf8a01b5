package dev.stratum.runtime.security;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** The values generated repositories write into audit fields ({@code @CreatedAt}, {@code @CreatedBy}, ...). */
public final class Stamps {

    private Stamps() {
    }

    /**
     * The clock's time in microseconds, the precision both H2 and PostgreSQL store, so the time a write returns is the
     * time a later read returns.
     */
    public static Instant now(Clock clock) {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /** The caller's name, or {@code null} for an anonymous caller. */
    public static String callerName(CurrentPrincipal principal) {
        return principal.caller().map(Caller::id).orElse(null);
    }
}

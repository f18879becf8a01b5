package dev.stratum.examples.clinic.owner;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import org.springframework.stereotype.Component;

/** The hand-written business rule for owners: the server, not the client, records when an owner registered. */
@Component
public class OwnerRegistration implements OwnerHooks {

    private final Clock clock;

    public OwnerRegistration(Clock clock) {
        this.clock = clock;
    }

    // H2 and PostgreSQL keep microseconds; truncating makes the create response equal what every later read returns.
    @Override
    public void beforeCreate(Owner owner) {
        owner.setRegisteredAt(clock.instant().truncatedTo(ChronoUnit.MICROS));
    }
}

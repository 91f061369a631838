package org.peacecouncil.membership;

import java.time.Clock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Lets the calendar act even when nobody does: lapses, expiries and closed veto windows are recorded each minute. */
@Component
class Calendar {

    private final Memberships memberships;
    private final Clock clock;

    Calendar(Memberships memberships, Clock clock) {
        this.memberships = memberships;
        this.clock = clock;
    }

    @Scheduled(fixedDelay = 60_000, initialDelay = 5_000)
    void settle() {
        memberships.settle(clock.instant());
    }
}

package org.peacecouncil.decisions;

import java.time.Clock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Closes votes and election rounds at their deadline, so that live viewers see the result without asking. */
@Component
class Deadlines {

    private final Motions motions;
    private final Elections elections;
    private final Clock clock;

    Deadlines(Motions motions, Elections elections, Clock clock) {
        this.motions = motions;
        this.elections = elections;
        this.clock = clock;
    }

    @Scheduled(fixedDelay = 1000, initialDelay = 1000)
    void closeWhatIsDue() {
        var now = clock.instant();
        motions.settle(now);
        elections.settle(now);
    }
}

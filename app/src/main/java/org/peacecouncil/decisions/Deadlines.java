package org.peacecouncil.decisions;

import java.time.Instant;

import org.peacecouncil.platform.Calendar;
import org.springframework.stereotype.Component;

/** Closes votes and election rounds at their deadline, when the calendar ticks. */
@Component
class Deadlines implements Calendar.Due {

    private final Motions motions;
    private final Elections elections;

    Deadlines(Motions motions, Elections elections) {
        this.motions = motions;
        this.elections = elections;
    }

    @Override
    public void recordDueBy(Instant now) {
        motions.settle(now);
        elections.settle(now);
    }
}

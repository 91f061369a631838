package org.peacecouncil.decisions;

import java.time.Instant;

import org.peacecouncil.platform.RecordVersion;
import org.springframework.stereotype.Component;

/**
 * A vote or round past its deadline reads as closed before the calendar records it: the number of such deadlines
 * changes what readers see while the log has not changed yet.
 */
@Component
class DeadlineVersion implements RecordVersion {

    private final DecisionStore store;

    DeadlineVersion(DecisionStore store) {
        this.store = store;
    }

    @Override
    public String at(Instant now) {
        return Long.toString(store.deadlinesPassed(now));
    }
}

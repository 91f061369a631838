package org.peacecouncil.membership;

import java.time.Instant;

import org.springframework.stereotype.Component;

/** Records lapses, expiries and closed veto windows when the calendar ticks. */
@Component
class MembershipDeadlines implements org.peacecouncil.platform.Calendar.Due {

    private final Memberships memberships;

    MembershipDeadlines(Memberships memberships) {
        this.memberships = memberships;
    }

    @Override
    public void recordDueBy(Instant now) {
        memberships.settle(now);
    }
}

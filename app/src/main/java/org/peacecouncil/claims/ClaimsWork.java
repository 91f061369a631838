package org.peacecouncil.claims;

import java.time.Instant;
import java.util.List;

import org.peacecouncil.platform.AwaitingWork;
import org.peacecouncil.platform.StateCode;
import org.springframework.stereotype.Component;

/**
 * What awaits in the claims: a delegation, clarifications entered on its behalf (counting nowhere until it confirms
 * them); the secretariat, statements a delegation proposed for it to record.
 */
@Component
class ClaimsWork implements AwaitingWork {

    private final ClaimsStore store;

    ClaimsWork(ClaimsStore store) {
        this.store = store;
    }

    @Override
    public List<Item> forDelegation(StateCode state, Instant now) {
        return store.clarificationsOf(state).stream().filter(c -> !c.confirmed())
                .map(c -> new Item("Entered on your behalf", "Clarification: “" + c.text() + "”",
                        "From “" + c.document() + "”, entered by " + c.recordedBy() + ". It counts nowhere until your delegation confirms it.",
                        "/workspace/claims#awaiting-" + c.id().value(), c.recordedAt(), null))
                .toList();
    }

    @Override
    public List<Item> forOffice(String office, Instant now) {
        if (!"SECRETARIAT".equals(office)) {
            return List.of();
        }
        return store.statements().stream().filter(s -> s.status() == Statement.StatementStatus.PROPOSED)
                .map(s -> new Item("Statement to record", s.speaker() + ", " + s.saidOn() + ": “" + s.text() + "”",
                        "Proposed by " + s.proposedBy() + "; it is on the record only once the secretariat records it.",
                        "/workspace/claims#proposals", s.recordedAt(), null))
                .toList();
    }
}

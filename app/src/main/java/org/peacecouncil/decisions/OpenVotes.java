package org.peacecouncil.decisions;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.peacecouncil.platform.AwaitingWork;
import org.peacecouncil.platform.StateCode;
import org.springframework.stereotype.Component;

/** A delegation's open votes: every motion put to the vote and not yet closed, with the state's ballot so far. */
@Component
class OpenVotes implements AwaitingWork {

    private final DecisionStore store;

    OpenVotes(DecisionStore store) {
        this.store = store;
    }

    @Override
    public List<Item> forDelegation(StateCode state, Instant now) {
        var items = new ArrayList<Item>();
        for (Motion motion : store.motionsVotingAt(now)) {
            var ballot = store.ballots(motion.id().value()).stream().filter(b -> b.state().equals(state.alpha3())).findFirst();
            boolean present = store.isPresent(motion.meetingId().value(), state.alpha3());
            String detail = ballot.map(b -> "Your ballot: " + b.vote() + "; you may change it until the vote closes.")
                    .orElse(present ? "Your delegation has not voted." : "Your delegation is not registered as present: register at the meeting to vote.");
            items.add(new Item("Vote open", motion.title(), detail, "/motions/" + motion.id().value(), motion.openedAt(), motion.closesAt()));
        }
        return items;
    }
}

package org.peacecouncil.claims.rules;

import java.time.Instant;
import java.util.List;

import org.peacecouncil.claims.Assertion;
import org.peacecouncil.claims.Evidence;
import org.peacecouncil.claims.Verdict;
import org.peacecouncil.claims.Verdict.Reason;

/** "Voted V on motion X": backed by the state's own ballot V cast by then, contradicted by another vote, unbacked without a ballot. */
public final class VotePolicy {

    private VotePolicy() {
    }

    public static Verdict decide(Assertion assertion, Evidence evidence, Instant at) {
        var ballot = evidence.ballots().stream().filter(b -> b.motion().equals(assertion.motion()) && !b.castAt().isAfter(at)).findFirst();
        if (ballot.isEmpty()) {
            return Verdict.unbacked("No ballot of " + evidence.stateName() + " on this motion is on the record.");
        }
        var b = ballot.get();
        var reason = new Reason(evidence.stateName() + "'s delegation voted " + b.vote() + " (" + b.castAt().toString().substring(0, 10)
                + ").", b.href(), List.of());
        return b.vote().equals(assertion.vote()) ? Verdict.backed(reason) : Verdict.contradicted(List.of(reason));
    }
}

package org.peacecouncil.decisions.rules;

import java.time.Instant;

import org.peacecouncil.identity.Actor;
import org.peacecouncil.identity.OwnDelegation;
import org.peacecouncil.platform.Countries;
import org.peacecouncil.platform.Ruling;

/**
 * A state's ballot in an election round is cast only by its own delegation, while the round is open and before its
 * deadline, for a candidate standing in it (or none: an abstention), by a member state present in the meeting.
 */
public final class ElectionBallotPolicy {

    /** What the record says: the round, whether the candidate named stands, the state's standing. */
    public record Record(boolean roundOpen, Instant closesAt, boolean candidateStands, boolean member, boolean present) {
    }

    private ElectionBallotPolicy() {
    }

    /** Only a delegation casts a ballot (checked before its state is read). */
    public static Ruling delegation(Actor actor) {
        return actor.isDelegate() ? Ruling.allowed()
                : Ruling.notPermitted("delegates-vote", "Only a member state's delegation casts its ballot.");
    }

    public static Ruling who(Actor actor, String state) {
        var delegation = delegation(actor);
        if (!delegation.isAllowed()) {
            return delegation;
        }
        var own = OwnDelegation.ruling(actor, state, "vote");
        if (!own.isAllowed()) {
            return own;
        }
        return Ruling.allowed();
    }

    /** {@code candidateId}: null for an abstention. */
    public static Ruling ruling(String state, String candidateId, Record record, Instant at) {
        if (!record.roundOpen()) {
            return Ruling.ruleViolation("round-not-open", "No round of this election is open for voting.");
        }
        if (!at.isBefore(record.closesAt())) {
            return Ruling.ruleViolation("voting-closed", "This round closed at " + record.closesAt() + ".");
        }
        if (candidateId != null && !record.candidateStands()) {
            return Ruling.invalid("candidates", "No candidate " + candidateId + " stands in this round.");
        }
        if (!record.member()) {
            return Ruling.ruleViolation("not-a-member", Countries.name(state) + " is not a member; only member states vote.");
        }
        if (!record.present()) {
            return Ruling.ruleViolation("not-present", Countries.name(state) + " is not present in this meeting, so it cannot vote.");
        }
        return Ruling.allowed();
    }
}

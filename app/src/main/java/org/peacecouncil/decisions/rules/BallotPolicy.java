package org.peacecouncil.decisions.rules;

import java.time.Instant;

import org.peacecouncil.decisions.MotionStatus;
import org.peacecouncil.decisions.Vote;
import org.peacecouncil.identity.Actor;
import org.peacecouncil.identity.OwnDelegation;
import org.peacecouncil.platform.Countries;
import org.peacecouncil.platform.Ruling;

/**
 * A state's ballot is cast only by its own delegation, while the vote is open and before its deadline, for a
 * member state present in the meeting (an alternate counts once approved).
 */
public final class BallotPolicy {

    /** What the record says: the motion's status and deadline, and the state's standing in the council and meeting. */
    public record Record(MotionStatus status, Instant closesAt, boolean member, boolean present) {
    }

    private BallotPolicy() {
    }

    /** The parts that need no record: a delegation, for its own state, with a vote. */
    public static Ruling who(Actor actor, String state, Vote vote) {
        if (!actor.isDelegate()) {
            return Ruling.notPermitted("delegates-vote", "Only a member state's delegation casts its ballot.");
        }
        var own = OwnDelegation.ruling(actor, state, "vote");
        if (!own.isAllowed()) {
            return own;
        }
        if (vote == null) {
            return Ruling.invalid("missing-field", "Give the vote: YES, NO or ABSTAIN.");
        }
        return Ruling.allowed();
    }

    public static Ruling ruling(Actor actor, String state, Vote vote, Record record, Instant at) {
        var who = who(actor, state, vote);
        if (!who.isAllowed()) {
            return who;
        }
        var open = MotionState.ruling(MotionState.Act.BALLOT, record.status());
        if (!open.isAllowed()) {
            return open;
        }
        if (!at.isBefore(record.closesAt())) {
            return Ruling.ruleViolation("voting-closed", "Voting on this motion closed at " + record.closesAt() + ".");
        }
        if (!record.member()) {
            return Ruling.ruleViolation("not-a-member", Countries.name(state) + " is not a member; only member states vote.");
        }
        if (!record.present()) {
            return Ruling.ruleViolation("not-present", Countries.name(state) + " is not present in this meeting, so it cannot vote"
                    + " (register the delegation's attendance; an alternate needs approval first).");
        }
        return Ruling.allowed();
    }
}

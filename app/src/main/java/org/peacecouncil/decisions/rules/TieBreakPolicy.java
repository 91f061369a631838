package org.peacecouncil.decisions.rules;

import org.peacecouncil.charter.Charter;
import org.peacecouncil.charter.DecisionRule;
import org.peacecouncil.decisions.MotionStatus;
import org.peacecouncil.decisions.Vote;
import org.peacecouncil.identity.Actor;
import org.peacecouncil.platform.Ruling;

/** A tied motion is decided by the tie-break office the charter names, with a YES or a NO. */
public final class TieBreakPolicy {

    private TieBreakPolicy() {
    }

    public static Ruling ruling(Actor actor, DecisionRule rule, Vote vote, MotionStatus status, Charter charter) {
        if (!actor.holds(rule.tieBreak())) {
            return Ruling.notPermitted("office-required", "Under this charter only the " + charter.nameOf(rule.tieBreak())
                    + " may break a tie.");
        }
        if (vote != Vote.YES && vote != Vote.NO) {
            return Ruling.invalid("tie-break-vote", "A tie-break vote is YES or NO.");
        }
        return MotionState.ruling(MotionState.Act.BREAK_THE_TIE, status);
    }

    /** What the motion becomes: rejected on a NO; on a YES adopted, or awaiting approval where the charter asks for it. */
    public static MotionStatus outcome(Vote vote, boolean needsApproval) {
        return vote == Vote.NO ? MotionStatus.REJECTED : needsApproval ? MotionStatus.PENDING_APPROVAL : MotionStatus.ADOPTED;
    }
}

package org.peacecouncil.decisions.rules;

import org.peacecouncil.charter.Charter;
import org.peacecouncil.charter.DecisionRule;
import org.peacecouncil.charter.MotionKind;
import org.peacecouncil.charter.Office;
import org.peacecouncil.decisions.MotionStatus;
import org.peacecouncil.identity.Actor;
import org.peacecouncil.platform.Ruling;

/** A matter the charter gives to one office alone (the Chairman creates subsidiary entities) is decided by it, without a vote. */
public final class OfficeDecisionPolicy {

    private OfficeDecisionPolicy() {
    }

    public static Ruling ruling(Actor actor, MotionKind kind, DecisionRule rule, MotionStatus status, Charter charter) {
        if (rule.decidedBy() == Office.NONE) {
            return Ruling.ruleViolation("decided-by-vote", "Under this charter " + kind + " motions are decided by vote.");
        }
        if (!actor.holds(rule.decidedBy())) {
            return Ruling.notPermitted("office-required", "Under this charter only the " + charter.nameOf(rule.decidedBy())
                    + " may decide " + kind + " matters.");
        }
        return MotionState.ruling(MotionState.Act.DECIDE_BY_OFFICE, status);
    }
}

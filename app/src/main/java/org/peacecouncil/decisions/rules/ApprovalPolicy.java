package org.peacecouncil.decisions.rules;

import org.peacecouncil.charter.Charter;
import org.peacecouncil.charter.DecisionRule;
import org.peacecouncil.decisions.MotionStatus;
import org.peacecouncil.identity.Actor;
import org.peacecouncil.platform.Ruling;

/** A motion adopted by vote that the charter submits to an office's approval is approved (or not) by that office. */
public final class ApprovalPolicy {

    private ApprovalPolicy() {
    }

    public static Ruling ruling(Actor actor, DecisionRule rule, MotionStatus status, Charter charter) {
        if (!actor.holds(rule.approvalBy())) {
            return Ruling.notPermitted("office-required", "Under this charter only the " + charter.nameOf(rule.approvalBy())
                    + " may approve decisions.");
        }
        return MotionState.ruling(MotionState.Act.DECIDE_APPROVAL, status);
    }

    /** Only a motion's adoption needs approval; an amendment only changes the text before the vote on its motion. */
    public static boolean needed(DecisionRule rule, boolean amendment) {
        return rule.approvalBy() != org.peacecouncil.charter.Office.NONE && !amendment;
    }
}

package org.peacecouncil.finance.rules;

import org.peacecouncil.finance.FlowKind;
import org.peacecouncil.finance.FlowStatus;
import org.peacecouncil.identity.Actor;
import org.peacecouncil.identity.OwnDelegation;
import org.peacecouncil.platform.Ruling;

/** An entry made on a state's behalf is confirmed only by that state's own delegation, and only while it awaits it. */
public final class ConfirmationPolicy {

    private ConfirmationPolicy() {
    }

    public static Ruling ruling(Actor actor, FlowKind kind, String state, FlowStatus status) {
        if (!kind.isAStatesWord()) {
            return Ruling.ruleViolation("not-confirmable", "A receipt or a disbursement is the fund's own record; only a pledge or a "
                    + "commitment entered on a state's behalf awaits that state's confirmation.");
        }
        var own = OwnDelegation.ruling(actor, state, "confirm a pledge or commitment");
        if (!own.isAllowed()) {
            return own;
        }
        if (status != FlowStatus.UNCONFIRMED) {
            return Ruling.ruleViolation(status.slug(),
                    "Only an unconfirmed entry can be confirmed; this one is " + status + ".");
        }
        return Ruling.allowed();
    }
}

package org.peacecouncil.finance.rules;

import org.peacecouncil.finance.FlowKind;
import org.peacecouncil.finance.FlowStatus;
import org.peacecouncil.identity.Actor;
import org.peacecouncil.identity.OwnDelegation;
import org.peacecouncil.identity.Role;
import org.peacecouncil.platform.Ruling;

/**
 * A state's pledge or commitment is withdrawn by its own delegation; an unconfirmed on-behalf entry may also be
 * withdrawn by the secretariat that made it, and so may an organisation's, which the secretariat recorded from the
 * organisation's documents. Receipts and disbursements are facts of the fund's, not withdrawn.
 */
public final class FlowWithdrawalPolicy {

    private FlowWithdrawalPolicy() {
    }

    /** {@code state} the giving state, null when an organisation gives ({@code organisation}). */
    public static Ruling ruling(Actor actor, FlowKind kind, String state, boolean organisation, FlowStatus status) {
        if (!kind.isAStatesWord()) {
            return Ruling.ruleViolation("not-withdrawable", "A receipt or a disbursement is what the fund recorded; it is not withdrawn.");
        }
        if (status == FlowStatus.WITHDRAWN) {
            return Ruling.ruleViolation(status.slug(), "This entry is already withdrawn.");
        }
        if (actor.is(Role.SECRETARIAT) && (status == FlowStatus.UNCONFIRMED || organisation)) {
            return Ruling.allowed();
        }
        if (organisation) {
            return Ruling.notPermitted("secretariat-only", "Only the secretariat, which recorded it, may withdraw an organisation's entry.");
        }
        return OwnDelegation.ruling(actor, state, "withdraw a pledge or commitment");
    }
}

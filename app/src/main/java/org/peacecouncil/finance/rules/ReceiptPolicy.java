package org.peacecouncil.finance.rules;

import org.peacecouncil.finance.FlowKind;
import org.peacecouncil.finance.FlowStatus;
import org.peacecouncil.identity.Actor;
import org.peacecouncil.platform.Ruling;

/**
 * A receipt is recorded by the secretariat against a contributor's commitment to the same fund that counts: one the
 * state itself made or confirmed. So the fund never records money as given by a state that never committed it.
 */
public final class ReceiptPolicy {

    /** What the record says of the commitment the receipt names. */
    public record Commitment(FlowKind kind, FlowStatus status, boolean sameFund) {
    }

    private ReceiptPolicy() {
    }

    public static Ruling ruling(Actor actor, Commitment commitment) {
        var who = FundRecordsPolicy.ruling(actor, "record receipts");
        if (!who.isAllowed()) {
            return who;
        }
        if (commitment.kind() != FlowKind.COMMITMENT || !commitment.sameFund()) {
            return Ruling.ruleViolation("not-a-commitment", "A receipt is recorded against a commitment to this fund.");
        }
        if (commitment.status() != FlowStatus.CONFIRMED) {
            return Ruling.ruleViolation("commitment-not-confirmed", "The commitment is " + commitment.status()
                    + ": a receipt is recorded only against a commitment the state made or confirmed itself.");
        }
        return Ruling.allowed();
    }
}

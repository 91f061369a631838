package org.peacecouncil.finance.rules;

import org.peacecouncil.identity.Actor;
import org.peacecouncil.platform.Ruling;

/**
 * A disbursement is recorded by the secretariat to a project of the same fund, and never for more than the fund's
 * balance (received less disbursed, in USD equivalents): a fund cannot pay out money it has not received.
 */
public final class DisbursementPolicy {

    /** What the record says: whether the project is the fund's, and the balance before and the amount, in USD cents. */
    public record Snapshot(boolean projectOfTheFund, long balanceUsdMinor, long amountUsdMinor) {
    }

    private DisbursementPolicy() {
    }

    public static Ruling ruling(Actor actor, Snapshot snapshot) {
        var who = FundRecordsPolicy.ruling(actor, "record disbursements");
        if (!who.isAllowed()) {
            return who;
        }
        if (!snapshot.projectOfTheFund()) {
            return Ruling.ruleViolation("not-a-project-of-the-fund", "A disbursement goes to a project of the fund that pays it.");
        }
        if (snapshot.amountUsdMinor() > snapshot.balanceUsdMinor()) {
            return Ruling.ruleViolation("insufficient-balance", "The fund's balance is USD " + usd(snapshot.balanceUsdMinor())
                    + "; it cannot disburse USD " + usd(snapshot.amountUsdMinor()) + ".");
        }
        return Ruling.allowed();
    }

    private static String usd(long minor) {
        return String.format("%,.2f", java.math.BigDecimal.valueOf(minor, 2));
    }
}

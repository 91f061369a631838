package org.peacecouncil.membership;

import java.time.LocalDate;
import java.util.List;

import org.peacecouncil.platform.Money;

/**
 * What a state has given the council, as the finance module records it. Membership needs it to decide
 * permanent membership; the finance module implements it. Until one is present, no contribution is known.
 */
public interface CashContributions {

    /** How a contribution stands; only {@code CASH_RECEIVED} is money the council has. */
    enum Kind {
        PLEDGE, COMMITMENT, CASH_RECEIVED, IN_KIND_RECEIVED
    }

    /**
     * One contribution. {@code usdEquivalent} is the amount in USD at the recorded rate (equal to {@code amount}
     * for USD), or null when no rate is recorded; {@code amount} is null for goods without a valuation.
     * {@code source} says where it is recorded and what it is ("Gaza Reconstruction Fund: PAID"), {@code href}
     * where its record can be read; both may be null.
     */
    record Contribution(Kind kind, Money amount, Money usdEquivalent, LocalDate on, String source, String href) {

        public Contribution(Kind kind, Money amount, Money usdEquivalent, LocalDate on) {
            this(kind, amount, usdEquivalent, on, null, null);
        }
    }

    /** Every contribution of {@code state} dated on or after {@code from} and before {@code until}. */
    List<Contribution> of(String state, LocalDate from, LocalDate until);
}

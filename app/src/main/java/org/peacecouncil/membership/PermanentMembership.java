package org.peacecouncil.membership;

import java.time.LocalDate;
import java.util.List;

import org.peacecouncil.charter.Charter;
import org.peacecouncil.charter.MembershipRules;
import org.peacecouncil.platform.Money;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Decides permanent membership by the charter: a state the charter names, or one whose contributions received
 * within the first years after entry into force are strictly more than the threshold. Under the Board of Peace
 * charter only cash received counts: pledges, commitments and goods in kind do not, and the year runs from the
 * day of entry into force up to, not including, its anniversary.
 */
@Component
public class PermanentMembership {

    private final MembershipRules rules;
    private final ObjectProvider<CashContributions> contributions;

    PermanentMembership(Charter charter, ObjectProvider<CashContributions> contributions) {
        this.rules = charter.membership();
        this.contributions = contributions;
    }

    public Views.Permanence assess(String state, LocalDate enteredIntoForce) {
        if (rules.permanent().isEmpty()) {
            return new Views.Permanence(false, "The charter provides no permanent membership.", null, null, null, null);
        }
        var permanence = rules.permanent().get();
        if (permanence.members().contains(state)) {
            return new Views.Permanence(true, "Named a permanent member by the charter.", null, null, null, null);
        }
        if (permanence.threshold().isEmpty()) {
            return new Views.Permanence(false, "Not among the permanent members the charter names.", null, null, null, null);
        }
        Money threshold = permanence.threshold().get();
        if (enteredIntoForce == null) {
            return new Views.Permanence(false, "The charter is not yet in force, so the qualifying period has not begun.",
                    null, null, Money.zero(threshold.currency()), threshold);
        }
        LocalDate from = enteredIntoForce;
        LocalDate until = enteredIntoForce.plusYears(permanence.withinYears());
        Money counted = Money.zero(threshold.currency());
        var considered = new java.util.ArrayList<Views.Considered>();
        for (var contribution : received(state, from, until)) {
            boolean inWindow = !contribution.on().isBefore(from) && contribution.on().isBefore(until);
            if (!inWindow) {
                continue;
            }
            boolean counts = contribution.kind() == CashContributions.Kind.CASH_RECEIVED
                    || (!permanence.cashOnly() && contribution.kind() == CashContributions.Kind.IN_KIND_RECEIVED);
            Money inThresholdCurrency = inCurrency(contribution, threshold.currency());
            String note = counts && inThresholdCurrency != null ? "counted"
                    : counts ? "no amount in " + threshold.currency() + " is recorded for it" : whyNot(contribution.kind());
            boolean added = counts && inThresholdCurrency != null;
            if (added) {
                counted = counted.plus(inThresholdCurrency);
            }
            considered.add(new Views.Considered(contribution.kind().name(), contribution.amount(), contribution.usdEquivalent(),
                    contribution.on(), contribution.source(), contribution.href(), added ? inThresholdCurrency : null, note));
        }
        considered.sort(java.util.Comparator.comparing(Views.Considered::on));
        String rule = "More than " + threshold + (permanence.cashOnly() ? " in cash" : "") + " received from " + from
                + " to " + until.minusDays(1) + " (pledges do not count).";
        return new Views.Permanence(counted.isMoreThan(threshold), rule, from, until.minusDays(1), counted, threshold,
                List.copyOf(considered));
    }

    private static String whyNot(CashContributions.Kind kind) {
        return switch (kind) {
            case PLEDGE -> "a pledge: a promise, not money received";
            case COMMITMENT -> "a commitment: an agreement, not money received";
            case IN_KIND_RECEIVED -> "goods in kind: the charter counts cash only";
            case CASH_RECEIVED -> "counted";
        };
    }

    private List<CashContributions.Contribution> received(String state, LocalDate from, LocalDate until) {
        // every source the application has: the finance module's funds, and any other ledger a deployment adds
        return contributions.orderedStream().flatMap(source -> source.of(state, from, until).stream()).toList();
    }

    private static Money inCurrency(CashContributions.Contribution contribution, String currency) {
        if (contribution.amount() != null && contribution.amount().currency().equals(currency)) {
            return contribution.amount();
        }
        if ("USD".equals(currency) && contribution.usdEquivalent() != null) {
            return contribution.usdEquivalent();
        }
        return null;
    }
}

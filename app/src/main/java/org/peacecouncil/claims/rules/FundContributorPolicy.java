package org.peacecouncil.claims.rules;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.peacecouncil.claims.Assertion;
import org.peacecouncil.claims.AssertionType;
import org.peacecouncil.claims.ContributionLevel;
import org.peacecouncil.claims.Evidence;
import org.peacecouncil.claims.Verdict;
import org.peacecouncil.claims.Verdict.Reason;
import org.peacecouncil.platform.Money;

/**
 * "A contributor to fund F" (of an amount, at a level): backed only by the state's own flows that counted at the time
 * — its pledges and commitments as it made or confirmed them, and what the fund received from it — at the level said
 * or beyond (a pledge backs "pledged", never "received"), and for an amount, when they add up to it. The state's own
 * denial contradicts it, unless it has given since. An entry made on its behalf counts only once it confirmed it.
 */
public final class FundContributorPolicy {

    private FundContributorPolicy() {
    }

    public static Verdict decide(Assertion assertion, Evidence evidence, Instant at) {
        var counted = evidence.flows().stream().filter(f -> f.fund().equals(assertion.fund()) && f.countsAt(at)).toList();
        var denials = StatesOwnWord.denials(evidence, at, Set.of(AssertionType.FUND_CONTRIBUTOR));
        Instant denied = StatesOwnWord.latest(denials);
        if (denied != null && counted.stream().noneMatch(f -> f.countedFrom().isAfter(denied))) {
            return Verdict.contradicted(StatesOwnWord.reasons(evidence, denials));
        }
        var wanted = assertion.level() == null ? ContributionLevel.PLEDGED : assertion.level();
        var matching = counted.stream().filter(f -> level(f).compareTo(wanted) >= 0).toList();
        if (matching.isEmpty()) {
            var reasons = new ArrayList<Reason>();
            reasons.add(new Reason(counted.isEmpty() ? "No pledge, commitment or receipt of " + evidence.stateName()
                    + " to this fund is on the record." : evidence.stateName() + " only " + highest(counted).name().toLowerCase(java.util.Locale.ROOT)
                    + ": a " + (highest(counted) == ContributionLevel.PLEDGED ? "pledge is a promise" : "commitment is a promise backed by an agreement")
                    + ", not " + wanted.name().toLowerCase(java.util.Locale.ROOT) + ".", null, List.of()));
            counted.forEach(f -> reasons.add(reason(evidence, f)));
            reasons.addAll(StatesOwnWord.reasons(evidence, StatesOwnWord.affirmations(evidence, at, Set.of(AssertionType.FUND_CONTRIBUTOR))));
            return Verdict.unbacked(reasons);
        }
        var reasons = new ArrayList<Reason>();
        if (assertion.amount() != null) {
            long total = 0;
            for (var f : matching) {
                Money value = inCurrency(f, assertion.amount().currency());
                total += value == null ? 0 : value.minorUnits();
            }
            if (total < assertion.amount().minorUnits()) {
                reasons.add(new Reason("Its records add up to " + new Money(total, assertion.amount().currency()) + ", less than the "
                        + assertion.amount() + " said.", null, List.of()));
                matching.forEach(f -> reasons.add(reason(evidence, f)));
                return Verdict.unbacked(reasons);
            }
        }
        var top = highest(matching);
        if (assertion.level() == null && top != ContributionLevel.RECEIVED) {
            reasons.add(new Reason("Backed as " + (top == ContributionLevel.PLEDGED ? "a pledge only: no commitment and no money received"
                    : "a commitment: no money received yet") + " are on the record.", null, List.of()));
        }
        matching.forEach(f -> reasons.add(reason(evidence, f)));
        return Verdict.backed(reasons);
    }

    static ContributionLevel level(Evidence.FlowRecord flow) {
        return switch (flow.kind()) {
            case "COMMITMENT" -> ContributionLevel.COMMITTED;
            case "PAID" -> ContributionLevel.RECEIVED;
            default -> ContributionLevel.PLEDGED;
        };
    }

    private static ContributionLevel highest(List<Evidence.FlowRecord> flows) {
        return flows.stream().map(FundContributorPolicy::level).max(Enum::compareTo).orElse(ContributionLevel.PLEDGED);
    }

    private static Money inCurrency(Evidence.FlowRecord flow, String currency) {
        if (flow.cash() != null && flow.cash().currency().equals(currency)) {
            return flow.cash();
        }
        return "USD".equals(currency) ? flow.usdEquivalent() : null;
    }

    private static Reason reason(Evidence evidence, Evidence.FlowRecord f) {
        String what = f.cash() != null ? f.cash().toString() : f.goods();
        String verb = switch (level(f)) {
            case COMMITTED -> "committed";
            case RECEIVED -> "the fund received";
            default -> "pledged";
        };
        return new Reason((level(f) == ContributionLevel.RECEIVED ? "The fund received " + what + " from " + evidence.stateName()
                : evidence.stateName() + " " + verb + " " + what + ", as its own delegation recorded or confirmed it") + ", counting since "
                + f.countedFrom().toString().substring(0, 10) + ".", "/api/v1/flows/" + f.id(), f.logEntries());
    }
}

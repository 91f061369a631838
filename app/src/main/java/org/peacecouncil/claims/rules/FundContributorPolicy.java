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
            reasons.addAll(reasons(evidence, counted, assertion.fund()));
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
                reasons.addAll(reasons(evidence, matching, assertion.fund()));
                return Verdict.unbacked(reasons);
            }
        }
        var top = highest(matching);
        if (assertion.level() == null && top != ContributionLevel.RECEIVED) {
            reasons.add(new Reason("Backed as " + (top == ContributionLevel.PLEDGED ? "a pledge only: no commitment and no money received"
                    : "a commitment: no money received yet") + " are on the record.", null, List.of()));
        }
        reasons.addAll(reasons(evidence, matching, assertion.fund()));
        return Verdict.backed(reasons);
    }

    /**
     * The verdict's changes from {@code from} to {@code until}: the verdict at {@code from}, then each change, found in one
     * pass over the times the state's records changed — what {@link #decide} answers at each of those times, without
     * reading every record again at each (a state may have thousands of flows in a fund).
     */
    public static List<Change> history(Assertion assertion, Evidence evidence, Instant from, Instant until) {
        var wanted = assertion.level() == null ? ContributionLevel.PLEDGED : assertion.level();
        var events = new java.util.TreeMap<Instant, List<Runnable>>();
        var sweep = new Sweep();
        for (var f : evidence.flows()) {
            if (!f.fund().equals(assertion.fund()) || f.countedFrom() == null
                    || (f.countedUntil() != null && !f.countedUntil().isAfter(f.countedFrom()))) {
                continue;
            }
            boolean matches = level(f).compareTo(wanted) >= 0;
            long value = assertion.amount() == null ? 0 : valueIn(f, assertion.amount().currency());
            events.computeIfAbsent(f.countedFrom(), k -> new ArrayList<>()).add(() -> sweep.count(f.countedFrom(), matches, value, +1));
            if (f.countedUntil() != null) {
                events.computeIfAbsent(f.countedUntil(), k -> new ArrayList<>()).add(() -> sweep.count(f.countedFrom(), matches, value, -1));
            }
        }
        for (var p : evidence.positions()) {
            if (!p.affirms() && p.assertion().type() == AssertionType.FUND_CONTRIBUTOR) {
                events.computeIfAbsent(p.since(), k -> new ArrayList<>()).add(() -> sweep.denied(p.since()));
            }
        }
        var changes = new ArrayList<Change>();
        var pending = events.entrySet().iterator();
        java.util.Map.Entry<Instant, List<Runnable>> next = pending.hasNext() ? pending.next() : null;
        while (next != null && !next.getKey().isAfter(from)) {
            next.getValue().forEach(Runnable::run);
            next = pending.hasNext() ? pending.next() : null;
        }
        changes.add(new Change(from, sweep.status(assertion)));
        while (next != null && !next.getKey().isAfter(until)) {
            next.getValue().forEach(Runnable::run);
            var status = sweep.status(assertion);
            if (changes.get(changes.size() - 1).status() != status) {
                changes.add(new Change(next.getKey(), status));
            }
            next = pending.hasNext() ? pending.next() : null;
        }
        return changes;
    }

    /** From {@code since} on, the verdict was {@code status}. */
    public record Change(Instant since, Verdict.VerdictStatus status) {
    }

    /** The counted flows as a sweep over time leaves them: what {@link #decide} needs, kept as counts and sums. */
    private static final class Sweep {
        private final java.util.TreeMap<Instant, Integer> countedSince = new java.util.TreeMap<>();
        private int matching;
        private long total;
        private Instant denied;

        void count(Instant since, boolean matches, long value, int sign) {
            countedSince.merge(since, sign, Integer::sum);
            if (countedSince.get(since) == 0) {
                countedSince.remove(since);
            }
            if (matches) {
                matching += sign;
                total += sign * value;
            }
        }

        void denied(Instant at) {
            denied = denied == null || at.isAfter(denied) ? at : denied;
        }

        Verdict.VerdictStatus status(Assertion assertion) {
            if (denied != null && (countedSince.isEmpty() || !countedSince.lastKey().isAfter(denied))) {
                return Verdict.VerdictStatus.CONTRADICTED;
            }
            if (matching == 0 || (assertion.amount() != null && total < assertion.amount().minorUnits())) {
                return Verdict.VerdictStatus.UNBACKED;
            }
            return Verdict.VerdictStatus.BACKED;
        }
    }

    /** How many flows a verdict names one by one; the rest are one link away. */
    static final int FLOWS_NAMED = 20;

    private static List<Reason> reasons(Evidence evidence, List<Evidence.FlowRecord> flows, String fund) {
        var reasons = new ArrayList<Reason>();
        flows.stream().limit(FLOWS_NAMED).forEach(f -> reasons.add(reason(evidence, f)));
        if (flows.size() > FLOWS_NAMED) {
            reasons.add(new Reason(String.format(java.util.Locale.ROOT, "and %,d more of %s's flows to this fund, each with its log entries.",
                    flows.size() - FLOWS_NAMED, evidence.stateName()), "/api/v1/funds/" + fund + "/flows?contributor=" + evidence.state(),
                    List.of()));
        }
        return reasons;
    }

    private static long valueIn(Evidence.FlowRecord flow, String currency) {
        Money value = inCurrency(flow, currency);
        return value == null ? 0 : value.minorUnits();
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

package org.peacecouncil.claims.rules;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
 * The rule reads the state's standing in the fund at the time (how many of its flows counted, and what they added
 * up to) and names the first of the flows behind it.
 */
public final class FundContributorPolicy {

    private FundContributorPolicy() {
    }

    /** How many flows a verdict names one by one; the rest are one link away. */
    public static final int FLOWS_NAMED = 20;

    public static Verdict.VerdictStatus status(Assertion assertion, Evidence evidence, Instant at) {
        var standing = evidence.standingAt(at);
        if (contradicted(evidence, standing, at)) {
            return Verdict.VerdictStatus.CONTRADICTED;
        }
        var wanted = wanted(assertion);
        if (countAtLeast(standing, wanted) == 0
                || (assertion.amount() != null && valueAtLeast(standing, wanted) < assertion.amount().minorUnits())) {
            return Verdict.VerdictStatus.UNBACKED;
        }
        return Verdict.VerdictStatus.BACKED;
    }

    public static Verdict decide(Assertion assertion, Evidence evidence, Instant at) {
        var standing = evidence.standingAt(at);
        if (contradicted(evidence, standing, at)) {
            return Verdict.contradicted(StatesOwnWord.reasons(evidence, StatesOwnWord.denials(evidence, at, TYPES)));
        }
        var wanted = wanted(assertion);
        long matching = countAtLeast(standing, wanted);
        if (matching == 0) {
            var reasons = new ArrayList<Reason>();
            var top = highest(standing);
            reasons.add(new Reason(standing.counted() == 0 ? "No pledge, commitment or receipt of " + evidence.stateName()
                    + " to this fund is on the record." : evidence.stateName() + " only " + top.name().toLowerCase(Locale.ROOT)
                    + ": a " + (top == ContributionLevel.PLEDGED ? "pledge is a promise" : "commitment is a promise backed by an agreement")
                    + ", not " + wanted.name().toLowerCase(Locale.ROOT) + ".", null, List.of()));
            reasons.addAll(reasons(evidence, assertion.fund(), at, ContributionLevel.PLEDGED, standing.counted()));
            reasons.addAll(StatesOwnWord.reasons(evidence, StatesOwnWord.affirmations(evidence, at, TYPES)));
            return Verdict.unbacked(reasons);
        }
        var reasons = new ArrayList<Reason>();
        if (assertion.amount() != null) {
            long total = valueAtLeast(standing, wanted);
            if (total < assertion.amount().minorUnits()) {
                reasons.add(new Reason("Its records add up to " + new Money(total, assertion.amount().currency()) + ", less than the "
                        + assertion.amount() + " said.", null, List.of()));
                reasons.addAll(reasons(evidence, assertion.fund(), at, wanted, matching));
                return Verdict.unbacked(reasons);
            }
        }
        var top = highest(standing);
        if (assertion.level() == null && top != ContributionLevel.RECEIVED) {
            reasons.add(new Reason("Backed as " + (top == ContributionLevel.PLEDGED ? "a pledge only: no commitment and no money received"
                    : "a commitment: no money received yet") + " are on the record.", null, List.of()));
        }
        reasons.addAll(reasons(evidence, assertion.fund(), at, wanted, matching));
        return Verdict.backed(reasons);
    }

    private static final Set<AssertionType> TYPES = Set.of(AssertionType.FUND_CONTRIBUTOR);

    /** Its own denial stands when none of the flows that count began to count after it. */
    private static boolean contradicted(Evidence evidence, Evidence.Standing standing, Instant at) {
        Instant denied = StatesOwnWord.latest(StatesOwnWord.denials(evidence, at, TYPES));
        return denied != null && (standing.counted() == 0 || standing.latestFrom() == null || !standing.latestFrom().isAfter(denied));
    }

    private static ContributionLevel wanted(Assertion assertion) {
        return assertion.level() == null ? ContributionLevel.PLEDGED : assertion.level();
    }

    static long countAtLeast(Evidence.Standing s, ContributionLevel level) {
        return switch (level) {
            case PLEDGED -> s.pledges() + s.commitments() + s.receipts();
            case COMMITTED -> s.commitments() + s.receipts();
            case RECEIVED -> s.receipts();
        };
    }

    static long valueAtLeast(Evidence.Standing s, ContributionLevel level) {
        return switch (level) {
            case PLEDGED -> s.pledged() + s.committed() + s.received();
            case COMMITTED -> s.committed() + s.received();
            case RECEIVED -> s.received();
        };
    }

    private static ContributionLevel highest(Evidence.Standing s) {
        return s.receipts() > 0 ? ContributionLevel.RECEIVED : s.commitments() > 0 ? ContributionLevel.COMMITTED : ContributionLevel.PLEDGED;
    }

    /** The first flows of {@code level} or beyond that counted at {@code at}, then a link to the rest of the {@code count}. */
    private static List<Reason> reasons(Evidence evidence, String fund, Instant at, ContributionLevel level, long count) {
        var reasons = new ArrayList<Reason>();
        evidence.flows().stream().filter(f -> f.fund().equals(fund) && f.countsAt(at) && level(f).compareTo(level) >= 0).limit(FLOWS_NAMED)
                .forEach(f -> reasons.add(reason(evidence, f)));
        if (count > reasons.size()) {
            reasons.add(new Reason("and " + Money.grouped(count - reasons.size()) + " more of " + evidence.stateName()
                    + "'s flows to this fund, each with its log entries.", "/api/v1/funds/" + fund + "/flows?contributor=" + evidence.state(),
                    List.of()));
        }
        return reasons;
    }

    static ContributionLevel level(Evidence.FlowRecord flow) {
        return switch (flow.kind()) {
            case "COMMITMENT" -> ContributionLevel.COMMITTED;
            case "PAID" -> ContributionLevel.RECEIVED;
            default -> ContributionLevel.PLEDGED;
        };
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
                + f.countedFrom().atOffset(java.time.ZoneOffset.UTC).toLocalDate() + ".", "/api/v1/flows/" + f.id(), f.logEntries());
    }
}

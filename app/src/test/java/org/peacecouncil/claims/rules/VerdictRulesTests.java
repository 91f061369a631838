package org.peacecouncil.claims.rules;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.peacecouncil.claims.Assertion;
import org.peacecouncil.claims.AssertionType;
import org.peacecouncil.claims.ContributionLevel;
import org.peacecouncil.claims.Evidence;
import org.peacecouncil.claims.Verdict.VerdictStatus;
import org.peacecouncil.platform.Money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** Each assertion type's verdict at its edges, as tables: the state's records as they stood at the time asked. */
class VerdictRulesTests {

    static final Instant SAID = Instant.parse("2026-02-19T23:59:59Z");
    static final Instant BEFORE = Instant.parse("2026-02-19T16:00:00Z");
    static final Instant AFTER = Instant.parse("2026-03-01T10:00:00Z");

    static Assertion contributor(ContributionLevel level, Long amount) {
        return new Assertion(AssertionType.FUND_CONTRIBUTOR, "gaza", amount == null ? null : new Money(amount, "USD"), level, null, null,
                null, null, null);
    }

    static Evidence.FlowRecord flow(String kind, long amount, Instant from, Instant until) {
        return new Evidence.FlowRecord("f-" + kind, "gaza", kind, new Money(amount, "USD"), new Money(amount, "USD"), null, from, until,
                List.of(7L));
    }

    static Evidence.Position said(AssertionType type, String fund, String mission, boolean affirms, Instant since) {
        return new Evidence.Position(new Assertion(type, fund, null, null, mission, null, null, null, null), affirms, "c1",
                "Not a participant.", since, List.of(9L));
    }

    static Evidence evidence(List<Evidence.FlowRecord> flows, List<Evidence.OfferRecord> offers, List<Evidence.QuestionRecord> questions,
            Evidence.Ended ended, List<Evidence.Position> positions) {
        return new Evidence("AZE", "Azerbaijan", null, flows, offers, questions, ended, List.of(), List.of(), positions,
                standings(flows, "gaza"));
    }

    /**
     * The state's standing in the fund after every change of its flows there, computed from the flows themselves (in
     * USD): what finance keeps as the flows change, and reads back for a check.
     */
    static List<Evidence.Standing> standings(List<Evidence.FlowRecord> flows, String fund) {
        record Change(Instant at, int order, int sign, Evidence.FlowRecord flow) {
        }
        var changes = new java.util.ArrayList<Change>();
        for (int i = 0; i < flows.size(); i++) {
            var f = flows.get(i);
            if (!f.fund().equals(fund) || f.countedFrom() == null) {
                continue;
            }
            changes.add(new Change(f.countedFrom(), i, 1, f));
            if (f.countedUntil() != null) {
                changes.add(new Change(f.countedUntil(), i, -1, f));
            }
        }
        changes.sort(java.util.Comparator.comparing(Change::at).thenComparingInt(Change::order).thenComparingInt(c -> -c.sign()));
        var standings = new java.util.ArrayList<Evidence.Standing>();
        var froms = new java.util.TreeMap<Instant, Integer>();
        long[] n = new long[3];
        long[] value = new long[3];
        for (var c : changes) {
            int k = List.of("PLEDGE", "COMMITMENT", "PAID").indexOf(c.flow().kind());
            n[k] += c.sign();
            value[k] += c.sign() * (c.flow().usdEquivalent() == null ? 0 : c.flow().usdEquivalent().minorUnits());
            froms.merge(c.flow().countedFrom(), c.sign(), Integer::sum);
            froms.remove(c.flow().countedFrom(), 0);
            standings.add(new Evidence.Standing(c.at(), standings.size() + 1, n[0], n[1], n[2], value[0], value[1], value[2],
                    froms.isEmpty() ? null : froms.lastKey()));
        }
        return standings;
    }

    static Stream<Arguments> fundContributions() {
        var pledge = flow("PLEDGE", 100_000, BEFORE, null);
        var commitment = flow("COMMITMENT", 100_000, BEFORE, null);
        var paid = flow("PAID", 40_000, BEFORE, null);
        var unconfirmed = flow("PLEDGE", 100_000, null, null);
        var confirmedLater = flow("PLEDGE", 100_000, AFTER, null);
        var withdrawn = flow("PLEDGE", 100_000, BEFORE, Instant.parse("2026-02-19T20:00:00Z"));
        var denial = said(AssertionType.FUND_CONTRIBUTOR, "gaza", null, false, BEFORE);
        var laterDenial = said(AssertionType.FUND_CONTRIBUTOR, "gaza", null, false, AFTER);
        return Stream.of(
                // assertion, flows, positions, at → verdict
                arguments("a pledge backs 'contributor'", contributor(null, null), List.of(pledge), List.of(), SAID, VerdictStatus.BACKED),
                arguments("a pledge backs 'pledged'", contributor(ContributionLevel.PLEDGED, null), List.of(pledge), List.of(), SAID, VerdictStatus.BACKED),
                arguments("a pledge never backs money received", contributor(ContributionLevel.RECEIVED, null), List.of(pledge), List.of(), SAID,
                        VerdictStatus.UNBACKED),
                arguments("a commitment backs 'pledged'", contributor(ContributionLevel.PLEDGED, null), List.of(commitment), List.of(), SAID,
                        VerdictStatus.BACKED),
                arguments("a receipt backs 'received'", contributor(ContributionLevel.RECEIVED, null), List.of(commitment, paid), List.of(), SAID,
                        VerdictStatus.BACKED),
                arguments("received less than the amount said", contributor(ContributionLevel.RECEIVED, 50_000L), List.of(paid), List.of(), SAID,
                        VerdictStatus.UNBACKED),
                arguments("pledged the amount said", contributor(null, 100_000L), List.of(pledge), List.of(), SAID, VerdictStatus.BACKED),
                arguments("an unconfirmed entry on its behalf counts nowhere", contributor(null, null), List.of(unconfirmed), List.of(), AFTER,
                        VerdictStatus.UNBACKED),
                arguments("confirmed after it was said: not at the time", contributor(null, null), List.of(confirmedLater), List.of(), SAID,
                        VerdictStatus.UNBACKED),
                arguments("confirmed after it was said: backed later", contributor(null, null), List.of(confirmedLater), List.of(), AFTER,
                        VerdictStatus.BACKED),
                arguments("withdrawn by then", contributor(null, null), List.of(withdrawn), List.of(), SAID, VerdictStatus.UNBACKED),
                arguments("nothing either way", contributor(null, null), List.of(), List.of(), SAID, VerdictStatus.UNBACKED),
                arguments("its clarification before the statement", contributor(null, null), List.of(), List.of(denial), SAID,
                        VerdictStatus.CONTRADICTED),
                arguments("its clarification after the statement: not at the time", contributor(null, null), List.of(), List.of(laterDenial), SAID,
                        VerdictStatus.UNBACKED),
                arguments("its clarification after the statement: now", contributor(null, null), List.of(), List.of(laterDenial), AFTER,
                        VerdictStatus.CONTRADICTED),
                arguments("a pledge made after its denial outweighs it", contributor(null, null), List.of(confirmedLater), List.of(denial), AFTER,
                        VerdictStatus.BACKED),
                arguments("a denial after its pledge outweighs it", contributor(null, null), List.of(pledge), List.of(laterDenial), AFTER,
                        VerdictStatus.CONTRADICTED),
                arguments("a denial of another fund says nothing of this one", contributor(null, null), List.of(),
                        List.of(said(AssertionType.FUND_CONTRIBUTOR, "other", null, false, BEFORE)), SAID, VerdictStatus.UNBACKED));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void fundContributions(String edge, Assertion assertion, List<Evidence.FlowRecord> flows, List<Evidence.Position> positions, Instant at,
            VerdictStatus expected) {
        var relevant = positions.stream().filter(p -> p.assertion().topic().equals(assertion.topic())).toList();
        assertThat(VerdictRules.decide(assertion, evidence(flows, List.of(), List.of(), null, relevant), at).status()).isEqualTo(expected);
    }

    static Stream<Arguments> missions() {
        var consent = new Assertion(AssertionType.MISSION_CONSENT, null, null, null, "isf", null, null, null, null);
        var troops = new Assertion(AssertionType.MISSION_CONTRIBUTOR, null, null, null, "isf", 5_000, null, null, null);
        var offer = new Evidence.OfferRecord("o1", "isf", 8_000, "8,000 troops", BEFORE, null, null, List.of(5L));
        var small = new Evidence.OfferRecord("o2", "isf", 150, "150 troops", BEFORE, null, null, List.of(5L));
        var withdrawnOffer = new Evidence.OfferRecord("o3", "isf", 8_000, "8,000 troops", BEFORE, null, BEFORE.plusSeconds(60), List.of(5L));
        var open = new Evidence.QuestionRecord("isf", BEFORE, null, List.of(6L));
        var answered = new Evidence.QuestionRecord("isf", BEFORE, BEFORE.plusSeconds(60), List.of(6L));
        var declined = new Evidence.Ended("isf", "DECLINED", BEFORE);
        var noConsent = said(AssertionType.MISSION_CONSENT, null, "isf", false, BEFORE);
        var yes = said(AssertionType.MISSION_CONSENT, null, "isf", true, BEFORE);
        return Stream.of(
                arguments("its own offer is consent", consent, List.of(offer), List.of(), null, List.of(), VerdictStatus.BACKED),
                arguments("questions open and no offer", consent, List.of(), List.of(open), null, List.of(), VerdictStatus.CONTRADICTED),
                arguments("questions answered, nothing else", consent, List.of(), List.of(answered), null, List.of(), VerdictStatus.UNBACKED),
                arguments("declined", consent, List.of(), List.of(), declined, List.of(), VerdictStatus.CONTRADICTED),
                arguments("its own denial", consent, List.of(), List.of(), null, List.of(noConsent), VerdictStatus.CONTRADICTED),
                arguments("its own word that it takes part", consent, List.of(), List.of(), null, List.of(yes), VerdictStatus.BACKED),
                arguments("nothing at all", consent, List.of(), List.of(), null, List.of(), VerdictStatus.UNBACKED),
                arguments("offered at least the number said", troops, List.of(offer), List.of(), null, List.of(), VerdictStatus.BACKED),
                arguments("offered fewer than said", troops, List.of(small), List.of(), null, List.of(), VerdictStatus.UNBACKED),
                arguments("an offer withdrawn by then", troops, List.of(withdrawnOffer), List.of(), null, List.of(), VerdictStatus.UNBACKED),
                arguments("words without an offer contribute no one", troops, List.of(), List.of(), null, List.of(yes), VerdictStatus.UNBACKED),
                arguments("a contributor that denies consent", troops, List.of(), List.of(open), null, List.of(noConsent),
                        VerdictStatus.CONTRADICTED));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void missions(String edge, Assertion assertion, List<Evidence.OfferRecord> offers, List<Evidence.QuestionRecord> questions,
            Evidence.Ended ended, List<Evidence.Position> positions, VerdictStatus expected) {
        assertThat(VerdictRules.decide(assertion, evidence(List.of(), offers, questions, ended, positions), SAID).status()).isEqualTo(expected);
    }

    @Test
    void membershipFoundingVotesAndPresenceAreReadFromTheStatesOwnRecord() {
        var founding = new Evidence.Membership(Instant.parse("2026-01-22T00:00:00Z"), null, true, "/members/AZE");
        var later = new Evidence.Membership(Instant.parse("2026-02-10T00:00:00Z"), null, false, "/members/ISR");
        var ended = new Evidence.Membership(Instant.parse("2026-01-22T00:00:00Z"), Instant.parse("2026-02-01T00:00:00Z"), true, "/members/KAZ");
        assertThat(decide(AssertionType.MEMBER, founding, SAID)).isEqualTo(VerdictStatus.BACKED);
        assertThat(decide(AssertionType.MEMBER, founding, Instant.parse("2026-01-21T00:00:00Z"))).isEqualTo(VerdictStatus.UNBACKED);
        assertThat(decide(AssertionType.MEMBER, ended, SAID)).isEqualTo(VerdictStatus.CONTRADICTED);
        assertThat(decide(AssertionType.MEMBER, null, SAID)).isEqualTo(VerdictStatus.UNBACKED);
        assertThat(decide(AssertionType.FOUNDING_MEMBER, founding, SAID)).isEqualTo(VerdictStatus.BACKED);
        assertThat(decide(AssertionType.FOUNDING_MEMBER, later, SAID)).isEqualTo(VerdictStatus.CONTRADICTED);

        var yes = new Assertion(AssertionType.VOTED, null, null, null, null, null, "m1", "YES", null);
        var no = new Assertion(AssertionType.VOTED, null, null, null, null, null, "m1", "NO", null);
        var ballots = new Evidence("AZE", "Azerbaijan", null, List.of(), List.of(), List.of(), null,
                List.of(new Evidence.BallotRecord("m1", "YES", BEFORE, "/motions/m1")), List.of(), List.of(), List.of());
        assertThat(VerdictRules.decide(yes, ballots, SAID).status()).isEqualTo(VerdictStatus.BACKED);
        assertThat(VerdictRules.decide(no, ballots, SAID).status()).isEqualTo(VerdictStatus.CONTRADICTED);
        assertThat(VerdictRules.decide(yes, ballots, BEFORE.minusSeconds(1)).status()).as("before it voted").isEqualTo(VerdictStatus.UNBACKED);

        var present = new Assertion(AssertionType.PRESENT, null, null, null, null, null, null, null, "s1");
        var attended = new Evidence("AZE", "Azerbaijan", null, List.of(), List.of(), List.of(), null, List.of(),
                List.of(new Evidence.AttendanceRecord("s1", "PRESENT", BEFORE, "/meetings/s1")), List.of(), List.of());
        var awaiting = new Evidence("AZE", "Azerbaijan", null, List.of(), List.of(), List.of(), null, List.of(),
                List.of(new Evidence.AttendanceRecord("s1", "AWAITING_APPROVAL", BEFORE, "/meetings/s1")), List.of(), List.of());
        assertThat(VerdictRules.decide(present, attended, SAID).status()).isEqualTo(VerdictStatus.BACKED);
        assertThat(VerdictRules.decide(present, awaiting, SAID).status()).isEqualTo(VerdictStatus.UNBACKED);
    }

    /**
     * Without an amount or a denial, a fund verdict can change only where the number of the state's flows at the level
     * said crosses zero: read from those standings and the ones at the times asked alone, as a check reads them, it is
     * the verdict read from every change, at every change.
     */
    @Test
    void aFundVerdictReadAtTheCrossingsAloneIsTheVerdictReadFromEveryChange() {
        var random = new java.util.Random(20260219);
        var levels = new ContributionLevel[] {null, ContributionLevel.PLEDGED, ContributionLevel.COMMITTED, ContributionLevel.RECEIVED};
        var kinds = List.of("PLEDGE", "COMMITMENT", "PAID");
        for (int round = 0; round < 300; round++) {
            var flows = new java.util.ArrayList<Evidence.FlowRecord>();
            for (int i = random.nextInt(12); i > 0; i--) {
                Instant from = random.nextInt(5) == 0 ? null : BEFORE.plusSeconds(3600L * random.nextInt(20));
                Instant until = from == null || random.nextBoolean() ? null : from.plusSeconds(3600L * random.nextInt(10));
                flows.add(new Evidence.FlowRecord("f" + i, random.nextInt(6) == 0 ? "other" : "gaza", kinds.get(random.nextInt(3)),
                        new Money(1_000L, "USD"), new Money(1_000L, "USD"), null, from, until, List.of()));
            }
            var level = levels[random.nextInt(4)];
            var assertion = contributor(level, null);
            var every = evidence(flows, List.of(), List.of(), null, List.of());
            Instant asked = BEFORE.plusSeconds(3600L * random.nextInt(30));
            int lowest = level == null ? 0 : level.ordinal();
            var held = new java.util.ArrayList<Evidence.Standing>();
            Evidence.Standing before = Evidence.Standing.NONE;
            for (var s : every.standings()) {
                if (!s.since().isAfter(asked) && (FundContributorPolicy.countAtLeast(before, ContributionLevel.values()[lowest]) > 0)
                        != (FundContributorPolicy.countAtLeast(s, ContributionLevel.values()[lowest]) > 0)) {
                    held.add(s);
                }
                before = s;
            }
            if (every.standingAt(asked) != Evidence.Standing.NONE) {
                held.add(every.standingAt(asked));
            }
            var crossings = new Evidence("AZE", "Azerbaijan", null, flows, List.of(), List.of(), null, List.of(), List.of(), List.of(),
                    held.stream().distinct().toList());
            for (var s : every.standings()) {
                if (!s.since().isAfter(asked)) {
                    assertThat(VerdictRules.status(assertion, crossings, s.since())).as("round " + round + " at " + s.since())
                            .isEqualTo(VerdictRules.status(assertion, every, s.since()));
                }
            }
            assertThat(VerdictRules.decide(assertion, crossings, asked)).as("round " + round).isEqualTo(VerdictRules.decide(assertion, every, asked));
        }
    }

    @Test
    void aVerdictNamesTwentyFlowsAndLinksTheRest() {
        var flows = new java.util.ArrayList<Evidence.FlowRecord>();
        for (int i = 0; i < 25; i++) {
            flows.add(flow("PLEDGE", 100, BEFORE.plusSeconds(i), null));
        }
        var v = VerdictRules.decide(contributor(null, null), evidence(flows, List.of(), List.of(), null, List.of()), SAID);
        assertThat(v.reasons()).hasSize(1 + 20 + 1);
        assertThat(v.reasons().get(21).text()).startsWith("and 5 more of Azerbaijan's flows");
        assertThat(v.reasons().get(21).href()).isEqualTo("/api/v1/funds/gaza/flows?contributor=AZE");
    }

    @Test
    void everyVerdictSaysWhyAndLinksTheRecordsBehindIt() {
        var v = VerdictRules.decide(contributor(null, null), evidence(List.of(flow("PLEDGE", 120_000_000_000L, BEFORE, null)), List.of(),
                List.of(), null, List.of()), SAID);
        assertThat(v.reasons().get(0).text()).contains("a pledge only");
        assertThat(v.reasons().get(1).text()).contains("pledged USD 1,200,000,000.00");
        assertThat(v.reasons().get(1).href()).isEqualTo("/api/v1/flows/f-PLEDGE");
        assertThat(v.reasons().get(1).logEntries()).containsExactly(7L);
    }

    private static VerdictStatus decide(AssertionType type, Evidence.Membership membership, Instant at) {
        var evidence = new Evidence("AZE", "Azerbaijan", membership, List.of(), List.of(), List.of(), null, List.of(), List.of(), List.of(),
                List.of());
        return VerdictRules.decide(Assertion.of(type), evidence, at).status();
    }
}

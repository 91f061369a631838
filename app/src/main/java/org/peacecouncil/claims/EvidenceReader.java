package org.peacecouncil.claims;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.peacecouncil.decisions.MeetingId;
import org.peacecouncil.decisions.Meetings;
import org.peacecouncil.decisions.MotionId;
import org.peacecouncil.decisions.Motions;
import org.peacecouncil.finance.FundId;
import org.peacecouncil.finance.FlowKind;
import org.peacecouncil.finance.Standings;
import org.peacecouncil.claims.rules.FundContributorPolicy;
import org.peacecouncil.identity.Actor;
import org.peacecouncil.membership.MemberRecords;
import org.peacecouncil.missions.MissionId;
import org.peacecouncil.missions.MissionRecords;
import org.peacecouncil.missions.PersonnelType;
import org.peacecouncil.platform.Countries;
import org.peacecouncil.platform.CouncilProblem;
import org.peacecouncil.platform.StateCode;
import org.springframework.stereotype.Component;

/**
 * Loads a state's records that bear on an assertion from the modules that keep them — membership, finance, missions,
 * decisions — through their published records, and the state's own confirmed clarifications on the same thing.
 */
@Component
class EvidenceReader {

    private final MemberRecords members;
    private final Standings standings;
    private final MissionRecords missions;
    private final Motions motions;
    private final Meetings meetings;
    private final ClaimsStore store;

    EvidenceReader(MemberRecords members, Standings standings, MissionRecords missions, Motions motions, Meetings meetings,
            ClaimsStore store) {
        this.members = members;
        this.standings = standings;
        this.missions = missions;
        this.motions = motions;
        this.meetings = meetings;
        this.store = store;
    }

    /** Refuses an assertion naming a fund, mission, motion or meeting that is not on the record. */
    void requireKnown(Assertion a) {
        try {
            if (a.fund() != null) {
                String currency = standings.currencyOf(new FundId(a.fund()))
                        .orElseThrow(() -> new CouncilProblem.NotFound("There is no fund " + a.fund() + "."));
                if (a.amount() != null && !a.amount().currency().equals(currency) && !a.amount().currency().equals("USD")) {
                    throw new CouncilProblem.RuleViolation("amount-currency", "assertion.amount: the fund " + a.fund() + " keeps its figures "
                            + "in " + currency + " and in USD; state the amount said in one of them.");
                }
            }
            if (a.mission() != null) {
                missions.mission(new MissionId(a.mission()));
            }
            if (a.motion() != null) {
                motions.motion(new MotionId(a.motion()));
            }
            if (a.meeting() != null) {
                meetings.meeting(new MeetingId(a.meeting()));
            }
        } catch (CouncilProblem.NotFound e) {
            throw new CouncilProblem.RuleViolation("unknown-subject", "assertion: " + e.getMessage());
        }
    }

    /** The state's records that bear on the assertion, read fully enough to decide it at each of the times {@code asked}. */
    Evidence read(StateCode state, Assertion a, List<Instant> asked) {
        String code = state.alpha3();
        var flows = new ArrayList<Evidence.FlowRecord>();
        var offers = new ArrayList<Evidence.OfferRecord>();
        var questions = new ArrayList<Evidence.QuestionRecord>();
        var ballots = new ArrayList<Evidence.BallotRecord>();
        var attendance = new ArrayList<Evidence.AttendanceRecord>();
        Evidence.Membership membership = null;
        Evidence.Ended ended = null;
        switch (a.type()) {
            case MEMBER, FOUNDING_MEMBER -> membership = membership(state);
            case FUND_CONTRIBUTOR -> {
                var positions = positions(state, a.topic());
                var fund = fundRecords(state, a, asked, positions);
                return new Evidence(code, Countries.name(code), null, fund.flows(), List.of(), List.of(), null, List.of(), List.of(), positions,
                        fund.standings());
            }
            case MISSION_CONTRIBUTOR, MISSION_CONSENT -> {
                var id = new MissionId(a.mission());
                for (var o : missions.offers(id)) {
                    if (o.state().equals(code)) {
                        offers.add(new Evidence.OfferRecord(o.id(), a.mission(), o.personnel().values().stream().mapToInt(Integer::intValue).sum(),
                                personnel(o.personnel()), o.offeredAt(), o.acceptedAt(), o.withdrawnAt(), o.logEntries()));
                    }
                }
                for (var q : missions.questions(id, Actor.ANONYMOUS)) {
                    if (q.state().equals(code)) {
                        questions.add(new Evidence.QuestionRecord(a.mission(), q.filedAt(), q.answeredAt(), q.logEntries()));
                    }
                }
                var p = missions.participant(id, state);
                if (p.since() != null && (p.status().name().equals("DECLINED") || p.status().name().equals("WITHDRAWN"))) {
                    ended = new Evidence.Ended(a.mission(), p.status().name(), p.since());
                }
            }
            case VOTED -> motions.motion(new MotionId(a.motion())).ballots().stream().filter(b -> b.state().equals(code)).forEach(b ->
                    ballots.add(new Evidence.BallotRecord(a.motion(), b.vote().name(), b.castAt(), "/motions/" + a.motion())));
            case PRESENT -> {
                var meeting = meetings.meeting(new MeetingId(a.meeting()));
                meeting.attendance().stream().filter(x -> code.equals(x.state())).forEach(x -> attendance.add(new Evidence.AttendanceRecord(
                        a.meeting(), x.status().name(), meeting.openedAt() != null ? meeting.openedAt() : meeting.startsAt(),
                        "/meetings/" + a.meeting())));
            }
            default -> throw new IllegalStateException(a.type().name());
        }
        return new Evidence(code, Countries.name(code), membership, flows, offers, questions, ended, ballots, attendance,
                positions(state, a.topic()), List.of());
    }

    private record FundEvidence(List<Evidence.FlowRecord> flows, List<Evidence.Standing> standings) {
    }

    /**
     * The state's standings in the fund at the times asked and wherever the verdict could change up to the last of
     * them — only where the number of its flows at the level said crossed zero, unless an amount or a denial of its own
     * makes every change matter — and the first of its flows that counted at each time asked.
     */
    private FundEvidence fundRecords(StateCode state, Assertion a, List<Instant> asked, List<Evidence.Position> positions) {
        var fund = new FundId(a.fund());
        var lowest = switch (a.level() == null ? ContributionLevel.PLEDGED : a.level()) {
            case PLEDGED -> FlowKind.PLEDGE;
            case COMMITTED -> FlowKind.COMMITMENT;
            case RECEIVED -> FlowKind.PAID;
        };
        Instant until = asked.stream().max(Instant::compareTo).orElseThrow();
        boolean everyChange = a.amount() != null || positions.stream().anyMatch(p -> !p.affirms());
        var rows = new ArrayList<>(everyChange ? standings.changes(state, fund, until) : standings.crossings(state, fund, lowest, until));
        var flows = new java.util.LinkedHashMap<String, Evidence.FlowRecord>();
        for (Instant t : asked) {
            rows.add(standings.at(state, fund, t));
            var named = standings.countedAt(state, fund, t, lowest, FundContributorPolicy.FLOWS_NAMED);
            if (named.isEmpty() && lowest != FlowKind.PLEDGE) {
                named = standings.countedAt(state, fund, t, FlowKind.PLEDGE, FundContributorPolicy.FLOWS_NAMED);
            }
            named.forEach(f -> flows.putIfAbsent(f.id(), new Evidence.FlowRecord(f.id(), f.fund(), f.kind(), f.cash(), f.usdEquivalent(),
                    f.inKind() == null ? null : String.format(Locale.ROOT, "%,d %s of %s", f.inKind().quantity(), f.inKind().unit(),
                            f.inKind().item()), f.countedFrom(), f.countedUntil(), f.logEntries())));
        }
        // the values in the amount's currency: USD, or the fund's own (an amount in any other is refused when a claim is made)
        String in = a.amount() == null ? "USD" : a.amount().currency();
        String fundCurrency = in.equals("USD") ? "USD" : standings.currencyOf(fund).orElse(""); // read only when an amount needs it
        var held = rows.stream().filter(s -> s.since() != null).map(s -> in.equals("USD")
                ? new Evidence.Standing(s.since(), s.change(), s.pledges(), s.commitments(), s.receipts(), s.pledgedUsd(), s.committedUsd(),
                        s.receivedUsd(), s.latestCountedFrom())
                : in.equals(fundCurrency) ? new Evidence.Standing(s.since(), s.change(), s.pledges(), s.commitments(), s.receipts(),
                        s.pledgedInFundCurrency(), s.committedInFundCurrency(), s.receivedInFundCurrency(), s.latestCountedFrom())
                : new Evidence.Standing(s.since(), s.change(), s.pledges(), s.commitments(), s.receipts(), 0, 0, 0, s.latestCountedFrom()))
                .toList();
        return new FundEvidence(List.copyOf(flows.values()), held);
    }

    private Evidence.Membership membership(StateCode state) {
        var record = members.member(state);
        var m = record.member();
        if (m == null || m.since() == null) {
            return null;
        }
        return new Evidence.Membership(m.since().atStartOfDay(ZoneOffset.UTC).toInstant(),
                m.endedOn() == null ? null : m.endedOn().atStartOfDay(ZoneOffset.UTC).toInstant(), m.founding(), "/members/" + state.alpha3());
    }

    private List<Evidence.Position> positions(StateCode state, String topic) {
        var clarifications = store.clarificationsOf(state).stream().filter(Clarification::confirmed).toList();
        var entries = store.entriesOf(clarifications.stream().map(c -> c.id().value()).toList());
        var positions = new ArrayList<Evidence.Position>();
        for (var c : clarifications) {
            if (!c.confirmed()) {
                continue;
            }
            for (var p : c.positions()) {
                if (p.assertion().topic().equals(topic)) {
                    positions.add(new Evidence.Position(p.assertion(), p.affirms(), c.id().value(), c.text(), c.confirmedAt(),
                            entries.getOrDefault(c.id().value(), List.of())));
                }
            }
        }
        return positions;
    }

    private static String personnel(Map<PersonnelType, Integer> figures) {
        var parts = new ArrayList<String>();
        figures.forEach((type, n) -> parts.add(String.format(Locale.ROOT, "%,d %s", n, type.name().toLowerCase(Locale.ROOT).replace('_', ' '))));
        return String.join(", ", parts);
    }

    static Instant endOf(java.time.LocalDate day) {
        return day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusNanos(1);
    }
}

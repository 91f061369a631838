package org.peacecouncil.decisions.rules;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.peacecouncil.charter.Charter;
import org.peacecouncil.charter.MotionKind;
import org.peacecouncil.decisions.AttendanceStatus;
import org.peacecouncil.decisions.Capacity;
import org.peacecouncil.decisions.ElectionStatus;
import org.peacecouncil.decisions.MeetingKind;
import org.peacecouncil.decisions.MeetingStatus;
import org.peacecouncil.decisions.MotionStatus;
import org.peacecouncil.decisions.Vote;
import org.peacecouncil.identity.Actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peacecouncil.support.PolicyFixtures.*;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** Each decision policy at its edges, as tables. */
class DecisionPoliciesTests {

    static final Instant OPENED = Instant.parse("2026-02-19T15:00:00Z");
    static final Instant CLOSES = OPENED.plus(Duration.ofMinutes(30));

    static Stream<Arguments> ballots() {
        return Stream.of(
                arguments(AZE, Vote.YES, MotionStatus.VOTING, CLOSES.minusNanos(1000), true, true, "allowed"),
                arguments(AZE, Vote.YES, MotionStatus.VOTING, CLOSES, true, true, "voting-closed"),
                arguments(AZE, null, MotionStatus.VOTING, OPENED, true, true, "missing-field"),
                arguments(ARM, Vote.YES, MotionStatus.VOTING, OPENED, true, true, "not-your-state"),
                arguments(CHAIR, Vote.YES, MotionStatus.VOTING, OPENED, true, true, "delegates-vote"),
                arguments(SECRETARIAT, Vote.NO, MotionStatus.VOTING, OPENED, true, true, "delegates-vote"),
                arguments(ANONYMOUS, Vote.NO, MotionStatus.VOTING, OPENED, true, true, "delegates-vote"),
                arguments(AZE, Vote.YES, MotionStatus.PROPOSED, OPENED, true, true, "motion-proposed"),
                arguments(AZE, Vote.YES, MotionStatus.PENDING_APPROVAL, OPENED, true, true, "motion-pending-approval"),
                arguments(AZE, Vote.YES, MotionStatus.VOTING, OPENED, false, true, "not-a-member"),
                arguments(AZE, Vote.ABSTAIN, MotionStatus.VOTING, OPENED, true, false, "not-present"));
    }

    @ParameterizedTest
    @MethodSource
    void ballots(Actor actor, Vote vote, MotionStatus status, Instant at, boolean member, boolean present, String expected) {
        var record = new BallotPolicy.Record(status, CLOSES, member, present);
        assertThat(answer(BallotPolicy.ruling(actor, "AZE", vote, record, at))).isEqualTo(expected);
    }

    static Stream<Arguments> tieBreaks() {
        return Stream.of(
                arguments(CHAIR, Vote.YES, MotionStatus.TIE_BREAK, "allowed"),
                arguments(CHAIR, Vote.NO, MotionStatus.TIE_BREAK, "allowed"),
                arguments(CHAIR, Vote.ABSTAIN, MotionStatus.TIE_BREAK, "tie-break-vote"),
                arguments(SECRETARIAT, Vote.YES, MotionStatus.TIE_BREAK, "office-required"),
                arguments(AZE, Vote.YES, MotionStatus.TIE_BREAK, "office-required"),
                arguments(CHAIR, Vote.YES, MotionStatus.ADOPTED, "motion-adopted"));
    }

    @ParameterizedTest
    @MethodSource
    void tieBreaks(Actor actor, Vote vote, MotionStatus status, String expected) {
        assertThat(answer(TieBreakPolicy.ruling(actor, BOARD.ruleFor(MotionKind.INITIATIVE), vote, status, BOARD))).isEqualTo(expected);
    }

    static Stream<Arguments> tieBreakOutcomes() {
        return Stream.of(arguments(Vote.NO, true, MotionStatus.REJECTED), arguments(Vote.YES, true, MotionStatus.PENDING_APPROVAL),
                arguments(Vote.YES, false, MotionStatus.ADOPTED));
    }

    @ParameterizedTest
    @MethodSource
    void tieBreakOutcomes(Vote vote, boolean needsApproval, MotionStatus expected) {
        assertThat(TieBreakPolicy.outcome(vote, needsApproval)).isEqualTo(expected);
    }

    static Stream<Arguments> approvals() {
        return Stream.of(
                arguments(CHAIR, MotionStatus.PENDING_APPROVAL, "allowed"),
                arguments(SECRETARIAT, MotionStatus.PENDING_APPROVAL, "office-required"),
                arguments(AZE, MotionStatus.PENDING_APPROVAL, "office-required"),
                arguments(CHAIR, MotionStatus.VOTING, "motion-voting"),
                arguments(CHAIR, MotionStatus.ADOPTED, "motion-adopted"));
    }

    @ParameterizedTest
    @MethodSource
    void approvals(Actor actor, MotionStatus status, String expected) {
        assertThat(answer(ApprovalPolicy.ruling(actor, BOARD.ruleFor(MotionKind.BUDGET), status, BOARD))).isEqualTo(expected);
    }

    static Stream<Arguments> approvalNeeded() {
        return Stream.of(arguments(BOARD, false, true), arguments(BOARD, true, false), arguments(SECURITY_COUNCIL, false, false));
    }

    @ParameterizedTest
    @MethodSource
    void approvalNeeded(Charter charter, boolean amendment, boolean needed) {
        assertThat(ApprovalPolicy.needed(charter.ruleFor(MotionKind.BUDGET), amendment)).isEqualTo(needed);
    }

    static Stream<Arguments> officeDecisions() {
        return Stream.of(
                arguments(CHAIR, MotionKind.SUBSIDIARY_ENTITY, MotionStatus.PROPOSED, "allowed"),
                arguments(SECRETARIAT, MotionKind.SUBSIDIARY_ENTITY, MotionStatus.PROPOSED, "office-required"),
                arguments(AZE, MotionKind.SUBSIDIARY_ENTITY, MotionStatus.PROPOSED, "office-required"),
                arguments(CHAIR, MotionKind.SUBSIDIARY_ENTITY, MotionStatus.ADOPTED, "motion-adopted"),
                arguments(CHAIR, MotionKind.BUDGET, MotionStatus.PROPOSED, "decided-by-vote"));
    }

    @ParameterizedTest
    @MethodSource
    void officeDecisions(Actor actor, MotionKind kind, MotionStatus status, String expected) {
        assertThat(answer(OfficeDecisionPolicy.ruling(actor, kind, BOARD.ruleFor(kind), status, BOARD))).isEqualTo(expected);
    }

    static Stream<Arguments> votingWindows() {
        var longest = Duration.ofDays(7);
        return Stream.of(
                arguments(SECRETARIAT, CLOSES, longest, "allowed"),
                arguments(CHAIR, OPENED.plus(longest), longest, "allowed"),
                arguments(CHAIR, OPENED.plus(longest).plusSeconds(1), longest, "voting-window"),
                arguments(CHAIR, OPENED, longest, "voting-window"),
                arguments(CHAIR, null, longest, "voting-window"),
                arguments(AZE, CLOSES, longest, "officer-required"),
                arguments(ANONYMOUS, CLOSES, longest, "officer-required"));
    }

    @ParameterizedTest
    @MethodSource
    void votingWindows(Actor actor, Instant closesAt, Duration longest, String expected) {
        assertThat(answer(VotingPolicy.window(actor, closesAt, OPENED, longest, BOARD))).isEqualTo(expected);
    }

    static Stream<Arguments> puttingToTheVote() {
        return Stream.of(
                arguments(BOARD, MotionKind.BUDGET, MotionStatus.PROPOSED, MeetingStatus.IN_SESSION, List.of(), "allowed"),
                arguments(BOARD, MotionKind.BUDGET, MotionStatus.VOTING, MeetingStatus.IN_SESSION, List.of(), "motion-voting"),
                arguments(BOARD, MotionKind.SUBSIDIARY_ENTITY, MotionStatus.PROPOSED, MeetingStatus.IN_SESSION, List.of(), "decided-by-office"),
                arguments(BOARD, MotionKind.BUDGET, MotionStatus.PROPOSED, MeetingStatus.CALLED, List.of(), "meeting-not-in-session"),
                arguments(BOARD, MotionKind.BUDGET, MotionStatus.PROPOSED, MeetingStatus.IN_SESSION, List.of("Amendment 1"),
                        "amendments-undecided"),
                arguments(CONSENSUS, MotionKind.BUDGET, MotionStatus.PROPOSED, MeetingStatus.IN_SESSION, List.of(), "allowed"));
    }

    @ParameterizedTest
    @MethodSource
    void puttingToTheVote(Charter charter, MotionKind kind, MotionStatus status, MeetingStatus meeting, List<String> undecided,
            String expected) {
        var record = new VotingPolicy.Record(kind, status, meeting, undecided);
        assertThat(answer(VotingPolicy.ruling(record, charter.ruleFor(kind), charter))).isEqualTo(expected);
    }

    static Stream<Arguments> tabling() {
        var voting = new TablingPolicy.Meeting(MeetingKind.VOTING, MeetingStatus.IN_SESSION, true);
        var absent = new TablingPolicy.Meeting(MeetingKind.VOTING, MeetingStatus.IN_SESSION, false);
        var open = new TablingPolicy.Amended(true, false, MotionStatus.PROPOSED, false);
        return Stream.of(
                arguments(AZE, voting, null, MotionKind.BUDGET, "allowed"),
                arguments(CHAIR, absent, null, MotionKind.BUDGET, "allowed"),
                arguments(SECRETARIAT, absent, null, MotionKind.BUDGET, "allowed"),
                arguments(AZE, absent, null, MotionKind.BUDGET, "not-a-sponsor"),
                arguments(ANONYMOUS, voting, null, MotionKind.BUDGET, "not-a-sponsor"),
                arguments(AZE, new TablingPolicy.Meeting(MeetingKind.CONSULTATIVE, MeetingStatus.IN_SESSION, true), null, MotionKind.BUDGET,
                        "consultative-meeting"),
                arguments(AZE, new TablingPolicy.Meeting(MeetingKind.VOTING, MeetingStatus.ADJOURNED, true), null, MotionKind.BUDGET,
                        "meeting-adjourned"),
                arguments(AZE, voting, null, null, "missing-field"),
                arguments(AZE, voting, open, MotionKind.BUDGET, "allowed"),
                arguments(AZE, voting, new TablingPolicy.Amended(false, false, MotionStatus.PROPOSED, false), MotionKind.BUDGET, "not-amendable"),
                arguments(AZE, voting, new TablingPolicy.Amended(true, true, MotionStatus.PROPOSED, false), MotionKind.BUDGET, "not-amendable"),
                arguments(AZE, voting, new TablingPolicy.Amended(true, false, MotionStatus.VOTING, false), MotionKind.BUDGET, "not-amendable"),
                arguments(AZE, voting, new TablingPolicy.Amended(true, false, MotionStatus.PROPOSED, true), MotionKind.SUBSIDIARY_ENTITY,
                        "not-amendable"));
    }

    @ParameterizedTest
    @MethodSource
    void tabling(Actor actor, TablingPolicy.Meeting meeting, TablingPolicy.Amended amended, MotionKind kind, String expected) {
        assertThat(answer(TablingPolicy.ruling(actor, meeting, amended, kind, BOARD))).isEqualTo(expected);
    }

    static Stream<Arguments> attendance() {
        return Stream.of(
                arguments(AZE, Capacity.HEAD_OF_STATE_OR_GOVERNMENT, MeetingStatus.IN_SESSION, true, "allowed"),
                arguments(AZE, Capacity.ALTERNATE, MeetingStatus.CALLED, true, "allowed"),
                arguments(AZE, Capacity.OBSERVER, MeetingStatus.IN_SESSION, true, "capacity"),
                arguments(AZE, null, MeetingStatus.IN_SESSION, true, "capacity"),
                arguments(ARM, Capacity.HEAD_OF_STATE_OR_GOVERNMENT, MeetingStatus.IN_SESSION, true, "not-your-state"),
                arguments(SECRETARIAT, Capacity.HEAD_OF_STATE_OR_GOVERNMENT, MeetingStatus.IN_SESSION, true, "not-your-state"),
                arguments(AZE, Capacity.HEAD_OF_STATE_OR_GOVERNMENT, MeetingStatus.ADJOURNED, true, "meeting-adjourned"),
                arguments(AZE, Capacity.HEAD_OF_STATE_OR_GOVERNMENT, MeetingStatus.IN_SESSION, false, "not-a-member"));
    }

    @ParameterizedTest
    @MethodSource
    void attendance(Actor actor, Capacity capacity, MeetingStatus meeting, boolean member, String expected) {
        var who = AttendancePolicy.who(actor, "AZE", capacity);
        assertThat(who.isAllowed() ? answer(AttendancePolicy.ruling("AZE", meeting, member)) : answer(who)).isEqualTo(expected);
    }

    static Stream<Arguments> alternates() {
        return Stream.of(
                arguments(CHAIR, AttendanceStatus.AWAITING_APPROVAL, "allowed"),
                arguments(SECRETARIAT, AttendanceStatus.AWAITING_APPROVAL, "office-required"),
                arguments(AZE, AttendanceStatus.AWAITING_APPROVAL, "office-required"),
                arguments(CHAIR, AttendanceStatus.PRESENT, "nothing-to-approve"),
                arguments(CHAIR, AttendanceStatus.NOT_APPROVED, "nothing-to-approve"));
    }

    @ParameterizedTest
    @MethodSource
    void alternates(Actor actor, AttendanceStatus status, String expected) {
        var who = AlternatePolicy.who(actor, BOARD);
        assertThat(who.isAllowed() ? answer(AlternatePolicy.ruling("AZE", status)) : answer(who)).isEqualTo(expected);
    }

    static Stream<Arguments> electionBallots() {
        return Stream.of(
                arguments(AZE, "1", true, OPENED, true, true, true, "allowed"),
                arguments(AZE, null, true, OPENED, false, true, true, "allowed"),
                arguments(AZE, "9", true, OPENED, false, true, true, "candidates"),
                arguments(AZE, "1", false, OPENED, true, true, true, "round-not-open"),
                arguments(AZE, "1", true, CLOSES, true, true, true, "voting-closed"),
                arguments(AZE, "1", true, OPENED, true, false, true, "not-a-member"),
                arguments(AZE, "1", true, OPENED, true, true, false, "not-present"),
                arguments(ARM, "1", true, OPENED, true, true, true, "not-your-state"),
                arguments(CHAIR, "1", true, OPENED, true, true, true, "delegates-vote"));
    }

    @ParameterizedTest
    @MethodSource
    void electionBallots(Actor actor, String candidate, boolean open, Instant at, boolean stands, boolean member, boolean present,
            String expected) {
        var who = ElectionBallotPolicy.who(actor, "AZE");
        var record = new ElectionBallotPolicy.Record(open, CLOSES, stands, member, present);
        assertThat(who.isAllowed() ? answer(ElectionBallotPolicy.ruling("AZE", candidate, record, at)) : answer(who)).isEqualTo(expected);
    }

    static Stream<Arguments> meetingObservers() {
        return Stream.of(
                arguments(SECRETARIAT, "NOR", null, MeetingStatus.IN_SESSION, false, "allowed"),
                arguments(CHAIR, null, "European Union", MeetingStatus.CALLED, false, "allowed"),
                arguments(AZE, "NOR", null, MeetingStatus.IN_SESSION, false, "officer-required"),
                arguments(SECRETARIAT, "NOR", "European Union", MeetingStatus.IN_SESSION, false, "observer"),
                arguments(SECRETARIAT, null, null, MeetingStatus.IN_SESSION, false, "observer"),
                arguments(SECRETARIAT, "NOR", null, MeetingStatus.ADJOURNED, false, "meeting-adjourned"),
                arguments(SECRETARIAT, "AZE", null, MeetingStatus.IN_SESSION, true, "member-not-observer"));
    }

    @ParameterizedTest
    @MethodSource
    void meetingObservers(Actor actor, String state, String organisation, MeetingStatus meeting, boolean member, String expected) {
        var who = MeetingObserverPolicy.who(actor, state, organisation, BOARD);
        assertThat(who.isAllowed() ? answer(MeetingObserverPolicy.ruling(state, meeting, member)) : answer(who)).isEqualTo(expected);
    }

    static Stream<Arguments> elections() {
        return Stream.of(
                arguments(answer(ElectionPolicy.calling(SECRETARIAT, 2, BOARD)), "allowed"),
                arguments(answer(ElectionPolicy.calling(AZE, 2, BOARD)), "officer-required"),
                arguments(answer(ElectionPolicy.calling(CHAIR, 0, BOARD)), "candidates"),
                arguments(answer(ElectionPolicy.calling(CHAIR, 51, BOARD)), "candidates"),
                arguments(answer(ElectionPolicy.calling(CHAIR, 50, BOARD)), "allowed"),
                arguments(answer(ElectionPolicy.inMeeting(MeetingKind.VOTING, MeetingStatus.CALLED)), "allowed"),
                arguments(answer(ElectionPolicy.inMeeting(MeetingKind.CONSULTATIVE, MeetingStatus.IN_SESSION)), "not-a-voting-sitting"),
                arguments(answer(ElectionPolicy.inMeeting(MeetingKind.VOTING, MeetingStatus.ADJOURNED)), "not-a-voting-sitting"),
                arguments(answer(ElectionPolicy.roundWindow(CHAIR, CLOSES, OPENED, Duration.ofDays(7), BOARD)), "allowed"),
                arguments(answer(ElectionPolicy.roundWindow(AZE, CLOSES, OPENED, Duration.ofDays(7), BOARD)), "officer-required"),
                arguments(answer(ElectionPolicy.roundWindow(CHAIR, OPENED.plus(Duration.ofDays(8)), OPENED, Duration.ofDays(7), BOARD)),
                        "voting-window"),
                arguments(answer(ElectionPolicy.openingRound(ElectionStatus.BETWEEN_ROUNDS, MeetingStatus.IN_SESSION)), "allowed"),
                arguments(answer(ElectionPolicy.openingRound(ElectionStatus.VOTING, MeetingStatus.IN_SESSION)), "election-voting"),
                arguments(answer(ElectionPolicy.openingRound(ElectionStatus.ELECTED, MeetingStatus.IN_SESSION)), "election-elected"),
                arguments(answer(ElectionPolicy.openingRound(ElectionStatus.NOMINATING, MeetingStatus.CALLED)), "meeting-not-in-session"),
                arguments(answer(ElectionPolicy.standing(0)), "no-candidates"),
                arguments(answer(ElectionPolicy.standing(1)), "allowed"));
    }

    @ParameterizedTest
    @MethodSource
    void elections(String answered, String expected) {
        assertThat(answered).isEqualTo(expected);
    }
}

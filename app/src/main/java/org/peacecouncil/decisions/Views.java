package org.peacecouncil.decisions;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.peacecouncil.charter.MotionKind;

/** What the decisions module publishes about its records. */
public final class Views {

    private Views() {
    }

    public record Meeting(String id, MeetingKind kind, String title, String place, Instant startsAt, MeetingStatus status,
            String calledBy, Instant openedAt, Instant adjournedAt, List<String> agenda, List<Attendance> attendance,
            List<MotionSummary> motions, List<ElectionSummary> elections, List<DecisionLog.Entry> logEntries) {
    }

    public record MeetingSummary(String id, MeetingKind kind, String title, String place, Instant startsAt,
            MeetingStatus status) {
    }

    /** @param attendee the state's alpha-3 code, or an observer organisation's name */
    public record Attendance(String attendee, String state, String name, Capacity capacity, String representative,
            AttendanceStatus status, String registeredBy, String decidedBy) {
    }

    public record MotionSummary(String id, String amends, MotionKind kind, String title, String sponsor, MotionStatus status,
            Instant closesAt) {
    }

    /**
     * A motion with its full roll-call. {@code outcome} is the count so far while voting is open and the
     * decision once it is closed.
     */
    public record Motion(String id, String meetingId, String meetingTitle, String amends, MotionKind kind, String title,
            String text, String sponsor, String sponsorName, MotionStatus status, Instant openedAt, Instant closesAt,
            Instant closedAt, String rule, List<Ballot> ballots, Outcome outcome, List<MotionSummary> amendments,
            List<StateName> presentNotVoting, List<DecisionLog.Entry> logEntries, long version) {
    }

    public record StateName(String state, String name) {
    }

    /** What a delegation gets back for its ballot: what was recorded, and the vote it replaced, if any. */
    public record BallotReceipt(String motionId, String state, Vote vote, String explanation, Instant castAt, Vote replaced) {
    }

    public record Ballot(String state, String name, Vote vote, String explanation, Instant castAt, int changes) {
    }

    /**
     * @param decidedBy  the office that decided alone, when the charter gives the matter to an office
     * @param tieBreak   the tie-break vote, when one was cast
     * @param provisional true while the vote is still open: the count as it stands
     */
    public record Outcome(MotionStatus status, boolean provisional, Tally tally, String decidedBy, Vote tieBreak,
            String summary) {
    }

    public record ElectionSummary(String id, String seat, ElectionStatus status, String elected, int rounds) {
    }

    public record Election(String id, String meetingId, String seat, ElectionStatus status, String elected, String rule,
            List<Candidate> candidates, List<Round> rounds, List<DecisionLog.Entry> logEntries) {
    }

    public record Candidate(String id, String name, String state, boolean withdrawn) {
    }

    public record Round(int round, Instant openedAt, Instant closesAt, Instant closedAt, Map<String, Integer> votes,
            int abstain, int basis, long needed, String elected, String arithmetic, List<ElectionBallot> ballots) {
    }

    public record ElectionBallot(String state, String name, String candidate, Instant castAt) {
    }
}

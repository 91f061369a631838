package org.peacecouncil.decisions;

import java.time.Instant;
import java.util.List;

import org.peacecouncil.platform.RecordedAct;

/**
 * An act of the council's decision-making, published in the transaction that records it so that the
 * transparency log holds exactly what was committed. {@code state} is the state the act is about, if any.
 */
public sealed interface DecisionEvent extends RecordedAct {

    String state();

    /** The meeting the act belongs to. */
    String meetingId();

    @Override
    default String module() {
        return "decisions";
    }

    @Override
    default String subjectState() {
        return state();
    }

    /** An act about one motion. */
    interface AboutMotion {
        String motionId();
    }

    /** An act about one election. */
    interface AboutElection {
        String electionId();
    }

    /** The motion the act is about, or null. */
    static String motionOf(DecisionEvent event) {
        return event instanceof AboutMotion act ? act.motionId() : null;
    }

    /** The election the act is about, or null. */
    static String electionOf(DecisionEvent event) {
        return event instanceof AboutElection act ? act.electionId() : null;
    }

    record MeetingCalled(String meetingId, String kind, String title, String place, Instant startsAt, List<String> agenda,
            String state, Instant recordedAt, String actor) implements DecisionEvent {
    }

    record MeetingOpened(String meetingId, String state, Instant recordedAt, String actor) implements DecisionEvent {
    }

    record MeetingAdjourned(String meetingId, String state, Instant recordedAt, String actor) implements DecisionEvent {
    }

    record AttendanceRegistered(String meetingId, String attendee, String capacity, String representative, String status,
            String state, Instant recordedAt, String actor) implements DecisionEvent {
    }

    record AlternateDecided(String meetingId, String representative, boolean approved, String state, Instant recordedAt,
            String actor) implements DecisionEvent {
    }

    record MotionProposed(String meetingId, String motionId, String amends, String kind, String title, String text,
            String sponsor, String state, Instant recordedAt, String actor) implements DecisionEvent, AboutMotion {
    }

    record VotingOpened(String meetingId, String motionId, Instant closesAt, String rule, String state, Instant recordedAt,
            String actor) implements DecisionEvent, AboutMotion {
    }

    record BallotCast(String meetingId, String motionId, String vote, String explanation, String replaced, String state,
            Instant recordedAt, String actor) implements DecisionEvent, AboutMotion {
    }

    record VotingClosed(String meetingId, String motionId, String status, String result, int yes, int no, int abstain,
            int present, int members, int basis, long needed, List<String> vetoedBy, String arithmetic, String state,
            Instant recordedAt, String actor) implements DecisionEvent, AboutMotion {
    }

    record TieBroken(String meetingId, String motionId, String vote, String status, String state, Instant recordedAt,
            String actor) implements DecisionEvent, AboutMotion {
    }

    record ApprovalDecided(String meetingId, String motionId, boolean approved, String status, String state,
            Instant recordedAt, String actor) implements DecisionEvent, AboutMotion {
    }

    record OfficeDecided(String meetingId, String motionId, String office, boolean adopted, String status, String state,
            Instant recordedAt, String actor) implements DecisionEvent, AboutMotion {
    }

    record ElectionCalled(String meetingId, String electionId, String seat, List<String> candidates, String rule,
            String state, Instant recordedAt, String actor) implements DecisionEvent, AboutElection {
    }

    record RoundOpened(String meetingId, String electionId, int round, List<String> candidates, Instant closesAt,
            String state, Instant recordedAt, String actor) implements DecisionEvent, AboutElection {
    }

    record ElectionBallotCast(String meetingId, String electionId, int round, String candidate, String state,
            Instant recordedAt, String actor) implements DecisionEvent, AboutElection {
    }

    record RoundClosed(String meetingId, String electionId, int round, java.util.Map<String, Integer> votes, int abstain,
            int basis, long needed, String elected, String arithmetic, String state, Instant recordedAt, String actor)
            implements DecisionEvent, AboutElection {
    }
}

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

    /** The motion the act is about, or null. */
    static String motionOf(DecisionEvent event) {
        if (event instanceof DecisionEvent.MotionProposed e) {
            return e.motionId();
        } else if (event instanceof DecisionEvent.VotingOpened e) {
            return e.motionId();
        } else if (event instanceof DecisionEvent.BallotCast e) {
            return e.motionId();
        } else if (event instanceof DecisionEvent.VotingClosed e) {
            return e.motionId();
        } else if (event instanceof DecisionEvent.TieBroken e) {
            return e.motionId();
        } else if (event instanceof DecisionEvent.ApprovalDecided e) {
            return e.motionId();
        } else if (event instanceof DecisionEvent.OfficeDecided e) {
            return e.motionId();
        }
        return null;
    }

    /** The election the act is about, or null. */
    static String electionOf(DecisionEvent event) {
        if (event instanceof DecisionEvent.ElectionCalled e) {
            return e.electionId();
        } else if (event instanceof DecisionEvent.RoundOpened e) {
            return e.electionId();
        } else if (event instanceof DecisionEvent.ElectionBallotCast e) {
            return e.electionId();
        } else if (event instanceof DecisionEvent.RoundClosed e) {
            return e.electionId();
        }
        return null;
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
            String sponsor, String state, Instant recordedAt, String actor) implements DecisionEvent {
    }

    record VotingOpened(String meetingId, String motionId, Instant closesAt, String rule, String state, Instant recordedAt,
            String actor) implements DecisionEvent {
    }

    record BallotCast(String meetingId, String motionId, String vote, String explanation, String replaced, String state,
            Instant recordedAt, String actor) implements DecisionEvent {
    }

    record VotingClosed(String meetingId, String motionId, String status, String result, int yes, int no, int abstain,
            int present, int members, int basis, long needed, List<String> vetoedBy, String arithmetic, String state,
            Instant recordedAt, String actor) implements DecisionEvent {
    }

    record TieBroken(String meetingId, String motionId, String vote, String status, String state, Instant recordedAt,
            String actor) implements DecisionEvent {
    }

    record ApprovalDecided(String meetingId, String motionId, boolean approved, String status, String state,
            Instant recordedAt, String actor) implements DecisionEvent {
    }

    record OfficeDecided(String meetingId, String motionId, String office, boolean adopted, String status, String state,
            Instant recordedAt, String actor) implements DecisionEvent {
    }

    record ElectionCalled(String meetingId, String electionId, String seat, List<String> candidates, String rule,
            String state, Instant recordedAt, String actor) implements DecisionEvent {
    }

    record RoundOpened(String meetingId, String electionId, int round, List<String> candidates, Instant closesAt,
            String state, Instant recordedAt, String actor) implements DecisionEvent {
    }

    record ElectionBallotCast(String meetingId, String electionId, int round, String candidate, String state,
            Instant recordedAt, String actor) implements DecisionEvent {
    }

    record RoundClosed(String meetingId, String electionId, int round, java.util.Map<String, Integer> votes, int abstain,
            int basis, long needed, String elected, String arithmetic, String state, Instant recordedAt, String actor)
            implements DecisionEvent {
    }
}

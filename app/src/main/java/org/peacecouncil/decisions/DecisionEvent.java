package org.peacecouncil.decisions;

import java.time.Instant;
import java.util.List;

import org.peacecouncil.platform.ActSignature;
import org.peacecouncil.platform.ActType;
import org.peacecouncil.platform.Signable;
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

    @ActType(value = "MeetingCalled", version = 1)
    record MeetingCalled(String meetingId, String kind, String title, String place, Instant startsAt, List<String> agenda,
            String state, Instant recordedAt, String actor) implements DecisionEvent {
    }

    @ActType(value = "MeetingOpened", version = 1)
    record MeetingOpened(String meetingId, String state, Instant recordedAt, String actor) implements DecisionEvent {
    }

    @ActType(value = "MeetingAdjourned", version = 1)
    record MeetingAdjourned(String meetingId, String state, Instant recordedAt, String actor) implements DecisionEvent {
    }

    @ActType(value = "AttendanceRegistered", version = 1)
    record AttendanceRegistered(String meetingId, String attendee, String capacity, String representative, String status,
            String state, Instant recordedAt, String actor) implements DecisionEvent {
    }

    @ActType(value = "AlternateDecided", version = 1)
    record AlternateDecided(String meetingId, String representative, boolean approved, String state, Instant recordedAt,
            String actor) implements DecisionEvent {
    }

    @ActType(value = "MotionProposed", version = 1)
    record MotionProposed(String meetingId, String motionId, String amends, String kind, String title, String text,
            String sponsor, String state, Instant recordedAt, String actor) implements DecisionEvent, AboutMotion {
    }

    @ActType(value = "VotingOpened", version = 1)
    record VotingOpened(String meetingId, String motionId, Instant closesAt, String rule, String state, Instant recordedAt,
            String actor) implements DecisionEvent, AboutMotion {
    }

    @ActType(value = "BallotCast", version = 1)
    @Signable(object = "motionId", fields = {"motionId", "vote", "explanation"})
    record BallotCast(String meetingId, String motionId, String vote, String explanation, String replaced, String state,
            Instant recordedAt, String actor, ActSignature signature) implements DecisionEvent, AboutMotion {
        public BallotCast(String meetingId, String motionId, String vote, String explanation, String replaced, String state,
                Instant recordedAt, String actor) {
            this(meetingId, motionId, vote, explanation, replaced, state, recordedAt, actor, null);
        }
    }

    @ActType(value = "VotingClosed", version = 1)
    record VotingClosed(String meetingId, String motionId, String status, String result, int yes, int no, int abstain,
            int present, int members, int basis, long needed, List<String> vetoedBy, String arithmetic, String state,
            Instant recordedAt, String actor) implements DecisionEvent, AboutMotion {
    }

    @ActType(value = "TieBroken", version = 1)
    record TieBroken(String meetingId, String motionId, String vote, String status, String state, Instant recordedAt,
            String actor) implements DecisionEvent, AboutMotion {
    }

    @ActType(value = "ApprovalDecided", version = 1)
    record ApprovalDecided(String meetingId, String motionId, boolean approved, String status, String state,
            Instant recordedAt, String actor) implements DecisionEvent, AboutMotion {
    }

    @ActType(value = "OfficeDecided", version = 1)
    record OfficeDecided(String meetingId, String motionId, String office, boolean adopted, String status, String state,
            Instant recordedAt, String actor) implements DecisionEvent, AboutMotion {
    }

    @ActType(value = "ElectionCalled", version = 1)
    record ElectionCalled(String meetingId, String electionId, String seat, List<String> candidates, String rule,
            String state, Instant recordedAt, String actor) implements DecisionEvent, AboutElection {
    }

    @ActType(value = "RoundOpened", version = 1)
    record RoundOpened(String meetingId, String electionId, int round, List<String> candidates, Instant closesAt,
            String state, Instant recordedAt, String actor) implements DecisionEvent, AboutElection {
    }

    @ActType(value = "ElectionBallotCast", version = 1)
    @Signable(object = "electionId", fields = {"electionId", "round", "candidate"})
    record ElectionBallotCast(String meetingId, String electionId, int round, String candidate, String state,
            Instant recordedAt, String actor, ActSignature signature) implements DecisionEvent, AboutElection {
        public ElectionBallotCast(String meetingId, String electionId, int round, String candidate, String state, Instant recordedAt,
                String actor) {
            this(meetingId, electionId, round, candidate, state, recordedAt, actor, null);
        }
    }

    @ActType(value = "RoundClosed", version = 1)
    record RoundClosed(String meetingId, String electionId, int round, java.util.Map<String, Integer> votes, int abstain,
            int basis, long needed, String elected, String arithmetic, String state, Instant recordedAt, String actor)
            implements DecisionEvent, AboutElection {
    }
}

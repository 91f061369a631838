package org.peacecouncil.decisions;

import java.time.Instant;

import org.peacecouncil.charter.MotionKind;
import org.peacecouncil.decisions.rules.MotionState;
import org.peacecouncil.decisions.rules.MotionState.Act;

/**
 * A motion, or an amendment to one ({@code amends}). It guards its own transitions by the one table in
 * {@link MotionState} (the same as docs/decisions.md): each act returns the motion as it now stands, or refuses naming
 * the status it is in; a status the table does not allow for the act is a fault of the code. {@code tally} is the
 * count recorded when the vote closed (JSON), {@code version} rises with every ballot and change.
 */
record Motion(MotionId id, MeetingId meetingId, MotionId amends, MotionKind kind, String title, String body, String sponsor,
        MotionStatus status, Instant openedAt, Instant closesAt, Instant closedAt, String tally, Vote tieBreak,
        String decidedBy, String proposedBy, Instant recordedAt, long version) {

    /** Tabled, waiting to be put to the vote (or decided by the office the charter names). */
    static Motion table(MeetingId meeting, MotionId amends, MotionKind kind, String title, String body, String sponsor, String by,
            Instant at) {
        return new Motion(MotionId.next(), meeting, amends, kind, title, body, sponsor, MotionStatus.PROPOSED, null, null, null, null,
                null, null, by, at, 0);
    }

    boolean isAmendment() {
        return amends != null;
    }

    Motion putToTheVote(Instant at, Instant until) {
        return moved(Act.PUT_TO_THE_VOTE, MotionStatus.VOTING, at, until, closedAt, tally, tieBreak, decidedBy);
    }

    /** The vote closed at {@code at} with this count, leaving the motion {@code to}. */
    Motion closed(MotionStatus to, Instant at, String count) {
        return moved(Act.CLOSE_THE_VOTE, to, openedAt, closesAt, at, count, tieBreak, decidedBy);
    }

    Motion tieBroken(Vote vote, MotionStatus to, String by) {
        return moved(Act.BREAK_THE_TIE, to, openedAt, closesAt, closedAt, tally, vote, by);
    }

    Motion approvalDecided(MotionStatus to, String by) {
        return moved(Act.DECIDE_APPROVAL, to, openedAt, closesAt, closedAt, tally, tieBreak, by);
    }

    Motion decidedByOffice(MotionStatus to, String by) {
        return moved(Act.DECIDE_BY_OFFICE, to, openedAt, closesAt, closedAt, tally, tieBreak, by);
    }

    /** Refused, naming the status, unless the motion is where {@code act} expects it. */
    void expect(Act act) {
        MotionState.ruling(act, status).orRefuse();
    }

    private Motion moved(Act act, MotionStatus to, Instant opened, Instant closes, Instant closed, String count, Vote tie, String by) {
        expect(act);
        return new Motion(id, meetingId, amends, kind, title, body, sponsor, MotionState.into(act, to), opened, closes, closed, count,
                tie, by, proposedBy, recordedAt, version);
    }
}

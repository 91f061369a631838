package org.peacecouncil.decisions.rules;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.peacecouncil.charter.Charter;
import org.peacecouncil.charter.DecisionRule;
import org.peacecouncil.charter.MotionKind;
import org.peacecouncil.charter.Office;
import org.peacecouncil.decisions.MeetingStatus;
import org.peacecouncil.decisions.MotionStatus;
import org.peacecouncil.identity.Actor;
import org.peacecouncil.platform.Ruling;

/**
 * A motion is put to the vote by an officer of the sitting, while the meeting is in session, until a deadline within
 * the longest voting window, once every amendment to it is decided — unless the charter gives the matter to an office
 * alone.
 */
public final class VotingPolicy {

    /** What the record says: the motion, its meeting and the titles of its amendments not yet decided. */
    public record Record(MotionKind kind, MotionStatus status, MeetingStatus meeting, List<String> undecidedAmendments) {
    }

    private VotingPolicy() {
    }

    /** The window's parts only: who opens it and for how long (checked before anything is read). */
    public static Ruling window(Actor actor, Instant closesAt, Instant at, Duration longest, Charter charter) {
        var officer = SittingOfficers.ruling(actor, "put a motion to the vote", charter);
        if (!officer.isAllowed()) {
            return officer;
        }
        if (closesAt == null || !closesAt.isAfter(at) || closesAt.isAfter(at.plus(longest))) {
            return Ruling.invalid("voting-window", "A vote closes after it opens and within " + longest.toDays() + " days.");
        }
        return Ruling.allowed();
    }

    public static Ruling ruling(Record record, DecisionRule rule, Charter charter) {
        var proposed = MotionState.ruling(MotionState.Act.PUT_TO_THE_VOTE, record.status());
        if (!proposed.isAllowed()) {
            return proposed;
        }
        if (rule.decidedBy() != Office.NONE) {
            return Ruling.ruleViolation("decided-by-office", "Under this charter the " + charter.nameOf(rule.decidedBy()) + " decides "
                    + record.kind() + " matters alone; there is no vote.");
        }
        if (record.meeting() != MeetingStatus.IN_SESSION) {
            return Ruling.ruleViolation("meeting-not-in-session", "Votes are taken only while the meeting is in session.");
        }
        if (!record.undecidedAmendments().isEmpty()) {
            return Ruling.ruleViolation("amendments-undecided", "Decide the amendments first: "
                    + String.join("; ", record.undecidedAmendments()) + ".");
        }
        return Ruling.allowed();
    }
}

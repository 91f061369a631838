package org.peacecouncil.decisions.rules;

import org.peacecouncil.charter.Charter;
import org.peacecouncil.charter.MotionKind;
import org.peacecouncil.decisions.MeetingKind;
import org.peacecouncil.decisions.MeetingStatus;
import org.peacecouncil.decisions.MotionStatus;
import org.peacecouncil.identity.Actor;
import org.peacecouncil.identity.Role;
import org.peacecouncil.platform.Ruling;

/**
 * A motion is tabled in a voting meeting not yet adjourned, by a member delegation present (for its state), the
 * Chair or the secretariat (in their office's name). An amendment amends a motion of the same meeting that is not
 * itself an amendment, not yet put to the vote and decided by vote.
 */
public final class TablingPolicy {

    /** What the record says of the meeting and of the actor's state in it. */
    public record Meeting(MeetingKind kind, MeetingStatus status, boolean actorsStatePresentAndMember) {
    }

    /** The motion an amendment amends. */
    public record Amended(boolean sameMeeting, boolean isAmendment, MotionStatus status, boolean decidedByOffice) {
    }

    private TablingPolicy() {
    }

    /** {@code amended}: null for a motion; {@code kind}: the motion's kind (an amendment takes its motion's). */
    public static Ruling ruling(Actor actor, Meeting meeting, Amended amended, MotionKind kind, Charter charter) {
        if (meeting.kind() != MeetingKind.VOTING) {
            return Ruling.ruleViolation("consultative-meeting", "A consultative meeting takes no decisions; call a voting meeting.");
        }
        if (meeting.status() == MeetingStatus.ADJOURNED) {
            return Ruling.ruleViolation("meeting-adjourned", "This meeting has been adjourned.");
        }
        if (sponsor(actor, meeting) == null) {
            return Ruling.notPermitted("not-a-sponsor", "Only a member delegation present in the meeting, the " + charter.chairTitle()
                    + " or the secretariat may table a motion.");
        }
        if (amended != null) {
            if (!amended.sameMeeting() || amended.isAmendment()) {
                return Ruling.ruleViolation("not-amendable", "An amendment amends a motion of the same meeting, not another amendment.");
            }
            if (amended.status() != MotionStatus.PROPOSED || amended.decidedByOffice()) {
                return Ruling.ruleViolation("not-amendable", "Only a motion not yet put to the vote, and decided by vote, can be amended.");
            }
        } else if (kind == null) {
            return Ruling.invalid("missing-field", "Give the motion's kind: one of " + java.util.List.of(MotionKind.values()) + ".");
        }
        return Ruling.allowed();
    }

    /** Who sponsors the motion on the record: {@code CHAIR}, {@code SECRETARIAT} or the delegation's state; null if none may. */
    public static String sponsor(Actor actor, Meeting meeting) {
        if (actor.is(Role.CHAIR)) {
            return "CHAIR";
        }
        if (actor.is(Role.SECRETARIAT)) {
            return "SECRETARIAT";
        }
        return actor.isDelegate() && meeting.actorsStatePresentAndMember() ? actor.state() : null;
    }
}

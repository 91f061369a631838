package org.peacecouncil.decisions.rules;

import org.peacecouncil.decisions.AttendanceStatus;
import org.peacecouncil.decisions.Capacity;
import org.peacecouncil.decisions.MeetingStatus;
import org.peacecouncil.identity.Actor;
import org.peacecouncil.identity.OwnDelegation;
import org.peacecouncil.platform.Countries;
import org.peacecouncil.platform.Ruling;

/**
 * A member state's own delegation registers who represents it, in a meeting not yet adjourned: its head of state or
 * government, present at once, or an alternate, who sits once the office the charter names approves.
 */
public final class AttendancePolicy {

    private AttendancePolicy() {
    }

    /** The parts that need no record: who registers, and in what capacity. */
    public static Ruling who(Actor actor, String state, Capacity capacity) {
        var own = OwnDelegation.ruling(actor, state, "register attendance");
        if (!own.isAllowed()) {
            return own;
        }
        if (capacity == null || capacity == Capacity.OBSERVER) {
            return Ruling.invalid("capacity", "A member delegation attends as HEAD_OF_STATE_OR_GOVERNMENT or ALTERNATE.");
        }
        return Ruling.allowed();
    }

    public static Ruling ruling(String state, MeetingStatus meeting, boolean member) {
        if (meeting == MeetingStatus.ADJOURNED) {
            return Ruling.ruleViolation("meeting-adjourned", "This meeting has been adjourned.");
        }
        if (!member) {
            return Ruling.ruleViolation("not-a-member", Countries.name(state) + " is not a member; observers are recorded by the secretariat.");
        }
        return Ruling.allowed();
    }

    /** A head of state or government is present at once; an alternate awaits approval. */
    public static AttendanceStatus statusOf(Capacity capacity) {
        return capacity == Capacity.ALTERNATE ? AttendanceStatus.AWAITING_APPROVAL : AttendanceStatus.PRESENT;
    }
}

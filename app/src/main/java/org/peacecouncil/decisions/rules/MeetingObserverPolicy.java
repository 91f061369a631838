package org.peacecouncil.decisions.rules;

import org.peacecouncil.charter.Charter;
import org.peacecouncil.charter.MeetingRules;
import org.peacecouncil.decisions.MeetingStatus;
import org.peacecouncil.identity.Actor;
import org.peacecouncil.platform.Countries;
import org.peacecouncil.platform.Ruling;

/**
 * An observer sits in a meeting not yet adjourned — a state that is not a member, or an organisation — recorded by
 * the offices the charter's {@code meetings.observersRecordedBy} names. Observers never vote.
 */
public final class MeetingObserverPolicy {

    private MeetingObserverPolicy() {
    }

    /** Whether the actor holds an office that records observers. */
    public static Ruling office(Actor actor, Charter charter) {
        var offices = charter.meetings().observersRecordedBy();
        return offices.stream().anyMatch(actor::holds) ? Ruling.allowed()
                : Ruling.notPermitted("officer-required", "Only the " + MeetingRules.names(offices, charter) + " may record observers.");
    }

    /** Who records, and that exactly one of state and organisation is given. */
    public static Ruling who(Actor actor, String state, String organisation, Charter charter) {
        var office = office(actor, charter);
        if (!office.isAllowed()) {
            return office;
        }
        if ((state == null) == (organisation == null)) {
            return Ruling.invalid("observer", "Give either the observer state or the organisation.");
        }
        return Ruling.allowed();
    }

    public static Ruling ruling(String state, MeetingStatus meeting, boolean stateIsMember) {
        if (meeting == MeetingStatus.ADJOURNED) {
            return Ruling.ruleViolation("meeting-adjourned", "This meeting has been adjourned.");
        }
        if (state != null && stateIsMember) {
            return Ruling.ruleViolation("member-not-observer", Countries.name(state) + " is a member: its own delegation registers its attendance.");
        }
        return Ruling.allowed();
    }
}

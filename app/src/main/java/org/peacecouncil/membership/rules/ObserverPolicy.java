package org.peacecouncil.membership.rules;

import org.peacecouncil.identity.Actor;
import org.peacecouncil.charter.Charter;
import org.peacecouncil.charter.MeetingRules;
import org.peacecouncil.platform.Countries;
import org.peacecouncil.platform.Ruling;

/**
 * Observers are recorded by the offices the charter's {@code meetings.observersRecordedBy} names (by default the
 * secretariat and the Chair): a state that is not a member, or an organisation.
 */
public final class ObserverPolicy {

    private ObserverPolicy() {
    }

    /** {@code state} or {@code organisation}: exactly one of them is given. */
    public static Ruling ruling(Actor actor, String state, String organisation, boolean stateIsMember, Charter charter) {
        var offices = charter.meetings().observersRecordedBy();
        if (offices.stream().noneMatch(actor::holds)) {
            return Ruling.notPermitted("secretariat-only", "Only the " + MeetingRules.names(offices, charter) + " may record observers.");
        }
        if ((state != null) == (organisation != null)) {
            return Ruling.invalid("observer-state-or-organisation", "Name either a state (alpha-3) or an organisation.");
        }
        if (state != null && stateIsMember) {
            return Ruling.ruleViolation("already-member", Countries.name(state) + " is a member, not an observer.");
        }
        return Ruling.allowed();
    }
}

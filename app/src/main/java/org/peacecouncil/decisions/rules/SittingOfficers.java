package org.peacecouncil.decisions.rules;

import org.peacecouncil.charter.Charter;
import org.peacecouncil.charter.MeetingRules;
import org.peacecouncil.identity.Actor;
import org.peacecouncil.platform.Ruling;

/**
 * Those who run a sitting — open and adjourn it, open and close votes and election rounds — are the offices the
 * charter's {@code meetings.runBy} names (by default the Chair and the secretariat).
 */
public final class SittingOfficers {

    private SittingOfficers() {
    }

    public static boolean include(Actor actor, Charter charter) {
        return charter.meetings().runBy().stream().anyMatch(actor::holds);
    }

    /** {@code what}: the act, for the refusal ("close a vote"). */
    public static Ruling ruling(Actor actor, String what, Charter charter) {
        return include(actor, charter) ? Ruling.allowed() : Ruling.notPermitted("officer-required", "Only the "
                + MeetingRules.names(charter.meetings().runBy(), charter) + " may " + what + ".");
    }
}

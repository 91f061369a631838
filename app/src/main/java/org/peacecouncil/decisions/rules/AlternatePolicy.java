package org.peacecouncil.decisions.rules;

import org.peacecouncil.charter.Charter;
import org.peacecouncil.decisions.AttendanceStatus;
import org.peacecouncil.identity.Actor;
import org.peacecouncil.platform.Countries;
import org.peacecouncil.platform.Ruling;

/** An alternate sits for a head of state or government once the office the charter names approves (or it refuses). */
public final class AlternatePolicy {

    private AlternatePolicy() {
    }

    public static Ruling who(Actor actor, Charter charter) {
        var office = charter.meetings().alternatesApprovedBy();
        return actor.holds(office) ? Ruling.allowed()
                : Ruling.notPermitted("office-required", "Under this charter only the " + charter.nameOf(office) + " may approve alternates.");
    }

    public static Ruling ruling(String state, AttendanceStatus status) {
        return status == AttendanceStatus.AWAITING_APPROVAL ? Ruling.allowed()
                : Ruling.ruleViolation("nothing-to-approve", "The attendance of " + Countries.name(state) + " awaits no approval.");
    }
}

package org.peacecouncil.missions.rules;

import org.peacecouncil.charter.Charter;
import org.peacecouncil.identity.Actor;
import org.peacecouncil.platform.Ruling;

/**
 * A mission is run by the office the charter names ({@code missions.managedBy}): it establishes missions, issues
 * their mandates, answers questions, accepts offers and records deployments.
 */
public final class MissionOfficePolicy {

    private MissionOfficePolicy() {
    }

    /** {@code what}: "establish missions", "answer questions about missions". */
    public static Ruling ruling(Actor actor, Charter charter, String what) {
        var office = charter.missions().managedBy();
        return actor.holds(office) ? Ruling.allowed()
                : Ruling.notPermitted("office-required", "Under this charter only the " + charter.nameOf(office) + " may " + what + ".");
    }
}

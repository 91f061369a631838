package org.peacecouncil.charter;

import java.util.Set;

/**
 * Who runs the council's missions: the office that establishes a mission, changes its mandate, answers the states'
 * questions, accepts their offers and records deployments. A state's questions, offers, declines and withdrawals are
 * its own delegation's: not the charter's to assign.
 *
 * @param managedBy the mission's office
 * @param defaulted the fields the charter file does not state, so that their default applies
 */
public record MissionRules(Office managedBy, Set<String> defaulted) {

    public static MissionRules defaults() {
        return new MissionRules(Office.SECRETARIAT, Set.of("managedBy"));
    }
}

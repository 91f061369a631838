package org.peacecouncil.charter;

import java.util.Set;

/**
 * The council's officers besides its chair.
 *
 * @param executiveBoardAppointedBy the office that appoints members of the Executive Board
 * @param executiveBoardTermYears   how long an Executive Board member's term runs
 * @param defaulted                 the fields the charter file does not state, so that their default applies
 */
public record OfficerRules(Office executiveBoardAppointedBy, int executiveBoardTermYears, Set<String> defaulted) {

    public static OfficerRules defaults() {
        return new OfficerRules(Office.CHAIR, 2, Set.of("executiveBoard.appointedBy", "executiveBoard.termYears"));
    }
}

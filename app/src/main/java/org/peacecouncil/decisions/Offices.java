package org.peacecouncil.decisions;

import org.peacecouncil.charter.Charter;
import org.peacecouncil.charter.Office;
import org.peacecouncil.identity.Actor;
import org.peacecouncil.platform.CouncilProblem.NotPermitted;
import org.springframework.stereotype.Component;

/** Who may act in a meeting: the office the charter names, the officers who run a sitting, a state's own delegate. */
@Component
public class Offices {

    private final Charter charter;

    Offices(Charter charter) {
        this.charter = charter;
    }

    /** True when the actor holds the office (never for {@code NONE}). */
    public boolean holds(Actor actor, Office office) {
        return actor.holds(office);
    }

    void require(Actor actor, Office office, String what) {
        if (!holds(actor, office)) {
            throw new NotPermitted("office-required", "Under this charter only the " + name(office) + " may " + what + ".");
        }
    }

    /** The Chair or the secretariat: those who run a sitting (open and adjourn it, open and close votes). */
    public boolean isOfficer(Actor actor) {
        return org.peacecouncil.decisions.rules.SittingOfficers.include(actor, charter);
    }

    void requireOfficer(Actor actor, String what) {
        org.peacecouncil.decisions.rules.SittingOfficers.ruling(actor, what, charter).orRefuse();
    }

    String name(Office office) {
        return charter.nameOf(office);
    }
}

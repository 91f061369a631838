package org.peacecouncil.finance.rules;

import org.peacecouncil.charter.Charter;
import org.peacecouncil.identity.Actor;
import org.peacecouncil.platform.Ruling;

/** Funds are opened, and projects added to them, only by the office the charter names ({@code finance.fundsOpenedBy}). */
public final class FundPolicy {

    private FundPolicy() {
    }

    /** {@code what}: "open funds", "add projects to funds". */
    public static Ruling ruling(Actor actor, Charter charter, String what) {
        var office = charter.finance().fundsOpenedBy();
        return actor.holds(office) ? Ruling.allowed()
                : Ruling.notPermitted("office-required", "Under this charter only the " + charter.nameOf(office) + " may " + what + ".");
    }
}

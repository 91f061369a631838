package org.peacecouncil.finance.rules;

import org.peacecouncil.identity.Actor;
import org.peacecouncil.identity.Role;
import org.peacecouncil.platform.Ruling;

/** Receipts, disbursements and exchange rates are the secretariat's records of what the fund holds. */
public final class FundRecordsPolicy {

    private FundRecordsPolicy() {
    }

    /** {@code what}: "record receipts", "record disbursements", "record exchange rates". */
    public static Ruling ruling(Actor actor, String what) {
        return actor.is(Role.SECRETARIAT) ? Ruling.allowed()
                : Ruling.notPermitted("secretariat-only", "Only the secretariat may " + what + ".");
    }
}

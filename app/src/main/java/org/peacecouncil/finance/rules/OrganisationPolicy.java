package org.peacecouncil.finance.rules;

import java.util.Set;

import org.peacecouncil.identity.Actor;
import org.peacecouncil.identity.Role;
import org.peacecouncil.platform.Ruling;

/**
 * Organisations give too, and have no delegation here: the secretariat registers them and records what they give
 * from their own documents. A government is never registered as an organisation: a state gives as that state, through
 * its own delegation, so no one can make a state a contributor by calling it an organisation.
 */
public final class OrganisationPolicy {

    /** IATI OrganisationType 10 Government and 11 Local Government. */
    private static final Set<String> GOVERNMENTS = Set.of("10", "11");

    private OrganisationPolicy() {
    }

    public static Ruling registration(Actor actor, String organisationType) {
        if (!actor.is(Role.SECRETARIAT)) {
            return FundRecordsPolicy.ruling(actor, "register organisations");
        }
        if (GOVERNMENTS.contains(organisationType)) {
            return Ruling.ruleViolation("government-gives-as-a-state", "A government gives as its state, through that state's own "
                    + "delegation (its pledge, or its confirmation of an entry on its behalf); it is not registered as an organisation.");
        }
        return Ruling.allowed();
    }

    public static Ruling contribution(Actor actor) {
        return FundRecordsPolicy.ruling(actor, "record an organisation's contribution, from its document");
    }
}

package org.peacecouncil.membership.rules;

import org.peacecouncil.identity.Actor;
import org.peacecouncil.identity.OwnDelegation;
import org.peacecouncil.platform.Countries;
import org.peacecouncil.platform.Ruling;

/** Written notice of withdrawal is given only by the state's own delegation, and only by a current member. */
public final class WithdrawalPolicy {

    private WithdrawalPolicy() {
    }

    public static Ruling ruling(Actor actor, String state, boolean currentMember) {
        var own = OwnDelegation.ruling(actor, state, "give notice of withdrawal");
        if (!own.isAllowed()) {
            return own;
        }
        if (!currentMember) {
            return Ruling.ruleViolation("not-a-member", Countries.name(state) + " is not a member.");
        }
        return Ruling.allowed();
    }
}

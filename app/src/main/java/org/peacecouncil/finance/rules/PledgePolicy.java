package org.peacecouncil.finance.rules;

import org.peacecouncil.finance.FlowStatus;
import org.peacecouncil.identity.Actor;
import org.peacecouncil.identity.OwnDelegation;
import org.peacecouncil.identity.Role;
import org.peacecouncil.platform.Countries;
import org.peacecouncil.platform.Ruling;

/**
 * Only a state commits itself: its pledge or commitment is recorded by its own delegation, and counts at once. The
 * secretariat may enter one on the state's behalf only with the document it comes from; that entry stays UNCONFIRMED
 * and counts nowhere until the state's delegation confirms it. No one else gives a state's word.
 */
public final class PledgePolicy {

    /** The ruling, and the status the entry takes when allowed. */
    public record Decision(Ruling ruling, FlowStatus status) {
    }

    private PledgePolicy() {
    }

    public static Decision decide(Actor actor, String state, boolean hasDocument) {
        if (actor.isDelegateOf(state)) {
            return new Decision(Ruling.allowed(), FlowStatus.CONFIRMED);
        }
        if (actor.is(Role.SECRETARIAT)) {
            return hasDocument ? new Decision(Ruling.allowed(), FlowStatus.UNCONFIRMED)
                    : new Decision(Ruling.invalid("document-required", "An entry on behalf of " + Countries.name(state)
                            + " names the document it comes from (its letter, its statement); it stays unconfirmed until "
                            + "the delegation of " + state + " confirms it."), null);
        }
        return new Decision(OwnDelegation.ruling(actor, state, "pledge or commit"), null);
    }
}

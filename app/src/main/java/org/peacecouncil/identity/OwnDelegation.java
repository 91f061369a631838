package org.peacecouncil.identity;

import org.peacecouncil.platform.Countries;
import org.peacecouncil.platform.Ruling;

/** Only a state commits itself: an act for a state is its own delegation's, or refused. One rule for every module. */
public final class OwnDelegation {

    private OwnDelegation() {
    }

    /** {@code what}: the act, for the refusal ("vote", "give notice of withdrawal"). */
    public static Ruling ruling(Actor actor, String state, String what) {
        return actor.isDelegateOf(state) ? Ruling.allowed() : Ruling.notPermitted("not-your-state", "Only the delegation of "
                + Countries.name(state) + " (" + state + ") may " + what + " for it.");
    }
}

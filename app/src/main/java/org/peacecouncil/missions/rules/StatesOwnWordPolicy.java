package org.peacecouncil.missions.rules;

import org.peacecouncil.identity.Actor;
import org.peacecouncil.identity.OwnDelegation;
import org.peacecouncil.platform.Ruling;

/**
 * A state's questions about a mission, its decline, its withdrawal and its confirmation of an offer entered on its
 * behalf are its own delegation's acts: nobody else can say them for it.
 */
public final class StatesOwnWordPolicy {

    private StatesOwnWordPolicy() {
    }

    /** {@code what}: "ask questions about a mission", "decline to take part in a mission". */
    public static Ruling ruling(Actor actor, String state, String what) {
        return OwnDelegation.ruling(actor, state, what);
    }
}

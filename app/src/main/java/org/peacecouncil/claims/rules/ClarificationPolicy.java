package org.peacecouncil.claims.rules;

import org.peacecouncil.identity.Actor;
import org.peacecouncil.identity.Role;
import org.peacecouncil.platform.Ruling;

/**
 * A clarification is the state's own word: its delegation records it, and it counts at once. The secretariat may
 * enter one on the state's behalf only with the source it comes from; it counts nowhere until the state's
 * delegation confirms it. Nobody else speaks for a state.
 */
public final class ClarificationPolicy {

    /** Allowed or refused, and if allowed whether the clarification counts at once (the state's own). */
    public record Decision(Ruling ruling, boolean own) {
    }

    private ClarificationPolicy() {
    }

    public static Decision decide(Actor actor, String state, boolean hasDocument) {
        if (actor.isDelegateOf(state)) {
            return new Decision(Ruling.allowed(), true);
        }
        if (actor.is(Role.SECRETARIAT)) {
            return hasDocument ? new Decision(Ruling.allowed(), false) : new Decision(Ruling.invalid("document-required",
                    "document: a clarification entered on a state's behalf names the source it comes from."), false);
        }
        return new Decision(Ruling.notPermitted("not-your-state", "Only the delegation of " + state
                + " may clarify its position, or the secretariat on its behalf from a source."), false);
    }
}

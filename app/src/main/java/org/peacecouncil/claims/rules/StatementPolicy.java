package org.peacecouncil.claims.rules;

import org.peacecouncil.identity.Actor;
import org.peacecouncil.identity.Role;
import org.peacecouncil.platform.Ruling;

/**
 * The secretariat records statements about states; any other signed-in user may propose one for it to record, and
 * only the secretariat turns a proposal into a recorded statement.
 */
public final class StatementPolicy {

    private StatementPolicy() {
    }

    /** Whether the actor's statement is recorded at once (the secretariat) or proposed (anyone else signed in). */
    public static boolean recordsAtOnce(Actor actor) {
        return actor.is(Role.SECRETARIAT);
    }

    public static Ruling proposing(Actor actor) {
        return actor.isAnonymous() ? Ruling.notPermitted("sign-in-to-propose", "Sign in to propose a statement.") : Ruling.allowed();
    }

    public static Ruling recordingAProposal(Actor actor) {
        return actor.is(Role.SECRETARIAT) ? Ruling.allowed()
                : Ruling.notPermitted("secretariat-only", "Only the secretariat records a proposed statement.");
    }
}

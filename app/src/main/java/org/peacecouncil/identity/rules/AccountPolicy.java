package org.peacecouncil.identity.rules;

import org.peacecouncil.identity.Actor;
import org.peacecouncil.identity.Role;
import org.peacecouncil.platform.Countries;
import org.peacecouncil.platform.Ruling;

/**
 * Who may create, reset and deactivate which account. Only a state commits itself, so only its own delegation
 * speaks for who its delegates are: once a state has a delegate, further accounts for it are its delegation's to
 * create; its first delegate, and any Chair, only the operator creates, at the server's command line. The
 * secretariat resets a delegate's password only with the delegation told (the reset is on the record and in its
 * workspace), and never the Chair's. Every one of these acts is on the log.
 */
public final class AccountPolicy {

    private AccountPolicy() {
    }

    /** Where an account act comes from: a signed-in account, or the operator at the server's command line. */
    public enum Via { ACCOUNT, OPERATOR }

    public static Ruling create(Via via, Actor actor, Role role, String state, boolean stateHasDelegate) {
        if (via == Via.OPERATOR) {
            return Ruling.allowed();
        }
        return switch (role) {
            case CHAIR -> Ruling.notPermitted("operator-only", "A Chair account is created only by the operator, at the server's "
                    + "command line (peace-council accounts create), where it is logged; no account can create one.");
            case SECRETARIAT -> actor.is(Role.SECRETARIAT) ? Ruling.allowed()
                    : Ruling.notPermitted("secretariat-only", "Only the secretariat creates secretariat accounts.");
            case DELEGATE -> !stateHasDelegate
                    ? Ruling.notPermitted("operator-only", "The first delegate account of " + Countries.name(state) + " (" + state
                            + ") is created only by the operator, at the server's command line, where it is logged; then its "
                            + "delegation creates the others.")
                    : actor.isDelegateOf(state) ? Ruling.allowed()
                    : Ruling.notPermitted("not-your-state", "Only the delegation of " + Countries.name(state) + " (" + state
                            + ") creates further delegate accounts for it.");
        };
    }

    /** A reset the delegation must be told of: a delegate's password reset by anyone but its own delegation. */
    public static boolean tellsTheDelegation(Actor actor, Role role, String state) {
        return role == Role.DELEGATE && !actor.isDelegateOf(state);
    }

    public static Ruling reset(Via via, Actor actor, Role role, String state) {
        if (via == Via.OPERATOR) {
            return Ruling.allowed();
        }
        return switch (role) {
            case CHAIR -> Ruling.notPermitted("chair-reset-refused", "Nobody resets the Chair's password through the platform: the "
                    + "Chair changes it, or the operator resets it at the server's command line, where it is logged.");
            case SECRETARIAT -> actor.is(Role.SECRETARIAT) ? Ruling.allowed()
                    : Ruling.notPermitted("secretariat-only", "Only the secretariat resets a secretariat account's password.");
            case DELEGATE -> actor.isDelegateOf(state) || actor.is(Role.SECRETARIAT) ? Ruling.allowed()
                    : Ruling.notPermitted("not-your-state", "Only the delegation of " + Countries.name(state) + " (" + state
                            + "), or the secretariat with the delegation told, resets its delegates' passwords.");
        };
    }

    /** Deactivating takes an account out of use at once (its tokens and sessions with it); it never speaks for a state. */
    public static Ruling deactivate(Via via, Actor actor, Role role, String state, boolean self) {
        if (via == Via.OPERATOR) {
            return Ruling.allowed();
        }
        if (self) {
            return Ruling.ruleViolation("own-account", "An account is not deactivated by itself; another of its office does it.");
        }
        return switch (role) {
            case CHAIR -> Ruling.notPermitted("operator-only", "The Chair's account is deactivated only by the operator, at the "
                    + "server's command line.");
            case SECRETARIAT -> actor.is(Role.SECRETARIAT) ? Ruling.allowed()
                    : Ruling.notPermitted("secretariat-only", "Only the secretariat deactivates secretariat accounts.");
            case DELEGATE -> actor.isDelegateOf(state) || actor.is(Role.SECRETARIAT) ? Ruling.allowed()
                    : Ruling.notPermitted("not-your-state", "Only the delegation of " + Countries.name(state) + " (" + state
                            + "), or the secretariat, deactivates its delegates' accounts.");
        };
    }
}

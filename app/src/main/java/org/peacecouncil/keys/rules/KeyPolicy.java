package org.peacecouncil.keys.rules;

import java.time.Duration;
import java.time.Instant;

import org.peacecouncil.identity.Actor;
import org.peacecouncil.identity.OwnDelegation;
import org.peacecouncil.platform.Ruling;

/**
 * A state's keys are its delegation's alone: only it registers one (with the key's own signature over the
 * registration, made within the last ten minutes — a proof nobody can replay later) or revokes one. No office of the
 * council can add, change or remove a state's key.
 */
public final class KeyPolicy {

    /** How old a registration's signature may be; and how far ahead of the server's clock. */
    public static final Duration FRESH = Duration.ofMinutes(10);
    public static final Duration AHEAD = Duration.ofMinutes(1);

    private KeyPolicy() {
    }

    /** The facts a registration is judged on. */
    public record Registration(String state, boolean proofVerifies, Instant signedAt, Instant now, boolean alreadyRegistered) {
    }

    public static Ruling register(Actor actor, Registration r) {
        var own = OwnDelegation.ruling(actor, r.state(), "register a key");
        if (!own.isAllowed()) {
            return own;
        }
        if (!r.proofVerifies()) {
            return Ruling.ruleViolation("bad-proof", "signature: not this key's signature over the registration's signing payload "
                    + "(GET …/keys/registration-payload gives the exact bytes to sign).");
        }
        if (r.signedAt().isBefore(r.now().minus(FRESH)) || r.signedAt().isAfter(r.now().plus(AHEAD))) {
            return Ruling.ruleViolation("stale-proof", "signedAt: a registration is signed within " + FRESH.toMinutes()
                    + " minutes before it is sent; ask for a fresh payload.");
        }
        if (r.alreadyRegistered()) {
            return Ruling.ruleViolation("key-registered", "This key is already registered; a key is registered once, by one state.");
        }
        return Ruling.allowed();
    }

    public static Ruling revoke(Actor actor, String state, boolean keyOfThatState, boolean revoked) {
        var own = OwnDelegation.ruling(actor, state, "revoke a key");
        if (!own.isAllowed()) {
            return own;
        }
        if (!keyOfThatState) {
            return Ruling.ruleViolation("unknown-key", "The state has no such key.");
        }
        if (revoked) {
            return Ruling.ruleViolation("key-revoked", "The key is already revoked.");
        }
        return Ruling.allowed();
    }
}

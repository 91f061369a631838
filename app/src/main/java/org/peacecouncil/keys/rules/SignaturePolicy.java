package org.peacecouncil.keys.rules;

import java.time.Instant;

import org.peacecouncil.keys.DelegationKey;
import org.peacecouncil.platform.Countries;
import org.peacecouncil.platform.Ruling;

/**
 * A signed act is the state's own only when its signature is by a key of that state, valid when it signed and still
 * valid now, over exactly the act's signing payload, made within the last ten minutes (so a signature cannot be kept
 * and replayed later). When the charter requires the act signed, an unsigned one is refused.
 */
public final class SignaturePolicy {

    private SignaturePolicy() {
    }

    /**
     * The facts a signature is judged on.
     *
     * @param act      the act's public name
     * @param state    the state whose delegation signs
     * @param required whether the charter requires this act signed
     * @param signed   whether the act carries a signature
     * @param key      the signature's key as registered, or null when no state has it
     * @param verifies whether the signature is that key's over the act's signing payload
     * @param signedAt when the signature says it was made
     */
    public record Signature(String act, String state, boolean required, boolean signed, DelegationKey key, boolean verifies,
            Instant signedAt, Instant now) {
    }

    public static Ruling ruling(Signature s) {
        if (!s.signed()) {
            return s.required() ? Ruling.ruleViolation("signature-required", "The charter requires " + s.act() + " to be signed with a key of "
                    + Countries.name(s.state()) + " (" + s.state() + ")'s delegation; this act is not signed.") : Ruling.allowed();
        }
        if (s.key() == null) {
            return Ruling.ruleViolation("unknown-key", "signature.keyId: no state has registered this key.");
        }
        if (!s.key().state().equals(s.state())) {
            return Ruling.notPermitted("key-of-another-state", "signature.keyId: this key is " + s.key().state() + "'s; an act of "
                    + s.state() + " is signed only with a key of " + s.state() + ".");
        }
        if (s.key().revokedAt() != null) {
            return Ruling.ruleViolation("key-revoked", "signature.keyId: this key was revoked on " + s.key().revokedAt()
                    + "; sign with a key that is still valid.");
        }
        if (!s.verifies()) {
            return Ruling.ruleViolation("bad-signature", "signature.value: not this key's signature over the act's signing payload "
                    + "(POST /api/v1/signing-payloads gives the exact bytes for the act as it will be recorded).");
        }
        if (s.signedAt().isBefore(s.now().minus(KeyPolicy.FRESH)) || s.signedAt().isAfter(s.now().plus(KeyPolicy.AHEAD))
                || s.signedAt().isBefore(s.key().registeredAt())) {
            return Ruling.ruleViolation("stale-signature", "signature.signedAt: an act is signed within " + KeyPolicy.FRESH.toMinutes()
                    + " minutes before it is sent, by a key registered before then; sign it afresh.");
        }
        return Ruling.allowed();
    }
}

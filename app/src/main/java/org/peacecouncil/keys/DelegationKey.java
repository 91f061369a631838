package org.peacecouncil.keys;

import java.time.Instant;

/** A state's key as registered: valid from its registration until its revocation, if any. */
public record DelegationKey(String keyId, String state, String name, String publicKey, Instant registeredAt, String registeredBy,
        Instant signedAt, String proof, Instant revokedAt, String revokedBy, String revokeReason) {

    /** Whether a signature made at {@code at} by this key was made while it was valid. */
    public boolean validAt(Instant at) {
        return !at.isBefore(registeredAt) && (revokedAt == null || at.isBefore(revokedAt));
    }
}

package org.peacecouncil.keys;

import java.time.Instant;

import org.peacecouncil.platform.ActType;
import org.peacecouncil.platform.RecordedAct;

/**
 * A delegation-key act, published in the transaction that records it. A registration carries everything needed to
 * check its proof offline: the key, its name, when it was signed and the signature over the signing payload
 * ({@link SigningPayloads#registration}).
 */
public sealed interface KeysEvent extends RecordedAct {

    @Override
    default String module() {
        return "keys";
    }

    String state();

    @Override
    default String subjectState() {
        return state();
    }

    @ActType(value = "DelegationKeyRegistered", version = 1)
    record DelegationKeyRegistered(String keyId, String state, String name, String publicKey, Instant signedAt, String proof,
            Instant recordedAt, String actor) implements KeysEvent {
    }

    @ActType(value = "DelegationKeyRevoked", version = 1)
    record DelegationKeyRevoked(String keyId, String state, String reason, Instant recordedAt, String actor) implements KeysEvent {
    }
}

package org.peacecouncil.keys;

import java.time.Instant;

import org.peacecouncil.charter.Charter;
import org.peacecouncil.keys.rules.SignaturePolicy;
import org.peacecouncil.platform.ActSignature;
import org.peacecouncil.platform.RecordedAct;
import org.springframework.stereotype.Service;

/**
 * Checks the signature a state's own act carries, or its absence, before the act is recorded: the services of every
 * module that records a signable act ask here, in the act's transaction, then publish the act with its signature.
 */
@Service
public class ActSignatures {

    private final KeysStore store;
    private final Charter charter;

    ActSignatures(KeysStore store, Charter charter) {
        this.store = store;
        this.charter = charter;
    }

    /** Refuses the act (as its problem) unless its signature, or its being unsigned, is allowed. */
    public void check(RecordedAct act, Instant now) {
        String type = SigningPayloads.actType(act.getClass());
        String state = SigningPayloads.signer(act);
        ActSignature signature = act.signature();
        DelegationKey key = null;
        boolean verifies = false;
        if (signature != null) {
            key = store.key(signature.keyId()).orElse(null);
            verifies = key != null && Ed25519Key.parse(key.publicKey()).verifies(SigningPayloads.act(act, signature.signedAt()), signature.value());
        }
        SignaturePolicy.ruling(new SignaturePolicy.Signature(type, state, charter.signatures().requires(type), signature != null, key, verifies,
                signature == null ? null : signature.signedAt(), now)).orRefuse();
    }

    /** The exact bytes a delegation signs for {@code act} (as it will be recorded) at {@code signedAt}. */
    public byte[] payload(RecordedAct act, Instant signedAt) {
        return SigningPayloads.act(act, signedAt);
    }
}

package org.peacecouncil.keys;

import java.time.Instant;

import org.peacecouncil.platform.CouncilProblem;
import org.peacecouncil.platform.Texts;

/** The keys acts as the API and the pages give them, each checking its own fields. */
public final class KeyCommands {

    private KeyCommands() {
    }

    /**
     * A key to register: its raw public key in base64, a name ("laptop of the ambassador"), when the registration was
     * signed, and the key's signature over {@link SigningPayloads#registration} of exactly these.
     */
    public record RegisterKey(Ed25519Key publicKey, String name, Instant signedAt, String signature) {
        public RegisterKey {
            name = Texts.required(name, "name", 100);
            if (signedAt == null) {
                throw new CouncilProblem.InvalidRequest("missing-field", "signedAt: when the registration was signed (the payload's time).");
            }
            signedAt = signedAt.truncatedTo(java.time.temporal.ChronoUnit.MICROS); // the payload names microseconds
            if (signature == null || signature.isBlank()) {
                throw new CouncilProblem.InvalidRequest("missing-field", "signature: the key's Ed25519 signature over the signing payload, in base64.");
            }
        }
    }

    public record RevokeKey(String reason) {
        public RevokeKey {
            reason = Texts.optional(reason, "reason", 500);
        }
    }
}

package org.peacecouncil.platform;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * A delegation's signature over an act, as the delegation sends it: the id of the state's key, when it signed (the
 * signing payload's time, kept to the microsecond) and the Ed25519 signature in base64. It is checked against the
 * state's key history before the act is recorded, then carried on the act's log entry.
 */
public record ActSignature(String keyId, Instant signedAt, String value) {

    public ActSignature {
        if (keyId == null || !keyId.strip().matches("[0-9a-f]{16}")) {
            throw new CouncilProblem.InvalidRequest("bad-signature-field", "signature.keyId: the signing key's id, 16 lower-case hex digits.");
        }
        if (signedAt == null) {
            throw new CouncilProblem.InvalidRequest("bad-signature-field", "signature.signedAt: when the act was signed (the signing payload's time).");
        }
        if (value == null || value.isBlank() || value.length() > 200) {
            throw new CouncilProblem.InvalidRequest("bad-signature-field", "signature.value: the Ed25519 signature over the signing payload, in base64.");
        }
        keyId = keyId.strip();
        signedAt = signedAt.truncatedTo(ChronoUnit.MICROS);
        value = value.strip();
    }

    /**
     * The signature a form sends in three fields, or none when the form was sent unsigned (all three empty). A form with
     * some but not all of them is refused rather than recorded unsigned.
     */
    public static ActSignature fromForm(String keyId, String signedAt, String value) {
        boolean none = blank(keyId) && blank(signedAt) && blank(value);
        if (none) {
            return null;
        }
        Instant at;
        try {
            at = blank(signedAt) ? null : Instant.parse(signedAt.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new CouncilProblem.InvalidRequest("bad-signature-field", "signature.signedAt: an ISO 8601 UTC time.");
        }
        return new ActSignature(keyId, at, value);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}

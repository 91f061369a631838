package org.peacecouncil.verifier;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

import org.bouncycastle.math.ec.rfc8032.Ed25519;
import org.erdtman.jcs.JsonCanonicalizer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Checks, in log order, every delegation key the log registers (its proof: the key's own signature over its
 * registration) and every signed entry's signature against the key history the log itself holds: the key registered
 * earlier in the log, of the signing state, not revoked when the act was recorded, and the signature over the bytes
 * rebuilt from the entry (docs/log-format.md, "A signed entry"). Of an entry that is neither only the last few bytes
 * are read ({@link EnvelopeEnding}).
 */
final class SignatureChecks {

    /** A key as the log registered it. */
    private record Key(String state, Ed25519.PublicPoint publicKey, String registeredAt, String revokedAt) {
    }


    private final JsonMapper json = JsonMapper.builder().build();
    private final Map<String, Key> keys = new HashMap<>();
    private long signaturesChecked;
    private long keysChecked;

    long signaturesChecked() {
        return signaturesChecked;
    }

    long keysChecked() {
        return keysChecked;
    }

    void check(long index, byte[] bundle, int offset, int length) {
        if (!EnvelopeEnding.mayBeSignedOrAKeyAct(bundle, offset, length)) {
            return;
        }
        JsonNode entry = json.readTree(new String(bundle, offset, length, StandardCharsets.UTF_8));
        String type = entry.path("type").asString("");
        if (type.equals("DelegationKeyRegistered")) {
            register(index, entry);
        } else if (type.equals("DelegationKeyRevoked")) {
            revoke(index, entry);
        }
        if (entry.has("signature")) {
            verifySigned(index, entry);
        }
    }

    private void register(long index, JsonNode entry) {
        JsonNode p = entry.path("payload");
        String keyId = p.path("keyId").asString("");
        String state = entry.path("state").asString("");
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(p.path("publicKey").asString(""));
        } catch (IllegalArgumentException e) {
            throw new VerificationFailure("entry " + index + " registers key " + keyId + " with a public key that is not base64", index);
        }
        if (raw.length != 32 || !keyId.equals(idOf(raw))) {
            throw new VerificationFailure("entry " + index + " registers key " + keyId + " whose id is not that of its public key", index);
        }
        var key = Ed25519.validatePublicKeyFullExport(raw, 0);
        if (key == null) {
            throw new VerificationFailure("entry " + index + " registers key " + keyId + ", which is not a valid Ed25519 public key", index);
        }
        ObjectNode payload = json.createObjectNode();
        payload.put("act", "DelegationKeyRegistration");
        payload.put("format", "peace-council-signing-payload");
        payload.put("version", 1);
        payload.put("state", state);
        payload.put("object", keyId);
        payload.put("time", fixedWidth(p.path("signedAt").asString("")));
        ObjectNode fields = payload.putObject("fields");
        fields.put("name", p.path("name").asString(""));
        fields.put("publicKey", p.path("publicKey").asString(""));
        if (!verifies(key, canonical(payload), p.path("proof").asString(""))) {
            throw new VerificationFailure("entry " + index + ": the registration of " + state + "'s key " + keyId
                    + " is not signed by that key (its proof fails)", index);
        }
        if (keys.containsKey(keyId)) {
            throw new VerificationFailure("entry " + index + " registers key " + keyId + " a second time", index);
        }
        keys.put(keyId, new Key(state, key, entry.path("time").asString(""), null));
        keysChecked++;
    }

    private void revoke(long index, JsonNode entry) {
        String keyId = entry.path("payload").path("keyId").asString("");
        Key key = keys.get(keyId);
        if (key == null || !key.state().equals(entry.path("state").asString("")) || key.revokedAt() != null) {
            throw new VerificationFailure("entry " + index + " revokes key " + keyId + ", which is not a valid key of "
                    + entry.path("state").asString("") + " at that point of the log", index);
        }
        keys.put(keyId, new Key(key.state(), key.publicKey(), key.registeredAt(), entry.path("time").asString("")));
    }

    private void verifySigned(long index, JsonNode entry) {
        JsonNode block = entry.get("signature");
        String keyId = block.path("keyId").asString("");
        String state = block.path("state").asString("");
        String what = "entry " + index + " (" + entry.path("type").asString("") + ")";
        Key key = keys.get(keyId);
        if (key == null) {
            throw new VerificationFailure(what + " is signed with key " + keyId + ", which no earlier entry registers", index);
        }
        if (!key.state().equals(state)) {
            throw new VerificationFailure(what + " says it is signed by " + state + ", but key " + keyId + " is " + key.state() + "'s", index);
        }
        String time = entry.path("time").asString("");
        String signedAt = block.path("signedAt").asString("");
        // Times are fixed-width UTC text (microseconds), so text order is time order.
        if (key.revokedAt() != null && time.compareTo(key.revokedAt()) >= 0) {
            throw new VerificationFailure(what + " is signed with key " + keyId + ", revoked at " + key.revokedAt() + " before it was recorded", index);
        }
        if (signedAt.compareTo(key.registeredAt()) < 0) {
            throw new VerificationFailure(what + " was signed at " + signedAt + ", before key " + keyId + " was registered", index);
        }
        byte[] message = signedBytes(entry);
        String value = block.path("value").asString("");
        String failure = what + ": the signature by " + state + "'s key " + keyId
                + " does not verify over the entry: the entry or its signature was altered";
        signaturesChecked++;
        var publicKey = key.publicKey();
        verifications.verify(index, failure, () -> verifies(publicKey, message, value));
    }

    /** Signatures verified on the reading thread. */
    SignatureChecks() {
        this(1);
    }

    /** {@code threads} above 1: the Ed25519 verifications run on that many threads beside the reading one. */
    SignatureChecks(int threads) {
        this.verifications = new Verifications(threads);
    }

    private final Verifications verifications;

    /** Waits for every signature still being verified; the first that fails is thrown. */
    void finish() {
        verifications.finish();
    }

    /** A failure found later on the reading thread gives way to a signature failure at an earlier entry. */
    VerificationFailure firstFailureBefore(VerificationFailure later) {
        return verifications.firstFailureBefore(later);
    }

    /** The bytes a signed entry's signature covers, rebuilt from the entry (docs/log-format.md). */
    private byte[] signedBytes(JsonNode entry) {
        JsonNode block = entry.get("signature");
        ObjectNode payload = json.createObjectNode();
        payload.put("act", entry.path("type").asString(""));
        payload.put("format", "peace-council-signing-payload");
        payload.put("version", block.path("payloadVersion").asInt());
        payload.put("state", block.path("state").asString(""));
        JsonNode object = field(entry, block.path("object").asString(""));
        if (object != null) {
            payload.set("object", object);
        }
        payload.put("time", block.path("signedAt").asString(""));
        ObjectNode fields = payload.putObject("fields");
        for (JsonNode name : block.path("fields")) {
            JsonNode value = field(entry, name.asString(""));
            if (value != null && !value.isNull()) {
                fields.set(name.asString(""), value);
            }
        }
        return canonical(payload);
    }

    /** A payload's time as the signing payload writes it: UTC with exactly six fraction digits (the entry's payload may drop zeros). */
    private static String fixedWidth(String instant) {
        try {
            return FIXED.format(java.time.Instant.parse(instant));
        } catch (java.time.format.DateTimeParseException e) {
            return instant;
        }
    }

    private static final java.time.format.DateTimeFormatter FIXED = java.time.format.DateTimeFormatter
            .ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(java.time.ZoneOffset.UTC);

    private static JsonNode field(JsonNode entry, String name) {
        return "state".equals(name) ? entry.get("state") : entry.path("payload").get(name);
    }

    private byte[] canonical(ObjectNode node) {
        try {
            return new JsonCanonicalizer(json.writeValueAsString(node)).getEncodedString().getBytes(StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot canonicalize a signing payload", e);
        }
    }

    /** Ed25519 (RFC 8032) with the key's point decoded once, by BouncyCastle: ten times the JDK's rate here. */
    private static boolean verifies(Ed25519.PublicPoint key, byte[] message, String signature) {
        byte[] sig;
        try {
            sig = Base64.getDecoder().decode(signature);
        } catch (IllegalArgumentException e) {
            return false;
        }
        return sig.length == Ed25519.SIGNATURE_SIZE && Ed25519.verify(sig, 0, key, message, 0, message.length);
    }

    private static String idOf(byte[] raw) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(raw), 0, 8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}

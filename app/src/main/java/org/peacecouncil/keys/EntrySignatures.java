package org.peacecouncil.keys;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.erdtman.jcs.JsonCanonicalizer;
import org.peacecouncil.platform.Timestamps;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A log entry's signature, checked from the entry alone and the state's key history: the signed bytes are rebuilt from
 * the entry's type, its signature block and the fields it names (docs/keys.md), exactly as the offline verifier does.
 */
@Component
public class EntrySignatures {

    /** What a record page says of an entry's signature. */
    public record Checked(boolean signed, String state, String keyId, Instant signedAt, boolean verifies, boolean keyValid, String problem) {

        static final Checked UNSIGNED = new Checked(false, null, null, null, false, false, null);

        public boolean holds() {
            return signed && verifies && keyValid;
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final KeysStore keys;

    EntrySignatures(KeysStore keys) {
        this.keys = keys;
    }

    public Checked check(String entry) {
        JsonNode root = JSON.readTree(entry);
        JsonNode block = root.get("signature");
        if (block == null || !block.isObject()) {
            return Checked.UNSIGNED;
        }
        String state = block.path("state").asString(null);
        String keyId = block.path("keyId").asString(null);
        Instant signedAt;
        try {
            signedAt = Timestamps.instant(block.path("signedAt").asString(null));
        } catch (RuntimeException e) {
            return new Checked(true, state, keyId, null, false, false, "the signature's time is not a time");
        }
        var key = keyId == null ? null : keys.key(keyId).orElse(null);
        if (key == null) {
            return new Checked(true, state, keyId, signedAt, false, false, "no state registered this key");
        }
        boolean verifies = Ed25519Key.parse(key.publicKey()).verifies(signedBytes(root), block.path("value").asString(""));
        boolean valid = key.state().equals(state) && signedAt != null && key.validAt(signedAt)
                && key.validAt(Timestamps.instant(root.path("time").asString()));
        String problem = !verifies ? "the signature does not verify against the entry" : !valid ? "the key was not " + state + "'s valid key then" : null;
        return new Checked(true, state, keyId, signedAt, verifies, valid, problem);
    }

    /** The bytes a signed entry's signature covers, rebuilt from the entry (the format of {@link SigningPayloads}). */
    public static byte[] signedBytes(JsonNode entry) {
        JsonNode block = entry.get("signature");
        ObjectNode payload = JSON.createObjectNode();
        payload.put("act", entry.path("type").asString());
        payload.put("format", "peace-council-signing-payload");
        payload.put("version", block.path("payloadVersion").asInt());
        payload.put("state", block.path("state").asString());
        JsonNode object = field(entry, block.path("object").asString());
        if (object != null) {
            payload.set("object", object);
        }
        payload.put("time", block.path("signedAt").asString());
        ObjectNode fields = payload.putObject("fields");
        for (JsonNode name : block.path("fields")) {
            JsonNode value = field(entry, name.asString());
            if (value != null && !value.isNull()) {
                fields.set(name.asString(), value);
            }
        }
        try {
            return new JsonCanonicalizer(JSON.writeValueAsString(payload)).getEncodedString().getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot canonicalize a signing payload", e);
        }
    }

    /** A signed field by its name: {@code state} is the envelope's, every other the payload's. */
    private static JsonNode field(JsonNode entry, String name) {
        return "state".equals(name) ? entry.get("state") : entry.path("payload").get(name);
    }
}

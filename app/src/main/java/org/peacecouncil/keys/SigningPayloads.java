package org.peacecouncil.keys;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.erdtman.jcs.JsonCanonicalizer;
import org.peacecouncil.platform.Timestamps;

/**
 * The bytes a delegation signs, in one place: the RFC 8785 canonical JSON of a versioned payload that names the act
 * type, the state, the object acted on and the time, with the act's own fields. A permanent public format, documented
 * in docs/keys.md and pinned by a golden test: a signature made today must verify for ever.
 */
public final class SigningPayloads {

    /** The payload format's version; a new version is a new format beside this one, never a change to it. */
    public static final int VERSION = 1;

    private SigningPayloads() {
    }

    /** A key's registration, signed by the key itself: proof that the delegation holds its private half. */
    public static byte[] registration(String state, KeyId key, Ed25519Key publicKey, String name, Instant signedAt) {
        var fields = new LinkedHashMap<String, Object>();
        fields.put("name", name);
        fields.put("publicKey", publicKey.base64());
        return payload("DelegationKeyRegistration", state, key.value(), signedAt, fields);
    }

    static byte[] payload(String act, String state, String object, Instant time, Map<String, Object> fields) {
        var payload = new LinkedHashMap<String, Object>();
        payload.put("act", act);
        payload.put("format", "peace-council-signing-payload");
        payload.put("version", VERSION);
        payload.put("state", state);
        payload.put("object", object);
        payload.put("time", Timestamps.text(time));
        payload.put("fields", fields);
        try {
            String json = tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(payload);
            return new JsonCanonicalizer(json).getEncodedString().getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot canonicalize a signing payload", e);
        }
    }
}

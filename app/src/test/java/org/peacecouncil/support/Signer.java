package org.peacecouncil.support;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A delegation's key as a specification holds it: registered through the API with the key's own signature, then used
 * to sign acts over the payloads the API prepares — what a delegation's own client does.
 */
public record Signer(String state, KeyPair pair, String keyId) {

    public static KeyPair newPair() {
        try {
            return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String raw(KeyPair pair) {
        byte[] spki = pair.getPublic().getEncoded();
        return Base64.getEncoder().encodeToString(Arrays.copyOfRange(spki, spki.length - 32, spki.length));
    }

    public static String sign(KeyPair pair, byte[] bytes) {
        try {
            var signer = Signature.getInstance("Ed25519");
            signer.initSign(pair.getPrivate());
            signer.update(bytes);
            return Base64.getEncoder().encodeToString(signer.sign());
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Registers a new key for {@code state} as its delegation ({@code delegation}) with the payload the API gives. */
    public static Signer register(Api.Caller anonymous, Api.Caller delegation, String state, String name) {
        var pair = newPair();
        var payload = anonymous.get("/api/v1/states/" + state + "/keys/registration-payload?publicKey="
                + java.net.URLEncoder.encode(raw(pair), java.nio.charset.StandardCharsets.UTF_8) + "&name=" + name);
        assertThat(payload.status()).as(payload.toString()).isEqualTo(200);
        byte[] bytes = Base64.getDecoder().decode(payload.json().get("payloadBase64").asString());
        var registered = delegation.post("/api/v1/states/" + state + "/keys", Api.json("publicKey", raw(pair), "name", name,
                "signedAt", payload.json().get("signedAt").asString(), "signature", sign(pair, bytes)));
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        return new Signer(state, pair, registered.json().get("keyId").asString());
    }

    /** The payload the API prepares for the act, and this key's signature over it, as the act's {@code signature} field. */
    public Map<String, Object> signature(Api.Caller caller, String act, String object, Map<String, Object> fields) {
        return signature(caller, act, state, object, fields);
    }

    public Map<String, Object> signature(Api.Caller caller, String act, String asState, String object, Map<String, Object> fields) {
        var payload = caller.post("/api/v1/signing-payloads", Api.json("act", act, "state", asState, "object", object, "fields", fields));
        assertThat(payload.status()).as(payload.toString()).isEqualTo(200);
        byte[] bytes = Base64.getDecoder().decode(payload.json().get("payloadBase64").asString());
        return over(bytes, payload.json().get("signedAt").asString());
    }

    /** This key's signature over exactly {@code bytes}, said to be made at {@code signedAt}. */
    public Map<String, Object> over(byte[] bytes, String signedAt) {
        var signature = new LinkedHashMap<String, Object>();
        signature.put("keyId", keyId);
        signature.put("signedAt", signedAt);
        signature.put("value", sign(pair, bytes));
        return signature;
    }
}

package org.peacecouncil.keys;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.erdtman.jcs.JsonCanonicalizer;
import org.peacecouncil.platform.ActType;
import org.peacecouncil.platform.RecordedAct;
import org.peacecouncil.platform.Signable;
import org.peacecouncil.platform.Timestamps;
import tools.jackson.databind.json.JsonMapper;

/**
 * The bytes a delegation signs, in one place: the RFC 8785 canonical JSON of a versioned payload that names the act
 * type, the state, the object acted on and the time, with the act's own fields. A permanent public format, documented
 * in docs/keys.md and pinned by a golden test: a signature made today must verify for ever.
 */
public final class SigningPayloads {

    /** The payload format's version; a new version is a new format beside this one, never a change to it. */
    public static final int VERSION = 1;

    /** Writes values as the log's own mapper does: absent (null) fields left out. */
    private static final JsonMapper JSON = JsonMapper.builder()
            .changeDefaultPropertyInclusion(inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
            .build();

    private SigningPayloads() {
    }

    /** A key's registration, signed by the key itself: proof that the delegation holds its private half. */
    public static byte[] registration(String state, KeyId key, Ed25519Key publicKey, String name, Instant signedAt) {
        var fields = new LinkedHashMap<String, Object>();
        fields.put("name", name);
        fields.put("publicKey", publicKey.base64());
        return payload("DelegationKeyRegistration", state, key.value(), signedAt, fields);
    }

    /**
     * A signed act's payload: the act's public name on the log, its state, the object acted on and the signature's
     * time, with the values of the components its {@link Signable} declaration names (absent ones left out, as the log
     * leaves them out).
     */
    public static byte[] act(RecordedAct act, Instant signedAt) {
        Signable signable = signable(act.getClass());
        var fields = new LinkedHashMap<String, Object>();
        for (String field : signable.fields()) {
            Object value = component(act, field);
            if (value != null) {
                fields.put(field, value);
            }
        }
        Object object = component(act, signable.object());
        return payload(actType(act.getClass()), signer(act), object == null ? null : object.toString(), signedAt, fields);
    }

    /** The state whose delegation signs the act. */
    public static String signer(RecordedAct act) {
        Object state = component(act, signable(act.getClass()).signer());
        return state == null ? null : state.toString();
    }

    /** The act's {@link Signable} declaration; an act without one cannot carry a signature. */
    public static Signable signable(Class<?> act) {
        Signable signable = act.getAnnotation(Signable.class);
        if (signable == null) {
            throw new IllegalStateException(act.getName() + " is not @Signable");
        }
        return signable;
    }

    static String actType(Class<?> act) {
        ActType type = act.getAnnotation(ActType.class);
        if (type == null) {
            throw new IllegalStateException(act.getName() + " has no @ActType");
        }
        return type.value();
    }

    private static Object component(RecordedAct act, String name) {
        for (RecordComponent component : act.getClass().getRecordComponents()) {
            if (component.getName().equals(name)) {
                try {
                    return component.getAccessor().invoke(act);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("cannot read " + name + " of " + act.getClass().getName(), e);
                }
            }
        }
        throw new IllegalStateException(act.getClass().getName() + " has no component " + name + " named by its @Signable");
    }

    public static byte[] payload(String act, String state, String object, Instant time, Map<String, Object> fields) {
        var payload = new LinkedHashMap<String, Object>();
        payload.put("act", act);
        payload.put("format", "peace-council-signing-payload");
        payload.put("version", VERSION);
        payload.put("state", state);
        payload.put("object", object);
        payload.put("time", Timestamps.text(time));
        payload.put("fields", fields);
        try {
            String json = JSON.writeValueAsString(payload);
            return new JsonCanonicalizer(json).getEncodedString().getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot canonicalize a signing payload", e);
        }
    }
}

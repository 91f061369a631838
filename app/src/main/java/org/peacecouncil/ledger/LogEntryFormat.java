package org.peacecouncil.ledger;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.erdtman.jcs.JsonCanonicalizer;
import org.peacecouncil.keys.SigningPayloads;
import org.peacecouncil.platform.ActType;
import org.peacecouncil.platform.CouncilProblem;
import org.peacecouncil.platform.RecordedAct;
import org.peacecouncil.platform.Timestamps;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The bytes of a log entry, in one place: the RFC 8785 canonical JSON of an envelope (seq, time, module, type,
 * version, actor, state) around the act's own fields, and a signed act's signature block. docs/log-format.md describes it; the golden tests pin it.
 */
final class LogEntryFormat {

    /** Envelope fields that come from the act's interface, not from its payload. */
    private static final List<String> ENVELOPE_FIELDS = List.of("state", "actor", "recordedAt", "module", "subjectState", "signature");

    /**
     * The log's own mapper, so that no change to the API's JSON settings can change the bytes of an entry: absent
     * (null) fields are left out, dates and times are ISO 8601 text.
     */
    private final JsonMapper json = JsonMapper.builder()
            .changeDefaultPropertyInclusion(inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
            .build();

    String entry(long seq, RecordedAct act) {
        ObjectNode payload = json.valueToTree(act);
        payload.remove(ENVELOPE_FIELDS);
        ObjectNode envelope = json.createObjectNode();
        envelope.put("seq", seq);
        envelope.put("time", Timestamps.text(act.recordedAt()));
        envelope.put("module", act.module());
        envelope.put("type", type(act));
        envelope.put("version", version(act));
        envelope.put("actor", act.actor());
        String state = subjectState(act);
        if (state != null) {
            envelope.put("state", state);
        }
        envelope.set("payload", payload);
        if (act.signature() != null) {
            envelope.set("signature", signature(act));
        }
        try {
            return new JsonCanonicalizer(json.writeValueAsString(envelope)).getEncodedString();
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot canonicalize a log entry", e);
        }
    }

    /**
     * The signature block: which state's key signed, when, over which of the entry's fields (the object acted on and
     * the signed fields by their names in the payload; {@code state} names the envelope's), and the signature itself.
     * With the act's type these rebuild the signed bytes ({@code SigningPayloads}) from the entry alone.
     */
    private ObjectNode signature(RecordedAct act) {
        var signable = SigningPayloads.signable(act.getClass());
        var sig = act.signature();
        ObjectNode block = json.createObjectNode();
        block.put("keyId", sig.keyId());
        block.put("state", SigningPayloads.signer(act));
        block.put("object", signable.object());
        var fields = block.putArray("fields");
        for (String field : signable.fields()) {
            fields.add(field);
        }
        block.put("signedAt", Timestamps.text(sig.signedAt()));
        block.put("payloadVersion", SigningPayloads.VERSION);
        block.put("value", sig.value());
        return block;
    }

    /** An entry may not exceed what a tile entry bundle's 16-bit length prefix can say; a larger act is refused. */
    static void requireFits(int bytes) {
        if (bytes > Ledger.MAX_ENTRY_BYTES) {
            throw new CouncilProblem.InvalidRequest("entry-too-large",
                    "This act is too large to record (" + bytes + " bytes; the log takes at most " + Ledger.MAX_ENTRY_BYTES + ").");
        }
    }

    static String type(RecordedAct act) {
        return declaration(act.getClass()).value();
    }

    static int version(RecordedAct act) {
        return declaration(act.getClass()).version();
    }

    static String subjectState(RecordedAct act) {
        String state = act.subjectState();
        return state == null || state.isBlank() ? null : state;
    }

    /** An act without a declared public name would put a Java class name on the permanent record: refused. */
    static ActType declaration(Class<?> act) {
        ActType type = act.getAnnotation(ActType.class);
        if (type == null) {
            throw new IllegalStateException(act.getName() + " is a RecordedAct without @ActType: give it a stable name and version");
        }
        return type;
    }
}

package org.peacecouncil.keys.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.peacecouncil.keys.SignableActs;
import org.peacecouncil.keys.SigningPayloads;
import org.peacecouncil.platform.CouncilProblem;
import org.peacecouncil.platform.StateCode;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The bytes a delegation signs for an act, prepared from the act's fields as they will be recorded: the signer signs
 * them (in the browser, or offline with the verifier's {@code sign}) and sends the act with the signature. Preparing a
 * payload records nothing.
 */
@RestController
@RequestMapping("/api/v1/signing-payloads")
@Tag(name = "Signed acts", description = "The signing payloads of a state's own acts, prepared for its delegation to sign")
class SigningPayloadsApi {

    /** The act to sign: its public name, its state, its object and the signed fields' values as they will be recorded. */
    @io.swagger.v3.oas.annotations.media.Schema(name = "SigningPayloadRequest")
    record Request(String act, String state, String object, Map<String, Object> fields, Instant signedAt) {
    }

    @io.swagger.v3.oas.annotations.media.Schema(name = "SigningPayload")
    record Payload(String payload, String payloadBase64, Instant signedAt) {
    }

    private final SignableActs acts;
    private final Clock clock;

    SigningPayloadsApi(SignableActs acts, Clock clock) {
        this.acts = acts;
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "The acts a delegation can sign: each one's object and the fields its signature covers")
    List<SignableActs.Act> acts() {
        return acts.all();
    }

    /** The server's time, to the microsecond, as a signing payload names it. */
    record Now(String now) {
    }

    /**
     * The time a signer puts in a payload it builds itself (the browser does): the council's clock, not the signer's, so
     * that a delegate's computer set a few minutes wrong still signs within the freshness window.
     */
    @GetMapping("/time")
    @Operation(summary = "The council's clock, to the microsecond, for a signing payload built by the signer")
    org.springframework.http.ResponseEntity<Now> time() {
        return org.springframework.http.ResponseEntity.ok().header("Cache-Control", "no-store")
                .body(new Now(org.peacecouncil.platform.Timestamps.text(clock.instant())));
    }

    @PostMapping
    @Operation(summary = "The exact bytes to sign for an act (RFC 8785), at the time given or now: sign them, then send the act with the signature")
    Payload payload(@RequestBody Request request) {
        if (request == null || request.act() == null) {
            throw new CouncilProblem.InvalidRequest("missing-field", "act: the act's public name, one of GET /api/v1/signing-payloads.");
        }
        var act = acts.act(request.act()).orElseThrow(() -> new CouncilProblem.InvalidRequest("not-signable",
                "act: '" + request.act() + "' is not an act a delegation signs; GET /api/v1/signing-payloads lists them."));
        var state = StateCode.of(request.state());
        if (request.object() == null || request.object().isBlank()) {
            throw new CouncilProblem.InvalidRequest("missing-field", "object: the " + act.object() + " the act is about.");
        }
        var fields = request.fields() == null ? Map.<String, Object>of() : request.fields();
        for (String name : fields.keySet()) {
            if (!act.fields().contains(name)) {
                throw new CouncilProblem.InvalidRequest("unknown-field", "fields." + name + ": " + act.act() + " signs only " + String.join(", ", act.fields()) + ".");
            }
        }
        var ordered = new java.util.LinkedHashMap<String, Object>();
        act.fields().forEach(name -> {
            if (fields.get(name) != null) {
                ordered.put(name, fields.get(name));
            }
        });
        Instant at = (request.signedAt() == null ? clock.instant() : request.signedAt()).truncatedTo(ChronoUnit.MICROS);
        byte[] bytes = SigningPayloads.payload(act.act(), state.alpha3(), request.object().strip(), at, ordered);
        return new Payload(new String(bytes, StandardCharsets.UTF_8), Base64.getEncoder().encodeToString(bytes), at);
    }
}

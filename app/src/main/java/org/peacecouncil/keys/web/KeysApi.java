package org.peacecouncil.keys.web;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.peacecouncil.identity.Actor;
import org.peacecouncil.keys.DelegationKey;
import org.peacecouncil.keys.DelegationKeys;
import org.peacecouncil.keys.Ed25519Key;
import org.peacecouncil.keys.KeyCommands;
import org.peacecouncil.keys.KeyId;
import org.peacecouncil.platform.StateCode;
import org.peacecouncil.platform.Texts;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/states/{state}/keys")
@Tag(name = "Delegation keys", description = "A delegation's Ed25519 keys: registered with the key's own signature, revoked, public")
class KeysApi {

    record Registration(String publicKey, String name, Instant signedAt, String signature) {
    }

    record Revocation(String reason) {
    }

    /** The bytes to sign, as text (RFC 8785 canonical JSON) and in base64, with the time they name. */
    record Payload(String payload, String payloadBase64, Instant signedAt) {
    }

    private final DelegationKeys keys;
    private final Clock clock;

    KeysApi(DelegationKeys keys, Clock clock) {
        this.keys = keys;
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "The state's keys, oldest first, revoked ones included: its public key history")
    List<DelegationKey> keys(@PathVariable String state) {
        return keys.keysOf(StateCode.of(state));
    }

    @GetMapping("/registration-payload")
    @Operation(summary = "The exact bytes to sign to register a key now: sign them with the key, then POST the key, name, signedAt and signature")
    Payload payload(@PathVariable String state, @RequestParam String publicKey, @RequestParam String name) {
        Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS); // as the payload names it
        byte[] bytes = keys.registrationPayload(StateCode.of(state), Ed25519Key.parse(publicKey), Texts.required(name, "name", 100), now);
        return new Payload(new String(bytes, StandardCharsets.UTF_8), java.util.Base64.getEncoder().encodeToString(bytes), now);
    }

    @PostMapping
    @Operation(summary = "Register a key of your own state (its delegation only), with the key's signature over the registration payload")
    ResponseEntity<DelegationKey> register(Actor actor, @PathVariable String state, @RequestBody Registration body) {
        var registered = keys.register(actor, StateCode.of(state), new KeyCommands.RegisterKey(Ed25519Key.parse(body.publicKey()), body.name(),
                body.signedAt(), body.signature()), clock.instant());
        return ResponseEntity.created(URI.create("/api/v1/states/" + registered.state() + "/keys/" + registered.keyId()))
                .contentType(MediaType.APPLICATION_JSON).body(registered);
    }

    @PostMapping("/{keyId}/revocation")
    @Operation(summary = "Revoke a key of your own state (its delegation only); signatures it made while valid still verify")
    DelegationKey revoke(Actor actor, @PathVariable String state, @PathVariable String keyId, @RequestBody(required = false) Revocation body) {
        return keys.revoke(actor, StateCode.of(state), new KeyId(keyId), new KeyCommands.RevokeKey(body == null ? null : body.reason()),
                clock.instant());
    }
}

package org.peacecouncil.keys.web;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.peacecouncil.identity.Actor;
import org.peacecouncil.keys.KeyCommands;
import org.peacecouncil.platform.CouncilProblem;
import org.peacecouncil.platform.FormFields;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.peacecouncil.keys.DelegationKey;
import org.peacecouncil.keys.DelegationKeys;
import org.peacecouncil.keys.Ed25519Key;
import org.peacecouncil.keys.KeyId;
import org.peacecouncil.keys.SigningPayloads;
import org.peacecouncil.platform.Countries;
import org.peacecouncil.platform.StateCode;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A state's public key history: each key, when and by whom registered or revoked, and its proof checked as the page is read. */
@Controller
class KeysPages {

    /** A key as the page shows it, with whether its registration's proof verifies against the key. */
    record Shown(DelegationKey key, boolean proofVerifies) {
    }

    private final DelegationKeys keys;
    private final Clock clock;

    KeysPages(DelegationKeys keys, Clock clock) {
        this.keys = keys;
        this.clock = clock;
    }

    /**
     * A key registered from the browser: the page generated it (WebCrypto, the private half never leaves the browser),
     * signed the registration payload it built itself and sent the public key, name, time and signature.
     */
    @PostMapping("/keys/{state}")
    String register(Actor actor, @PathVariable String state, @RequestParam(required = false) String publicKey,
            @RequestParam(required = false) String name, @RequestParam(required = false) String signedAt,
            @RequestParam(required = false) String signature, RedirectAttributes flash) {
        return FormFields.act(flash, "/keys/" + state, () -> {
            Instant at;
            try {
                at = signedAt == null || signedAt.isBlank() ? null : Instant.parse(signedAt.strip());
            } catch (java.time.format.DateTimeParseException e) {
                throw new CouncilProblem.InvalidRequest("invalid-field", "signedAt: an ISO 8601 UTC time.");
            }
            var key = keys.register(actor, StateCode.of(state), new KeyCommands.RegisterKey(Ed25519Key.parse(publicKey), name, at, signature),
                    clock.instant());
            return "Key " + key.keyId() + " (" + key.name() + ") is registered for " + Countries.name(key.state())
                    + ". Acts signed with it show as signed on the record.";
        });
    }

    @PostMapping("/keys/{state}/{keyId}/revocation")
    String revoke(Actor actor, @PathVariable String state, @PathVariable String keyId, @RequestParam(required = false) String reason,
            RedirectAttributes flash) {
        return FormFields.act(flash, "/keys/" + state, () -> {
            var key = keys.revoke(actor, StateCode.of(state), new KeyId(keyId), new KeyCommands.RevokeKey(reason), clock.instant());
            return "Key " + key.keyId() + " is revoked. Signatures it made while valid still verify.";
        });
    }

    @GetMapping("/keys/{state}")
    String keys(Actor actor, @PathVariable String state, Model model) {
        var code = StateCode.of(state);
        List<Shown> shown = keys.keysOf(code).stream().map(k -> {
            var key = Ed25519Key.parse(k.publicKey());
            byte[] payload = SigningPayloads.registration(k.state(), new KeyId(k.keyId()), key, k.name(), k.signedAt());
            return new Shown(k, key.id().value().equals(k.keyId()) && key.verifies(payload, k.proof()));
        }).toList();
        model.addAttribute("state", code.alpha3());
        model.addAttribute("stateName", Countries.name(code.alpha3()));
        model.addAttribute("keys", shown);
        model.addAttribute("ownDelegation", actor != null && actor.isDelegateOf(code.alpha3()));
        model.addAttribute("validKeys", String.join(" ", shown.stream().filter(k -> k.key().revokedAt() == null).map(k -> k.key().keyId()).toList()));
        return "keys";
    }
}

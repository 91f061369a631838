package org.peacecouncil.keys.web;

import java.util.List;

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

    KeysPages(DelegationKeys keys) {
        this.keys = keys;
    }

    @GetMapping("/keys/{state}")
    String keys(@PathVariable String state, Model model) {
        var code = StateCode.of(state);
        List<Shown> shown = keys.keysOf(code).stream().map(k -> {
            var key = Ed25519Key.parse(k.publicKey());
            byte[] payload = SigningPayloads.registration(k.state(), new KeyId(k.keyId()), key, k.name(), k.signedAt());
            return new Shown(k, key.id().value().equals(k.keyId()) && key.verifies(payload, k.proof()));
        }).toList();
        model.addAttribute("state", code.alpha3());
        model.addAttribute("stateName", Countries.name(code.alpha3()));
        model.addAttribute("keys", shown);
        return "keys";
    }
}

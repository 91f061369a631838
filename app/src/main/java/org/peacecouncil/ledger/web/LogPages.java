package org.peacecouncil.ledger.web;

import java.util.HexFormat;

import org.peacecouncil.ledger.Checkpoints;
import org.peacecouncil.ledger.InclusionSteps;
import org.peacecouncil.ledger.Ledger;
import org.peacecouncil.platform.Countries;
import org.peacecouncil.platform.CouncilProblem;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The public log page and the proof viewer of one entry. */
@Controller
class LogPages {

    /** How the templates print hashes. */
    public static final class Hashes {
        public String hex(byte[] bytes) {
            return HexFormat.of().formatHex(bytes);
        }
    }

    private final Ledger ledger;
    private final Checkpoints checkpoints;
    private final org.peacecouncil.identity.Accounts accounts;
    private final tools.jackson.databind.json.JsonMapper json;

    private final org.peacecouncil.keys.EntrySignatures signatures;

    LogPages(Ledger ledger, Checkpoints checkpoints, org.peacecouncil.identity.Accounts accounts, tools.jackson.databind.json.JsonMapper json,
            org.peacecouncil.keys.EntrySignatures signatures) {
        this.signatures = signatures;
        this.ledger = ledger;
        this.checkpoints = checkpoints;
        this.accounts = accounts;
        this.json = json;
    }

    /**
     * The creation or reset of the acting account within the day before the act, if any: an act by credentials that new
     * is shown with it (the account acts are on the log too). The actor is named "username (ROLE …)".
     */
    private java.util.Optional<org.peacecouncil.identity.Accounts.Change> freshCredentials(Ledger.Entry entry) {
        var actor = json.readTree(entry.body()).path("actor").asString("");
        int paren = actor.indexOf(" (");
        if (paren <= 0) {
            return java.util.Optional.empty();
        }
        return accounts.credentialsNewAt(actor.substring(0, paren), entry.recordedAt());
    }

    @GetMapping("/log")
    String log(@RequestParam(required = false) String state, Model model) {
        String alpha3 = state == null || state.isBlank() ? null : Countries.require(state).alpha3();
        model.addAttribute("checkpoint", checkpoints.latest().orElse(null));
        model.addAttribute("verifierKey", checkpoints.verifierKey());
        model.addAttribute("size", ledger.size());
        model.addAttribute("state", alpha3);
        model.addAttribute("stateName", alpha3 == null ? null : Countries.name(alpha3));
        model.addAttribute("entries", alpha3 == null ? ledger.latest(50) : ledger.about(alpha3, 200));
        model.addAttribute("hashes", new Hashes());
        return "log";
    }

    @GetMapping("/log/entries/{index}")
    String entry(@PathVariable long index, Model model) {
        var entry = ledger.entry(index).orElseThrow(() -> new CouncilProblem.NotFound("The log has no entry " + index + "."));
        var checkpoint = checkpoints.latest().orElse(null);
        model.addAttribute("entry", entry);
        model.addAttribute("freshCredentials", freshCredentials(entry).orElse(null));
        model.addAttribute("signature", signatures.check(entry.body()));
        model.addAttribute("checkpoint", checkpoint);
        model.addAttribute("hashes", new Hashes());
        if (checkpoint != null && index < checkpoint.size()) {
            var proof = ledger.inclusionProof(index, checkpoint.size());
            model.addAttribute("walk", InclusionSteps.walk(index, checkpoint.size(), entry.leafHash(), proof, checkpoint.rootHash()));
        }
        return "log-entry";
    }
}

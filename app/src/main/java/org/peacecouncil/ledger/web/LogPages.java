package org.peacecouncil.ledger.web;

import java.util.HexFormat;

import org.peacecouncil.ledger.ActTypes;
import org.peacecouncil.ledger.Checkpoints;
import org.peacecouncil.ledger.InclusionSteps;
import org.peacecouncil.ledger.Ledger;
import org.peacecouncil.ledger.LogQuery;
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
    private final ActTypes actTypes;

    LogPages(Ledger ledger, Checkpoints checkpoints, org.peacecouncil.identity.Accounts accounts, tools.jackson.databind.json.JsonMapper json,
            org.peacecouncil.keys.EntrySignatures signatures, ActTypes actTypes) {
        this.actTypes = actTypes;
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

    static final int PAGE = 50;

    /** The record, newest first, a page at a time, filtered by act type, state and days (UTC) as the reader asks. */
    @GetMapping("/log")
    String log(@RequestParam(required = false) String type, @RequestParam(required = false) String state,
            @RequestParam(required = false) String from, @RequestParam(required = false) String until,
            @RequestParam(required = false) String before, Model model, java.util.Locale locale) {
        var query = LogQuery.of(type, state, from, until, before, actTypes);
        var found = ledger.search(query, PAGE + 1);
        var entries = found.size() > PAGE ? found.subList(0, PAGE) : found;
        model.addAttribute("checkpoint", checkpoints.latest().orElse(null));
        model.addAttribute("verifierKey", checkpoints.verifierKey());
        model.addAttribute("size", ledger.size());
        model.addAttribute("query", query);
        model.addAttribute("state", query.state());
        model.addAttribute("stateName", query.state() == null ? null : Countries.name(query.state(), locale));
        model.addAttribute("actTypes", actTypes.names());
        model.addAttribute("states", Countries.states().stream()
                .map(c -> java.util.Map.entry(c.alpha3(), Countries.name(c.alpha3(), locale))).toList());
        model.addAttribute("entries", entries);
        model.addAttribute("olderHref", found.size() > PAGE ? link(query, entries.get(entries.size() - 1).index()) : null);
        model.addAttribute("newestHref", query.before() == null ? null : link(query, null));
        model.addAttribute("hashes", new Hashes());
        return "log";
    }

    /** The same filters, from entry {@code before} down (the newest when null). */
    private static String link(LogQuery query, Long before) {
        var uri = org.springframework.web.util.UriComponentsBuilder.fromPath("/log");
        java.util.function.BiConsumer<String, Object> add = (name, value) -> {
            if (value != null) {
                uri.queryParam(name, value);
            }
        };
        add.accept("type", query.type());
        add.accept("state", query.state());
        add.accept("from", query.from());
        add.accept("until", query.until());
        add.accept("before", before);
        return uri.encode().build().toUriString();
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

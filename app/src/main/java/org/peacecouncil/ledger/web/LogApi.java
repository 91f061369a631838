package org.peacecouncil.ledger.web;

import java.time.Instant;
import java.util.Base64;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.peacecouncil.ledger.Checkpoint;
import org.peacecouncil.ledger.ActTypes;
import org.peacecouncil.ledger.Checkpoints;
import org.peacecouncil.ledger.LogQuery;
import org.peacecouncil.ledger.Ledger;
import org.peacecouncil.platform.CouncilProblem;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@RestController
@RequestMapping("/api/v1/log")
@Tag(name = "Transparency log", description = "Entries, checkpoints and proofs of the council's public record")
class LogApi {

    record LogState(String origin, String verifierKey, long size, String rootHash, String checkpoint, long entriesAppended) {
    }

    record EntryView(long index, String module, String type, String state, Instant recordedAt, String leafHash,
            @io.swagger.v3.oas.annotations.media.Schema(type = "object", additionalProperties =
                    io.swagger.v3.oas.annotations.media.Schema.AdditionalPropertiesValue.TRUE,
                    description = "the entry's canonical JSON as recorded (docs/log-format.md)") JsonNode entry) {
    }

    record InclusionProof(long index, long size, String leafHash, String rootHash, List<String> proof) {
    }

    record ConsistencyProof(long from, long to, String fromRootHash, String toRootHash, List<String> proof) {
    }

    record CheckpointView(long size, String rootHash, Instant createdAt, String note) {
    }

    private final Ledger ledger;
    private final Checkpoints checkpoints;
    private final JsonMapper json;

    private final ActTypes actTypes;

    LogApi(Ledger ledger, Checkpoints checkpoints, JsonMapper json, ActTypes actTypes) {
        this.actTypes = actTypes;
        this.ledger = ledger;
        this.checkpoints = checkpoints;
        this.json = json;
    }

    @GetMapping
    @Operation(summary = "The latest checkpoint, the verifier key and the log's size")
    LogState state() {
        var latest = latest();
        return new LogState(checkpoints.origin(), checkpoints.verifierKey(), latest.size(), b64(latest.rootHash()),
                latest.signedNote(), ledger.size());
    }

    @GetMapping("/entries/{index}")
    @Operation(summary = "One entry: its canonical JSON as recorded and its leaf hash")
    EntryView entry(@PathVariable long index) {
        return ledger.entry(index).map(this::view)
                .orElseThrow(() -> new CouncilProblem.NotFound("The log has no entry " + index + "."));
    }

    @GetMapping("/entries")
    @Operation(summary = "The latest entries, newest first, optionally of one act type, about one state, recorded between two days (UTC, both included) or older than an index")
    List<EntryView> entries(@RequestParam(required = false) String type, @RequestParam(required = false) String state,
            @RequestParam(required = false) String from, @RequestParam(required = false) String until,
            @RequestParam(required = false) String before, @RequestParam(defaultValue = "50") int limit) {
        if (limit < 1 || limit > 500) {
            throw new CouncilProblem.InvalidRequest("bad-limit", "limit must be between 1 and 500.");
        }
        return ledger.search(LogQuery.of(type, state, from, until, before, actTypes), limit).stream().map(this::view).toList();
    }

    @GetMapping("/proofs/inclusion")
    @Operation(summary = "RFC 9162 inclusion proof of entry `index` in the tree of `size` entries (default: the latest checkpoint)")
    InclusionProof inclusion(@RequestParam long index, @RequestParam(required = false) Long size) {
        long treeSize = size == null ? latest().size() : size;
        var entry = ledger.entry(index).orElseThrow(() -> new CouncilProblem.NotFound("The log has no entry " + index + "."));
        var proof = ledger.inclusionProof(index, treeSize);
        return new InclusionProof(index, treeSize, b64(entry.leafHash()), b64(ledger.root(treeSize)),
                proof.stream().map(LogApi::b64).toList());
    }

    @GetMapping("/proofs/consistency")
    @Operation(summary = "RFC 9162 consistency proof between the trees of `from` and `to` entries")
    ConsistencyProof consistency(@RequestParam long from, @RequestParam(required = false) Long to) {
        long toSize = to == null ? latest().size() : to;
        var proof = ledger.consistencyProof(from, toSize);
        return new ConsistencyProof(from, toSize, b64(ledger.root(from)), b64(ledger.root(toSize)),
                proof.stream().map(LogApi::b64).toList());
    }

    @GetMapping("/checkpoints")
    @Operation(summary = "Signed checkpoints, newest first, or the one of a given size")
    List<CheckpointView> checkpoints(@RequestParam(required = false) Long size, @RequestParam(defaultValue = "20") int limit) {
        if (size != null) {
            return List.of(checkpoints.ofSize(size).map(LogApi::view)
                    .orElseThrow(() -> new CouncilProblem.NotFound("No checkpoint was signed at size " + size + ".")));
        }
        if (limit < 1 || limit > 500) {
            throw new CouncilProblem.InvalidRequest("bad-limit", "limit must be between 1 and 500.");
        }
        return checkpoints.recent(limit).stream().map(LogApi::view).toList();
    }

    private Checkpoint latest() {
        return checkpoints.latest().orElseThrow(() -> new CouncilProblem.RuleViolation("no-checkpoint",
                "No checkpoint has been signed yet; try again in a second."));
    }

    private EntryView view(Ledger.Entry e) {
        return new EntryView(e.index(), e.module(), e.type(), e.subjectState(), e.recordedAt(), b64(e.leafHash()), json.readTree(e.body()));
    }

    private static CheckpointView view(Checkpoint c) {
        return new CheckpointView(c.size(), b64(c.rootHash()), c.createdAt(), c.signedNote());
    }

    private static String b64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }
}

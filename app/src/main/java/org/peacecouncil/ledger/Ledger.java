package org.peacecouncil.ledger;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.erdtman.jcs.JsonCanonicalizer;
import org.peacecouncil.platform.CouncilProblem;
import org.peacecouncil.platform.RecordedAct;
import org.peacecouncil.platform.Timestamps;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The transparency log. Appends every recorded act in the transaction that records it, and answers for the
 * tree: heads, inclusion and consistency proofs, all from stored complete-subtree hashes.
 */
@Service
public class Ledger {

    /** An entry's bytes may not exceed what a tile entry bundle's 16-bit length prefix can say. */
    public static final int MAX_ENTRY_BYTES = 65_535;

    /** One entry of the log. */
    public record Entry(long index, String body, String module, String type, String subjectState, java.time.Instant recordedAt,
            byte[] leafHash) {
    }

    private final LogStore store;
    private final JsonMapper json;

    private final org.springframework.context.ApplicationEventPublisher events;

    Ledger(LogStore store, JsonMapper json, org.springframework.context.ApplicationEventPublisher events) {
        this.store = store;
        this.json = json;
        this.events = events;
    }

    /**
     * Appends the act inside the caller's transaction (there must be one: an act logged apart from its change
     * could disagree with the tables). The entry is the RFC 8785 canonical JSON of the act.
     */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void append(RecordedAct act) {
        if (store.appendsInDatabase()) {
            appendInDatabase(act);
            return;
        }
        var claim = store.claimNext();
        long seq = claim.seq();
        String body = canonical(seq, act);
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        if (bytes.length > MAX_ENTRY_BYTES) {
            throw new CouncilProblem.InvalidRequest("entry-too-large",
                    "This act is too large to record (" + bytes.length + " bytes; the log takes at most " + MAX_ENTRY_BYTES + ").");
        }
        byte[] frontier = claim.frontier();
        if (frontier.length != Long.bitCount(seq) * 32) {
            throw new IllegalStateException("The log's frontier does not fit its size " + seq + "; the log_head row was altered.");
        }
        // The new leaf completes one subtree per trailing 1-bit of its index; their left halves are the frontier's
        // smallest subtrees, at its end.
        byte[] leafHash = MerkleTree.leafHash(bytes);
        byte[] hash = leafHash;
        int end = frontier.length;
        var completed = new java.util.ArrayList<LogStore.Node>();
        for (int level = 0; ((seq >> level) & 1) == 1; level++) {
            hash = MerkleTree.nodeHash(java.util.Arrays.copyOfRange(frontier, end - 32, end), hash);
            end -= 32;
            completed.add(new LogStore.Node(new LogStore.Address(level + 1, seq >> (level + 1)), hash));
        }
        byte[] next = java.util.Arrays.copyOf(frontier, end + 32);
        System.arraycopy(hash, 0, next, end, 32);
        store.write(new LogStore.StoredEntry(seq, body, act.module(), type(act), blankToNull(act.subjectState()), act.recordedAt()),
                leafHash, completed, next);
        events.publishEvent(new EntryAppended(seq, act));
    }

    /** A number no entry's sequence number can be, written where the database puts the real one. */
    private static final long SEQ_PLACEHOLDER = -8_765_432_109_876_543L;
    private static final String SEQ_FIELD = "\"seq\":" + SEQ_PLACEHOLDER;

    private void appendInDatabase(RecordedAct act) {
        String body = canonical(SEQ_PLACEHOLDER, act);
        int at = body.indexOf(SEQ_FIELD) + "\"seq\":".length();
        String before = body.substring(0, at);
        String after = body.substring(at + String.valueOf(SEQ_PLACEHOLDER).length());
        // The longest sequence number has 19 digits; the placeholder stands for at most that many bytes.
        int longest = before.getBytes(StandardCharsets.UTF_8).length + 19 + after.getBytes(StandardCharsets.UTF_8).length;
        if (longest > MAX_ENTRY_BYTES) {
            throw new CouncilProblem.InvalidRequest("entry-too-large",
                    "This act is too large to record (" + longest + " bytes; the log takes at most " + MAX_ENTRY_BYTES + ").");
        }
        long seq = store.appendInDatabase(before, after, act.module(), type(act), blankToNull(act.subjectState()), act.recordedAt());
        events.publishEvent(new EntryAppended(seq, act));
    }

    private String canonical(long seq, RecordedAct act) {
        ObjectNode payload = json.valueToTree(act);
        payload.remove(List.of("state", "actor", "recordedAt", "module", "subjectState"));
        ObjectNode envelope = json.createObjectNode();
        envelope.put("seq", seq);
        envelope.put("time", Timestamps.text(act.recordedAt()));
        envelope.put("module", act.module());
        envelope.put("type", type(act));
        envelope.put("actor", act.actor());
        if (blankToNull(act.subjectState()) != null) {
            envelope.put("state", act.subjectState());
        }
        envelope.set("payload", payload);
        try {
            return new JsonCanonicalizer(json.writeValueAsString(envelope)).getEncodedString();
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot canonicalize a log entry", e);
        }
    }

    private static String type(RecordedAct act) {
        return act.getClass().getSimpleName();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    // ------------------------------------------------------------------ reading

    public long size() {
        return store.size();
    }

    public Optional<Entry> entry(long index) {
        return store.entry(index).map(this::entry);
    }

    public List<Entry> latest(int limit) {
        return store.latest(limit).stream().map(this::entry).toList();
    }

    public List<Entry> about(String state, int limit) {
        return store.about(state, limit).stream().map(this::entry).toList();
    }

    /** Entries {@code from <= index < until}. */
    public List<Entry> entries(long from, long until) {
        return store.entries(from, until).stream().map(this::entry).toList();
    }

    private Entry entry(LogStore.StoredEntry e) {
        return new Entry(e.seq(), e.body(), e.module(), e.type(), e.subjectState(), e.recordedAt(),
                MerkleTree.leafHash(e.body().getBytes(StandardCharsets.UTF_8)));
    }

    public byte[] root(long size) {
        return withTree(size, tree -> tree.root(size));
    }

    public List<byte[]> inclusionProof(long index, long size) {
        if (size >= 0 && (index < 0 || index >= size)) {
            throw new CouncilProblem.InvalidRequest("bad-index", "index must be at least 0 and less than size " + size + ".");
        }
        return withTree(size, tree -> tree.inclusionProof(index, size));
    }

    public List<byte[]> consistencyProof(long from, long to) {
        if (to >= 0 && (from < 1 || from > to)) {
            throw new CouncilProblem.InvalidRequest("bad-range", "from must be at least 1 and at most to (" + to + ").");
        }
        return withTree(to, tree -> tree.consistencyProof(from, to));
    }

    /** Stored hashes at one tree level, for a tile. */
    public List<byte[]> hashes(int level, long from, long until) {
        return store.hashes(level, from, until);
    }

    /**
     * A computation over the tree of the given size, with the stored hashes it needs fetched together with the log's
     * size in one query: the addresses a computation needs do not depend on the hashes' values, so a first pass with
     * placeholder hashes collects them.
     */
    private <T> T withTree(long size, java.util.function.Function<MerkleTree, T> computation) {
        var wanted = new java.util.LinkedHashSet<LogStore.Address>();
        if (size >= 0) {
            computation.apply(MerkleTree.over((level, index) -> {
                wanted.add(new LogStore.Address(level, index));
                return PLACEHOLDER;
            }));
        }
        var lookup = store.lookup(wanted);
        if (size < 0 || size > lookup.logSize()) {
            throw new CouncilProblem.InvalidRequest("bad-size", "size must be between 0 and the log's size, " + lookup.logSize() + ".");
        }
        return computation.apply(MerkleTree.over((level, index) -> {
            byte[] hash = lookup.hashes().get(new LogStore.Address(level, index));
            if (hash == null) {
                throw new IllegalStateException("The log has no stored hash at level " + level + ", index " + index);
            }
            return hash;
        }));
    }

    private static final byte[] PLACEHOLDER = new byte[32];
}

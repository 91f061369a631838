package org.peacecouncil.ledger;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.peacecouncil.platform.CouncilProblem;
import org.peacecouncil.platform.RecordedAct;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

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
    private final LogAppender appender;
    private final org.springframework.context.ApplicationEventPublisher events;

    Ledger(LogStore store, LogAppender appender, org.springframework.context.ApplicationEventPublisher events) {
        this.store = store;
        this.appender = appender;
        this.events = events;
    }

    /**
     * Appends the act inside the caller's transaction (there must be one: an act logged apart from its change
     * could disagree with the tables). The entry is the RFC 8785 canonical JSON of the act ({@link LogEntryFormat}).
     */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void append(RecordedAct act) {
        long seq = appender.append(act);
        events.publishEvent(new EntryAppended(seq, act));
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

    /** The entries the query asks for, newest first, at most {@code limit}. */
    public List<Entry> search(LogQuery query, int limit) {
        return store.search(query, limit).stream().map(this::entry).toList();
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

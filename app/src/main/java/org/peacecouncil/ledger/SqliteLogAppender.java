package org.peacecouncil.ledger;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;

import org.peacecouncil.platform.RecordedAct;

/**
 * SQLite: the transaction already holds the database's only write lock (it began IMMEDIATE), so the append reads
 * the head's size and frontier, computes the new leaf and the subtrees it completes, and writes them once.
 */
final class SqliteLogAppender implements LogAppender {

    private final LogStore store;
    private final LogEntryFormat format;

    SqliteLogAppender(LogStore store, LogEntryFormat format) {
        this.store = store;
        this.format = format;
    }

    @Override
    public long append(RecordedAct act) {
        var claim = store.claimNext();
        long seq = claim.seq();
        String body = format.entry(seq, act);
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        LogEntryFormat.requireFits(bytes.length);
        byte[] frontier = claim.frontier();
        if (frontier.length != Long.bitCount(seq) * 32) {
            throw new IllegalStateException("The log's frontier does not fit its size " + seq + "; the log_head row was altered.");
        }
        // The new leaf completes one subtree per trailing 1-bit of its index; their left halves are the frontier's
        // smallest subtrees, at its end.
        byte[] leafHash = MerkleTree.leafHash(bytes);
        byte[] hash = leafHash;
        int end = frontier.length;
        var completed = new ArrayList<LogStore.Node>();
        for (int level = 0; ((seq >> level) & 1) == 1; level++) {
            hash = MerkleTree.nodeHash(Arrays.copyOfRange(frontier, end - 32, end), hash);
            end -= 32;
            completed.add(new LogStore.Node(new LogStore.Address(level + 1, seq >> (level + 1)), hash));
        }
        byte[] next = Arrays.copyOf(frontier, end + 32);
        System.arraycopy(hash, 0, next, end, 32);
        store.write(new LogStore.StoredEntry(seq, body, act.module(), LogEntryFormat.type(act), LogEntryFormat.subjectState(act),
                act.recordedAt()), leafHash, completed, next);
        return seq;
    }
}

package org.peacecouncil.ledger;

import java.nio.charset.StandardCharsets;

import org.peacecouncil.platform.RecordedAct;

/** PostgreSQL: the database numbers the entry, writes it around its number and hashes it (log_append, V4). */
final class PostgresLogAppender implements LogAppender {

    /** A number no entry's sequence number can be, written where the database puts the real one. */
    private static final long SEQ_PLACEHOLDER = -8_765_432_109_876_543L;
    private static final String SEQ_FIELD = "\"seq\":" + SEQ_PLACEHOLDER;

    private final LogStore store;
    private final LogEntryFormat format;

    PostgresLogAppender(LogStore store, LogEntryFormat format) {
        this.store = store;
        this.format = format;
    }

    @Override
    public long append(RecordedAct act) {
        String body = format.entry(SEQ_PLACEHOLDER, act);
        int at = body.indexOf(SEQ_FIELD) + "\"seq\":".length();
        String before = body.substring(0, at);
        String after = body.substring(at + String.valueOf(SEQ_PLACEHOLDER).length());
        // The longest sequence number has 19 digits; the placeholder stands for at most that many bytes.
        int longest = before.getBytes(StandardCharsets.UTF_8).length + 19 + after.getBytes(StandardCharsets.UTF_8).length;
        LogEntryFormat.requireFits(longest);
        return store.appendInDatabase(before, after, act.module(), LogEntryFormat.type(act), LogEntryFormat.subjectState(act),
                act.recordedAt());
    }
}

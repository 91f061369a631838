package org.peacecouncil.claims;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

import org.peacecouncil.ledger.Ledger;
import org.peacecouncil.platform.StateCode;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A state's evidence on an assertion, kept for the next check of the same thing while the log has not grown. Every act
 * of every module is on the log, so while its size is the same the records behind a verdict are the same; a time asked
 * that is "now" stands for every later now until then, provided nothing on the log is dated after the now it was read
 * at (a clock set back). The rules decide afresh at every read: only the reading of the records is kept.
 */
@Component
class KeptEvidence {

    private final EvidenceReader reader;
    private final Ledger ledger;
    private final int capacity;
    private final ConcurrentHashMap<Key, Kept> kept = new ConcurrentHashMap<>();

    KeptEvidence(EvidenceReader reader, Ledger ledger, @Value("${peace-council.claims.kept-evidence:1024}") int capacity) {
        this.reader = reader;
        this.ledger = ledger;
        this.capacity = capacity;
    }

    /**
     * The evidence for a check of an assertion anyone may type: refused as {@link EvidenceReader#requireKnown} refuses it
     * unless the same was read at this size of the log (then it was known, and still is).
     */
    Evidence check(StateCode state, Assertion assertion, List<Instant> asked, Instant now, long logSize) {
        return read(state, assertion, asked, now, logSize, true);
    }

    /** {@code asked} as for {@link EvidenceReader#read}; {@code logSize} read before, {@code now} the request's time. */
    Evidence read(StateCode state, Assertion assertion, List<Instant> asked, Instant now, long logSize) {
        return read(state, assertion, asked, now, logSize, false);
    }

    private Evidence read(StateCode state, Assertion assertion, List<Instant> asked, Instant now, long logSize, boolean check) {
        var key = new Key(state, assertion, asked.stream().map(t -> t.equals(now) ? NOW : t).toList());
        var found = kept.get(key);
        if (found != null && found.logSize() == logSize) {
            return found.evidence();
        }
        if (check) {
            reader.requireKnown(assertion);
        }
        var evidence = reader.read(state, assertion, asked);
        if (capacity > 0 && ledger.size() == logSize && ledger.latest(1).stream().noneMatch(e -> e.recordedAt().isAfter(now))) {
            if (kept.size() >= capacity) {
                kept.clear();
            }
            kept.put(key, new Kept(logSize, evidence));
        }
        return evidence;
    }

    private static final Instant NOW = Instant.MAX;

    private record Key(StateCode state, Assertion assertion, List<Instant> asked) {
    }

    private record Kept(long logSize, Evidence evidence) {
    }
}

package org.peacecouncil.ledger;

import org.peacecouncil.platform.RecordedAct;

/**
 * Published in the transaction of an act right after the ledger appended it: the entry's index, so that the
 * module whose act it was can link its record pages to their log entries.
 */
public record EntryAppended(long index, RecordedAct act) {

    /** The act's stable public name on the log (its {@code @ActType}), never a Java class name. */
    public String type() {
        return LogEntryFormat.declaration(act.getClass()).value();
    }
}

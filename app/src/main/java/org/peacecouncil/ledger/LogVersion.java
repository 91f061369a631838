package org.peacecouncil.ledger;

import java.time.Instant;

import org.peacecouncil.platform.RecordVersion;
import org.springframework.stereotype.Component;

/** Every act of every module is on the log: its size and latest checkpoint version the whole public record. */
@Component
class LogVersion implements RecordVersion {

    private final LogStore store;

    LogVersion(LogStore store) {
        this.store = store;
    }

    @Override
    public String at(Instant now) {
        return store.version();
    }
}

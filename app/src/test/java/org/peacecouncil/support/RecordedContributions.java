package org.peacecouncil.support;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

import org.peacecouncil.membership.CashContributions;
import org.peacecouncil.platform.RecordVersion;

/**
 * Stands in for the finance module: contributions the test records, answered exactly as a ledger would. Like any
 * record readers see, its changes change the record's version (the finance module's acts will be on the log).
 */
public class RecordedContributions implements CashContributions, RecordVersion {

    private record Entry(String state, Contribution contribution) {
    }

    private final List<Entry> entries = new CopyOnWriteArrayList<>();
    private final AtomicLong changes = new AtomicLong();

    public void record(String state, Contribution contribution) {
        entries.add(new Entry(state, contribution));
        changes.incrementAndGet();
    }

    public void clear() {
        entries.clear();
        changes.incrementAndGet();
    }

    @Override
    public String at(Instant now) {
        return Long.toString(changes.get());
    }

    @Override
    public List<Contribution> of(String state, LocalDate from, LocalDate until) {
        return entries.stream()
                .filter(e -> e.state().equals(state))
                .map(Entry::contribution)
                .filter(c -> !c.on().isBefore(from) && c.on().isBefore(until))
                .toList();
    }
}

package org.peacecouncil.support;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.peacecouncil.membership.CashContributions;

/** Stands in for the finance module: contributions the test records, answered exactly as a ledger would. */
public class RecordedContributions implements CashContributions {

    private record Entry(String state, Contribution contribution) {
    }

    private final List<Entry> entries = new CopyOnWriteArrayList<>();

    public void record(String state, Contribution contribution) {
        entries.add(new Entry(state, contribution));
    }

    public void clear() {
        entries.clear();
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

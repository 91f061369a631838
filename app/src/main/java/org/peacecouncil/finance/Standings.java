package org.peacecouncil.finance;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.peacecouncil.platform.StateCode;
import org.peacecouncil.platform.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A state's standing in a fund as its record stood at any time — what its counted flows added up to, and which of
 * them counted — read from the changes kept as flows are confirmed and withdrawn ({@link CountedChanges}), so that a
 * check of what was said about a state reads a few rows whatever the number of its flows. Reads only.
 */
@Component
public class Standings {

    private final JdbcClient jdbc;
    private final FinanceStore store;

    Standings(JdbcClient jdbc, FinanceStore store) {
        this.jdbc = jdbc;
        this.store = store;
    }

    /** The fund's currency, or empty if there is no such fund. */
    public Optional<String> currencyOf(FundId fund) {
        return jdbc.sql("SELECT currency FROM funds WHERE id = ?").param(fund.value()).query(String.class).optional();
    }

    /** The state's standing in the fund as it was at {@code at}. */
    public Views.Standing at(StateCode state, FundId fund, Instant at) {
        return jdbc.sql("SELECT " + CountedChanges.COLUMNS + " FROM counted_changes WHERE fund_id = ? AND contributor = ? AND at <= ? "
                + "ORDER BY at DESC, ord DESC LIMIT 1").params(fund.value(), state.alpha3(), Timestamps.text(at))
                .query(CountedChanges::figures).optional().map(Standings::standing).orElse(Views.Standing.NONE);
    }

    /**
     * The state's standing after each change up to {@code until} at which the number of its counted flows of
     * {@code lowest} kind or above (PLEDGE, then COMMITMENT, then PAID) went from none to some or back, oldest first.
     */
    public List<Views.Standing> crossings(StateCode state, FundId fund, FlowKind lowest, Instant until) {
        // the crossings' bits (1 any kind, 2 commitments and receipts, 4 receipts) listed, so that the index finds them
        String bits = switch (lowest) {
            case PLEDGE -> "1, 3, 5, 7";
            case COMMITMENT -> "2, 3, 6, 7";
            case PAID -> "4, 5, 6, 7";
            case DISBURSEMENT -> throw new IllegalArgumentException("A disbursement is no state's flow.");
        };
        return jdbc.sql("SELECT " + CountedChanges.COLUMNS + " FROM counted_changes WHERE fund_id = ? AND contributor = ? "
                + "AND crossings IN (" + bits + ") AND at <= ?") // sorted here: an ORDER BY has SQLite walk every change instead
                .params(fund.value(), state.alpha3(), Timestamps.text(until)).query(CountedChanges::figures).list()
                .stream().sorted(java.util.Comparator.comparingLong(CountedChanges.Figures::ord)).map(Standings::standing).toList();
    }

    /** The state's standing after every change up to {@code until}, oldest first: as many as its flows' changes. */
    public List<Views.Standing> changes(StateCode state, FundId fund, Instant until) {
        return jdbc.sql("SELECT " + CountedChanges.COLUMNS + " FROM counted_changes WHERE fund_id = ? AND contributor = ? AND at <= ? "
                + "ORDER BY at, ord").params(fund.value(), state.alpha3(), Timestamps.text(until)).query(CountedChanges::figures).list()
                .stream().map(Standings::standing).toList();
    }

    /**
     * The latest {@code limit} of the state's flows to the fund that counted at {@code at}, of {@code lowest} kind or
     * above — the last to begin counting first — with when each counted and its log entries.
     */
    public List<Views.FlowHistory> countedAt(StateCode state, FundId fund, Instant at, FlowKind lowest, int limit) {
        var kinds = switch (lowest) {
            case PLEDGE -> "'PLEDGE', 'COMMITMENT', 'PAID'";
            case COMMITMENT -> "'COMMITMENT', 'PAID'";
            case PAID -> "'PAID'";
            case DISBURSEMENT -> throw new IllegalArgumentException("A disbursement is no state's flow.");
        };
        String t = Timestamps.text(at);
        var counted = jdbc.sql("SELECT id, kind, minor_units, currency, usd_minor, item, quantity, unit, recorded_at, counted_from, counted_until "
                + "FROM flows WHERE fund_id = ? AND contributor = ? AND counted_from <= ? AND (counted_until IS NULL OR counted_until > ?) "
                + "AND kind IN (" + kinds + ") ORDER BY counted_from DESC, seq DESC LIMIT ?").params(fund.value(), state.alpha3(), t, t, limit)
                .query((rs, n) -> {
                    long minor = rs.getLong(3); // the flow's entries are read next, for all of them in one query
                    var cash = rs.wasNull() ? null : new org.peacecouncil.platform.Money(minor, rs.getString(4));
                    long usd = rs.getLong(5);
                    var usdEquivalent = rs.wasNull() ? null : new org.peacecouncil.platform.Money(usd, "USD");
                    String item = rs.getString(6);
                    var goods = item == null ? null : new Views.Goods(item, rs.getLong(7), rs.getString(8));
                    return new Views.FlowHistory(rs.getString(1), fund.value(), rs.getString(2), cash, usdEquivalent, goods,
                            Timestamps.instant(rs.getString(9)), Timestamps.instant(rs.getString(10)), Timestamps.instant(rs.getString(11)),
                            List.of());
                }).list();
        var entries = store.entriesOfFlowIds(counted.stream().map(Views.FlowHistory::id).toList());
        return counted.stream().map(c -> new Views.FlowHistory(c.id(), c.fund(), c.kind(), c.cash(), c.usdEquivalent(), c.inKind(),
                c.recordedAt(), c.countedFrom(), c.countedUntil(), entries.getOrDefault(c.id(), List.of()))).toList();
    }

    private static Views.Standing standing(CountedChanges.Figures f) {
        return new Views.Standing(f.at(), f.ord(), f.counts().pledged(), f.counts().committed(), f.counts().received(), f.usd().pledged(),
                f.usd().committed(), f.usd().received(), f.inFund().pledged(), f.inFund().committed(), f.inFund().received(),
                f.latestFrom());
    }
}

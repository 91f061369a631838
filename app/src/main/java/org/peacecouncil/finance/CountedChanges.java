package org.peacecouncil.finance;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

import org.peacecouncil.platform.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * When each of a state's flows counted, and what its counted flows to a fund added up to after every change
 * ({@code counted_changes}), written in the same transaction as the change. A change is appended after the latest
 * one; one dated before it (a clock set back) has the state's changes in that fund computed again from its flows.
 */
@Component
class CountedChanges {

    static final String COLUMNS = """
            ord, at, pledges, commitments, receipts, pledged_usd, committed_usd, received_usd, pledged_fund, committed_fund,
            received_fund, latest_from, crossings""";

    private final JdbcClient jdbc;

    CountedChanges(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The flow began to count at {@code at} (it was recorded by its state, or confirmed by it). */
    void began(Flow flow, Instant at) {
        jdbc.sql("UPDATE flows SET counted_from = ? WHERE id = ?").params(Timestamps.text(at), flow.id().value()).update();
        change(flow, +1, at);
    }

    /** The flow, which counted, stopped counting at {@code at} (it was withdrawn). */
    void ended(Flow flow, Instant at) {
        jdbc.sql("UPDATE flows SET counted_until = ? WHERE id = ?").params(Timestamps.text(at), flow.id().value()).update();
        change(flow, -1, at);
    }

    private void change(Flow flow, int sign, Instant at) {
        if (flow.contributor() == null || flow.kind() == FlowKind.DISBURSEMENT) {
            return;
        }
        String fund = flow.fund().value();
        String fundCurrency = jdbc.sql("SELECT currency FROM funds WHERE id = ?").param(fund).query(String.class).single();
        String state = flow.contributor().alpha3();
        var last = latest(fund, state);
        if (last.isPresent() && last.get().at().isAfter(at)) {
            rebuild(fund, state, fundCurrency);
            return;
        }
        var before = last.orElse(Figures.NONE);
        var after = before.plus(flow.kind(), sign, usdValue(flow), fundValue(flow, fundCurrency), at);
        Instant latestFrom = sign > 0 ? at : latestCountedFrom(fund, state, at);
        insert(fund, state, flow.id().value(), sign, after, latestFrom, crossings(before, after));
    }

    /** The state's changes in the fund computed again, in time order, from when each of its flows counted. */
    private void rebuild(String fund, String state, String fundCurrency) {
        jdbc.sql("DELETE FROM counted_changes WHERE fund_id = ? AND contributor = ?").params(fund, state).update();
        record Change(Instant at, int sign, Counted counted) {
        }
        var changes = new ArrayList<Change>();
        for (var counted : countedFlows(fund, state)) {
            if (counted.until() != null && !counted.until().isAfter(counted.from())) {
                continue; // withdrawn before or when it was confirmed, by the clock: it never counted
            }
            changes.add(new Change(counted.from(), +1, counted));
            if (counted.until() != null) {
                changes.add(new Change(counted.until(), -1, counted));
            }
        }
        changes.sort(Comparator.comparing(Change::at).thenComparingLong(c -> c.counted().flow().seq()).thenComparingInt(c -> -c.sign()));
        var froms = new TreeMap<Instant, Integer>();
        var figures = Figures.NONE;
        for (var c : changes) {
            var flow = c.counted().flow();
            var after = figures.plus(flow.kind(), c.sign(), usdValue(flow), fundValue(flow, fundCurrency), c.at());
            froms.merge(c.counted().from(), c.sign(), Integer::sum);
            froms.remove(c.counted().from(), 0);
            insert(fund, state, flow.id().value(), c.sign(), after, froms.isEmpty() ? null : froms.lastKey(), crossings(figures, after));
            figures = after;
        }
    }

    /** A flow of the state with when it began to count and, if it was withdrawn, stopped. */
    record Counted(Flow flow, Instant from, Instant until) {
    }

    private List<Counted> countedFlows(String fund, String state) {
        return jdbc.sql("SELECT " + FinanceStore.FLOW_COLUMNS + ", counted_from, counted_until FROM flows WHERE fund_id = ? AND contributor = ? "
                + "AND counted_from IS NOT NULL ORDER BY seq").params(fund, state)
                .query((rs, n) -> new Counted(FinanceStore.flow(rs, n), Timestamps.instant(rs.getString("counted_from")),
                        Timestamps.instant(rs.getString("counted_until")))).list();
    }

    private Instant latestCountedFrom(String fund, String state, Instant at) {
        String latest = jdbc.sql("SELECT MAX(counted_from) FROM flows WHERE fund_id = ? AND contributor = ? AND counted_from <= ? "
                + "AND (counted_until IS NULL OR counted_until > ?) AND (counted_until IS NULL OR counted_until > counted_from)")
                .params(fund, state, Timestamps.text(at), Timestamps.text(at))
                .query(String.class).optional().orElse(null);
        return Timestamps.instant(latest);
    }

    private Optional<Figures> latest(String fund, String state) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM counted_changes WHERE fund_id = ? AND contributor = ? ORDER BY ord DESC LIMIT 1")
                .params(fund, state).query(CountedChanges::figures).optional();
    }

    private void insert(String fund, String state, String flow, int sign, Figures f, Instant latestFrom, int crossings) {
        jdbc.sql("""
                INSERT INTO counted_changes (fund_id, contributor, ord, at, flow_id, sign, pledges, commitments, receipts, pledged_usd,
                    committed_usd, received_usd, pledged_fund, committed_fund, received_fund, latest_from, crossings)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(fund, state, f.ord(), Timestamps.text(f.at()), flow, sign, f.counts().pledged(), f.counts().committed(),
                        f.counts().received(), f.usd().pledged(), f.usd().committed(), f.usd().received(), f.inFund().pledged(),
                        f.inFund().committed(), f.inFund().received(), Timestamps.text(latestFrom), crossings)
                .update();
    }

    /** Which of the numbers of counted flows (any; commitments and receipts; receipts) went from none to some or back. */
    static int crossings(Figures before, Figures after) {
        int bits = 0;
        if ((before.counts().total() > 0) != (after.counts().total() > 0)) {
            bits |= 1;
        }
        if ((before.counts().committed() + before.counts().received() > 0) != (after.counts().committed() + after.counts().received() > 0)) {
            bits |= 2;
        }
        if ((before.counts().received() > 0) != (after.counts().received() > 0)) {
            bits |= 4;
        }
        return bits;
    }

    /** Cash in USD, else its USD equivalent; goods without a valuation are worth nothing here. */
    static long usdValue(Flow f) {
        if (f.cash() == null) {
            return 0;
        }
        return f.cash().currency().equals("USD") ? f.cash().minorUnits() : f.usdMinor() == null ? 0 : f.usdMinor();
    }

    /** Cash in the fund's currency; for a USD fund, else its USD equivalent. */
    static long fundValue(Flow f, String fundCurrency) {
        if (f.cash() == null) {
            return 0;
        }
        if (f.cash().currency().equals(fundCurrency)) {
            return f.cash().minorUnits();
        }
        return fundCurrency.equals("USD") && f.usdMinor() != null ? f.usdMinor() : 0;
    }

    /** Three figures, one per kind of flow a state gives. */
    record ByKind(long pledged, long committed, long received) {
        static final ByKind ZERO = new ByKind(0, 0, 0);

        ByKind plus(FlowKind kind, long delta) {
            return switch (kind) {
                case PLEDGE -> new ByKind(pledged + delta, committed, received);
                case COMMITMENT -> new ByKind(pledged, committed + delta, received);
                case PAID -> new ByKind(pledged, committed, received + delta);
                case DISBURSEMENT -> this;
            };
        }

        long total() {
            return pledged + committed + received;
        }
    }

    /** The figures after the {@code ord}-th change, at {@code at}: counted flows, their value in USD and in the fund's currency. */
    record Figures(long ord, Instant at, ByKind counts, ByKind usd, ByKind inFund, Instant latestFrom) {
        static final Figures NONE = new Figures(0, null, ByKind.ZERO, ByKind.ZERO, ByKind.ZERO, null);

        Figures plus(FlowKind kind, int sign, long usdValue, long fundValue, Instant at) {
            return new Figures(ord + 1, at, counts.plus(kind, sign), usd.plus(kind, Math.multiplyExact(usdValue, (long) sign)),
                    inFund.plus(kind, Math.multiplyExact(fundValue, (long) sign)), latestFrom);
        }
    }

    static Figures figures(ResultSet rs, int n) throws SQLException {
        return new Figures(rs.getLong("ord"), Timestamps.instant(rs.getString("at")),
                new ByKind(rs.getLong("pledges"), rs.getLong("commitments"), rs.getLong("receipts")),
                new ByKind(rs.getLong("pledged_usd"), rs.getLong("committed_usd"), rs.getLong("received_usd")),
                new ByKind(rs.getLong("pledged_fund"), rs.getLong("committed_fund"), rs.getLong("received_fund")),
                Timestamps.instant(rs.getString("latest_from")));
    }
}

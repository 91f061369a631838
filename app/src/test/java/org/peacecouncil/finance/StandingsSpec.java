package org.peacecouncil.finance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.peacecouncil.identity.Actor;
import org.peacecouncil.platform.StateCode;
import org.peacecouncil.platform.Timestamps;
import org.peacecouncil.support.CouncilTest;
import org.peacecouncil.support.OnPostgres;
import org.peacecouncil.support.OnSqlite;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A state's standing in a fund, kept as its flows are confirmed and withdrawn, is at every time what its flows' own
 * versions say: after random pledges, commitments, receipts, confirmations and withdrawals (some dated before the
 * latest, as a clock set back would), and again after the migration's backfill computed it afresh. On both engines.
 */
abstract class StandingsSpec extends CouncilTest {

    static final Instant T0 = Instant.parse("2026-02-19T16:00:00Z");
    static final List<String> STATES = List.of("ARE", "QAT");

    @Autowired
    Finances finances;

    @Autowired
    Standings standings;

    @Test
    void aStatesKeptStandingIsWhatItsFlowsSayAtEveryTime() throws Exception {
        var officer = Actor.secretariat("secretariat");
        finances.recordRate(officer, new FinanceCommands.ExchangeRate("EUR", LocalDate.of(2026, 1, 1), "1.25", "test rate"), T0);
        var usdFund = new FundId(finances.openFund(officer, new FinanceCommands.OpenFund("A USD fund", "USD", Administration.COUNCIL, null, null),
                T0).id());
        var eurFund = new FundId(finances.openFund(officer, new FinanceCommands.OpenFund("A EUR fund", "EUR", Administration.COUNCIL, null, null),
                T0).id());
        var random = new Random(20260303);
        Instant at = T0;
        var open = new ArrayList<Views.Flow>();
        var commitments = new ArrayList<Views.Flow>();
        for (int act = 0; act < 120; act++) {
            at = random.nextInt(8) == 0 ? at.minusSeconds(3600L * (1 + random.nextInt(5))) : at.plusSeconds(60L * random.nextInt(240));
            String state = STATES.get(random.nextInt(STATES.size()));
            var fund = random.nextBoolean() ? usdFund : eurFund;
            var cash = new FinanceCommands.Cash(100L * (1 + random.nextInt(50)), random.nextBoolean() ? "USD" : "EUR");
            int choice = random.nextInt(10);
            if (choice < 4) {
                var kind = random.nextBoolean() ? FlowKind.PLEDGE : FlowKind.COMMITMENT;
                var flow = finances.pledge(Actor.delegateOf(state, "delegate-" + state.toLowerCase()), fund, new FinanceCommands.Pledge(kind,
                        StateCode.of(state), cash, null, LocalDate.of(2026, 2, 19), kind == FlowKind.COMMITMENT ? "Agreement " + act : null, null), at);
                open.add(flow);
                if (kind == FlowKind.COMMITMENT) {
                    commitments.add(flow);
                }
            } else if (choice < 6) {
                open.add(finances.pledge(officer, fund, new FinanceCommands.Pledge(FlowKind.PLEDGE, StateCode.of(state), cash, null,
                        LocalDate.of(2026, 2, 19), null, "Letter " + act), at));
            } else if (choice < 7 && !commitments.isEmpty()) {
                var commitment = commitments.get(random.nextInt(commitments.size()));
                if ("CONFIRMED".equals(records().flow(new FlowId(commitment.id())).status())) {
                    finances.receive(officer, new FundId(commitment.fund()), new FinanceCommands.Receipt(new FlowId(commitment.id()), cash, null,
                            LocalDate.of(2026, 2, 20), null), at);
                }
            } else if (!open.isEmpty()) {
                var flow = records().flow(new FlowId(open.remove(random.nextInt(open.size())).id()));
                var delegation = Actor.delegateOf(flow.contributor(), "delegate-" + flow.contributor().toLowerCase());
                if (flow.status().equals("UNCONFIRMED") && random.nextBoolean()) {
                    finances.confirm(delegation, new FlowId(flow.id()), at);
                    open.add(flow);
                } else if (!flow.status().equals("WITHDRAWN")) {
                    finances.withdraw(delegation, new FlowId(flow.id()), new FinanceCommands.Withdrawal("changed its mind"), at);
                }
            }
        }
        assertStandingsAreTheFlowsOwn(usdFund, "USD");
        assertStandingsAreTheFlowsOwn(eurFund, "EUR");

        for (String statement : backfill()) {
            jdbc.sql(statement).update();
        }
        assertStandingsAreTheFlowsOwn(usdFund, "USD");
        assertStandingsAreTheFlowsOwn(eurFund, "EUR");
    }

    @Autowired
    FundRecords fundRecords;

    private FundRecords records() {
        return fundRecords;
    }

    /** The migration's own statements that fill the kept changes, run again over what was written. */
    private List<String> backfill() throws Exception {
        String text;
        try (var in = getClass().getResourceAsStream("/db/migration/common/V14__counted_standings.sql")) {
            text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        var statements = new ArrayList<String>(List.of("DELETE FROM counted_changes", "UPDATE flows SET counted_from = NULL, counted_until = NULL"));
        for (String statement : text.replaceAll("(?m)^\\s*--.*$", "").split(";")) {
            String s = statement.strip();
            if (s.startsWith("UPDATE flows") || s.startsWith("INSERT INTO counted_changes")) {
                statements.add(s);
            }
        }
        assertThat(statements).hasSize(5);
        return statements;
    }

    /** A flow as its versions say: when it counted, its kind and values. */
    record Counted(long seq, String contributor, String kind, Instant from, Instant until, long usd, long inFund) {
    }

    private void assertStandingsAreTheFlowsOwn(FundId fund, String currency) {
        var versions = new TreeMap<String, List<String[]>>();
        jdbc.sql("SELECT v.flow_id, v.status, v.recorded_at FROM flow_versions v JOIN flows f ON f.id = v.flow_id WHERE f.fund_id = ? "
                + "ORDER BY v.flow_id, v.version").param(fund.value())
                .query((rs, n) -> versions.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new String[] {rs.getString(2), rs.getString(3)}))
                .list();
        var flows = jdbc.sql("SELECT id, seq, contributor, kind, minor_units, currency, usd_minor FROM flows WHERE fund_id = ? AND contributor IS NOT NULL")
                .param(fund.value()).query((rs, n) -> {
                    Instant from = null;
                    Instant until = null;
                    for (var v : versions.get(rs.getString("id"))) {
                        if (v[0].equals("CONFIRMED") && from == null) {
                            from = Timestamps.instant(v[1]);
                        } else if (v[0].equals("WITHDRAWN") && from != null && until == null) {
                            until = Timestamps.instant(v[1]);
                        }
                    }
                    long minor = rs.getLong("minor_units");
                    long usd = rs.getString("currency").equals("USD") ? minor : rs.getLong("usd_minor");
                    long inFund = rs.getString("currency").equals(currency) ? minor : currency.equals("USD") ? rs.getLong("usd_minor") : 0;
                    return new Counted(rs.getLong("seq"), rs.getString("contributor"), rs.getString("kind"), from, until, usd, inFund);
                }).list();
        assertThat(flows).isNotEmpty();
        for (String state : STATES) {
            var own = flows.stream().filter(f -> f.contributor().equals(state) && f.from() != null).toList();
            var times = new TreeSet<Instant>();
            own.forEach(f -> {
                times.add(f.from());
                times.add(f.from().minusNanos(1000));
                if (f.until() != null) {
                    times.add(f.until());
                    times.add(f.until().minusNanos(1000));
                }
            });
            times.add(T0.minusSeconds(1));
            Views.Standing previous = Views.Standing.NONE;
            var crossed = new TreeSet<Instant>();
            for (Instant t : times) {
                var expected = expectedAt(own, t);
                var kept = standings.at(StateCode.of(state), fund, t);
                assertThat(figures(kept)).as(state + " in " + currency + " at " + t).isEqualTo(figures(expected));
                if ((previous.pledges() + previous.commitments() + previous.receipts() > 0)
                        != (expected.pledges() + expected.commitments() + expected.receipts() > 0)) {
                    crossed.add(t);
                }
                previous = expected;
            }
            var kept = standings.crossings(StateCode.of(state), fund, FlowKind.PLEDGE, Instant.parse("2027-01-01T00:00:00Z")).stream()
                    .map(Views.Standing::since).toList();
            assertThat(kept).as(state + ": every time its counted flows went from none to some or back is a crossing").containsAll(crossed);
        }
    }

    private static List<Object> figures(Views.Standing s) {
        return List.of(s.pledges(), s.commitments(), s.receipts(), s.pledgedUsd(), s.committedUsd(), s.receivedUsd(),
                s.pledgedInFundCurrency(), s.committedInFundCurrency(), s.receivedInFundCurrency(),
                String.valueOf(s.latestCountedFrom()));
    }

    private static Views.Standing expectedAt(List<Counted> flows, Instant t) {
        long[] n = new long[3];
        long[] usd = new long[3];
        long[] inFund = new long[3];
        Instant latest = null;
        for (var f : flows) {
            if (!f.from().isAfter(t) && (f.until() == null || f.until().isAfter(t))) {
                int k = List.of("PLEDGE", "COMMITMENT", "PAID").indexOf(f.kind());
                n[k]++;
                usd[k] += f.usd();
                inFund[k] += f.inFund();
                latest = latest == null || f.from().isAfter(latest) ? f.from() : latest;
            }
        }
        return new Views.Standing(t, 0, n[0], n[1], n[2], usd[0], usd[1], usd[2], inFund[0], inFund[1], inFund[2], latest);
    }
}

@OnSqlite
class StandingsOnSqliteTests extends StandingsSpec {
}

@OnPostgres
class StandingsOnPostgresTests extends StandingsSpec {
}

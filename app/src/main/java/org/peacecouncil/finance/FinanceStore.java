package org.peacecouncil.finance;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.peacecouncil.platform.Money;
import org.peacecouncil.platform.StateCode;
import org.peacecouncil.platform.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import static org.peacecouncil.platform.Timestamps.text;

/**
 * The finance module's tables, in plain SQL that runs unchanged on SQLite and PostgreSQL.
 * (Its length: every statement of the module's tables, one short method each, kept in one place so the SQL can be read whole.)
 */
@Repository
class FinanceStore {

    /** Sums in USD cents of one fund's or one contributor's confirmed flows, by kind. */
    record Sums(long pledged, long committed, long received, long disbursed) {
        static final Sums NONE = new Sums(0, 0, 0, 0);
    }

    static final String FLOW_COLUMNS = """
            id, seq, fund_id, kind, contributor, status, minor_units, currency, usd_minor, rate_used, item, quantity, unit,
            value_date, agreement, document, project_id, commitment_id, recorded_by, recorded_at, version""";

    private static final String SUMS = """
            SUM(CASE WHEN kind = 'PLEDGE' THEN usd_minor ELSE 0 END), SUM(CASE WHEN kind = 'COMMITMENT' THEN usd_minor ELSE 0 END),
            SUM(CASE WHEN kind = 'PAID' THEN usd_minor ELSE 0 END), SUM(CASE WHEN kind = 'DISBURSEMENT' THEN usd_minor ELSE 0 END)""";

    private final JdbcClient jdbc;

    FinanceStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Waits for, then holds until commit, the right to write finance acts (balances are checked, then written). */
    /** The finance record's version: every finance act moves it, in its own transaction. */
    long version() {
        return jdbc.sql("SELECT version FROM finance_lock WHERE id = 1").query(Long.class).single();
    }

    void takeTurn() {
        jdbc.sql("UPDATE finance_lock SET version = version + 1 WHERE id = 1").update();
    }

    // --- funds and projects

    void insertFund(Fund fund) {
        jdbc.sql("""
                INSERT INTO funds (id, name, currency, administered_by, administrator, announced_minor, announced_currency,
                                   announced_by, announced_source, opened_by, recorded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(fund.id().value(), fund.name(), fund.currency(), fund.administeredBy().name(), fund.administrator(),
                        fund.announced() == null ? null : fund.announced().minorUnits(),
                        fund.announced() == null ? null : fund.announced().currency(), fund.announcedBy(), fund.announcedSource(),
                        fund.openedBy(), text(fund.recordedAt()))
                .update();
    }

    Optional<Fund> fund(FundId id) {
        return jdbc.sql("SELECT * FROM funds WHERE id = ?").param(id.value()).query(FinanceStore::fund).optional();
    }

    List<Fund> funds() {
        return jdbc.sql("SELECT * FROM funds ORDER BY id").query(FinanceStore::fund).list();
    }

    void insertProject(Project p) {
        jdbc.sql("""
                INSERT INTO projects (id, fund_id, name, modality, channel, implementer, location, sector, status, recorded_by, recorded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(p.id().value(), p.fund().value(), p.name(), p.modality().name(), p.channel().name(), p.implementer(),
                        p.location(), p.sector(), p.status().name(), p.recordedBy(), text(p.recordedAt()))
                .update();
    }

    Optional<Project> project(ProjectId id) {
        return jdbc.sql("SELECT * FROM projects WHERE id = ?").param(id.value()).query(FinanceStore::project).optional();
    }

    List<Project> projects(FundId fund) {
        return jdbc.sql("SELECT * FROM projects WHERE fund_id = ? ORDER BY id").param(fund.value()).query(FinanceStore::project).list();
    }

    // --- organisations

    void insertOrganisation(Organisation o) {
        jdbc.sql("INSERT INTO organisations (ref, seq, name, type, recorded_by, recorded_at) "
                + "VALUES (?, (SELECT COALESCE(MAX(seq), 0) + 1 FROM organisations), ?, ?, ?, ?)")
                .params(o.ref(), o.name(), o.type(), o.recordedBy(), text(o.recordedAt())).update();
    }

    Optional<Organisation> organisation(String ref) {
        return jdbc.sql("SELECT ref, name, type, recorded_by, recorded_at FROM organisations WHERE ref = ?").param(ref)
                .query(FinanceStore::organisation).optional();
    }

    /** Every registered organisation, in the order registered. */
    List<Organisation> organisations() {
        return jdbc.sql("SELECT ref, name, type, recorded_by, recorded_at FROM organisations ORDER BY seq").query(FinanceStore::organisation).list();
    }

    /** Every registered organisation by its identifier. */
    Map<String, Organisation> organisationsByRef() {
        var byRef = new java.util.HashMap<String, Organisation>();
        organisations().forEach(o -> byRef.put(o.ref(), o));
        return byRef;
    }

    private static Organisation organisation(ResultSet rs, int n) throws SQLException {
        return new Organisation(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), Timestamps.instant(rs.getString(5)));
    }

    // --- flows

    long nextFlowSeq() {
        return jdbc.sql("SELECT COALESCE(MAX(seq), 0) + 1 FROM flows").query(Long.class).single();
    }

    void insertFlow(Flow f) {
        jdbc.sql("INSERT INTO flows (" + FLOW_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(f.id().value(), f.seq(), f.fund().value(), f.kind().name(), f.contributorKey(),
                        f.status().name(), f.cash() == null ? null : f.cash().minorUnits(), f.cash() == null ? null : f.cash().currency(),
                        f.usdMinor(), f.usdPerUnit(), f.goods() == null ? null : f.goods().item(),
                        f.goods() == null ? null : f.goods().quantity(), f.goods() == null ? null : f.goods().unit(),
                        text(f.valueDate()), f.agreement(), f.document(), f.project() == null ? null : f.project().value(),
                        f.commitment() == null ? null : f.commitment().value(), f.recordedBy(), text(f.recordedAt()), f.version())
                .update();
    }

    /** Writes the flow's new status, guarded by the version it was read at. */
    boolean updateStatus(Flow f) {
        return jdbc.sql("UPDATE flows SET status = ?, version = ? WHERE id = ? AND version = ?")
                .params(f.status().name(), f.version(), f.id().value(), f.version() - 1).update() == 1;
    }

    void insertVersion(Flow f, String actor, String reason, Instant at) {
        jdbc.sql("INSERT INTO flow_versions (flow_id, version, status, actor, reason, recorded_at) VALUES (?, ?, ?, ?, ?, ?)")
                .params(f.id().value(), f.version(), f.status().name(), actor, reason, text(at)).update();
    }

    Optional<Flow> flow(FlowId id) {
        return jdbc.sql("SELECT " + FLOW_COLUMNS + " FROM flows WHERE id = ?").param(id.value()).query(FinanceStore::flow).optional();
    }

    /** The fund's flows in the order they were recorded, after the cursor, at most {@code limit}. */
    List<Flow> flows(FundId fund, long afterSeq, int limit) {
        return jdbc.sql("SELECT " + FLOW_COLUMNS + " FROM flows WHERE fund_id = ? AND seq > ? ORDER BY seq LIMIT ?")
                .params(fund.value(), afterSeq, limit).query(FinanceStore::flow).list();
    }

    /** The same, of one contributor's flows only. */
    List<Flow> flowsOf(FundId fund, String contributorKey, long afterSeq, int limit) {
        return jdbc.sql("SELECT " + FLOW_COLUMNS + " FROM flows WHERE fund_id = ? AND contributor = ? AND seq > ? ORDER BY seq LIMIT ?")
                .params(fund.value(), contributorKey, afterSeq, limit).query(FinanceStore::flow).list();
    }

    List<Flow> flowsAwaitingConfirmation() {
        return jdbc.sql("SELECT " + FLOW_COLUMNS + " FROM flows WHERE status = 'UNCONFIRMED' ORDER BY seq").query(FinanceStore::flow).list();
    }

    List<Flow> confirmedCommitments() {
        return jdbc.sql("SELECT " + FLOW_COLUMNS + " FROM flows WHERE kind = 'COMMITMENT' AND status = 'CONFIRMED' ORDER BY seq")
                .query(FinanceStore::flow).list();
    }

    /** What the fund has received against each commitment, by the receipts' currency (cash) and in quantity (goods). */
    record Received(String commitment, String currency, long minorUnits, long quantity) {
    }

    List<Received> receivedAgainstCommitments() {
        return jdbc.sql("SELECT commitment_id, currency, SUM(COALESCE(minor_units, 0)), SUM(COALESCE(quantity, 0)) FROM flows "
                + "WHERE kind = 'PAID' AND status = 'CONFIRMED' AND commitment_id IS NOT NULL GROUP BY commitment_id, currency")
                .query((rs, n) -> new Received(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4))).list();
    }

    List<Flow> unconfirmedFlowsOf(StateCode contributor) {
        return jdbc.sql("SELECT " + FLOW_COLUMNS + " FROM flows WHERE contributor = ? AND status = 'UNCONFIRMED' ORDER BY seq")
                .param(contributor.alpha3()).query(FinanceStore::flow).list();
    }

    List<Flow> flowsOf(StateCode contributor) {
        return jdbc.sql("SELECT " + FLOW_COLUMNS + " FROM flows WHERE contributor = ? ORDER BY seq").param(contributor.alpha3())
                .query(FinanceStore::flow).list();
    }

    /** The contributor's confirmed flows with a value date in [from, until). */
    List<Flow> confirmedFlowsOf(String contributor, LocalDate from, LocalDate until) {
        return jdbc.sql("SELECT " + FLOW_COLUMNS + " FROM flows WHERE contributor = ? AND status = 'CONFIRMED' AND value_date >= ? "
                + "AND value_date < ? ORDER BY seq").params(contributor, text(from), text(until)).query(FinanceStore::flow).list();
    }

    /** Adds the flow's USD equivalent to the fund's kept totals (negative {@code sign} takes it away). */
    void addToTotals(Flow f, int sign) {
        String contributor = f.contributorKey() == null ? "" : f.contributorKey();
        long delta = f.usdMinor() == null ? 0 : Math.multiplyExact(f.usdMinor(), (long) sign);
        int updated = jdbc.sql("UPDATE fund_totals SET usd_minor = usd_minor + ?, flows = flows + ? WHERE fund_id = ? AND contributor = ? "
                + "AND kind = ?").params(delta, sign, f.fund().value(), contributor, f.kind().name()).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO fund_totals (fund_id, contributor, kind, usd_minor, flows) VALUES (?, ?, ?, ?, ?)")
                    .params(f.fund().value(), contributor, f.kind().name(), delta, sign).update();
        }
    }

    Sums sums(FundId fund) {
        return jdbc.sql("SELECT " + SUMS + " FROM fund_totals WHERE fund_id = ?").param(fund.value())
                .query(FinanceStore::sums).optional().orElse(Sums.NONE);
    }

    /** The same sums computed from the flows themselves, to check the kept totals against. */
    Sums sumsFromFlows(FundId fund) {
        return jdbc.sql("SELECT " + SUMS + " FROM flows WHERE fund_id = ? AND status = 'CONFIRMED'").param(fund.value())
                .query(FinanceStore::sums).optional().orElse(Sums.NONE);
    }

    /** A contributors-list line as kept: the confirmed sums, how many confirmed flows, the latest entries (newest first). */
    record Line(String contributor, Sums sums, long flows, long[] latestEntries) {
    }

    /** The fund's contributors-list lines in alpha-3 order: contributors with at least one confirmed flow; one query. */
    List<Line> lines(FundId fund) {
        return jdbc.sql("SELECT t.contributor, " + SUMS.replace("kind", "t.kind").replace("usd_minor", "t.usd_minor")
                + ", SUM(t.flows), MAX(l.latest_entries) FROM fund_totals t LEFT JOIN contributor_lines l "
                + "ON l.fund_id = t.fund_id AND l.contributor = t.contributor WHERE t.fund_id = ? AND t.contributor <> '' "
                + "GROUP BY t.contributor HAVING SUM(t.flows) > 0 ORDER BY t.contributor").param(fund.value())
                .query((rs, n) -> new Line(rs.getString(1), new Sums(rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)),
                        rs.getLong(6), newestFirst(rs.getString(7)))).list();
    }

    /** Parses the kept "9,7,4": read on every list, so by hand; kept newest first, sorted only if a migration's order was not. */
    static long[] newestFirst(String entries) {
        if (entries == null || entries.isEmpty()) {
            return new long[0];
        }
        var all = new long[entries.length() / 2 + 1];
        int count = 0;
        long value = 0;
        boolean descending = true;
        for (int i = 0; i <= entries.length(); i++) {
            char c = i == entries.length() ? ',' : entries.charAt(i);
            if (c == ',') {
                descending &= count == 0 || all[count - 1] > value;
                all[count++] = value;
                value = 0;
            } else if (c >= '0' && c <= '9') {
                value = value * 10 + (c - '0');
            } else {
                throw new IllegalStateException("a contributor line's entries are not a list of log indices: " + entries);
            }
        }
        all = java.util.Arrays.copyOf(all, count);
        if (!descending) {
            java.util.Arrays.sort(all);
            for (int i = 0, j = count - 1; i < j; i++, j--) {
                long t = all[i];
                all[i] = all[j];
                all[j] = t;
            }
        }
        return all;
    }

    // --- contributions announced naming no fund

    record Announced(String id, String state, Money amount, LocalDate on, String by, String source, String recordedBy, Instant recordedAt) {
    }

    void insertAnnounced(Announced a) {
        jdbc.sql("""
                INSERT INTO announced_contributions (id, seq, state, minor_units, currency, announced_on, announced_by, source,
                                                     recorded_by, recorded_at)
                VALUES (?, (SELECT COALESCE(MAX(seq), 0) + 1 FROM announced_contributions), ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(a.id(), a.state(), a.amount().minorUnits(), a.amount().currency(), text(a.on()), a.by(), a.source(),
                        a.recordedBy(), text(a.recordedAt()))
                .update();
    }

    void noteAnnouncedEntry(String id, long seq) {
        jdbc.sql("UPDATE announced_contributions SET log_entry = ? WHERE id = ?").params(seq, id).update();
    }

    /** Every contribution announced naming no fund, in the order recorded, with the log entry of each. */
    List<Views.AnnouncedContribution> announced(String note) {
        return jdbc.sql("""
SELECT * FROM announced_contributions ORDER BY seq""")
                .query((rs, n) -> {
                    long entry = rs.getLong("log_entry");
                    var entries = rs.wasNull() ? List.<Long>of() : List.of(entry);
                    String state = rs.getString("state");
                    return new Views.AnnouncedContribution(rs.getString("id"), state, org.peacecouncil.platform.Countries.name(state),
                            new Money(rs.getLong("minor_units"), rs.getString("currency")), Timestamps.date(rs.getString("announced_on")),
                            rs.getString("announced_by"), rs.getString("source"), rs.getString("recorded_by"),
                            Timestamps.instant(rs.getString("recorded_at")), entries, note);
                }).list();
    }

    // --- exchange rates

    boolean insertRate(String currency, LocalDate on, String usdPerUnit, String source, String actor, Instant at) {
        return jdbc.sql("""
                INSERT INTO exchange_rates (currency, on_date, usd_per_unit, source, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (currency, on_date) DO NOTHING""")
                .params(currency, text(on), usdPerUnit, source, actor, text(at)).update() == 1;
    }

    /** The rate in force on the date: the latest recorded on or before it. */
    Optional<BigDecimal> rateOn(String currency, LocalDate on) {
        return jdbc.sql("SELECT usd_per_unit FROM exchange_rates WHERE currency = ? AND on_date <= ? ORDER BY on_date DESC LIMIT 1")
                .params(currency, text(on)).query(String.class).optional().map(BigDecimal::new);
    }

    List<Views.Rate> rates() {
        return jdbc.sql("SELECT currency, on_date, usd_per_unit, source, recorded_by FROM exchange_rates ORDER BY currency, on_date")
                .query((rs, n) -> new Views.Rate(rs.getString(1), Timestamps.date(rs.getString(2)), rs.getString(3), rs.getString(4),
                        rs.getString(5))).list();
    }

    // --- where acts are on the log

    void noteEntry(long seq, String fundId, String flowId, String contributor, String type) {
        jdbc.sql("INSERT INTO finance_log (seq, fund_id, flow_id, contributor, type) VALUES (?, ?, ?, ?, ?)")
                .params(seq, fundId, flowId, contributor, type).update();
    }

    /** The log entries of each of the flows, by flow id: one query for a page of flows. */
    Map<String, List<Long>> entriesOfFlows(List<Flow> flows) {
        return entriesOfFlowIds(flows.stream().map(f -> f.id().value()).toList());
    }

    Map<String, List<Long>> entriesOfFlowIds(List<String> ids) {
        var all = new java.util.HashMap<String, List<Long>>();
        if (ids.isEmpty()) {
            return all;
        }
        String marks = String.join(", ", java.util.Collections.nCopies(ids.size(), "?"));
        jdbc.sql("SELECT flow_id, seq FROM finance_log WHERE flow_id IN (" + marks + ") ORDER BY seq")
                .params(List.copyOf(ids))
                .query((rs, n) -> all.computeIfAbsent(rs.getString(1), k -> new java.util.ArrayList<>()).add(rs.getLong(2))).list();
        return all;
    }

    List<Long> entriesOfFlow(FlowId flow) {
        return jdbc.sql("SELECT seq FROM finance_log WHERE flow_id = ? ORDER BY seq").param(flow.value()).query(Long.class).list();
    }

    /** Keeps the line's latest entries after an entry about one of the contributor's flows was written. */
    void keepLine(String fundId, String contributor, int limit) {
        String latest = String.join(",", latestEntriesOf(new FundId(fundId), contributor, limit).stream().map(String::valueOf).toList());
        jdbc.sql("""
                INSERT INTO contributor_lines (fund_id, contributor, latest_entries) VALUES (?, ?, ?)
                ON CONFLICT (fund_id, contributor) DO UPDATE SET latest_entries = excluded.latest_entries""")
                .params(fundId, contributor, latest).update();
    }

    /** The latest {@code limit} log entries of the contributor's confirmed flows in the fund, newest first. */
    List<Long> latestEntriesOf(FundId fund, String contributor, int limit) {
        return jdbc.sql("""
                SELECT l.seq FROM finance_log l JOIN flows f ON f.id = l.flow_id
                 WHERE l.fund_id = ? AND l.contributor = ? AND f.status = 'CONFIRMED' ORDER BY l.seq DESC LIMIT ?""")
                .params(fund.value(), contributor, limit).query(Long.class).list();
    }

    // --- rows

    private static Fund fund(ResultSet rs, int n) throws SQLException {
        long announced = rs.getLong("announced_minor");
        Money target = rs.wasNull() ? null : new Money(announced, rs.getString("announced_currency"));
        return new Fund(new FundId(rs.getString("id")), rs.getString("name"), rs.getString("currency"),
                Administration.valueOf(rs.getString("administered_by")), rs.getString("administrator"), target, rs.getString("announced_by"),
                rs.getString("announced_source"), rs.getString("opened_by"), Timestamps.instant(rs.getString("recorded_at")));
    }

    private static Project project(ResultSet rs, int n) throws SQLException {
        return new Project(new ProjectId(rs.getString("id")), new FundId(rs.getString("fund_id")), rs.getString("name"),
                Modality.valueOf(rs.getString("modality")), Channel.valueOf(rs.getString("channel")), rs.getString("implementer"),
                rs.getString("location"), rs.getString("sector"), ProjectStatus.valueOf(rs.getString("status")), rs.getString("recorded_by"),
                Timestamps.instant(rs.getString("recorded_at")));
    }

    static Flow flow(ResultSet rs, int n) throws SQLException {
        long minor = rs.getLong("minor_units");
        Money cash = rs.wasNull() ? null : new Money(minor, rs.getString("currency"));
        long usd = rs.getLong("usd_minor");
        Long usdMinor = rs.wasNull() ? null : usd;
        String item = rs.getString("item");
        var goods = item == null ? null : new Flow.Goods(item, rs.getLong("quantity"), rs.getString("unit"));
        String contributor = rs.getString("contributor");
        boolean organisation = contributor != null && Organisation.isRef(contributor);
        String project = rs.getString("project_id");
        String commitment = rs.getString("commitment_id");
        return new Flow(new FlowId(rs.getString("id")), rs.getLong("seq"), new FundId(rs.getString("fund_id")),
                FlowKind.valueOf(rs.getString("kind")), contributor == null || organisation ? null : StateCode.of(contributor),
                organisation ? contributor : null,
                FlowStatus.valueOf(rs.getString("status")), cash, usdMinor, rs.getString("rate_used"), goods,
                Timestamps.date(rs.getString("value_date")), rs.getString("agreement"), rs.getString("document"),
                project == null ? null : new ProjectId(project), commitment == null ? null : new FlowId(commitment),
                rs.getString("recorded_by"), Timestamps.instant(rs.getString("recorded_at")), rs.getInt("version"));
    }

    private static Sums sums(ResultSet rs, int n) throws SQLException {
        return new Sums(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4));
    }
}

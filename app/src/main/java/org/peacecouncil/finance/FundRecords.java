package org.peacecouncil.finance;

import java.time.Instant;

import java.time.Clock;
import java.util.Base64;
import java.util.List;

import org.peacecouncil.ledger.Checkpoints;
import org.peacecouncil.ledger.Ledger;
import org.peacecouncil.platform.Countries;
import org.peacecouncil.platform.CouncilProblem;
import org.peacecouncil.platform.Money;
import org.peacecouncil.platform.Page;
import org.peacecouncil.platform.StateCode;
import org.springframework.stereotype.Component;

/** What the finance record says, for the API and the pages: funds with their totals, flows, the contributors lists. Reads only. */
@Component
public class FundRecords {
    // Its length: every read of the finance record the API, the pages, membership and claims use, one short method
    // each, over one store; the contributors list's keeping per record version is the only part with state.

    /** How many of a line's log entries a contributors list shows; all of them are with the line's flows. */
    public static final int ENTRIES_PER_LINE = 20;

    static final String ANNOUNCEMENT_NOTE = "An announcement, as it was made: not a total of recorded contributions.";

    private final FinanceStore store;
    private final Ledger ledger;
    private final Checkpoints checkpoints;
    private final Clock clock;

    private final tools.jackson.databind.json.JsonMapper json;

    FundRecords(FinanceStore store, Ledger ledger, Checkpoints checkpoints, Clock clock, tools.jackson.databind.json.JsonMapper json) {
        this.store = store;
        this.ledger = ledger;
        this.checkpoints = checkpoints;
        this.clock = clock;
        this.json = json;
    }

    public List<Views.FundSummary> funds() {
        return store.funds().stream().map(f -> new Views.FundSummary(f.id().value(), f.name(), f.currency(), f.administeredBy().name(),
                totals(store.sums(f.id())))).toList();
    }

    public Views.Fund fund(FundId id) {
        return fundView(requireFund(id));
    }

    public Views.Flow flow(FlowId id) {
        return flowView(requireFlow(id));
    }

    /** The fund's flows in the order they were recorded; the cursor is the last flow's position. */
    public Page<Views.Flow> flows(FundId id, String after, Integer limit) {
        return flows(id, null, after, limit);
    }

    /** The fund's flows, or one contributor's ({@code contributor} null: all), in the order they were recorded. */
    public Page<Views.Flow> flows(FundId id, StateCode contributor, String after, Integer limit) {
        requireFund(id);
        int size = limit == null ? 200 : limit;
        if (size < 1 || size > Page.MAX_LIMIT) {
            throw new CouncilProblem.InvalidRequest("bad-limit", "limit must be between 1 and " + Page.MAX_LIMIT + ".");
        }
        long from = cursor(after);
        var rows = contributor == null ? store.flows(id, from, size + 1) : store.flowsOf(id, contributor, from, size + 1);
        var items = flowViews(rows.stream().limit(size).toList());
        String next = rows.size() > size ? Long.toString(rows.get(size - 1).seq()) : null;
        return new Page<>(items, next);
    }

    /** Entries made on states' behalf that await their delegations, oldest first. */
    public List<Views.Flow> awaitingConfirmation() {
        return flowViews(store.flowsAwaitingConfirmation());
    }

    /** Commitments that count, which receipts can be recorded against. */
    public List<Views.Flow> confirmedCommitments() {
        return flowViews(store.confirmedCommitments());
    }

    /** Every flow of the state, in every fund, with its status. */
    public List<Views.Flow> flowsOf(StateCode state) {
        return flowViews(store.flowsOf(state));
    }

    static final String ANNOUNCED_NOTE = "An announcement, as it was made: it names no fund, so it is no pledge to any fund here, "
            + "makes no contributor and counts in no total.";

    /** Contributions announced naming no fund, oldest first: statements, kept apart from the records of money. */
    public List<Views.AnnouncedContribution> announcedContributions() {
        return store.announced(ANNOUNCED_NOTE);
    }

    public List<Views.Rate> rates() {
        return store.rates();
    }

    /** "Contributors to" the fund: generated from confirmed flows, each line linked to its log entries. */
    public Views.Contributors contributors(FundId id) {
        var fund = requireFund(id);
        return contributors(fund, kept(fund.id()).lines());
    }

    /**
     * The same list as JSON, for the API: the lines' JSON is written once per version of the record and kept with
     * them; the rest (the as-of time, the log's size, the checkpoint) is written afresh for every request.
     */
    public byte[] contributorsJson(FundId id) {
        var fund = requireFund(id);
        var kept = kept(fund.id());
        var list = contributors(fund, kept.lines()); // the lines decide whether the checkpoint covers them
        return json.writeValueAsBytes(new ContributorsJson(list.fund(), list.fundName(), list.asOf(), list.logSize(), list.checkpoint(),
                kept.json(json), list.announced()));
    }

    /** {@link Views.Contributors} with its lines as JSON already written; the API document describes it as that record. */
    private record ContributorsJson(String fund, String fundName, java.time.Instant asOf, long logSize, Views.ListCheckpoint checkpoint,
            @com.fasterxml.jackson.annotation.JsonRawValue String contributors, Views.Announcement announced) {
    }

    private Views.Contributors contributors(Fund fund, List<Views.Contributor> lines) {
        var asOf = clock.instant();
        long logSize = ledger.size();
        long newest = -1;
        for (var line : lines) {
            newest = line.logEntries().length == 0 ? newest : Math.max(newest, line.logEntries()[0]); // each line is newest first
        }
        long highest = newest;
        var checkpoint = checkpoints.latest().map(c -> new Views.ListCheckpoint(c.size(), Base64.getEncoder().encodeToString(c.rootHash()),
                highest < c.size())).orElse(null);
        return new Views.Contributors(fund.id().value(), fund.name(), asOf, logSize, checkpoint, lines, announcement(fund));
    }

    /**
     * The fund's lines as the record stands. Every finance write moves the record's version ({@code finance_lock}),
     * so lines computed between two reads of the same version are the lines of that version, and are kept for the
     * next read of it: a list costs one query until a finance act is recorded.
     */
    private KeptLines kept(FundId fund) {
        long version = store.version();
        var kept = keptLines.get(fund);
        if (kept != null && kept.version() == version) {
            return kept;
        }
        var lines = store.lines(fund).stream().map(l -> new Views.Contributor(l.contributor(), Countries.name(l.contributor()),
                usd(l.sums().pledged()), usd(l.sums().committed()), usd(l.sums().received()), l.flows(), l.latestEntries(),
                "/api/v1/funds/" + fund + "/flows?contributor=" + l.contributor())).toList();
        var fresh = new KeptLines(version, lines, new java.util.concurrent.atomic.AtomicReference<>());
        if (store.version() == version) {
            if (keptLines.size() >= KEPT_FUNDS) {
                keptLines.clear();
            }
            keptLines.put(fund, fresh);
        }
        return fresh;
    }

    private record KeptLines(long version, List<Views.Contributor> lines, java.util.concurrent.atomic.AtomicReference<String> written) {
        String json(tools.jackson.databind.json.JsonMapper mapper) {
            String text = written.get();
            if (text == null) {
                text = mapper.writeValueAsString(lines);
                written.set(text);
            }
            return text;
        }
    }

    private static final int KEPT_FUNDS = 64;
    private final java.util.concurrent.ConcurrentHashMap<FundId, KeptLines> keptLines = new java.util.concurrent.ConcurrentHashMap<>();

    Fund requireFund(FundId id) {
        return store.fund(id).orElseThrow(() -> new CouncilProblem.NotFound("There is no fund " + id + "."));
    }

    Flow requireFlow(FlowId id) {
        return store.flow(id).orElseThrow(() -> new CouncilProblem.NotFound("There is no flow " + id + "."));
    }

    Views.Fund fundView(Fund fund) {
        return new Views.Fund(fund.id().value(), fund.name(), fund.currency(), fund.administeredBy().name(), fund.administrator(),
                announcement(fund), totals(store.sums(fund.id())), projects(fund.id()),
                fund.recordedAt());
    }

    /** The fund's projects. */
    public List<Views.Project> projects(FundId id) {
        return store.projects(id).stream().map(FundRecords::projectView).toList();
    }

    Views.Flow flowView(Flow f) {
        return flowView(f, store.entriesOfFlow(f.id()));
    }

    /** Views of many flows, their log entries read in one query. */
    private List<Views.Flow> flowViews(List<Flow> flows) {
        var entries = store.entriesOfFlows(flows);
        return flows.stream().map(f -> flowView(f, entries.getOrDefault(f.id().value(), List.of()))).toList();
    }

    static Views.Flow flowView(Flow f, List<Long> entries) {
        var goods = f.goods() == null ? null : new Views.Goods(f.goods().item(), f.goods().quantity(), f.goods().unit());
        String contributor = f.contributor() == null ? null : f.contributor().alpha3();
        return new Views.Flow(f.id().value(), f.fund().value(), f.kind().name(), f.kind().iatiTransactionType(), contributor,
                contributor == null ? null : Countries.name(contributor), f.status().name(), f.counts(), f.cash(),
                f.usdMinor() == null ? null : usd(f.usdMinor()), f.usdPerUnit(), goods, f.valueDate(), f.agreement(), f.document(),
                f.project() == null ? null : f.project().value(), f.commitment() == null ? null : f.commitment().value(), f.recordedBy(),
                f.recordedAt(), f.version(), entries);
    }

    static Views.Project projectView(Project p) {
        return new Views.Project(p.id().value(), p.name(), p.modality().name(), p.channel().name(), p.implementer(), p.location(),
                p.sector(), p.status().name());
    }

    private static Views.Announcement announcement(Fund fund) {
        return fund.announced() == null ? null
                : new Views.Announcement(fund.announced(), fund.announcedBy(), fund.announcedSource(), ANNOUNCEMENT_NOTE);
    }

    private static Views.Totals totals(FinanceStore.Sums sums) {
        return new Views.Totals(usd(sums.pledged()), usd(sums.committed()), usd(sums.received()), usd(sums.disbursed()),
                usd(sums.received() - sums.disbursed()));
    }

    private static Money usd(long minor) {
        return new Money(minor, "USD");
    }

    private static long cursor(String after) {
        if (after == null || after.isBlank()) {
            return 0;
        }
        try {
            return Long.parseLong(after);
        } catch (NumberFormatException e) {
            throw new CouncilProblem.InvalidRequest("bad-cursor", "after: give the 'next' cursor of the page before.");
        }
    }
}

package org.peacecouncil.finance;

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

    /** How many of a line's log entries a contributors list shows; all of them are with the line's flows. */
    public static final int ENTRIES_PER_LINE = 20;

    static final String ANNOUNCEMENT_NOTE = "An announcement, as it was made: not a total of recorded contributions.";

    private final FinanceStore store;
    private final Ledger ledger;
    private final Checkpoints checkpoints;
    private final Clock clock;

    FundRecords(FinanceStore store, Ledger ledger, Checkpoints checkpoints, Clock clock) {
        this.store = store;
        this.ledger = ledger;
        this.checkpoints = checkpoints;
        this.clock = clock;
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
        var asOf = clock.instant();
        long logSize = ledger.size();
        var lines = store.lines(fund.id()).stream().map(l -> new Views.Contributor(l.contributor(), Countries.name(l.contributor()),
                usd(l.sums().pledged()), usd(l.sums().committed()), usd(l.sums().received()), l.flows(), l.latestEntries(),
                "/api/v1/funds/" + fund.id() + "/flows?contributor=" + l.contributor())).toList();
        long newest = -1;
        for (var line : lines) {
            newest = line.logEntries().length == 0 ? newest : Math.max(newest, line.logEntries()[0]); // each line is newest first
        }
        long highest = newest;
        var checkpoint = checkpoints.latest().map(c -> new Views.ListCheckpoint(c.size(), Base64.getEncoder().encodeToString(c.rootHash()),
                highest < c.size())).orElse(null);
        return new Views.Contributors(fund.id().value(), fund.name(), asOf, logSize, checkpoint, lines, announcement(fund));
    }

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

    private static Views.Flow flowView(Flow f, List<Long> entries) {
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

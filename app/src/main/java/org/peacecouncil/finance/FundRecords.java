package org.peacecouncil.finance;

import java.time.Instant;

import java.time.Clock;
import java.util.Base64;
import java.util.List;

import org.peacecouncil.ledger.Checkpoints;
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
    private final Checkpoints checkpoints;
    private final Clock clock;

    private final tools.jackson.databind.json.JsonMapper json;

    FundRecords(FinanceStore store, Checkpoints checkpoints, Clock clock, tools.jackson.databind.json.JsonMapper json) {
        this.store = store;
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
    public Page<Views.Flow> flows(FundId id, String contributor, String after, Integer limit) {
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
        var kept = kept(id);
        return contributors(kept.fund(), kept.lines());
    }

    /** The contributors list as the API answers it: JSON, gzip-compressed when the reader accepts that. */
    public record ListBody(byte[] bytes, boolean gzip) {
    }

    /**
     * The same list as JSON, for the API. The fund and its lines, and the lines' JSON (and its compressed form), are
     * kept per version of the finance record (one query tells whether they still hold); only the as-of time, the log's
     * size and the checkpoint are written afresh for every request, and the kept bytes are put between them as they
     * are. Compressed, the kept lines are a run of DEFLATE blocks ending in a sync flush, so the fresh head and tail are
     * compressed around them and the whole is one gzip member (RFC 1952) with the CRC of the whole text.
     */
    public ListBody contributorsJson(FundId id, boolean gzip) {
        var kept = kept(id);
        var list = contributors(kept.fund(), kept.lines()); // the lines decide whether the checkpoint covers them
        byte[] head = json.writeValueAsBytes(new ContributorsHead(list.fund(), list.fundName(), list.asOf(), list.logSize(), list.checkpoint()));
        var start = new java.io.ByteArrayOutputStream(head.length + 20);
        start.write(head, 0, head.length - 1); // the head's closing brace: the list goes on (the head always names its fund)
        start.writeBytes(",\"contributors\":".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        var end = new java.io.ByteArrayOutputStream(256);
        if (list.announced() != null) { // absent when null, as the API's other answers leave out what is not there
            end.writeBytes(",\"announced\":".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            end.writeBytes(json.writeValueAsBytes(list.announced()));
        }
        end.write('}');
        byte[] lines = kept.json(json);
        return gzip ? new ListBody(GzipAround.of(start.toByteArray(), lines, kept.deflated(json), end.toByteArray()), true)
                : new ListBody(concat(start.toByteArray(), lines, end.toByteArray()), false);
    }

    private static byte[] concat(byte[]... parts) {
        var out = new java.io.ByteArrayOutputStream(java.util.Arrays.stream(parts).mapToInt(p -> p.length).sum());
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    /** {@link Views.Contributors} up to its lines, in its order; the API document describes the whole as that record. */
    private record ContributorsHead(String fund, String fundName, java.time.Instant asOf, long logSize, Views.ListCheckpoint checkpoint) {
    }

    private Views.Contributors contributors(Fund fund, List<Views.Contributor> lines) {
        var asOf = clock.instant();
        var head = checkpoints.head(); // the log's size and its latest checkpoint, in one read
        long logSize = head.size();
        long newest = -1;
        for (var line : lines) {
            newest = line.logEntries().length == 0 ? newest : Math.max(newest, line.logEntries()[0]); // each line is newest first
        }
        long highest = newest;
        var checkpoint = head.latest().map(c -> new Views.ListCheckpoint(c.size(), Base64.getEncoder().encodeToString(c.rootHash()),
                highest < c.size())).orElse(null);
        return new Views.Contributors(fund.id().value(), fund.name(), asOf, logSize, checkpoint, lines, announcement(fund));
    }

    /**
     * The fund and its lines as the record stands. Every finance write moves the record's version ({@code finance_lock}),
     * so what is read between two reads of the same version is that version's, and is kept for the next read of it: a
     * list costs one query until a finance act is recorded.
     */
    private KeptLines kept(FundId id) {
        long version = store.version();
        var kept = keptLines.get(id);
        if (kept != null && kept.version() == version) {
            return kept;
        }
        var fund = requireFund(id);
        var rows = store.lines(id);
        var names = rows.stream().anyMatch(l -> Organisation.isRef(l.contributor())) ? organisationNames() : java.util.Map.<String, String>of();
        var lines = rows.stream().map(l -> line(id, l, names)).toList();
        var fresh = new KeptLines(version, fund, lines);
        if (store.version() == version) {
            if (keptLines.size() >= KEPT_FUNDS) {
                keptLines.clear();
            }
            keptLines.put(id, fresh);
        }
        return fresh;
    }

    static final String ORGANISATION_NOTE = "An organisation: it has no delegation here, so its figures are the secretariat's "
            + "records from the organisation's own documents (see each flow's document).";

    private static Views.Contributor line(FundId fund, FinanceStore.Line l, java.util.Map<String, String> organisationNames) {
        boolean organisation = Organisation.isRef(l.contributor());
        return new Views.Contributor(organisation ? null : l.contributor(), organisation ? l.contributor() : null,
                organisation ? organisationNames.getOrDefault(l.contributor(), l.contributor()) : Countries.name(l.contributor()),
                usd(l.sums().pledged()), usd(l.sums().committed()), usd(l.sums().received()), l.flows(), l.latestEntries(),
                "/api/v1/funds/" + fund + "/flows?contributor=" + l.contributor(), organisation ? ORGANISATION_NOTE : null);
    }

    private record KeptLines(long version, Fund fund, List<Views.Contributor> lines, java.util.concurrent.atomic.AtomicReference<byte[]> written,
            java.util.concurrent.atomic.AtomicReference<byte[]> compressed) {
        KeptLines(long version, Fund fund, List<Views.Contributor> lines) {
            this(version, fund, lines, new java.util.concurrent.atomic.AtomicReference<>(), new java.util.concurrent.atomic.AtomicReference<>());
        }

        byte[] json(tools.jackson.databind.json.JsonMapper mapper) {
            byte[] bytes = written.get();
            if (bytes == null) {
                bytes = mapper.writeValueAsBytes(lines);
                written.set(bytes);
            }
            return bytes;
        }

        byte[] deflated(tools.jackson.databind.json.JsonMapper mapper) {
            byte[] bytes = compressed.get();
            if (bytes == null) {
                bytes = GzipAround.deflateFlushed(json(mapper), java.util.zip.Deflater.DEFAULT_COMPRESSION);
                compressed.set(bytes);
            }
            return bytes;
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
        return flowView(f, store.entriesOfFlow(f.id()), names(List.of(f)));
    }

    /** Views of many flows, their log entries read in one query. */
    private List<Views.Flow> flowViews(List<Flow> flows) {
        var entries = store.entriesOfFlows(flows);
        var names = names(flows);
        return flows.stream().map(f -> flowView(f, entries.getOrDefault(f.id().value(), List.of()), names)).toList();
    }

    /** The names of the organisations among the flows' givers (read only when one gives). */
    private java.util.Map<String, String> names(List<Flow> flows) {
        return flows.stream().anyMatch(Flow::fromOrganisation) ? organisationNames() : java.util.Map.of();
    }

    private java.util.Map<String, String> organisationNames() {
        var names = new java.util.HashMap<String, String>();
        store.organisationsByRef().forEach((ref, o) -> names.put(ref, o.name()));
        return names;
    }

    static Views.Flow flowView(Flow f, List<Long> entries, java.util.Map<String, String> organisationNames) {
        var goods = f.goods() == null ? null : new Views.Goods(f.goods().item(), f.goods().quantity(), f.goods().unit());
        String contributor = f.contributor() == null ? null : f.contributor().alpha3();
        String name = contributor != null ? Countries.name(contributor) : f.organisation() == null ? null
                : organisationNames.getOrDefault(f.organisation(), f.organisation());
        return new Views.Flow(f.id().value(), f.fund().value(), f.kind().name(), f.kind().iatiTransactionType(), contributor,
                f.organisation(), name, f.status().name(), f.counts(), f.cash(),
                f.usdMinor() == null ? null : usd(f.usdMinor()), f.usdPerUnit(), goods, f.valueDate(), f.agreement(), f.document(),
                f.project() == null ? null : f.project().value(), f.commitment() == null ? null : f.commitment().value(), f.recordedBy(),
                f.recordedAt(), f.version(), entries);
    }

    /** Every registered organisation, in the order registered. */
    public List<Views.Organisation> organisations() {
        return store.organisations().stream().map(FundRecords::organisationView).toList();
    }

    static Views.Organisation organisationView(Organisation o) {
        return new Views.Organisation(o.ref(), o.name(), o.type(), o.recordedBy(), o.recordedAt());
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

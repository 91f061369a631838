package org.peacecouncil.finance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.peacecouncil.platform.Money;

/** What the finance module shows: the API's answers and the pages' models. Every figure carries the status it has. */
public final class Views {

    private Views() {
    }

    /** A figure someone announced: a statement with who said it and where, never added to anything. */
    @Schema(name = "FinanceAnnouncement")
    public record Announcement(Money amount, String by, String source, String note) {
    }

    /**
     * A fund's totals in US dollars as OCHA FTS computes them, from confirmed records only: committed, received and
     * disbursed, and the balance (received less disbursed); pledges in their own figure, never added to a total.
     */
    public record Totals(Money pledged, Money committed, Money received, Money disbursed, Money balance) {
    }

    @Schema(name = "FinanceProject")
    public record Project(String id, String name, String modality, String channel, String implementer, String location,
            String sector, String status) {
    }

    public record Fund(String id, String name, String currency, String administeredBy, String administrator,
            Announcement announced, Totals totals, List<Project> projects, Instant recordedAt) {
    }

    /** A fund in a list. */
    /** A contribution announced naming no fund: what was said, kept apart from every record of money. */
    public record AnnouncedContribution(String id, String state, String name, Money amount, LocalDate on, String by, String source,
            String recordedBy, Instant recordedAt, List<Long> logEntries, String note) {
    }

    public record FundSummary(String id, String name, String currency, String administeredBy, Totals totals) {
    }

    public record Goods(String item, long quantity, String unit) {
    }

    /**
     * A flow with its status: only CONFIRMED flows count anywhere. {@code contributor} is the giving state's alpha-3
     * code; when an organisation gives, {@code organisation} is its IATI identifier instead ({@code contributorName}
     * names either).
     */
    public record Flow(String id, String fund, String kind, String iatiTransactionType, String contributor, String organisation,
            String contributorName, String status, boolean counts, Money cash, Money usdEquivalent, String usdPerUnit, Goods inKind, LocalDate valueDate,
            String agreement, String document, String project, String commitment, String recordedBy, Instant recordedAt, int version,
            List<Long> logEntries) {
    }

    /**
     * One state on a fund's contributors list: its confirmed amounts by status, how many confirmed flows make them up,
     * the latest log entries behind them (up to {@code FundRecords.ENTRIES_PER_LINE}, newest first) and where all of
     * its flows are listed, each with its own entries.
     */
    /** {@code logEntries}: the line's latest log entries, newest first (an array: a list has 200 lines of 20). */
    /**
     * {@code state} the giving state's alpha-3 code, or for an organisation null and {@code organisation} its IATI
     * identifier, with {@code note} saying where an organisation's figures come from.
     */
    public record Contributor(String state, String organisation, String name, Money pledged, Money committed, Money received, long flows,
            long[] logEntries, String allFlows, String note) {
    }

    /** An organisation that gives to the council's funds, as registered: IATI identifier, name, OrganisationType code. */
    public record Organisation(String ref, String name, String type, String recordedBy, Instant recordedAt) {
    }

    /** The signed checkpoint a list can be checked against; {@code covers} when every entry the list links to is in it. */
    public record ListCheckpoint(long size, String rootHash, boolean covers) {
    }

    /**
     * "Contributors to" a fund, generated from confirmed records at {@code asOf}: states that pledged appear with their
     * pledge under PLEDGED and nothing received until the fund records a receipt. No one can type this list.
     */
    public record Contributors(String fund, String fundName, Instant asOf, long logSize, ListCheckpoint checkpoint,
            List<Contributor> contributors, Announcement announced) {
    }

    public record Rate(String currency, LocalDate on, String usdPerUnit, String source, String recordedBy) {
    }

    /**
     * A state's flow as its record stood over time: it counted from {@code countedFrom} (its own act, or its
     * confirmation of an entry made on its behalf) until {@code countedUntil} (its withdrawal), or never (both null).
     */
    public record FlowHistory(String id, String fund, String kind, Money cash, Money usdEquivalent, Goods inKind, Instant recordedAt,
            Instant countedFrom, Instant countedUntil, List<Long> logEntries) {
    }

    /**
     * What a state's counted flows to a fund added up to from {@code since} (its {@code change}-th change in the fund)
     * until its next change: how many
     * counted, by kind; their value in USD (cash in USD, else its USD equivalent) and in the fund's currency (cash in that
     * currency; for a USD fund, else the USD equivalent); the latest time one of them began to count ({@code since} and
     * {@code latestCountedFrom} are null before the state's first flow counted).
     */
    public record Standing(Instant since, long change, long pledges, long commitments, long receipts, long pledgedUsd, long committedUsd,
            long receivedUsd, long pledgedInFundCurrency, long committedInFundCurrency, long receivedInFundCurrency,
            Instant latestCountedFrom) {
        public static final Standing NONE = new Standing(null, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, null);
    }
}

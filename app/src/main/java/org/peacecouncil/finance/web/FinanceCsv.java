package org.peacecouncil.finance.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.peacecouncil.finance.FundId;
import org.peacecouncil.finance.FundRecords;
import org.peacecouncil.finance.Views;
import org.peacecouncil.platform.Money;
import org.peacecouncil.platform.Page;
import org.peacecouncil.platform.SpreadsheetSafe;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * A fund's flows and its contributors list as CSV (RFC 4180), generated from the same records as the API: amounts in
 * minor units with their currency and as decimals, every flow with its status, every line with its log entries.
 */
@Component
class FinanceCsv {

    private static final String[] FLOWS = {"flow", "kind", "iati_transaction_type", "contributor", "status", "counts", "minor_units",
            "currency", "amount", "usd_minor_units", "usd_per_unit", "item", "quantity", "unit", "value_date", "agreement", "document",
            "project", "commitment", "recorded_by", "recorded_at", "version", "log_entries", "organisation"};
    private static final String[] CONTRIBUTORS = {"fund", "state", "name", "pledged_usd", "committed_usd", "received_usd", "flows",
            "latest_log_entries",
            "as_of", "log_size", "checkpoint_size", "organisation"};

    private final FundRecords records;

    FinanceCsv(FundRecords records) {
        this.records = records;
    }

    /** Every flow, a page at a time, written to the response as it is read: a fund's flows are never held whole. */
    void flows(FundId fund, jakarta.servlet.http.HttpServletResponse response) throws IOException {
        records.fund(fund); // an unknown fund is a problem answer, before anything is written
        response.setContentType("text/csv; charset=utf-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"flows-" + fund + ".csv\"");
        var out = new java.io.BufferedWriter(new java.io.OutputStreamWriter(response.getOutputStream(),
                java.nio.charset.StandardCharsets.UTF_8), 1 << 16);
        try (var csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(FLOWS).get())) {
            String after = null;
            do {
                Page<Views.Flow> page = records.flows(fund, after, Page.MAX_LIMIT);
                for (var f : page.items()) {
                    var goods = f.inKind();
                    csv.printRecord(f.id(), f.kind(), f.iatiTransactionType(), f.contributor(), f.status(), f.counts(),
                            f.cash() == null ? null : f.cash().minorUnits(), f.cash() == null ? null : f.cash().currency(),
                            f.cash() == null ? null : f.cash().major().toPlainString(),
                            f.usdEquivalent() == null ? null : f.usdEquivalent().minorUnits(), f.usdPerUnit(),
                            goods == null ? null : SpreadsheetSafe.cell(goods.item()), goods == null ? null : goods.quantity(),
                            goods == null ? null : SpreadsheetSafe.cell(goods.unit()), f.valueDate(), SpreadsheetSafe.cell(f.agreement()),
                            SpreadsheetSafe.cell(f.document()), f.project(), f.commitment(), f.recordedBy(), f.recordedAt(), f.version(),
                            join(f.logEntries()), f.organisation());
                }
                after = page.next();
            } while (after != null);
        }
    }

    ResponseEntity<String> contributors(FundId fund) {
        var list = records.contributors(fund);
        var out = new StringWriter();
        try (var csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(CONTRIBUTORS).get())) {
            for (var c : list.contributors()) {
                csv.printRecord(list.fund(), c.state(), SpreadsheetSafe.cell(c.name()), decimal(c.pledged()), decimal(c.committed()), decimal(c.received()),
                        c.flows(), join(c.logEntries()), list.asOf(), list.logSize(), list.checkpoint() == null ? null : list.checkpoint().size(),
                        c.organisation());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return attachment(out, "contributors-" + fund + ".csv");
    }

    private static String decimal(Money money) {
        return money.major().toPlainString();
    }

    private static String join(java.util.List<Long> entries) {
        return String.join(" ", entries.stream().map(String::valueOf).toList());
    }

    private static String join(long[] entries) {
        return String.join(" ", java.util.Arrays.stream(entries).mapToObj(String::valueOf).toList());
    }

    private static ResponseEntity<String> attachment(StringWriter out, String filename) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_TYPE, "text/csv; charset=utf-8")
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + filename + "\"")
                .body(out.toString());
    }
}

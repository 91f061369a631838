package org.peacecouncil.claims.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.peacecouncil.claims.Views;
import org.peacecouncil.platform.SpreadsheetSafe;

/** A statement's verdicts as CSV (RFC 4180): one line per assertion and state, computed from the records as the API computes them. */
final class VerdictsCsv {

    private static final String[] HEADER = {"statement", "said_on", "speaker", "assertion", "subject", "state", "name", "verdict",
            "basis", "verdict_when_said", "reasons", "log_entries", "computed_at", "log_size", "checkpoint_size"};

    private VerdictsCsv() {
    }

    static String of(Views.Statement s) {
        var out = new StringWriter();
        try (var csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(HEADER).get())) {
            for (var v : s.verdicts()) {
                csv.printRecord(s.id(), s.saidOn(), SpreadsheetSafe.cell(s.speaker()), v.assertion().type(), v.assertion().topic(), v.state(),
                        v.name(), v.status(), v.basis(), v.atTheTime(),
                        SpreadsheetSafe.cell(v.reasons().stream().map(r -> r.text()).collect(Collectors.joining(" | "))),
                        v.reasons().stream().flatMap(r -> r.logEntries().stream()).distinct().map(String::valueOf)
                                .collect(Collectors.joining(" ")), s.computedAt(), s.logSize(),
                        s.checkpoint() == null ? null : s.checkpoint().size());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}

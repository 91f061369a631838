package org.peacecouncil.decisions.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.peacecouncil.platform.SpreadsheetSafe;
import org.peacecouncil.decisions.Views;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/** A motion's roll-call as CSV (RFC 4180): every ballot, then every member state present that did not vote. */
@Component
class RollCalls {

    private static final String[] HEADER = {"motion", "state", "name", "vote", "explanation", "cast_at", "changes"};

    ResponseEntity<String> csv(Views.Motion motion) {
        var out = new StringWriter();
        try (var csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(HEADER).get())) {
            for (var b : motion.ballots()) {
                csv.printRecord(motion.id(), b.state(), b.name(), b.vote(), SpreadsheetSafe.cell(b.explanation()), b.castAt(), b.changes());
            }
            for (var state : motion.presentNotVoting()) {
                csv.printRecord(motion.id(), state.state(), state.name(), "NOT_VOTING", null, null, 0);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_TYPE, "text/csv; charset=utf-8")
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"roll-call-" + motion.id() + ".csv\"")
                .body(out.toString());
    }
}

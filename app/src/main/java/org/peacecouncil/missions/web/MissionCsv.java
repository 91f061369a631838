package org.peacecouncil.missions.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.peacecouncil.missions.MissionCommands;
import org.peacecouncil.missions.Views;
import org.peacecouncil.platform.SpreadsheetSafe;

/**
 * A mission's contributions as CSV (RFC 4180), generated from the same records as the API: one line per offer and
 * personnel type, with what was offered and deployed, the offer's caveats and the state's standing caveats, and
 * the log entries behind it. Every offer is there, withdrawn and unconfirmed ones with their status.
 */
final class MissionCsv {

    private static final String[] CONTRIBUTIONS = {"mission", "offer", "state", "name", "status", "counts", "mandate_version",
            "personnel_type", "offered", "deployed", "readiness", "units", "caveats", "state_caveats", "conflicts_acknowledged",
            "notes", "document", "recorded_by", "recorded_at", "offered_at", "accepted_at", "withdrawn_at", "log_entries"};

    private MissionCsv() {
    }

    static String contributions(Views.Mission mission) {
        var standing = mission.participants().stream()
                .collect(Collectors.toMap(Views.Participant::state, p -> words(p.caveats())));
        var out = new StringWriter();
        try (var csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(CONTRIBUTIONS).get())) {
            for (var o : mission.offers()) {
                for (var e : o.personnel().entrySet()) {
                    csv.printRecord(mission.id(), o.id(), o.state(), o.name(), o.status(), o.status().name().equals("OFFERED")
                            || o.status().name().equals("ACCEPTED"), o.mandateVersion(), e.getKey(), e.getValue(),
                            o.deployed().getOrDefault(e.getKey(), 0), o.readiness(), SpreadsheetSafe.cell(String.join("; ", o.units())),
                            SpreadsheetSafe.cell(words(o.caveats())), SpreadsheetSafe.cell(standing.getOrDefault(o.state(), "")),
                            SpreadsheetSafe.cell(String.join("; ", o.conflicts() == null ? List.of() : o.conflicts())),
                            SpreadsheetSafe.cell(o.notes()), SpreadsheetSafe.cell(o.document()), o.recordedBy(), o.recordedAt(),
                            text(o.offeredAt()), text(o.acceptedAt()), text(o.withdrawnAt()),
                            o.logEntries().stream().map(String::valueOf).collect(Collectors.joining(" ")));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Caveats in words: "excludes combat operations; fixed sites only (guarding of strategic facilities only)". */
    static String words(List<MissionCommands.Caveat> caveats) {
        var all = new ArrayList<String>();
        for (var c : caveats) {
            all.add(CaveatWords.of(c));
        }
        return String.join("; ", all);
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}

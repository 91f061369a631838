package org.peacecouncil.ledger;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.peacecouncil.platform.CouncilProblem;
import org.peacecouncil.platform.Countries;

/**
 * Which entries of the record a reader asks for: of one act type, about one state, recorded between two days (both
 * included, UTC), older than entry {@code before}; any of them may be absent. Newest first.
 */
public record LogQuery(String type, String state, LocalDate from, LocalDate until, Long before) {

    public LogQuery {
        if (from != null && until != null && until.isBefore(from)) {
            throw new CouncilProblem.InvalidRequest("bad-dates", "The last day (" + until + ") is before the first (" + from + ").");
        }
        if (before != null && before < 0) {
            throw new CouncilProblem.InvalidRequest("bad-index", "An entry’s index is 0 or more.");
        }
    }

    /** As a form or a link gives it: blanks are absent; the act type must be one the council records. */
    public static LogQuery of(String type, String state, String from, String until, String before, ActTypes types) {
        String act = blank(type) ? null : type.strip();
        if (act != null && !types.isKnown(act)) {
            throw new CouncilProblem.InvalidRequest("unknown-act-type", "The record has no act type “" + act + "”.");
        }
        return new LogQuery(act, blank(state) ? null : Countries.require(state.strip()).alpha3(), day(from, "from"), day(until, "until"),
                index(before));
    }

    public boolean filtered() {
        return type != null || state != null || from != null || until != null;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static LocalDate day(String text, String field) {
        if (blank(text)) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new CouncilProblem.InvalidRequest("bad-date", "“" + text + "” is not a day (" + field + ", YYYY-MM-DD).");
        }
    }

    private static Long index(String text) {
        if (blank(text)) {
            return null;
        }
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw new CouncilProblem.InvalidRequest("bad-index", "“" + text + "” is not an entry’s index.");
        }
    }
}

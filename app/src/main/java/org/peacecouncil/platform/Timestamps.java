package org.peacecouncil.platform;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * Instants and dates are stored as ISO 8601 text on both engines. Instants use a fixed width (microseconds,
 * UTC) so that text order is time order and the same SQL compares them on SQLite and PostgreSQL.
 */
public final class Timestamps {

    private static final DateTimeFormatter FIXED =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    private Timestamps() {
    }

    private static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("3000-01-01T00:00:00Z");

    /** A time a request gives for {@code field}, refused unless it lies in the years 1900 to 2999 (null passes). */
    public static Instant sane(Instant instant, String field) {
        if (instant != null && (instant.isBefore(EARLIEST) || !instant.isBefore(LATEST))) {
            throw new CouncilProblem.InvalidRequest("time-out-of-range", field + ": give a time in the years 1900 to 2999.");
        }
        return instant;
    }

    /** A date a request gives for {@code field}, refused unless it lies in the years 1900 to 2999 (null passes). */
    public static LocalDate sane(LocalDate date, String field) {
        if (date != null && (date.getYear() < 1900 || date.getYear() > 2999)) {
            throw new CouncilProblem.InvalidRequest("time-out-of-range", field + ": give a date in the years 1900 to 2999.");
        }
        return date;
    }

    public static String text(Instant instant) {
        return instant == null ? null : FIXED.format(instant.truncatedTo(ChronoUnit.MICROS));
    }

    public static Instant instant(String text) {
        if (text == null) {
            return null;
        }
        return isFixed(text) ? fixed(text) : Instant.parse(text);
    }

    /** Whether the text is in the one format {@link #text(Instant)} writes: uuuu-MM-ddTHH:mm:ss.SSSSSSZ. */
    private static boolean isFixed(String t) {
        if (t.length() != 27 || t.charAt(4) != '-' || t.charAt(7) != '-' || t.charAt(10) != 'T' || t.charAt(13) != ':'
                || t.charAt(16) != ':' || t.charAt(19) != '.' || t.charAt(26) != 'Z') {
            return false;
        }
        for (int i : FIXED_DIGITS) {
            if (t.charAt(i) < '0' || t.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static final int[] FIXED_DIGITS = {0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18, 20, 21, 22, 23, 24, 25};

    /** Reads the fixed format by its positions: every timestamp the stores read back is in it, and Instant.parse is slow. */
    private static Instant fixed(String t) {
        var dateTime = java.time.LocalDateTime.of(number(t, 0, 4), number(t, 5, 7), number(t, 8, 10), number(t, 11, 13), number(t, 14, 16),
                number(t, 17, 19), number(t, 20, 26) * 1000);
        return dateTime.toInstant(ZoneOffset.UTC);
    }

    private static int number(String t, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            n = n * 10 + (t.charAt(i) - '0');
        }
        return n;
    }

    public static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }

    public static LocalDate date(String text) {
        return text == null ? null : LocalDate.parse(text);
    }

    public static LocalDate dateOf(Instant instant) {
        return LocalDate.ofInstant(instant, ZoneOffset.UTC);
    }
}

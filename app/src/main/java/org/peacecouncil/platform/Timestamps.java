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
        return text == null ? null : Instant.parse(text);
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

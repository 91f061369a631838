package org.peacecouncil.platform;

import org.peacecouncil.platform.CouncilProblem.InvalidRequest;

/**
 * Free text from a request, trimmed and bounded: one rule for every module, so that a text too long is always the
 * same fault ({@code field-too-long}) with the same message, and a required one missing is {@code missing-field}.
 * A text with a control character (NUL and the rest of C0 but tab and line breaks, DEL, C1) or a bidirectional
 * embedding, override or isolate (U+202A–U+202E, U+2066–U+2069) is refused ({@code control-characters}) rather than
 * stored: such characters can hide or reorder what a record says when it is shown, and the engines do not treat them
 * alike (PostgreSQL refuses NUL in text; SQLite keeps it). The marks U+200E and U+200F, which Arabic text needs, pass.
 */
public final class Texts {

    private Texts() {
    }

    public static String required(String text, String field, int max) {
        String cleaned = optional(text, field, max);
        if (cleaned == null) {
            throw new InvalidRequest("missing-field", "Give a " + field + ".");
        }
        return cleaned;
    }

    /** True for the characters no text of the record may hold (see the class). */
    static boolean forbidden(char c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7f && c <= 0x9f)
                || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
    }

    /** An instant as people read it on the record, to the second: 2026-02-19 15:00:00 UTC. */
    private static final java.time.format.DateTimeFormatter UTC =
            java.time.format.DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm 'UTC'", java.util.Locale.ROOT).withZone(java.time.ZoneOffset.UTC);

    /**
     * A time as every page writes it: "2026-02-19 15:30 UTC", to the minute (the exact instant is in the page's
     * {@code <time datetime>} and in the API). The reader's own zone is added beside it in the browser.
     */
    public static String utc(java.time.Instant instant) {
        return instant == null ? "" : UTC.format(instant);
    }

    /** The same as {@link #utc}. */
    public static String when(java.time.Instant instant) {
        return utc(instant);
    }

    public static String optional(String text, String field, int max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String stripped = text.strip();
        if (stripped.length() > max) {
            throw new InvalidRequest("field-too-long", "The " + field + " may have at most " + max + " characters.");
        }
        for (int i = 0; i < stripped.length(); i++) {
            if (forbidden(stripped.charAt(i))) {
                throw new InvalidRequest("control-characters", "The " + field + " may not contain control characters or "
                        + "bidirectional overrides (U+" + String.format("%04X", (int) stripped.charAt(i)) + " at character " + (i + 1) + ").");
            }
        }
        return stripped;
    }
}

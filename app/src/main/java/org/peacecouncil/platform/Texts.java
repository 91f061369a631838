package org.peacecouncil.platform;

import org.peacecouncil.platform.CouncilProblem.InvalidRequest;

/**
 * Free text from a request, trimmed and bounded: one rule for every module, so that a text too long is always the
 * same fault ({@code field-too-long}) with the same message, and a required one missing is {@code missing-field}.
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

    /** An instant as people read it on the record, to the second: 2026-02-19 15:00:00 UTC. */
    public static String when(java.time.Instant instant) {
        return instant == null ? "" : instant.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString().replace('T', ' ')
                .replace("Z", " UTC");
    }

    public static String optional(String text, String field, int max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String stripped = text.strip();
        if (stripped.length() > max) {
            throw new InvalidRequest("field-too-long", "The " + field + " may have at most " + max + " characters.");
        }
        return stripped;
    }
}

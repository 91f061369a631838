package org.peacecouncil.decisions;

import org.peacecouncil.platform.CouncilProblem.InvalidRequest;

/** Free text from a request, trimmed and bounded. */
final class Texts {

    private Texts() {
    }

    static String required(String text, String field, int max) {
        String cleaned = optional(text, field, max);
        if (cleaned == null) {
            throw new InvalidRequest("missing-field", "Give a " + field + ".");
        }
        return cleaned;
    }

    /** An instant as people read it on the record, to the second: 2026-02-19 15:00:00 UTC. */
    static String when(java.time.Instant instant) {
        return instant == null ? "" : instant.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString().replace('T', ' ')
                .replace("Z", " UTC");
    }

    static String optional(String text, String field, int max) {
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

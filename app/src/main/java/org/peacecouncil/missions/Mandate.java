package org.peacecouncil.missions;

import java.time.Instant;

/** One version of a mission's mandate, as issued. */
public record Mandate(MissionId mission, int version, MissionCommands.MandateTerms terms, String reason, String recordedBy,
        Instant recordedAt) {
}

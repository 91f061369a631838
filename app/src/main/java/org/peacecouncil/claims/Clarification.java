package org.peacecouncil.claims;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.peacecouncil.platform.CouncilProblem;
import org.peacecouncil.platform.StateCode;

/**
 * A state's clarification of its own position. CONFIRMED when its own delegation recorded it or confirmed an entry
 * made on its behalf ({@code confirmedAt}: from then it counts); UNCONFIRMED until then.
 */
public record Clarification(ClarificationId id, long seq, StateCode state, String speaker, LocalDate saidOn, String sourceUrl,
        String sourceTitle, String text, List<ClaimsCommands.Position> positions, String document, boolean confirmed, String recordedBy,
        Instant recordedAt, Instant confirmedAt) {

    Clarification confirmedAt(Instant at) {
        if (confirmed) {
            throw new CouncilProblem.RuleViolation("clarification-confirmed", "This clarification is already the state's own.");
        }
        return new Clarification(id, seq, state, speaker, saidOn, sourceUrl, sourceTitle, text, positions, document, true, recordedBy,
                recordedAt, at);
    }
}

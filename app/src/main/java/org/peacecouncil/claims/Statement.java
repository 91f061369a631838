package org.peacecouncil.claims;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A public statement about states, as recorded (RECORDED) or as proposed for the secretariat to record (PROPOSED). */
public record Statement(StatementId id, long seq, StatementStatus status, String speaker, String office, String speaksFor,
        LocalDate saidOn, String dateAsReported, String sourceUrl, String sourceTitle, String text,
        List<ClaimsCommands.StatedAssertion> assertions, String proposedBy, String recordedBy, Instant recordedAt) {

    public enum StatementStatus {
        PROPOSED, RECORDED
    }

    Statement recorded(String by, Instant at) {
        if (status != StatementStatus.PROPOSED) {
            throw new org.peacecouncil.platform.CouncilProblem.RuleViolation("statement-recorded", "This statement is already recorded.");
        }
        return new Statement(id, seq, StatementStatus.RECORDED, speaker, office, speaksFor, saidOn, dateAsReported, sourceUrl, sourceTitle,
                text, assertions, proposedBy, by, at);
    }
}

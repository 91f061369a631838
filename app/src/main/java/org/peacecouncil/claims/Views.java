package org.peacecouncil.claims;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What the claims API and pages show, computed from the records each time: never stored, never typed in. */
public final class Views {

    private Views() {
    }

    /** The latest signed checkpoint when the verdicts were computed, and whether it covers every entry they link to. */
    public record AtCheckpoint(long size, String rootHash, boolean covers) {
    }

    /** From {@code since} on, the verdict was {@code status}. */
    public record Change(Instant since, Verdict.VerdictStatus status) {
    }

    /**
     * One assertion about one state: the verdict now with its reasons, the verdict when it was said, whether a backing
     * verdict held at the time or came later ({@code basis}), and each change of verdict since it was said.
     */
    public record StateVerdict(String state, String name, Assertion assertion, Verdict.VerdictStatus status, String basis,
            List<Verdict.Reason> reasons, Verdict.VerdictStatus atTheTime, List<Verdict.Reason> reasonsAtTheTime, List<Change> history) {
    }

    public record Statement(String id, org.peacecouncil.claims.Statement.StatementStatus status, String speaker, String office,
            String speaksFor, LocalDate saidOn, String dateAsReported, String sourceUrl, String sourceTitle, String text,
            List<ClaimsCommands.StatedAssertion> assertions, List<StateVerdict> verdicts, Instant computedAt, long logSize,
            AtCheckpoint checkpoint, String proposedBy, String recordedBy, Instant recordedAt, List<Long> logEntries) {
    }

    public record StatementSummary(String id, org.peacecouncil.claims.Statement.StatementStatus status, String speaker,
            LocalDate saidOn, String text, int assertions, Instant recordedAt) {
    }

    public record Clarification(String id, String state, String name, String speaker, LocalDate saidOn, String sourceUrl,
            String sourceTitle, String text, List<ClaimsCommands.Position> positions, String document, boolean confirmed, String recordedBy,
            Instant recordedAt, Instant confirmedAt, List<Long> logEntries) {
    }

    /** A claim checked without recording it: the verdict as of {@code asOf} (now by default), with its evidence. */
    public record Check(String state, String name, Assertion assertion, Instant asOf, Verdict.VerdictStatus status,
            List<Verdict.Reason> reasons, List<Change> history, long logSize, AtCheckpoint checkpoint) {
    }
}

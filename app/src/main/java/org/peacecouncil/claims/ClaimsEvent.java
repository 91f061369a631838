package org.peacecouncil.claims;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.peacecouncil.platform.ActSignature;
import org.peacecouncil.platform.ActType;
import org.peacecouncil.platform.Signable;
import org.peacecouncil.platform.RecordedAct;

/**
 * A claims act, published in the transaction that records it. Assertions are written flat: their type, what they
 * name (fund, mission, motion, meeting), the amount in minor units with its currency, the level, the number of
 * personnel, the vote — and the states they are about (a statement) or whether the state affirms them (a
 * clarification).
 */
public sealed interface ClaimsEvent extends RecordedAct {

    @Override
    default String module() {
        return "claims";
    }

    /** One typed assertion as recorded. */
    record AssertionEntry(String type, String fund, Long amountMinorUnits, String currency, String level, String mission,
            Integer personnel, String motion, String vote, String meeting, List<String> states, Boolean affirms) {
    }

    /** A statement about states, recorded by the secretariat ({@code proposedBy} when someone else proposed it). */
    @ActType(value = "StatementRecorded", version = 1)
    record StatementRecorded(String statementId, String speaker, String office, String speaksFor, LocalDate saidOn, String dateAsReported,
            String sourceUrl, String sourceTitle, String text, List<AssertionEntry> assertions, String proposedBy, Instant recordedAt,
            String actor) implements ClaimsEvent {
        @Override
        public String subjectState() {
            return null;
        }
    }

    /** A statement proposed by a signed-in user for the secretariat to record; it gets no verdict until recorded. */
    @ActType(value = "StatementProposed", version = 1)
    record StatementProposed(String statementId, String speaker, LocalDate saidOn, String sourceUrl, String text,
            List<AssertionEntry> assertions, Instant recordedAt, String actor) implements ClaimsEvent {
        @Override
        public String subjectState() {
            return null;
        }
    }

    /** A state's clarification: its own delegation's ({@code confirmed}), or entered on its behalf from {@code document}. */
    @ActType(value = "ClarificationRecorded", version = 1)
    @Signable(object = "state", fields = {"speaker", "saidOn", "sourceUrl", "sourceTitle", "text", "positions"})
    record ClarificationRecorded(String clarificationId, String state, String speaker, LocalDate saidOn, String sourceUrl,
            String sourceTitle, String text, List<AssertionEntry> positions, String document, boolean confirmed, Instant recordedAt,
            String actor, ActSignature signature) implements ClaimsEvent {
        public ClarificationRecorded(String clarificationId, String state, String speaker, LocalDate saidOn, String sourceUrl, String sourceTitle,
                String text, List<AssertionEntry> positions, String document, boolean confirmed, Instant recordedAt, String actor) {
            this(clarificationId, state, speaker, saidOn, sourceUrl, sourceTitle, text, positions, document, confirmed, recordedAt, actor, null);
        }

        @Override
        public String subjectState() {
            return state;
        }
    }

    @ActType(value = "ClarificationConfirmed", version = 1)
    @Signable(object = "clarificationId", fields = {"clarificationId"})
    record ClarificationConfirmed(String clarificationId, String state, Instant recordedAt, String actor, ActSignature signature)
            implements ClaimsEvent {
        public ClarificationConfirmed(String clarificationId, String state, Instant recordedAt, String actor) {
            this(clarificationId, state, recordedAt, actor, null);
        }

        @Override
        public String subjectState() {
            return state;
        }
    }

    static AssertionEntry entry(Assertion a, List<String> states, Boolean affirms) {
        return new AssertionEntry(a.type().name(), a.fund(), a.amount() == null ? null : a.amount().minorUnits(),
                a.amount() == null ? null : a.amount().currency(), a.level() == null ? null : a.level().name(), a.mission(), a.personnel(),
                a.motion(), a.vote(), a.meeting(), states, affirms);
    }
}

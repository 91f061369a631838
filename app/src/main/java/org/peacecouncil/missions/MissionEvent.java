package org.peacecouncil.missions;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.peacecouncil.platform.ActSignature;
import org.peacecouncil.platform.ActType;
import org.peacecouncil.platform.Signable;
import org.peacecouncil.platform.RecordedAct;

/**
 * A missions act, published in the transaction that records it so that the transparency log holds exactly what was
 * committed. Personnel are counted by type ({@code TROOPS}, {@code POLICE}, …). A confidential question or answer is
 * on the public log only as the SHA-256 of its text (hex), so that it can be shown later to be what was asked.
 */
public sealed interface MissionEvent extends RecordedAct {

    @Override
    default String module() {
        return "missions";
    }

    String missionId();

    /** An outside authority behind a mission, as recorded. */
    record AuthorityEntry(String body, String reference, LocalDate adoptedOn, String vote, LocalDate authorizedUntil) {
    }

    /** One question as filed: its text, or for a confidential one only the hash of its text. */
    record QuestionEntry(String questionId, boolean confidential, String text, String textSha256) {
    }

    /** A national caveat as offered. */
    record CaveatEntry(String kind, String task, String area, LocalDate until, String text) {
    }

    @ActType(value = "MissionEstablished", version = 1)
    record MissionEstablished(String missionId, String name, String command, String leadState, String deputyState, String decision,
            List<AuthorityEntry> authorities, Instant recordedAt, String actor) implements MissionEvent {
        @Override
        public String subjectState() {
            return null;
        }
    }

    /** A mandate version: the first when the mission is established, each change a new one. */
    @ActType(value = "MandateIssued", version = 1)
    record MandateIssued(String missionId, int mandateVersion, List<String> tasks, String area, Map<String, Integer> authorizedStrength,
            String useOfForce, LocalDate start, LocalDate end, int reportingMonths, List<String> documents, String reason,
            Instant recordedAt, String actor) implements MissionEvent {
        @Override
        public String subjectState() {
            return null;
        }
    }

    /** What a state asked, as it signs it before the platform numbers its questions: each text's SHA-256, and whether confidential. */
    record AskedEntry(boolean confidential, String textSha256) {
    }

    /**
     * Version 2 adds {@code asked}: the questions as the state signs them (version 1 had only {@code questions}, whose
     * ids the platform gives, so no signature could cover them).
     */
    @ActType(value = "QuestionsFiled", version = 2)
    @Signable(object = "missionId", fields = {"missionId", "asked"})
    record QuestionsFiled(String missionId, String state, List<QuestionEntry> questions, List<AskedEntry> asked, Instant recordedAt,
            String actor, ActSignature signature) implements MissionEvent {
        @Override
        public String subjectState() {
            return state;
        }
    }

    @ActType(value = "QuestionAnswered", version = 1)
    record QuestionAnswered(String missionId, String questionId, String state, boolean confidential, String answer,
            String answerSha256, Instant recordedAt, String actor) implements MissionEvent {
        @Override
        public String subjectState() {
            return state;
        }
    }

    /** An offer: the state's own ({@code status} OFFERED) or entered on its behalf with its document (UNCONFIRMED). */
    @ActType(value = "OfferRecorded", version = 1)
    @Signable(object = "missionId", fields = {"missionId", "mandateVersion", "personnel", "units", "readiness", "caveats", "notes"})
    record OfferRecorded(String missionId, String offerId, String state, String status, int mandateVersion,
            Map<String, Integer> personnel, List<String> units, String readiness, List<CaveatEntry> caveats, String notes,
            String document, Instant recordedAt, String actor, ActSignature signature) implements MissionEvent {
        public OfferRecorded(String missionId, String offerId, String state, String status, int mandateVersion, Map<String, Integer> personnel,
                List<String> units, String readiness, List<CaveatEntry> caveats, String notes, String document, Instant recordedAt, String actor) {
            this(missionId, offerId, state, status, mandateVersion, personnel, units, readiness, caveats, notes, document, recordedAt, actor, null);
        }

        @Override
        public String subjectState() {
            return state;
        }
    }

    @ActType(value = "OfferConfirmed", version = 1)
    @Signable(object = "offerId", fields = {"missionId", "offerId"})
    record OfferConfirmed(String missionId, String offerId, String state, Instant recordedAt, String actor, ActSignature signature)
            implements MissionEvent {
        public OfferConfirmed(String missionId, String offerId, String state, Instant recordedAt, String actor) {
            this(missionId, offerId, state, recordedAt, actor, null);
        }

        @Override
        public String subjectState() {
            return state;
        }
    }

    /** The office accepted an offer; {@code conflicts} are the mandated tasks its caveats exclude, acknowledged. */
    @ActType(value = "OfferAccepted", version = 1)
    record OfferAccepted(String missionId, String offerId, String state, int mandateVersion, List<String> conflicts, String note,
            Instant recordedAt, String actor) implements MissionEvent {
        @Override
        public String subjectState() {
            return state;
        }
    }

    @ActType(value = "DeploymentRecorded", version = 1)
    record DeploymentRecorded(String missionId, String offerId, String state, Map<String, Integer> personnel, LocalDate on,
            String location, Instant recordedAt, String actor) implements MissionEvent {
        @Override
        public String subjectState() {
            return state;
        }
    }

    /** The state's delegation declined to take part ({@code status} DECLINED) or withdrew (WITHDRAWN), with its reason. */
    @ActType(value = "ParticipationEnded", version = 1)
    @Signable(object = "missionId", fields = {"missionId", "status", "reason"})
    record ParticipationEnded(String missionId, String state, String status, String reason, Instant recordedAt, String actor,
            ActSignature signature) implements MissionEvent {
        public ParticipationEnded(String missionId, String state, String status, String reason, Instant recordedAt, String actor) {
            this(missionId, state, status, reason, recordedAt, actor, null);
        }

        @Override
        public String subjectState() {
            return state;
        }
    }

    /**
     * The state's delegation declared its standing national caveats for the mission: they apply to every offer it
     * makes, and replace those it declared before (an empty list withdraws them).
     */
    @ActType(value = "NationalCaveatsDeclared", version = 1)
    record NationalCaveatsDeclared(String missionId, String state, List<CaveatEntry> caveats, Instant recordedAt, String actor)
            implements MissionEvent {
        @Override
        public String subjectState() {
            return state;
        }
    }

    /** The mission's office filed the report due on {@code dueOn} under the mandate's reporting cycle. */
    @ActType(value = "MissionReportFiled", version = 1)
    record MissionReportFiled(String missionId, LocalDate dueOn, String title, String document, LocalDate submittedOn,
            Instant recordedAt, String actor) implements MissionEvent {
        @Override
        public String subjectState() {
            return null;
        }
    }
}

package org.peacecouncil.missions;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** What the missions API and pages show: read models built from the record, never written back. */
public final class Views {

    private Views() {
    }

    public record MissionSummary(String id, String name, String area, int mandateVersion, Map<PersonnelType, Integer> authorized,
            Instant recordedAt) {
    }

    public record Mandate(int version, List<String> tasks, String area, Map<PersonnelType, Integer> authorizedStrength,
            String useOfForce, LocalDate start, LocalDate end, int reportingMonths, List<String> documents, String reason,
            String recordedBy, Instant recordedAt, List<Long> logEntries) {
    }

    /**
     * Where a state stands with the mission; {@code questionsOpenSince} is when its oldest open question was filed;
     * {@code caveats} are the standing national caveats its delegation declared, which apply to every offer it makes.
     */
    public record Participant(String state, String name, Participation status, Instant since, int openQuestions,
            Instant questionsOpenSince, List<MissionCommands.Caveat> caveats, Instant caveatsDeclaredAt, List<Long> caveatsLogEntries) {
    }

    /** A report due under the mandate's reporting cycle, and the filing, if any. */
    public record Report(LocalDate dueOn, ReportStatus status, String title, String document, LocalDate submittedOn, String recordedBy,
            Instant recordedAt, List<Long> logEntries) {
    }

    /**
     * A question and its answer. For a confidential question the public sees only that it exists, who asked and when
     * it was filed and answered: {@code text} and {@code answer} are null unless the reader is the asking state's
     * delegation or the mission's office.
     */
    public record Question(String id, String state, String name, boolean confidential, String text, Instant filedAt, boolean answered,
            String answer, Instant answeredAt, List<Long> logEntries) {
    }

    public record Offer(String id, String state, String name, OfferStatus status, int mandateVersion,
            Map<PersonnelType, Integer> personnel, List<String> units, Readiness readiness, List<MissionCommands.Caveat> caveats,
            String notes, String document, String recordedBy, Instant recordedAt, Instant offeredAt, Instant acceptedAt,
            Instant withdrawnAt, List<String> conflicts,
            String acceptanceNote, Map<PersonnelType, Integer> deployed, List<Long> logEntries) {
    }

    public record Mission(String id, String name, String command, String leadState, String deputyState, String decision,
            List<MissionCommands.Authority> authorities, Mandate mandate, int mandateVersions, List<Participant> participants,
            List<Offer> offers, List<Long> logEntries, Instant recordedAt) {
    }

    /** One state's figures in a strength table. */
    public record StateStrength(String state, String name, Map<PersonnelType, Integer> offered, Map<PersonnelType, Integer> accepted,
            Map<PersonnelType, Integer> deployed) {
    }

    /**
     * Authorized against offered, accepted and deployed, by personnel type and by state, as of the end of a day (UTC):
     * the mandate version in force then, the offers the states had made and not withdrawn by then, and the
     * deployments dated on or before it.
     */
    public record Strength(String mission, LocalDate asOf, Integer mandateVersion, Map<PersonnelType, Integer> authorized,
            Map<PersonnelType, Integer> offered, Map<PersonnelType, Integer> accepted, Map<PersonnelType, Integer> deployed,
            List<StateStrength> byState) {
    }
}

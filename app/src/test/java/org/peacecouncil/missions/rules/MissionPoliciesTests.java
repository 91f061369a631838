package org.peacecouncil.missions.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.peacecouncil.charter.CharterReader;
import org.peacecouncil.identity.Actor;
import org.peacecouncil.missions.CaveatKind;
import org.peacecouncil.missions.MissionCommands.Caveat;
import org.peacecouncil.missions.OfferStatus;
import org.peacecouncil.missions.ReportingCycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static org.peacecouncil.support.PolicyFixtures.*;

/** The missions rules at their edges, as tables. */
class MissionPoliciesTests {

    static Stream<Arguments> offering() {
        return Stream.of(
                // actor, document, open questions, actor runs the mission → answer, status
                arguments(AZE, false, 21, false, "allowed", OfferStatus.OFFERED),
                arguments(AZE, false, 0, false, "allowed", OfferStatus.OFFERED),
                arguments(SECRETARIAT, true, 1, true, "questions-open", null),
                arguments(SECRETARIAT, true, 0, true, "allowed", OfferStatus.UNCONFIRMED),
                arguments(SECRETARIAT, false, 0, true, "document-required", null),
                arguments(ARM, true, 0, false, "not-your-state", null),
                arguments(ARM, true, 21, false, "not-your-state", null),
                arguments(CHAIR, true, 0, false, "not-your-state", null),
                arguments(ANONYMOUS, true, 0, false, "not-your-state", null));
    }

    @ParameterizedTest
    @MethodSource
    void offering(Actor actor, boolean document, int openQuestions, boolean runsTheMission, String expected, OfferStatus status) {
        var decision = OfferPolicy.decide(actor, new OfferPolicy.Snapshot("AZE", document, openQuestions, runsTheMission));
        assertThat(answer(decision.ruling())).isEqualTo(expected);
        assertThat(decision.status()).isEqualTo(status);
    }

    static final List<String> TASKS = List.of("border security", "demilitarization", "protection of civilians");

    @Test
    void aCaveatConflictsOnlyWhenItExcludesATaskTheMandateLists() {
        assertThat(AcceptancePolicy.conflicts(List.of(new Caveat(CaveatKind.TASK_EXCLUDED, "Demilitarization", null, null, null)), TASKS))
                .containsExactly("demilitarization");
        assertThat(AcceptancePolicy.conflicts(List.of(new Caveat(CaveatKind.TASK_EXCLUDED, "combat operations", null, null, null)), TASKS))
                .as("a task the mandate does not list").isEmpty();
        assertThat(AcceptancePolicy.conflicts(List.of(new Caveat(CaveatKind.FIXED_SITES_ONLY, null, null, null, "guarding only"),
                new Caveat(CaveatKind.AREA_LIMIT, null, "Rafah", null, null)), TASKS)).isEmpty();
        assertThat(AcceptancePolicy.conflicts(List.of(new Caveat(CaveatKind.TASK_EXCLUDED, "protection of civilians", null, null, null),
                new Caveat(CaveatKind.TASK_EXCLUDED, "Protection of civilians!", null, null, null)), TASKS))
                .as("each mandated task once").containsExactly("protection of civilians");
    }

    @Test
    void anOfferWithConflictsIsAcceptedOnlyWhenTheyAreAcknowledged() {
        assertThat(answer(AcceptancePolicy.ruling(List.of(), false))).isEqualTo("allowed");
        assertThat(answer(AcceptancePolicy.ruling(List.of("demilitarization"), false))).isEqualTo("caveat-conflict");
        assertThat(answer(AcceptancePolicy.ruling(List.of("demilitarization"), true))).isEqualTo("allowed");
    }

    @Test
    void missionsAreRunByTheOfficeTheCharterNamesTheSecretariatByDefault() {
        assertThat(answer(MissionOfficePolicy.ruling(SECRETARIAT, BOARD, "accept offers"))).isEqualTo("allowed");
        assertThat(answer(MissionOfficePolicy.ruling(CHAIR, BOARD, "accept offers"))).isEqualTo("office-required");
        assertThat(answer(MissionOfficePolicy.ruling(AZE, BOARD, "accept offers"))).isEqualTo("office-required");
        assertThat(BOARD.missions().defaulted()).contains("managedBy");
        var chairRuns = CharterReader.read("chair-runs.yaml", """
                id: chair-runs
                name: A council whose chair runs its missions
                membership: { invitedBy: CHAIR, consentsForEntryIntoForce: 1 }
                decisions: { default: { basis: PRESENT_AND_VOTING, threshold: MAJORITY } }
                missions: { managedBy: CHAIR }
                """);
        assertThat(answer(MissionOfficePolicy.ruling(CHAIR, chairRuns, "accept offers"))).isEqualTo("allowed");
        assertThat(answer(MissionOfficePolicy.ruling(SECRETARIAT, chairRuns, "accept offers"))).isEqualTo("office-required");
        assertThat(chairRuns.missions().defaulted()).isEmpty();
    }

    static final ReportingCycle ISF = new ReportingCycle(LocalDate.of(2025, 11, 17), LocalDate.of(2027, 12, 31), 6);

    @Test
    void reportsFallDueEveryCycleFromTheStartUpToTheEnd() {
        assertThat(ISF.dueDates(LocalDate.of(2026, 1, 1))).containsExactly(LocalDate.of(2026, 5, 17), LocalDate.of(2026, 11, 17),
                LocalDate.of(2027, 5, 17), LocalDate.of(2027, 11, 17));
        var endless = new ReportingCycle(LocalDate.of(2026, 1, 31), null, 1);
        assertThat(endless.dueDates(LocalDate.of(2026, 3, 30))).as("to the first after the horizon; the end of a short month")
                .containsExactly(LocalDate.of(2026, 2, 28), LocalDate.of(2026, 3, 31));
        var shortMandate = new ReportingCycle(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 1), 6);
        assertThat(shortMandate.dueDates(LocalDate.of(2026, 1, 1))).as("ends before its first report").isEmpty();
    }

    static Stream<Arguments> filingReports() {
        var today = LocalDate.of(2026, 6, 1);
        return Stream.of(
                // due on, already filed, submitted on, today → answer
                arguments(LocalDate.of(2026, 5, 17), false, LocalDate.of(2026, 5, 30), today, "allowed"),
                arguments(LocalDate.of(2026, 11, 17), false, LocalDate.of(2026, 6, 1), today, "allowed"),
                arguments(LocalDate.of(2026, 5, 18), false, LocalDate.of(2026, 5, 30), today, "not-a-report-date"),
                arguments(LocalDate.of(2028, 5, 17), false, LocalDate.of(2026, 5, 30), today, "not-a-report-date"),
                arguments(LocalDate.of(2026, 5, 17), true, LocalDate.of(2026, 5, 30), today, "report-filed"),
                arguments(LocalDate.of(2026, 5, 17), false, LocalDate.of(2026, 6, 2), today, "submitted-later"));
    }

    @ParameterizedTest
    @MethodSource
    void filingReports(LocalDate dueOn, boolean filed, LocalDate submittedOn, LocalDate today, String expected) {
        assertThat(answer(ReportPolicy.ruling(ISF, dueOn, filed, submittedOn, today))).isEqualTo(expected);
    }

    @Test
    void aStandingCaveatExcludingAMandatedTaskIsAConflictLikeTheOffersOwn() {
        var standing = new Caveat(CaveatKind.TASK_EXCLUDED, "combat operations", null, null, "no combat operations abroad");
        assertThat(AcceptancePolicy.conflicts(List.of(standing), List.of("demilitarization", "protection of civilians"))).isEmpty();
        assertThat(AcceptancePolicy.conflicts(List.of(standing), List.of("combat operations against armed groups")))
                .containsExactly("combat operations against armed groups");
    }
}

package org.peacecouncil.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.peacecouncil.platform.AwaitingWork;
import org.peacecouncil.platform.StateCode;
import org.peacecouncil.support.Api;
import org.peacecouncil.support.OnPostgres;
import org.peacecouncil.support.OnSqlite;
import org.peacecouncil.support.WithProviders;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the finance, missions and claims modules leave for someone to do is in that one's to-do list and inbox, and
 * leaves the list once done: receipts due, questions to answer and answered, offers to accept or to confirm,
 * clarifications entered on a state's behalf, statements proposed for the record.
 */
abstract class WorkOfEveryModuleSpec extends WithProviders {

    @Autowired
    private List<AwaitingWork> work;

    private List<AwaitingWork.Item> forSecretariat() {
        var items = new ArrayList<AwaitingWork.Item>();
        work.forEach(w -> items.addAll(w.forOffice("SECRETARIAT", clock.instant())));
        return items;
    }

    private List<AwaitingWork.Item> forDelegation(String state) {
        var items = new ArrayList<AwaitingWork.Item>();
        work.forEach(w -> items.addAll(w.forDelegation(StateCode.of(state), clock.instant())));
        return items;
    }

    private static List<AwaitingWork.Item> ofKind(List<AwaitingWork.Item> items, String kind) {
        return items.stream().filter(i -> i.kind().equals(kind)).toList();
    }

    private List<String> inboxKinds(Api.Caller who) {
        calendar.advance(clock.instant());
        var kinds = new ArrayList<String>();
        who.get("/api/v1/inbox").json().get("messages").forEach(m -> kinds.add(m.get("kind").asString()));
        return kinds;
    }

    private String fund() {
        return secretariat().post("/api/v1/funds", Api.json("name", "Gaza reconstruction package", "currency", "USD", "administeredBy",
                "COUNCIL")).json().get("id").asString();
    }

    @Test
    void aCommitmentDueAndNotReceivedInFullAwaitsTheSecretariatUntilItIs() {
        foundCouncil("USA", "NOR");
        String fund = fund();
        var committed = delegate("NOR").post("/api/v1/funds/" + fund + "/pledges", Api.json("kind", "COMMITMENT", "state", "NOR", "cash",
                Map.of("minorUnits", 1_000_000_000L, "currency", "USD"), "valueDate", "2026-02-19", "agreement", "Agreement NOR-2026-01"));
        assertThat(committed.status()).as(committed.toString()).isEqualTo(201);
        String commitment = committed.json().get("id").asString();
        assertThat(ofKind(forSecretariat(), "Receipt to record")).as("not due before its value date").isEmpty();

        clock.set(Instant.parse("2026-02-19T08:00:00Z"));
        var due = ofKind(forSecretariat(), "Receipt to record");
        assertThat(due).hasSize(1);
        assertThat(due.get(0).title()).isEqualTo("Commitment of USD 10,000,000.00 by Norway to Gaza reconstruction package");
        assertThat(due.get(0).detail()).isEqualTo("USD 0.00 received so far; due from 2026-02-19 under “Agreement NOR-2026-01”.");
        assertThat(due.get(0).href()).isEqualTo("/workspace/finance?commitment=" + commitment + "#receipts");
        assertThat(inboxKinds(secretariat())).contains("Receipt to record");

        assertThat(secretariat().post("/api/v1/funds/" + fund + "/receipts", Api.json("commitment", commitment, "cash",
                Map.of("minorUnits", 400_000_000L, "currency", "USD"), "valueDate", "2026-02-19")).status()).isEqualTo(201);
        assertThat(ofKind(forSecretariat(), "Receipt to record")).singleElement()
                .satisfies(i -> assertThat(i.detail()).startsWith("USD 4,000,000.00 received so far"));
        assertThat(secretariat().post("/api/v1/funds/" + fund + "/receipts", Api.json("commitment", commitment, "cash",
                Map.of("minorUnits", 600_000_000L, "currency", "USD"), "valueDate", "2026-02-20")).status()).isEqualTo(201);
        assertThat(ofKind(forSecretariat(), "Receipt to record")).as("received in full").isEmpty();
    }

    @Test
    void questionsAwaitTheirAnswerAndTheAnswerAwaitsTheDelegationUntilItOffers() {
        foundCouncil("USA", "AZE", "ARM");
        String isf = secretariat().post("/api/v1/missions", Api.json("name", "International Stabilization Force", "command",
                "Maj. Gen. Jasper Jeffers (USA)", "leadState", "USA", "authorities", List.of(Map.of("body", "UN Security Council",
                        "reference", "Resolution 2803", "adoptedOn", "2025-11-17", "vote", "13-0-2", "authorizedUntil", "2027-12-31")),
                "mandate", Map.of("tasks", List.of("demilitarization"), "area", "Gaza", "authorizedStrength", Map.of("TROOPS", 20_000),
                        "useOfForce", "all necessary measures", "start", "2025-11-17", "end", "2027-12-31", "reportingMonths", 6,
                        "documents", List.of("UN Security Council resolution 2803 (2025)")))).json().get("id").asString();
        var filed = delegate("AZE").post("/api/v1/missions/" + isf + "/questions", Api.json("state", "AZE", "questions",
                List.of(Map.of("text", "What tasks does the mandate give the force in Rafah?", "confidential", false))));
        assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
        String question = filed.json().get(0).get("id").asString();

        var toAnswer = ofKind(forSecretariat(), "Question to answer");
        assertThat(toAnswer).singleElement().satisfies(i -> {
            assertThat(i.title()).isEqualTo("International Stabilization Force: “What tasks does the mandate give the force in Rafah?”");
            assertThat(i.detail()).isEqualTo("Asked by Azerbaijan.");
            assertThat(i.href()).isEqualTo("/workspace/missions?mission=" + isf + "#answer-" + question);
        });
        assertThat(ofKind(forDelegation("AZE"), "Question answered")).isEmpty();

        clock.set(clock.instant().plusSeconds(3600));
        assertThat(secretariat().post("/api/v1/mission-questions/" + question + "/answer", Api.json("text", "Border security first."))
                .status()).isBetween(200, 201);
        assertThat(ofKind(forSecretariat(), "Question to answer")).isEmpty();
        assertThat(ofKind(forDelegation("AZE"), "Question answered")).singleElement()
                .satisfies(i -> assertThat(i.detail()).isEqualTo("Answered by officer (SECRETARIAT): “Border security first.”"));
        assertThat(inboxKinds(delegate("AZE"))).contains("Question answered");
        assertThat(ofKind(forDelegation("ARM"), "Question answered")).as("another state's answer").isEmpty();

        var offered = delegate("AZE").post("/api/v1/missions/" + isf + "/offers", Api.json("state", "AZE", "personnel", Map.of("TROOPS", 500),
                "units", List.of("infantry battalion"), "readiness", "READY"));
        assertThat(offered.status()).as(offered.toString()).isEqualTo(201);
        assertThat(ofKind(forDelegation("AZE"), "Question answered")).as("answered by its offer").isEmpty();
        assertThat(ofKind(forSecretariat(), "Offer to accept")).singleElement()
                .satisfies(i -> assertThat(i.title()).isEqualTo("International Stabilization Force: Azerbaijan, 500 troops"));

        var entered = secretariat().post("/api/v1/missions/" + isf + "/offers", Api.json("state", "ARM", "personnel", Map.of("TROOPS", 100),
                "units", List.of("engineers"), "readiness", "READY", "document", "Letter of the Permanent Mission of Armenia"));
        assertThat(entered.status()).as(entered.toString()).isEqualTo(201);
        assertThat(ofKind(forDelegation("ARM"), "Entered on your behalf")).singleElement()
                .satisfies(i -> assertThat(i.title()).isEqualTo("Offer to International Stabilization Force: 100 troops"));
        assertThat(ofKind(forSecretariat(), "Offer to accept")).as("not the unconfirmed entry").hasSize(1);
        clock.set(clock.instant().plusSeconds(31L * 86_400));
        assertThat(delegate("ARM").post("/api/v1/mission-offers/" + entered.json().get("id").asString() + "/confirmation").status())
                .isBetween(200, 201);
        assertThat(ofKind(forDelegation("ARM"), "Entered on your behalf")).isEmpty();
    }

    @Test
    void aClarificationOnAStatesBehalfAwaitsItAndAProposedStatementAwaitsTheSecretariat() {
        foundCouncil("USA", "AZE", "ARM");
        String fund = fund();
        var onBehalf = secretariat().post("/api/v1/clarifications", Api.json("state", "AZE", "speaker", "A spokesperson", "saidOn", "2026-01-20",
                "text", "Not a participant.", "document", "Press release of the Ministry", "positions",
                List.of(Map.of("assertion", Map.of("type", "FUND_CONTRIBUTOR", "fund", fund), "affirms", false))));
        assertThat(onBehalf.status()).as(onBehalf.toString()).isEqualTo(201);
        String id = onBehalf.json().get("id").asString();
        assertThat(ofKind(forDelegation("AZE"), "Entered on your behalf")).singleElement().satisfies(i -> {
            assertThat(i.title()).isEqualTo("Clarification: “Not a participant.”");
            assertThat(i.href()).isEqualTo("/workspace/claims#awaiting-" + id);
        });
        assertThat(inboxKinds(delegate("AZE"))).contains("Entered on your behalf");

        var proposed = delegate("ARM").post("/api/v1/statements", Api.json("speaker", "A minister", "saidOn", "2026-01-20", "text",
                "Armenia is in the package", "assertions", List.of(Map.of("assertion", Map.of("type", "FUND_CONTRIBUTOR", "fund", fund),
                        "states", List.of("ARM")))));
        assertThat(proposed.status()).as(proposed.toString()).isEqualTo(201);
        assertThat(ofKind(forSecretariat(), "Statement to record")).singleElement()
                .satisfies(i -> assertThat(i.title()).isEqualTo("A minister, 2026-01-20: “Armenia is in the package”"));
        assertThat(inboxKinds(secretariat())).contains("Statement to record");

        assertThat(delegate("AZE").post("/api/v1/clarifications/" + id + "/confirmation").status()).isBetween(200, 201);
        assertThat(ofKind(forDelegation("AZE"), "Entered on your behalf")).isEmpty();
        assertThat(secretariat().post("/api/v1/statements/" + proposed.json().get("id").asString() + "/recording").status()).isBetween(200, 201);
        assertThat(ofKind(forSecretariat(), "Statement to record")).isEmpty();
    }
}

@OnSqlite
class WorkOfEveryModuleOnSqliteTests extends WorkOfEveryModuleSpec {
}

@OnPostgres
class WorkOfEveryModuleOnPostgresTests extends WorkOfEveryModuleSpec {
}

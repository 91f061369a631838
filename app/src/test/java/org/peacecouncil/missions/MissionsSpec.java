package org.peacecouncil.missions;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.peacecouncil.support.Api;
import org.peacecouncil.support.CouncilTest;
import org.peacecouncil.support.OnPostgres;
import org.peacecouncil.support.OnSqlite;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Missions under a mandate: a state's participation is only ever what that state itself said. Its questions keep
 * anyone else from entering an offer for it; an offer names the mandate version it was made against; caveats that
 * exclude a mandated task are accepted only knowingly; strength is read as of any date. On both engines.
 */
abstract class MissionsSpec extends CouncilTest {

    static final List<String> TASKS = List.of("border security along the borders with Israel and Egypt", "demilitarization",
            "protection of civilians", "humanitarian corridors", "training and support of vetted Palestinian police");

    static Map<String, Object> mandate(int troops, int police) {
        return Map.of("tasks", TASKS, "area", "Gaza, Rafah first", "authorizedStrength", Map.of("TROOPS", troops, "POLICE", police),
                "useOfForce", "all necessary measures", "start", "2025-11-17", "end", "2027-12-31", "reportingMonths", 6,
                "documents", List.of("UN Security Council resolution 2803 (2025)"));
    }

    String establish() {
        var made = secretariat().post("/api/v1/missions", Api.json("name", "International Stabilization Force", "command",
                "Maj. Gen. Jasper Jeffers (USA)", "leadState", "USA", "deputyState", "IDN", "authorities", List.of(Map.of("body",
                        "UN Security Council", "reference", "Resolution 2803", "adoptedOn", "2025-11-17", "vote", "13-0-2",
                        "authorizedUntil", "2027-12-31")), "mandate", mandate(20_000, 12_000)));
        assertThat(made.status()).as(made.toString()).isEqualTo(201);
        return made.json().get("id").asString();
    }

    static String offer(String state, int troops, Object... more) {
        var body = new java.util.LinkedHashMap<String, Object>(Map.of("state", state, "personnel", Map.of("TROOPS", troops),
                "units", List.of("infantry battalion"), "readiness", "READY"));
        for (int i = 0; i < more.length; i += 2) {
            body.put((String) more[i], more[i + 1]);
        }
        return Api.json(body.entrySet().stream().flatMap(e -> java.util.stream.Stream.of(e.getKey(), e.getValue())).toArray());
    }

    String questions(String mission, String state, int count, boolean confidential) {
        var questions = new ArrayList<Map<String, Object>>();
        for (int i = 1; i <= count; i++) {
            questions.add(Map.of("text", "Question " + i + " on the mandate, goals and objectives", "confidential", confidential));
        }
        var filed = delegate(state).post("/api/v1/missions/" + mission + "/questions", Api.json("state", state, "questions", questions));
        assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
        return filed.json().get(0).get("id").asString();
    }

    JsonNode strength(String mission, String on) {
        return anonymous().get("/api/v1/missions/" + mission + "/strength?on=" + on).json();
    }

    @Test
    void anOfferForAStateWithQuestionsOpenIsRefusedUnlessItsOwnDelegationMakesIt() {
        String isf = establish();
        questions(isf, "AZE", 21, false);
        var aze = anonymous().get("/api/v1/missions/" + isf + "/states/AZE").json();
        assertThat(aze.get("status").asString()).isEqualTo("QUESTIONS_OPEN");
        assertThat(aze.get("openQuestions").asInt()).isEqualTo(21);
        assertThat(aze.get("questionsOpenSince").asString()).isEqualTo(clock.instant().toString());

        delegate("ARM"); // its account, before the record is compared
        var before = snapshot();
        var bySecretariat = secretariat().post("/api/v1/missions/" + isf + "/offers", offer("AZE", 500, "document", "A newspaper report"));
        assertThat(bySecretariat.status()).as(bySecretariat.toString()).isEqualTo(409);
        assertThat(bySecretariat.json().get("type").asString()).isEqualTo("urn:peace-council:problem:questions-open");
        assertThat(bySecretariat.isProblem()).isTrue();
        var byAnotherState = delegate("ARM").post("/api/v1/missions/" + isf + "/offers", offer("AZE", 500));
        assertThat(byAnotherState.status()).isEqualTo(403);
        assertThat(snapshot()).as("refusals change nothing").isEqualTo(before);

        var own = delegate("AZE").post("/api/v1/missions/" + isf + "/offers", offer("AZE", 150));
        assertThat(own.status()).as(own.toString()).isEqualTo(201);
        assertThat(own.json().get("status").asString()).isEqualTo("OFFERED");
        assertThat(own.json().get("mandateVersion").asInt()).isEqualTo(1);
        assertThat(anonymous().get("/api/v1/missions/" + isf + "/states/AZE").json().get("status").asString()).isEqualTo("OFFERED");
    }

    @Test
    void anEntryOnAStatesBehalfCountsNowhereUntilItsDelegationConfirmsIt() {
        String isf = establish();
        var entered = secretariat().post("/api/v1/missions/" + isf + "/offers", offer("IDN", 8_000, "document",
                "Letter of the Permanent Mission of Indonesia"));
        assertThat(entered.status()).as(entered.toString()).isEqualTo(201);
        assertThat(entered.json().get("status").asString()).isEqualTo("UNCONFIRMED");
        String today = clock.instant().toString().substring(0, 10);
        assertThat(strength(isf, today).get("offered").path("TROOPS").asInt()).isZero();
        assertThat(anonymous().get("/api/v1/missions/" + isf + "/states/IDN").json().get("status").asString()).isEqualTo("NOT_ENGAGED");
        String id = entered.json().get("id").asString();
        assertThat(delegate("MAR").post("/api/v1/mission-offers/" + id + "/confirmation").status()).isEqualTo(403);
        assertThat(secretariat().post("/api/v1/mission-offers/" + id + "/acceptance", Api.json("acknowledgeConflicts", false)).status())
                .as("an unconfirmed entry cannot be accepted").isEqualTo(409);
        var confirmed = delegate("IDN").post("/api/v1/mission-offers/" + id + "/confirmation");
        assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(201);
        assertThat(strength(isf, today).get("offered").get("TROOPS").asInt()).isEqualTo(8_000);
        assertThat(secretariat().post("/api/v1/missions/" + isf + "/offers", offer("IDN", 10)).status())
                .as("an entry on a state's behalf names its document").isEqualTo(400);
    }

    @Test
    void anOfferNamesTheMandateVersionItWasMadeAgainst() {
        String isf = establish();
        String first = delegate("IDN").post("/api/v1/missions/" + isf + "/offers", offer("IDN", 1_000)).json().get("id").asString();
        var changed = secretariat().post("/api/v1/missions/" + isf + "/mandates", Api.json("mandate", mandate(25_000, 12_000),
                "reason", "A larger force, after the first report"));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(201);
        assertThat(changed.json().get("version").asInt()).isEqualTo(2);
        var outdated = delegate("IDN").post("/api/v1/missions/" + isf + "/offers", offer("IDN", 500, "mandateVersion", 1));
        assertThat(outdated.status()).isEqualTo(409);
        assertThat(outdated.json().get("type").asString()).isEqualTo("urn:peace-council:problem:mandate-changed");
        var current = delegate("IDN").post("/api/v1/missions/" + isf + "/offers", offer("IDN", 500, "mandateVersion", 2));
        assertThat(current.json().get("mandateVersion").asInt()).isEqualTo(2);
        assertThat(anonymous().get("/api/v1/mission-offers/" + first).json().get("mandateVersion").asInt()).isEqualTo(1);
        var versions = anonymous().get("/api/v1/missions/" + isf + "/mandates").json();
        assertThat(versions.findValuesAsString("reason")).containsExactly("A larger force, after the first report");
        assertThat(versions.get(0).get("logEntries").size()).isEqualTo(1);
        assertThat(versions.get(1).get("authorizedStrength").get("TROOPS").asInt()).isEqualTo(25_000);
    }

    @Test
    void anOfferWhoseCaveatsExcludeAMandatedTaskIsAcceptedOnlyWithTheConflictAcknowledged() {
        String isf = establish();
        var made = delegate("AZE").post("/api/v1/missions/" + isf + "/offers", offer("AZE", 150, "caveats", List.of(
                Map.of("kind", "TASK_EXCLUDED", "task", "demilitarization", "text", "no combat operations outside the national territory"),
                Map.of("kind", "FIXED_SITES_ONLY", "text", "guarding of strategic facilities only"))));
        assertThat(made.status()).as(made.toString()).isEqualTo(201);
        String id = made.json().get("id").asString();
        var silent = secretariat().post("/api/v1/mission-offers/" + id + "/acceptance", Api.json("acknowledgeConflicts", false));
        assertThat(silent.status()).isEqualTo(409);
        assertThat(silent.json().get("type").asString()).isEqualTo("urn:peace-council:problem:caveat-conflict");
        assertThat(silent.json().get("detail").asString()).contains("demilitarization");
        assertThat(anonymous().get("/api/v1/mission-offers/" + id).json().get("status").asString()).isEqualTo("OFFERED");
        var knowing = secretariat().post("/api/v1/mission-offers/" + id + "/acceptance", Api.json("acknowledgeConflicts", true,
                "note", "Assigned to guarding the Rafah crossing"));
        assertThat(knowing.status()).as(knowing.toString()).isEqualTo(201);
        assertThat(knowing.json().get("conflicts").get(0).asString()).isEqualTo("demilitarization");
        var entry = anonymous().get("/api/v1/log/entries/" + knowing.json().get("logEntries").get(1).asLong()).json();
        assertThat(entry.toString()).contains("OfferAccepted", "demilitarization");
        assertThat(delegate("AZE").post("/api/v1/mission-offers/" + id + "/acceptance", Api.json("acknowledgeConflicts", true)).status())
                .as("a state does not accept its own offer").isEqualTo(403);
    }

    @Test
    void strengthIsReadAsOfAnyDate() {
        String isf = establish();
        clock.set(Instant.parse("2026-03-01T10:00:00Z"));
        String id = delegate("IDN").post("/api/v1/missions/" + isf + "/offers", offer("IDN", 8_000)).json().get("id").asString();
        clock.set(Instant.parse("2026-03-05T10:00:00Z"));
        secretariat().post("/api/v1/mission-offers/" + id + "/acceptance", Api.json("acknowledgeConflicts", false));
        clock.set(Instant.parse("2026-04-01T10:00:00Z"));
        var deployed = secretariat().post("/api/v1/mission-offers/" + id + "/deployments", Api.json("personnel", Map.of("TROOPS", 2_000),
                "on", "2026-04-01", "location", "Rafah"));
        assertThat(deployed.status()).as(deployed.toString()).isEqualTo(201);
        var beyond = secretariat().post("/api/v1/mission-offers/" + id + "/deployments", Api.json("personnel", Map.of("TROOPS", 6_001),
                "on", "2026-04-02"));
        assertThat(beyond.status()).isEqualTo(409);
        assertThat(beyond.json().get("type").asString()).isEqualTo("urn:peace-council:problem:beyond-offer");

        var before = strength(isf, "2026-02-28");
        assertThat(before.get("authorized").get("TROOPS").asInt()).isEqualTo(20_000);
        assertThat(before.get("authorized").get("POLICE").asInt()).isEqualTo(12_000);
        assertThat(before.get("offered").path("TROOPS").asInt()).isZero();
        var offered = strength(isf, "2026-03-01");
        assertThat(offered.get("offered").get("TROOPS").asInt()).isEqualTo(8_000);
        assertThat(offered.get("accepted").path("TROOPS").asInt()).isZero();
        assertThat(strength(isf, "2026-03-05").get("accepted").get("TROOPS").asInt()).isEqualTo(8_000);
        var april = strength(isf, "2026-04-01");
        assertThat(april.get("deployed").get("TROOPS").asInt()).isEqualTo(2_000);
        assertThat(april.get("byState").get(0).get("state").asString()).isEqualTo("IDN");
        assertThat(strength(isf, "2026-03-31").get("deployed").path("TROOPS").asInt()).isZero();
        assertThat(anonymous().get("/api/v1/missions/" + isf + "/states/IDN").json().get("status").asString()).isEqualTo("DEPLOYED");
    }

    @Test
    void aConfidentialQuestionIsPublicOnlyAsAQuestionAskedAndWhenItWasAnswered() {
        String isf = establish();
        String asked = questions(isf, "AZE", 1, true);
        var seenByPublic = anonymous().get("/api/v1/missions/" + isf + "/questions").json().get("items").get(0);
        assertThat(seenByPublic.hasNonNull("text")).isFalse();
        assertThat(seenByPublic.get("confidential").asBoolean()).isTrue();
        assertThat(delegate("AZE").get("/api/v1/missions/" + isf + "/questions").json().get("items").get(0).get("text").asString()).startsWith("Question 1");
        assertThat(delegate("ARM").get("/api/v1/missions/" + isf + "/questions").json().get("items").get(0).hasNonNull("text")).isFalse();
        var entry = anonymous().get("/api/v1/log/entries/" + seenByPublic.get("logEntries").get(0).asLong()).json().toString();
        assertThat(entry).contains("textSha256").doesNotContain("Question 1 on the mandate");

        assertThat(delegate("AZE").post("/api/v1/mission-questions/" + asked + "/answer", Api.json("text", "Ourselves")).status())
                .as("the office answers, not the asking state").isEqualTo(403);
        var answered = secretariat().post("/api/v1/mission-questions/" + asked + "/answer", Api.json("text", "The mandate is resolution 2803."));
        assertThat(answered.status()).as(answered.toString()).isEqualTo(201);
        var after = anonymous().get("/api/v1/missions/" + isf + "/questions").json().get("items").get(0);
        assertThat(after.get("answered").asBoolean()).isTrue();
        assertThat(after.hasNonNull("answeredAt")).isTrue();
        assertThat(after.hasNonNull("answer")).isFalse();
        assertThat(anonymous().get("/api/v1/missions/" + isf + "/states/AZE").json().get("status").asString())
                .as("every question answered").isEqualTo("NOT_ENGAGED");
        assertThat(secretariat().post("/api/v1/mission-questions/" + asked + "/answer", Api.json("text", "Again")).status())
                .as("an answer stays as given").isEqualTo(409);
    }

    @Test
    void aStateDeclinesOrWithdrawsOnlyByItsOwnDelegationAndItsOffersGoWithIt() {
        String isf = establish();
        String id = delegate("KAZ").post("/api/v1/missions/" + isf + "/offers", offer("KAZ", 300)).json().get("id").asString();
        assertThat(secretariat().post("/api/v1/missions/" + isf + "/states/KAZ/withdrawal", Api.json("reason", "Said to")).status())
                .isEqualTo(403);
        var withdrawn = delegate("KAZ").post("/api/v1/missions/" + isf + "/states/KAZ/withdrawal", Api.json("reason", "Domestic needs"));
        assertThat(withdrawn.status()).as(withdrawn.toString()).isEqualTo(201);
        assertThat(withdrawn.json().get("status").asString()).isEqualTo("WITHDRAWN");
        assertThat(anonymous().get("/api/v1/mission-offers/" + id).json().get("status").asString()).isEqualTo("WITHDRAWN");
        var declined = delegate("AZE").post("/api/v1/missions/" + isf + "/states/AZE/decline", Api.json("reason",
                "No participation in combat operations abroad"));
        assertThat(declined.json().get("status").asString()).isEqualTo("DECLINED");
        assertThat(delegate("ALB").post("/api/v1/missions/" + isf + "/states/ALB/withdrawal").status())
                .as("nothing to withdraw from").isEqualTo(409);
    }

    @Test
    void aMissionIsEstablishedByItsOfficeUnderAnAuthorityWithItsMandate() {
        assertThat(delegate("USA").post("/api/v1/missions", Api.json("name", "A force", "authorities", List.of(Map.of("body", "UNSC",
                "reference", "2803", "adoptedOn", "2025-11-17")), "mandate", mandate(10, 10))).status()).isEqualTo(403);
        var noAuthority = secretariat().post("/api/v1/missions", Api.json("name", "A force", "mandate", mandate(10, 10)));
        assertThat(noAuthority.status()).isEqualTo(400);
        var unknownDecision = secretariat().post("/api/v1/missions", Api.json("name", "A force", "decision", "no-such-motion",
                "mandate", mandate(10, 10)));
        assertThat(unknownDecision.status()).as(unknownDecision.toString()).isEqualTo(409);
        String isf = establish();
        var mission = anonymous().get("/api/v1/missions/" + isf).json();
        assertThat(mission.get("mandate").get("tasks").size()).isEqualTo(5);
        assertThat(mission.get("authorities").get(0).get("reference").asString()).isEqualTo("Resolution 2803");
        assertThat(mission.get("deputyState").asString()).isEqualTo("IDN");
        assertThat(anonymous().get("/api/v1/missions").json().get("items").get(0).get("authorized").get("POLICE").asInt()).isEqualTo(12_000);
    }

    @Test
    void aStatesStandingCaveatsAreItsOwnWordAndAreWeighedAtEveryAcceptance() {
        String isf = establish();
        String declaration = Api.json("state", "AZE", "caveats", List.of(Map.of("kind", "TASK_EXCLUDED", "task", "demilitarization",
                "text", "no combat operations outside the national territory"), Map.of("kind", "FIXED_SITES_ONLY",
                "text", "guarding of strategic facilities only")));
        delegate("ARM");
        var before = snapshot();
        assertThat(secretariat().post("/api/v1/missions/" + isf + "/caveats", declaration).status()).isEqualTo(403);
        assertThat(delegate("ARM").post("/api/v1/missions/" + isf + "/caveats", declaration).status()).isEqualTo(403);
        assertThat(delegate("AZE").post("/api/v1/missions/" + isf + "/caveats", Api.json("state", "AZE", "caveats",
                List.of(Map.of("kind", "AREA_LIMIT")))).status()).as("an area limit names its area").isEqualTo(400);
        assertThat(snapshot()).isEqualTo(before);

        var declared = delegate("AZE").post("/api/v1/missions/" + isf + "/caveats", declaration);
        assertThat(declared.status()).as(declared.toString()).isEqualTo(201);
        assertThat(declared.json().get("status").asString()).as("declaring caveats is no offer").isEqualTo("NOT_ENGAGED");
        var aze = anonymous().get("/api/v1/missions/" + isf + "/states/AZE").json();
        assertThat(aze.get("caveats").findValuesAsString("kind")).containsExactly("TASK_EXCLUDED", "FIXED_SITES_ONLY");
        var entry = anonymous().get("/api/v1/log/entries/" + aze.get("caveatsLogEntries").get(0).asLong()).json().toString();
        assertThat(entry).contains("NationalCaveatsDeclared", "guarding of strategic facilities only");

        String offer = delegate("AZE").post("/api/v1/missions/" + isf + "/offers", offer("AZE", 150)).json().get("id").asString();
        var silent = secretariat().post("/api/v1/mission-offers/" + offer + "/acceptance", Api.json("acknowledgeConflicts", false));
        assertThat(silent.status()).as("the standing caveat excludes a mandated task").isEqualTo(409);
        assertThat(silent.json().get("detail").asString()).contains("demilitarization");
        var csv = anonymous().getAny("/api/v1/missions/" + isf + "/contributions.csv").body();
        assertThat(csv).contains("excludes demilitarization: no combat operations outside the national territory");

        assertThat(delegate("AZE").post("/api/v1/missions/" + isf + "/caveats", Api.json("state", "AZE", "caveats", List.of()))
                .status()).isEqualTo(201);
        assertThat(anonymous().get("/api/v1/missions/" + isf + "/states/AZE").json().get("caveats").size())
                .as("an empty declaration withdraws them").isZero();
        assertThat(secretariat().post("/api/v1/mission-offers/" + offer + "/acceptance", Api.json("acknowledgeConflicts", false))
                .status()).isEqualTo(201);
    }

    @Test
    void reportsFallDueByTheReportingCycleAndOnlyTheOfficeFilesThem() {
        String isf = establish(); // from 2025-11-17, every 6 months, to 2027-12-31
        clock.set(Instant.parse("2026-06-01T10:00:00Z"));
        var reports = anonymous().get("/api/v1/missions/" + isf + "/reports").json();
        assertThat(reports.findValuesAsString("dueOn")).containsExactly("2026-05-17", "2026-11-17", "2027-05-17", "2027-11-17");
        assertThat(reports.findValuesAsString("status")).containsExactly("OVERDUE", "UPCOMING", "UPCOMING", "UPCOMING");

        String report = Api.json("dueOn", "2026-05-17", "title", "First report on the force", "document", "S/2026/400",
                "submittedOn", "2026-05-30");
        delegate("IDN");
        var before = snapshot();
        assertThat(delegate("IDN").post("/api/v1/missions/" + isf + "/reports", report).status()).isEqualTo(403);
        var notDue = secretariat().post("/api/v1/missions/" + isf + "/reports", Api.json("dueOn", "2026-05-18", "title", "A report",
                "document", "S/1", "submittedOn", "2026-05-30"));
        assertThat(notDue.status()).isEqualTo(409);
        assertThat(notDue.json().get("type").asString()).isEqualTo("urn:peace-council:problem:not-a-report-date");
        var later = secretariat().post("/api/v1/missions/" + isf + "/reports", Api.json("dueOn", "2026-05-17", "title", "A report",
                "document", "S/1", "submittedOn", "2026-06-02"));
        assertThat(later.json().get("type").asString()).isEqualTo("urn:peace-council:problem:submitted-later");
        assertThat(snapshot()).isEqualTo(before);

        var filed = secretariat().post("/api/v1/missions/" + isf + "/reports", report);
        assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
        assertThat(filed.json().get("status").asString()).isEqualTo("FILED");
        assertThat(filed.json().get("logEntries").size()).isEqualTo(1);
        assertThat(secretariat().post("/api/v1/missions/" + isf + "/reports", report).json().get("type").asString())
                .isEqualTo("urn:peace-council:problem:report-filed");
        clock.set(Instant.parse("2026-11-18T10:00:00Z"));
        assertThat(anonymous().get("/api/v1/missions/" + isf + "/reports").json().findValuesAsString("status"))
                .containsExactly("FILED", "OVERDUE", "UPCOMING", "UPCOMING");
    }

    @Test
    void thePublicPageShowsTheMandateTheStrengthTheOffersWithTheirCaveatsAndTheQuestions() {
        String isf = establish();
        clock.set(Instant.parse("2026-03-01T10:00:00Z"));
        delegate("IDN").post("/api/v1/missions/" + isf + "/offers", offer("IDN", 8_000, "caveats", List.of(Map.of("kind",
                "TASK_EXCLUDED", "task", "demilitarization"))));
        questions(isf, "AZE", 2, false);
        questions(isf, "AZE", 1, true);
        delegate("AZE").post("/api/v1/missions/" + isf + "/caveats", Api.json("state", "AZE", "caveats", List.of(Map.of("kind",
                "FIXED_SITES_ONLY", "text", "guarding of strategic facilities only"))));

        var page = anonymous().getAny("/missions/" + isf);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("International Stabilization Force", "protection of civilians", "20,000 troops, 12,000 police",
                "all necessary measures", "UN Security Council, Resolution 2803, adopted 2025-11-17", "from 2025-11-17 to 2027-12-31");
        assertThat(page.body()).as("the strength chart and table").contains("id=\"strength-TROOPS\"", "8,000 troops");
        assertThat(page.body()).as("the offer with its caveat").contains("id=\"offer-", "excludes demilitarization");
        assertThat(page.body()).as("Azerbaijan's standing").contains("Questions open since <span>2026-03-01 10:00 UTC</span>",
                "guarding of fixed sites only: guarding of strategic facilities only");
        assertThat(page.body()).contains("Question 1 on the mandate", "a confidential question");
        assertThat(page.body()).as("the reports due").contains("id=\"report-2026-05-17\"", "UPCOMING");
        assertThat(offeredTroopsShown(page.body())).isEqualTo("8,000");
        assertThat(offeredTroopsShown(anonymous().getAny("/missions/" + isf + "?on=2026-02-28").body())).as("a day before the offer")
                .isEqualTo("0");
        assertThat(anonymous().getAny("/missions").body()).contains("International Stabilization Force", "20,000 troops");
        var azePage = anonymous().getAny("/missions/" + isf + "/states/AZE");
        assertThat(azePage.status()).isEqualTo(200);
        assertThat(azePage.body()).as("the state's page").contains("Questions open since <span>2026-03-01 10:00 UTC</span>",
                "No offer of <span>Azerbaijan</span> is on the record", "guarding of strategic facilities only");
        assertThat(anonymous().getAny("/missions/" + isf + "/states/MAR").body()).contains("nothing of this state about this mission");
        assertThat(anonymous().getAny("/missions/" + isf + "?on=soon").status()).isEqualTo(400);
        assertThat(anonymous().getAny("/missions/no-such-mission").status()).isEqualTo(404);
    }

    /** The figure beside the chart's "Offered" bar for troops. */
    private static String offeredTroopsShown(String page) {
        var m = java.util.regex.Pattern.compile("id=\"strength-TROOPS\"[\\s\\S]*?Offered[\\s\\S]*?bar-count\">([^<]*)<").matcher(page);
        assertThat(m.find()).as("the troops' chart").isTrue();
        return m.group(1);
    }

    @Test
    void listsComeInCursorPagesAndTheContributionsInCsv() {
        String isf = establish();
        questions(isf, "AZE", 5, false);
        for (String state : List.of("IDN", "MAR", "KAZ")) {
            delegate(state).post("/api/v1/missions/" + isf + "/offers", offer(state, 100, "units", List.of("=1+1"), "caveats",
                    List.of(Map.of("kind", "AREA_LIMIT", "area", "Rafah"))));
        }
        var first = anonymous().get("/api/v1/missions/" + isf + "/offers?limit=2").json();
        assertThat(first.get("items").findValuesAsString("state")).containsExactly("IDN", "MAR");
        var rest = anonymous().get("/api/v1/missions/" + isf + "/offers?limit=2&after=" + first.get("next").asString()).json();
        assertThat(rest.get("items").findValuesAsString("state")).containsExactly("KAZ");
        assertThat(rest.hasNonNull("next")).isFalse();
        var questions = anonymous().get("/api/v1/missions/" + isf + "/questions?limit=3").json();
        assertThat(questions.get("items").size()).isEqualTo(3);
        assertThat(anonymous().get("/api/v1/missions/" + isf + "/questions?after=" + questions.get("next").asString()).json()
                .get("items").size()).isEqualTo(2);
        assertThat(anonymous().get("/api/v1/missions?limit=1").json().get("items").size()).isEqualTo(1);
        assertThat(anonymous().get("/api/v1/missions/" + isf + "/offers?after=abc").status()).isEqualTo(400);
        assertThat(anonymous().get("/api/v1/missions/" + isf + "/offers?limit=0").status()).isEqualTo(400);

        var csv = anonymous().getAny("/api/v1/missions/" + isf + "/contributions.csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        var lines = csv.body().strip().split("\r?\n");
        assertThat(lines).hasSize(4);
        assertThat(lines[0]).startsWith("mission,offer,state,name,status,counts,mandate_version,personnel_type,offered,deployed");
        assertThat(lines[1]).contains(",IDN,Indonesia,OFFERED,true,1,TROOPS,100,0,READY,");
        assertThat(lines[1]).contains(",only in Rafah,");
        assertThat(lines[1]).as("a cell a spreadsheet would run is kept as text").contains(",'=1+1,");
        assertThat(anonymous().getAny("/api/v1/missions/no-such/contributions.csv").status()).isEqualTo(404);
    }

    @Test
    void badStrengthsPersonnelTypesAndMissionsAreProblemsAndChangeNothing() {
        String isf = establish();
        var before = snapshot();
        for (var bad : List.of(offer("IDN", -5), offer("IDN", 2_000_000), Api.json("state", "IDN", "personnel", Map.of("PILOTS", 5),
                "readiness", "READY"), offer("IDN", 5, "readiness", "SOON"))) {
            var refused = delegate("IDN").post("/api/v1/missions/" + isf + "/offers", bad);
            assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
            assertThat(refused.isProblem()).isTrue();
        }
        var unknown = delegate("IDN").post("/api/v1/missions/no-such-mission/offers", offer("IDN", 5));
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.isProblem()).isTrue();
        assertThat(secretariat().post("/api/v1/missions/" + isf + "/mandates", Api.json("mandate", mandate(0, 10), "reason", "x")).status())
                .isEqualTo(400);
        assertThat(anonymous().get("/api/v1/missions/" + isf + "/strength?on=tomorrow").status()).isEqualTo(400);
        assertThat(snapshot()).isEqualTo(before);
    }
}

@OnSqlite
class MissionsOnSqliteTests extends MissionsSpec {
}

@OnPostgres
class MissionsOnPostgresTests extends MissionsSpec {
}

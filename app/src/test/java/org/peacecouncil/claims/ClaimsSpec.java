package org.peacecouncil.claims;

import java.time.Instant;
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
 * Every claim about a state, checked against that state's own records: verdicts are computed from finance and
 * missions, never typed in; a clarification is the state's own word; a verdict changes when the record does, and
 * its history keeps what it was. On both engines.
 */
abstract class ClaimsSpec extends CouncilTest {

    String fund() {
        return secretariat().post("/api/v1/funds", Api.json("name", "Gaza reconstruction and assistance package", "currency", "USD",
                "administeredBy", "COUNCIL")).json().get("id").asString();
    }

    String mission() {
        return secretariat().post("/api/v1/missions", Api.json("name", "International Stabilization Force", "authorities", List.of(Map.of(
                "body", "UN Security Council", "reference", "Resolution 2803", "adoptedOn", "2025-11-17")), "mandate", Map.of("tasks",
                List.of("demilitarization"), "area", "Gaza", "authorizedStrength", Map.of("TROOPS", 20_000), "useOfForce",
                "all necessary measures", "start", "2025-11-17", "reportingMonths", 6))).json().get("id").asString();
    }

    Api.Response pledge(Api.Caller caller, String fund, String state, long minor, Object... more) {
        var body = new java.util.ArrayList<Object>(List.of("kind", "PLEDGE", "state", state, "cash", Map.of("minorUnits", minor, "currency",
                "USD"), "valueDate", "2026-02-19"));
        body.addAll(List.of(more));
        return caller.post("/api/v1/funds/" + fund + "/pledges", Api.json(body.toArray()));
    }

    static Map<String, Object> contributorTo(String fund) {
        return Map.of("type", "FUND_CONTRIBUTOR", "fund", fund);
    }

    String packageList(String fund, String saidOn, String... states) {
        var made = secretariat().post("/api/v1/statements", Api.json("speaker", "the host of the first meeting", "saidOn", saidOn,
                "sourceUrl", "https://example.org/first-meeting", "text", "contributors to the 7 billion USD package", "assertions",
                List.of(Map.of("assertion", contributorTo(fund), "states", List.of(states)))));
        assertThat(made.status()).as(made.toString()).isEqualTo(201);
        return made.json().get("id").asString();
    }

    JsonNode verdict(String statement, String state) {
        for (var v : anonymous().get("/api/v1/statements/" + statement).json().get("verdicts")) {
            if (v.get("state").asString().equals(state)) {
                return v;
            }
        }
        throw new AssertionError("no verdict for " + state);
    }

    @Test
    void aPackageListIsCheckedStateByStateAgainstEachStatesOwnRecords() {
        clock.set(Instant.parse("2026-02-19T15:00:00Z"));
        String fund = fund();
        pledge(delegate("ARE"), fund, "ARE", 120_000_000_000L);
        pledge(secretariat(), fund, "KAZ", 50_000_000L, "document", "A press report");
        delegate("AZE").post("/api/v1/clarifications", Api.json("state", "AZE", "speaker", "Hikmet Hajiyev", "saidOn", "2026-02-19",
                "text", "Not a participant in the 7 billion USD package.", "positions", List.of(Map.of("assertion", contributorTo(fund),
                        "affirms", false))));
        clock.set(Instant.parse("2026-02-19T17:00:00Z"));
        String list = packageList(fund, "2026-02-19", "ARE", "AZE", "KAZ", "MAR");

        var statement = anonymous().get("/api/v1/statements/" + list).json();
        var statuses = new java.util.ArrayList<String>();
        statement.get("verdicts").forEach(v -> statuses.add(v.get("state").asString() + " " + v.get("status").asString()));
        assertThat(statuses).containsExactly("ARE BACKED", "AZE CONTRADICTED", "KAZ UNBACKED", "MAR UNBACKED");
        var are = verdict(list, "ARE");
        assertThat(are.get("basis").asString()).isEqualTo("at the time it was said");
        assertThat(are.get("reasons").get(0).get("text").asString()).as("a pledge, not money").contains("a pledge only");
        long entry = are.get("reasons").get(1).get("logEntries").get(0).asLong();
        assertThat(anonymous().get("/api/v1/log/entries/" + entry).json().toString()).contains("DELEGATE of ARE");
        assertThat(verdict(list, "AZE").get("reasons").get(0).get("text").asString()).contains("denied it itself", "Not a participant");
        assertThat(verdict(list, "KAZ").get("reasons").get(0).get("text").asString())
                .as("an entry on its behalf, unconfirmed, counts nowhere").contains("No pledge");
        assertThat(statement.get("logSize").asLong()).isPositive();

        var csv = anonymous().getAny("/api/v1/statements/" + list + "/verdicts.csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.body().strip().split("\\r?\\n")).hasSize(5);
        assertThat(csv.body()).contains(",ARE,United Arab Emirates,BACKED,at the time it was said,BACKED,");
    }

    @Test
    void eachStatementPageCarriesItsVerdictsAsClaimReviewThatParsesAsJsonLd() throws Exception {
        clock.set(Instant.parse("2026-02-19T15:00:00Z"));
        String fund = fund();
        pledge(delegate("ARE"), fund, "ARE", 120_000_000_000L);
        String list = packageList(fund, "2026-02-19", "ARE", "KAZ");
        String page = anonymous().getAny("/statements/" + list).body();
        var script = java.util.regex.Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>", java.util.regex.Pattern.DOTALL)
                .matcher(page);
        assertThat(script.find()).as("the page embeds JSON-LD").isTrue();

        var expanded = JsonLdCheck.expand(script.group(1), "https://council.example/statements/" + list);
        assertThat(expanded).hasSize(2);
        var are = expanded.stream().filter(r -> r.toString().contains("United Arab Emirates")).findFirst().orElseThrow();
        assertThat(JsonLdCheck.types(are)).containsExactly("http://schema.org/ClaimReview");
        var rating = JsonLdCheck.node(are, "http://schema.org/reviewRating");
        assertThat(JsonLdCheck.value(rating, "http://schema.org/alternateName")).isEqualTo("BACKED");
        assertThat(JsonLdCheck.value(are, "http://schema.org/claimReviewed"))
                .isEqualTo("United Arab Emirates is a contributor to Gaza reconstruction and assistance package");
        var claim = JsonLdCheck.node(are, "http://schema.org/itemReviewed");
        assertThat(JsonLdCheck.types(claim)).containsExactly("http://schema.org/Claim");
        assertThat(JsonLdCheck.value(JsonLdCheck.node(claim, "http://schema.org/author"), "http://schema.org/name"))
                .isEqualTo("the host of the first meeting");
        assertThat(JsonLdCheck.ids(JsonLdCheck.node(claim, "http://schema.org/appearance"), "http://schema.org/url"))
                .as("the context makes a url an address, not text").containsExactly("https://example.org/first-meeting");
        long entry = verdict(list, "ARE").get("reasons").get(1).get("logEntries").get(0).asLong();
        assertThat(JsonLdCheck.ids(are, "http://schema.org/isBasedOn")).as("the log entries, resolved against the page")
                .containsExactly("https://council.example/log/entries/" + entry);
        assertThat(JsonLdCheck.value(JsonLdCheck.node(expanded.stream().filter(r -> r.toString().contains("Kazakhstan")).findFirst()
                .orElseThrow(), "http://schema.org/reviewRating"), "http://schema.org/alternateName")).isEqualTo("UNBACKED");
    }

    @Test
    void aVerdictChangesWhenTheRecordChangesAndItsHistoryKeepsWhatItWas() {
        clock.set(Instant.parse("2026-02-19T15:00:00Z"));
        String fund = fund();
        String entered = pledge(secretariat(), fund, "KAZ", 50_000_000L, "document", "A press report").json().get("id").asString();
        String list = packageList(fund, "2026-02-19", "KAZ");
        assertThat(verdict(list, "KAZ").get("status").asString()).isEqualTo("UNBACKED");

        clock.set(Instant.parse("2026-03-02T09:00:00Z"));
        assertThat(delegate("KAZ").post("/api/v1/flows/" + entered + "/confirmation").status()).isEqualTo(201);
        var now = verdict(list, "KAZ");
        assertThat(now.get("status").asString()).isEqualTo("BACKED");
        assertThat(now.get("atTheTime").asString()).isEqualTo("UNBACKED");
        assertThat(now.get("basis").asString()).isEqualTo("later: since 2026-03-02, after it was said");
        assertThat(now.get("history").findValuesAsString("status")).containsExactly("UNBACKED", "BACKED");
        assertThat(now.get("history").get(1).get("since").asString()).isEqualTo("2026-03-02T09:00:00Z");

        clock.set(Instant.parse("2026-03-05T09:00:00Z"));
        delegate("KAZ").post("/api/v1/flows/" + entered + "/withdrawal", Api.json("reason", "Not now"));
        var withdrawn = verdict(list, "KAZ");
        assertThat(withdrawn.get("status").asString()).isEqualTo("UNBACKED");
        assertThat(withdrawn.get("history").findValuesAsString("status")).containsExactly("UNBACKED", "BACKED", "UNBACKED");
    }

    /**
     * Checks keep what they read while the log stays the same size; a clock set back must not keep a stale reading.
     * Fresh answers asked for, so that the answers kept whole for anonymous readers are not what is tested.
     */
    @Test
    void aCheckReadsTheRecordsAgainOnceTheLogHasGrownOrTheClockWasSetBack() {
        clock.set(Instant.parse("2026-02-19T15:00:00Z"));
        String fund = fund();
        String check = "/api/v1/checks?state=ARE&assertion=FUND_CONTRIBUTOR&fund=" + fund;
        assertThat(anonymous().get(check, "Cache-Control", "no-cache").json().get("status").asString()).isEqualTo("UNBACKED");
        assertThat(anonymous().get(check, "Cache-Control", "no-cache").json().get("status").asString()).as("read again at the same size").isEqualTo("UNBACKED");
        clock.set(Instant.parse("2026-02-19T16:00:00Z"));
        pledge(delegate("ARE"), fund, "ARE", 120_000_000_000L);
        assertThat(anonymous().get(check, "Cache-Control", "no-cache").json().get("status").asString()).as("after the pledge").isEqualTo("BACKED");

        clock.set(Instant.parse("2026-02-19T17:00:00Z"));
        var qat = pledge(delegate("QAT"), fund, "QAT", 50_000_000L);
        assertThat(qat.status()).as(qat.toString()).isEqualTo(201);
        clock.set(Instant.parse("2026-02-19T16:30:00Z")); // before QAT's pledge
        String qatar = "/api/v1/checks?state=QAT&assertion=FUND_CONTRIBUTOR&fund=" + fund;
        assertThat(anonymous().get(qatar, "Cache-Control", "no-cache").json().get("status").asString()).isEqualTo("UNBACKED");
        clock.set(Instant.parse("2026-02-19T18:00:00Z"));
        assertThat(anonymous().get(qatar, "Cache-Control", "no-cache").json().get("status").asString()).as("once the clock passed the pledge").isEqualTo("BACKED");
    }

    @Test
    void aClaimThatAStateAgreedToSendTroopsIsContradictedByItsOwnAnswerAndOpenQuestions() {
        clock.set(Instant.parse("2026-01-03T10:00:00Z"));
        String isf = mission();
        var claim = secretariat().post("/api/v1/statements", Api.json("speaker", "the United States Ambassador to the United Nations",
                "saidOn", "2025-12-31", "dateAsReported", "2025-12 (the day was not reported)", "text",
                "Azerbaijan has agreed to send peacekeepers to Gaza", "assertions", List.of(Map.of("assertion", Map.of("type",
                        "MISSION_CONSENT", "mission", isf), "states", List.of("AZE")))));
        assertThat(claim.status()).as(claim.toString()).isEqualTo(201);
        String id = claim.json().get("id").asString();
        assertThat(verdict(id, "AZE").get("status").asString()).isEqualTo("UNBACKED");

        clock.set(Instant.parse("2026-01-05T18:00:00Z"));
        delegate("AZE").post("/api/v1/missions/" + isf + "/questions", Api.json("state", "AZE", "questions",
                List.of(Map.of("text", "What is the mandate?"))));
        assertThat(verdict(id, "AZE").get("status").asString()).as("questions open, no offer").isEqualTo("CONTRADICTED");
        var answer = delegate("AZE").post("/api/v1/clarifications", Api.json("state", "AZE", "speaker", "Ilham Aliyev, President",
                "saidOn", "2026-01-05", "text", "No consent was given through any channel.", "positions", List.of(Map.of("assertion",
                        Map.of("type", "MISSION_CONSENT", "mission", isf), "affirms", false))));
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        var aze = verdict(id, "AZE");
        assertThat(aze.get("reasons").findValuesAsString("text")).anySatisfy(t -> assertThat(t).contains("No consent was given"))
                .anySatisfy(t -> assertThat(t).contains("question(s) open"));

        var check = anonymous().get("/api/v1/checks?state=AZE&assertion=MISSION_CONSENT&mission=" + isf);
        assertThat(check.status()).as(check.toString()).isEqualTo(200);
        assertThat(check.json().get("status").asString()).isEqualTo("CONTRADICTED");
        assertThat(anonymous().get("/api/v1/checks?state=AZE&assertion=MISSION_CONSENT&mission=" + isf + "&on=2026-01-04").json()
                .get("status").asString()).as("as of a day before it asked").isEqualTo("UNBACKED");
        assertThat(anonymous().get("/api/v1/checks?state=IDN&assertion=MISSION_CONTRIBUTOR&mission=" + isf).json().get("status")
                .asString()).isEqualTo("UNBACKED");
    }

    @Test
    void votesAndPresenceAreCheckedAgainstTheRollCallAndTheAttendance() {
        var sitting = aVoteOnABudget(10, "AZE");
        delegate("AZE").post("/api/v1/motions/" + sitting.motion() + "/ballots", Api.json("vote", "YES"));
        assertThat(anonymous().get("/api/v1/checks?state=AZE&assertion=VOTED&motion=" + sitting.motion() + "&vote=YES").json()
                .get("status").asString()).isEqualTo("BACKED");
        assertThat(anonymous().get("/api/v1/checks?state=AZE&assertion=VOTED&motion=" + sitting.motion() + "&vote=NO").json()
                .get("status").asString()).isEqualTo("CONTRADICTED");
        assertThat(anonymous().get("/api/v1/checks?state=ARM&assertion=VOTED&motion=" + sitting.motion() + "&vote=YES").json()
                .get("status").asString()).isEqualTo("UNBACKED");
        var form = anonymous().getAny("/check?state=AZE&assertion=VOTED&subject=" + sitting.motion() + "&vote=NO");
        assertThat(form.body()).contains("voted YES", "CONTRADICTED");
        var present = anonymous().getAny("/check?state=AZE&assertion=PRESENT&subject=" + sitting.meeting());
        assertThat(present.body()).contains("registered its attendance", "BACKED");
        assertThat(anonymous().getAny("/check?state=ARM&assertion=PRESENT&subject=" + sitting.meeting()).body()).contains("UNBACKED");
    }

    @Test
    void aClarificationIsTheStatesOwnWordAndOneEnteredOnItsBehalfCountsOnlyOnceItConfirms() {
        String fund = fund();
        String list = packageList(fund, "2026-01-20", "AZE");
        var denial = Api.json("state", "AZE", "speaker", "A spokesperson", "saidOn", "2026-01-20", "text", "Not a participant.",
                "positions", List.of(Map.of("assertion", contributorTo(fund), "affirms", false)));
        delegate("ARM");
        chair(); // the accounts, before the record is compared
        var before = snapshot();
        assertThat(delegate("ARM").post("/api/v1/clarifications", denial).status()).isEqualTo(403);
        assertThat(chair().post("/api/v1/clarifications", denial).status()).isEqualTo(403);
        assertThat(secretariat().post("/api/v1/clarifications", denial).status()).as("on its behalf only with the source").isEqualTo(400);
        assertThat(snapshot()).isEqualTo(before);

        var onBehalf = secretariat().post("/api/v1/clarifications", denial.replace("\"Not a participant.\"",
                "\"Not a participant.\",\"document\":\"Press release of the Ministry\""));
        assertThat(onBehalf.status()).as(onBehalf.toString()).isEqualTo(201);
        assertThat(onBehalf.json().get("confirmed").asBoolean()).isFalse();
        assertThat(verdict(list, "AZE").get("status").asString()).as("not its word until it confirms").isEqualTo("UNBACKED");
        String id = onBehalf.json().get("id").asString();
        assertThat(delegate("ARM").post("/api/v1/clarifications/" + id + "/confirmation").status()).isEqualTo(403);
        assertThat(delegate("AZE").post("/api/v1/clarifications/" + id + "/confirmation").status()).isEqualTo(201);
        assertThat(verdict(list, "AZE").get("status").asString()).isEqualTo("CONTRADICTED");
        assertThat(delegate("AZE").post("/api/v1/clarifications/" + id + "/confirmation").status()).isEqualTo(409);
    }

    @Test
    void anyoneSignedInProposesAStatementAndOnlyTheSecretariatRecordsIt() {
        String fund = fund();
        var proposed = delegate("ARM").post("/api/v1/statements", Api.json("speaker", "A minister", "saidOn", "2026-01-20", "text",
                "Armenia is in the package", "assertions", List.of(Map.of("assertion", contributorTo(fund), "states", List.of("ARM")))));
        assertThat(proposed.status()).as(proposed.toString()).isEqualTo(201);
        assertThat(proposed.json().get("status").asString()).isEqualTo("PROPOSED");
        assertThat(proposed.json().get("verdicts").size()).as("no verdict until recorded").isZero();
        String id = proposed.json().get("id").asString();
        assertThat(delegate("ARM").post("/api/v1/statements/" + id + "/recording").status()).isEqualTo(403);
        var recorded = secretariat().post("/api/v1/statements/" + id + "/recording");
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
        assertThat(recorded.json().get("verdicts").get(0).get("status").asString()).isEqualTo("UNBACKED");
        assertThat(recorded.json().get("proposedBy").asString()).contains("ARM");
        assertThat(secretariat().post("/api/v1/statements/" + id + "/recording").status()).isEqualTo(409);
    }

    @Test
    void nobodyCanSetAVerdictAndBadInputIsAProblemThatChangesNothing() {
        String fund = fund();
        String list = packageList(fund, "2026-01-20", "KAZ");
        var before = snapshot();
        assertThat(secretariat().post("/api/v1/statements/" + list + "/verdicts", Api.json("state", "KAZ", "status", "BACKED")).status())
                .as("there is no way to type a verdict").isIn(404, 405);
        for (var bad : List.of(
                Api.json("speaker", "X", "saidOn", "2026-01-20", "text", "t", "assertions", List.of(Map.of("assertion", contributorTo(fund),
                        "states", List.of("KAZ")))).replace("}", ",\"verdict\":\"BACKED\"}"),
                Api.json("speaker", "X", "saidOn", "2026-01-20", "text", "t", "assertions", List.of(Map.of("assertion",
                        Map.of("type", "FUND_CONTRIBUTOR"), "states", List.of("KAZ")))),
                Api.json("speaker", "X", "saidOn", "2026-01-20", "text", "t", "assertions", List.of(Map.of("assertion",
                        Map.of("type", "CONQUERED", "fund", fund), "states", List.of("KAZ")))),
                Api.json("speaker", "X", "saidOn", "2026-01-20", "text", "t", "assertions", List.of(Map.of("assertion", contributorTo(fund),
                        "states", List.of("XXX")))),
                Api.json("speaker", "X", "saidOn", "2026-01-20", "text", "t", "sourceUrl", "javascript:alert(1)"),
                Api.json("speaker", "X", "text", "t"))) {
            var refused = secretariat().post("/api/v1/statements", bad);
            assertThat(refused.status()).as(bad + " → " + refused).isEqualTo(400);
            assertThat(refused.isProblem()).isTrue();
        }
        var unknownFund = secretariat().post("/api/v1/statements", Api.json("speaker", "X", "saidOn", "2026-01-20", "text", "t",
                "assertions", List.of(Map.of("assertion", contributorTo("no-such-fund"), "states", List.of("KAZ")))));
        assertThat(unknownFund.status()).isEqualTo(409);
        assertThat(unknownFund.json().get("type").asString()).isEqualTo("urn:peace-council:problem:unknown-subject");
        assertThat(anonymous().get("/api/v1/checks?state=KAZ&assertion=GUILTY").status()).isEqualTo(400);
        assertThat(anonymous().get("/api/v1/checks?state=KAZ&assertion=FUND_CONTRIBUTOR").status()).isEqualTo(400);
        assertThat(anonymous().get("/api/v1/checks?state=KAZ&assertion=FUND_CONTRIBUTOR&fund=" + fund + "&on=later").status()).isEqualTo(400);
        var euros = anonymous().get("/api/v1/checks?state=KAZ&assertion=FUND_CONTRIBUTOR&fund=" + fund + "&amount=1000&currency=EUR");
        assertThat(euros.status()).as(euros.toString()).isEqualTo(409);
        assertThat(euros.json().get("type").asString()).endsWith("amount-currency");
        assertThat(anonymous().get("/api/v1/statements/no-such").status()).isEqualTo(404);
        assertThat(snapshot()).isEqualTo(before);
    }
}

@OnSqlite
class ClaimsOnSqliteTests extends ClaimsSpec {
}

@OnPostgres
class ClaimsOnPostgresTests extends ClaimsSpec {
}

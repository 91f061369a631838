package org.peacecouncil.demo;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.peacecouncil.support.Api;
import org.peacecouncil.support.OnPostgres;
import org.peacecouncil.support.OnSqlite;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo council, as the README's first command serves it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"peace-council.demo.enabled=true", "peace-council.demo.password=demo-password-for-tests"})
abstract class DemoCouncilSpec {

    static final List<String> FOUNDING = List.of("ARG", "ARM", "AZE", "ALB", "BHR", "BLR", "BGR", "KHM", "SLV", "EGY", "HUN",
            "IDN", "JOR", "KAZ", "XKX", "KWT", "MNG", "MAR", "PRY", "QAT", "SAU", "TUR", "ARE", "UZB", "VNM", "PAK", "USA");

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void twentySevenFoundingMembersAndIsraelAsALaterMember() {
        var members = new Api(port).anonymous().get("/api/v1/members").json().get("items");
        assertThat(members.size()).isEqualTo(28);
        for (var member : members) {
            String state = member.get("state").asString();
            assertThat(member.get("status").asString()).isEqualTo("MEMBER");
            assertThat(member.get("founding").asBoolean()).as(state).isEqualTo(FOUNDING.contains(state));
            assertThat(member.get("termEnds").asString()).isEqualTo("2029-01-21");
        }
        assertThat(members.findValuesAsString("state")).containsExactlyInAnyOrderElementsOf(
                java.util.stream.Stream.concat(FOUNDING.stream(), java.util.stream.Stream.of("ISR")).toList());
    }

    @Test
    void theGazaPackageShowsThePledgesTheStatesAnnouncedThemselvesAndNoOneElse() {
        var api = new Api(port).anonymous();
        var funds = api.get("/api/v1/funds").json();
        assertThat(funds.size()).isEqualTo(1);
        String fund = funds.get(0).get("id").asString();
        var package_ = api.get("/api/v1/funds/" + fund).json();
        assertThat(package_.get("announced").get("amount").get("minorUnits").asLong()).isEqualTo(700_000_000_000L);
        assertThat(package_.get("announced").get("note").asString()).contains("not a total");
        assertThat(package_.get("totals").get("pledged").get("minorUnits").asLong()).isEqualTo(420_000_000_000L);
        assertThat(package_.get("totals").get("committed").get("minorUnits").asLong()).isZero();
        assertThat(package_.get("totals").get("received").get("minorUnits").asLong()).isZero();

        var contributors = api.get("/api/v1/funds/" + fund + "/contributors").json().get("contributors");
        assertThat(contributors.findValuesAsString("state")).containsExactly("ARE", "KWT", "QAT", "SAU");
        for (var line : contributors) {
            assertThat(line.get("received").get("minorUnits").asLong()).as("pledged, not money received").isZero();
            var entry = api.get("/api/v1/log/entries/" + line.get("logEntries").get(0).asLong()).json();
            assertThat(entry.toString()).as("each line's entry is its delegation's own act")
                    .contains("DELEGATE of " + line.get("state").asString());
        }
        for (String state : List.of("AZE", "KAZ", "MAR", "BHR", "UZB")) {
            assertThat(api.get("/api/v1/states/" + state + "/flows").json().size()).as(state + " has no record").isZero();
        }
        var announced = api.get("/api/v1/announced-contributions").json();
        assertThat(announced.findValuesAsString("state")).as("the USA's USD 10 billion named no fund").containsExactly("USA");
        assertThat(announced.get(0).get("amount").get("minorUnits").asLong()).isEqualTo(1_000_000_000_000L);
        assertThat(api.get("/api/v1/states/USA/flows").json().size()).as("an announcement is no flow").isZero();
        assertThat(api.get("/funds").body()).contains("Announced, naming no fund", "10,000,000,000.00");
        var export = api.getAny("/api/v1/funds/" + fund + "/iati.xml", "Accept", "application/xml").body()
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(org.peacecouncil.finance.IatiDocumentCheck.schemaError(export)).as("the demo fund's IATI export validates").isNull();
        assertThat(org.peacecouncil.finance.IatiDocumentCheck.unknownCodes(export)).isEmpty();
        assertThat(org.peacecouncil.finance.IatiDocumentCheck.count(export, "transaction")).isEqualTo(4);
    }

    @Test
    void theStabilizationForceShowsItsMandateIndonesiasOwnOfferAndAzerbaijanWithItsQuestionsOpenAndNoOffer() {
        var api = new Api(port);
        var anyone = api.anonymous();
        var missions = anyone.get("/api/v1/missions").json().get("items");
        assertThat(missions.size()).isEqualTo(1);
        String isf = missions.get(0).get("id").asString();
        var mission = anyone.get("/api/v1/missions/" + isf).json();
        assertThat(mission.get("name").asString()).isEqualTo("International Stabilization Force");
        assertThat(mission.get("authorities").get(0).get("reference").asString()).isEqualTo("Resolution 2803");
        assertThat(mission.get("authorities").get(0).get("authorizedUntil").asString()).isEqualTo("2027-12-31");
        assertThat(mission.get("deputyState").asString()).isEqualTo("IDN");
        var mandate = mission.get("mandate");
        assertThat(mandate.get("authorizedStrength").get("TROOPS").asInt()).isEqualTo(20_000);
        assertThat(mandate.get("authorizedStrength").get("POLICE").asInt()).isEqualTo(12_000);
        assertThat(mandate.get("useOfForce").asString()).isEqualTo("all necessary measures");
        assertThat(mandate.get("area").asString()).contains("Rafah first");
        assertThat(mandate.get("tasks").size()).isEqualTo(5);

        var offers = mission.get("offers");
        assertThat(offers.findValuesAsString("state")).as("only Indonesia named its number").containsExactly("IDN");
        assertThat(offers.get(0).get("personnel").get("TROOPS").asInt()).isEqualTo(8_000);
        assertThat(offers.get(0).get("status").asString()).isEqualTo("OFFERED");
        assertThat(anyone.get("/api/v1/log/entries/" + offers.get(0).get("logEntries").get(0).asLong()).json().toString())
                .as("Indonesia's own act").contains("DELEGATE of IDN");

        var aze = anyone.get("/api/v1/missions/" + isf + "/states/AZE").json();
        assertThat(aze.get("status").asString()).isEqualTo("QUESTIONS_OPEN");
        assertThat(aze.get("openQuestions").asInt()).isGreaterThan(20);
        assertThat(aze.get("caveats").findValuesAsString("text")).containsExactly("guarding of strategic facilities only",
                "no combat operations outside the national territory");
        var questions = anyone.get("/api/v1/missions/" + isf + "/questions?limit=500").json().get("items");
        for (var q : questions) {
            assertThat(q.get("text").asString()).as("each demo question is marked as the demo's wording").contains("Illustrative");
        }
        assertThat(mission.get("participants").findValuesAsString("state")).as("nobody else has a record")
                .containsExactlyInAnyOrder("AZE", "IDN");
        for (String state : List.of("MAR", "KAZ", "XKX", "ALB")) {
            assertThat(anyone.get("/api/v1/missions/" + isf + "/states/" + state).json().get("status").asString()).as(state)
                    .isEqualTo("NOT_ENGAGED");
        }

        var secretariat = api.basic("secretariat", "demo-password-for-tests");
        var idn = api.basic("delegate-idn", "demo-password-for-tests");
        String forAze = Api.json("state", "AZE", "personnel", java.util.Map.of("TROOPS", 500), "readiness", "REGISTERED",
                "document", "A newspaper report");
        assertThat(secretariat.post("/api/v1/missions/" + isf + "/offers", forAze).status()).isEqualTo(409);
        assertThat(idn.post("/api/v1/missions/" + isf + "/offers", forAze).status()).isEqualTo(403);
        assertThat(secretariat.post("/api/v1/missions/" + isf + "/states/AZE/decline", Api.json("reason", "x")).status()).isEqualTo(403);
        assertThat(anyone.get("/api/v1/missions/" + isf + "/offers").json().get("items").size()).isEqualTo(1);

        var page = anyone.getAny("/missions/" + isf).body();
        assertThat(page).contains("20,000 troops, 12,000 police", "8,000 troops", "Questions open since",
                "guarding of fixed sites only: guarding of strategic facilities only");
    }

    @Test
    void theNineteenFebruaryListAndTheTroopsClaimGetTheVerdictsTheRecordsGive() {
        var api = new Api(port).anonymous();
        var statements = api.get("/api/v1/statements").json();
        String list = null;
        String troops = null;
        for (var s : statements) {
            if (s.get("text").asString().contains("7 billion")) {
                list = s.get("id").asString();
            } else if (s.get("text").asString().contains("peacekeepers")) {
                troops = s.get("id").asString();
            }
        }
        var verdicts = new java.util.TreeMap<String, String>();
        var bases = new java.util.TreeMap<String, String>();
        for (var v : api.get("/api/v1/statements/" + list).json().get("verdicts")) {
            verdicts.put(v.get("state").asString(), v.get("status").asString());
            bases.put(v.get("state").asString(), v.get("reasons").get(0).get("text").asString());
            assertThat(v.get("reasons").toString()).as("every verdict says why").isNotEmpty();
        }
        assertThat(verdicts).containsExactlyInAnyOrderEntriesOf(java.util.Map.of("AZE", "CONTRADICTED", "ARE", "BACKED", "QAT", "BACKED",
                "SAU", "BACKED", "KWT", "BACKED", "KAZ", "UNBACKED", "MAR", "UNBACKED", "BHR", "UNBACKED", "UZB", "UNBACKED"));
        for (String pledging : List.of("ARE", "QAT", "SAU", "KWT")) {
            assertThat(bases.get(pledging)).as(pledging + " backed only as a pledging state").contains("a pledge only");
        }
        assertThat(bases.get("AZE")).contains("denied it itself", "not a participant in the 7 billion USD financial package");

        var aze = api.get("/api/v1/statements/" + troops).json().get("verdicts").get(0);
        assertThat(aze.get("status").asString()).isEqualTo("CONTRADICTED");
        assertThat(aze.get("reasons").findValuesAsString("text")).anySatisfy(t -> assertThat(t).contains("No consent was given"))
                .anySatisfy(t -> assertThat(t).contains("question(s) open about the mission"));
        assertThat(aze.get("reasons").get(0).get("logEntries").size()).as("linked to the record").isPositive();
        var page = api.getAny("/statements/" + list).body();
        assertThat(page).contains("Announced beside recorded", "CONTRADICTED", "pledge only");
    }

    @Test
    void theCharterIsInForceSinceTheDavosSigning() {
        var council = new Api(port).anonymous().get("/api/v1/council").json();
        assertThat(council.get("enteredIntoForceOn").asString()).isEqualTo("2026-01-22");
        assertThat(council.get("foundingMembers").asInt()).isEqualTo(27);
        assertThat(council.get("observers").asInt()).isEqualTo(6);
    }

    @Test
    void theApiDocumentDescribesEachBallotAsTheCodeReadsIt() {
        var schemas = new Api(port).anonymous().get("/v3/api-docs").json().get("components").get("schemas");
        assertThat(schemas.get("ElectionBallotRequest").get("properties").has("candidate")).isTrue();
        assertThat(schemas.get("ElectionBallotRequest").get("properties").has("vote")).isFalse();
        assertThat(schemas.get("MotionBallotRequest").get("properties").has("vote")).isTrue();
        assertThat(schemas.has("BallotRequest")).as("no two request records share a schema name").isFalse();
        assertThat(schemas.has("ObserverRequest")).isFalse();
        assertThat(schemas.has("ApprovalRequest")).isFalse();
    }

    @Test
    void theApiIsDescribedByOpenApiWithSwaggerUi() {
        var api = new Api(port).anonymous();
        var document = api.get("/v3/api-docs");
        assertThat(document.status()).isEqualTo(200);
        assertThat(document.json().get("paths").has("/api/v1/members")).isTrue();
        assertThat(document.json().get("paths").has("/api/v1/invitations/{id}/consent")).isTrue();
        var swagger = api.getAny("/swagger-ui/index.html");
        assertThat(swagger.status()).isEqualTo(200);
        assertThat(swagger.body()).as("usable on a phone").contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .contains("swagger-ui-bundle.js");
        assertThat(api.get("/actuator/health").body()).contains("UP");
    }

    @Test
    void theApiDocumentHasATitleAVersionBasicAndBearerSignInAndASummaryForEveryOperation() {
        var document = new Api(port).anonymous().get("/v3/api-docs").json();
        assertThat(document.get("info").get("title").asString()).isEqualTo("Peace Council API");
        assertThat(document.get("info").get("version").asString()).isEqualTo("v1");
        var schemes = document.get("components").get("securitySchemes");
        assertThat(schemes.get("basic").get("scheme").asString()).isEqualTo("basic");
        assertThat(schemes.get("bearer").get("scheme").asString()).isEqualTo("bearer");
        var unsummarised = new java.util.ArrayList<String>();
        int operations = 0;
        for (var path : document.get("paths").properties()) {
            for (var operation : path.getValue().properties()) {
                operations++;
                var summary = operation.getValue().get("summary");
                if (summary == null || summary.asString().isBlank()) {
                    unsummarised.add(operation.getKey().toUpperCase(java.util.Locale.ROOT) + " " + path.getKey());
                }
            }
        }
        assertThat(operations).as("operations in the document").isGreaterThan(100);
        assertThat(unsummarised).as("operations without a summary").isEmpty();
    }

    @Test
    void theChairAndExecutiveBoardAreRecorded() {
        var officers = jdbc.sql("SELECT office, person FROM officers ORDER BY office, person").query().listOfRows();
        assertThat(officers).hasSize(8);
        assertThat(officers.get(0)).containsEntry("person", "Donald J. Trump");
    }

    @Test
    void theSecretariatOpensTheDemonstrationSittingAndTheDelegationsDecideByTheCharter() {
        var api = new Api(port);
        var secretariat = api.basic("secretariat", "demo-password-for-tests");
        var meetings = api.anonymous().get("/api/v1/meetings").json();
        assertThat(meetings.size()).isEqualTo(1);
        assertThat(meetings.get(0).get("status").asString()).isEqualTo("CALLED");
        String meeting = meetings.get(0).get("id").asString();
        String motion = api.anonymous().get("/api/v1/meetings/" + meeting).json().get("motions").get(0).get("id").asString();

        assertThat(secretariat.post("/api/v1/meetings/" + meeting + "/opening").status()).isEqualTo(200);
        for (String state : List.of("AZE", "ARM", "KAZ")) {
            var delegation = api.basic("delegate-" + state.toLowerCase(java.util.Locale.ROOT), "demo-password-for-tests");
            assertThat(delegation.post("/api/v1/meetings/" + meeting + "/attendance", Api.json("state", state, "capacity",
                    "HEAD_OF_STATE_OR_GOVERNMENT", "representative", "Head of " + state)).status()).isEqualTo(201);
        }
        assertThat(secretariat.post("/api/v1/motions/" + motion + "/voting", Api.json("minutes", 15)).status()).isEqualTo(200);
        api.basic("delegate-aze", "demo-password-for-tests").post("/api/v1/motions/" + motion + "/ballots", Api.json("vote", "YES"));
        api.basic("delegate-arm", "demo-password-for-tests").post("/api/v1/motions/" + motion + "/ballots", Api.json("vote", "YES"));
        api.basic("delegate-kaz", "demo-password-for-tests").post("/api/v1/motions/" + motion + "/ballots", Api.json("vote", "NO"));

        var closed = secretariat.post("/api/v1/motions/" + motion + "/closing").json();

        assertThat(closed.get("status").asString()).as("a majority of present and voting, then the Chairman's approval")
                .isEqualTo("PENDING_APPROVAL");
        var approved = api.basic("chair", "demo-password-for-tests").post("/api/v1/motions/" + motion + "/approval",
                Api.json("approve", true));
        assertThat(approved.json().get("status").asString()).isEqualTo("ADOPTED");
    }

    @Test
    void everyDemoStateHasADelegationAccountThatCanSignIn() {
        assertThat(jdbc.sql("SELECT count(*) FROM accounts WHERE role = 'DELEGATE'").query(Long.class).single()).isEqualTo(36);
        var token = new Api(port).basic("delegate-aze", "demo-password-for-tests").post("/api/v1/tokens");
        assertThat(token.status()).isEqualTo(201);
        assertThat(jdbc.sql("SELECT count(*) FROM accounts WHERE must_change_password").query(Long.class).single()).isZero();
    }
}

@OnSqlite
class DemoCouncilOnSqliteTests extends DemoCouncilSpec {
}

@OnPostgres
class DemoCouncilOnPostgresTests extends DemoCouncilSpec {
}

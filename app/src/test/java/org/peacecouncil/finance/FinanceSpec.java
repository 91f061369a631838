package org.peacecouncil.finance;

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
 * The money: only a state commits itself, every figure has its status, totals are computed as OCHA FTS computes them
 * (commitments, receipts and disbursements confirmed; pledges never in a total), and permanence comes from cash
 * received in the first year. On both engines.
 */
abstract class FinanceSpec extends CouncilTest {

    static final String PACKAGE = "Gaza reconstruction package";

    String openFund() {
        var fund = secretariat().post("/api/v1/funds", Api.json("name", PACKAGE, "currency", "USD", "administeredBy", "COUNCIL",
                "announced", Map.of("amount", usd(7_000_000_000L), "by", "The Chairman, first meeting in Washington",
                        "source", "https://example.org/statement")));
        assertThat(fund.status()).as(fund.toString()).isEqualTo(201);
        return fund.json().get("id").asString();
    }

    static Map<String, Object> usd(long dollars) {
        return Map.of("minorUnits", dollars * 100, "currency", "USD");
    }

    static String pledge(String kind, String state, Map<String, Object> cash, String valueDate, String... more) {
        var body = new java.util.LinkedHashMap<String, Object>(Map.of("kind", kind, "state", state, "cash", cash, "valueDate", valueDate));
        for (int i = 0; i < more.length; i += 2) {
            body.put(more[i], more[i + 1]);
        }
        return Api.json(body.entrySet().stream().flatMap(e -> java.util.stream.Stream.of(e.getKey(), e.getValue())).toArray());
    }

    JsonNode totals(String fund) {
        return anonymous().get("/api/v1/funds/" + fund).json().get("totals");
    }

    static long dollars(JsonNode money) {
        return money.get("minorUnits").asLong() / 100;
    }

    JsonNode contributors(String fund) {
        return anonymous().get("/api/v1/funds/" + fund + "/contributors").json().get("contributors");
    }

    /** A commitment by the state's own delegation; returns its id. */
    String commitment(String fund, String state, Map<String, Object> cash) {
        var made = delegate(state).post("/api/v1/funds/" + fund + "/pledges", pledge("COMMITMENT", state, cash, "2026-02-19",
                "agreement", "Contribution agreement " + state + "-2026-01"));
        assertThat(made.status()).as(made.toString()).isEqualTo(201);
        return made.json().get("id").asString();
    }

    void receive(String fund, String commitment, Map<String, Object> cash, String valueDate) {
        var received = secretariat().post("/api/v1/funds/" + fund + "/receipts", Api.json("commitment", commitment, "cash", cash,
                "valueDate", valueDate));
        assertThat(received.status()).as(received.toString()).isEqualTo(201);
    }

    @Test
    void aStatesOwnPledgeIsShownAsPledgedAndNeverAddedToATotal() {
        String fund = openFund();
        var pledged = delegate("ARE").post("/api/v1/funds/" + fund + "/pledges", pledge("PLEDGE", "ARE", usd(1_200_000_000L), "2026-02-19"));
        assertThat(pledged.status()).as(pledged.toString()).isEqualTo(201);
        assertThat(pledged.json().get("status").asString()).isEqualTo("CONFIRMED");
        assertThat(pledged.json().get("iatiTransactionType").asString()).isEqualTo("13");

        var totals = totals(fund);
        assertThat(dollars(totals.get("pledged"))).isEqualTo(1_200_000_000L);
        assertThat(dollars(totals.get("committed"))).isZero();
        assertThat(dollars(totals.get("received"))).isZero();
        var line = contributors(fund).get(0);
        assertThat(line.get("state").asString()).isEqualTo("ARE");
        assertThat(dollars(line.get("pledged"))).isEqualTo(1_200_000_000L);
        assertThat(dollars(line.get("received"))).as("a pledge is not money received").isZero();
        assertThat(line.get("logEntries").size()).isEqualTo(1);
        var announced = anonymous().get("/api/v1/funds/" + fund).json().get("announced");
        assertThat(dollars(announced.get("amount"))).isEqualTo(7_000_000_000L);
        assertThat(announced.get("note").asString()).contains("not a total");
    }

    @Test
    void theContributorsListAnswersAsOneDocumentWithItsAsOfTimeCheckpointAndTheAnnouncementApart() {
        String fund = openFund();
        delegate("QAT").post("/api/v1/funds/" + fund + "/pledges", pledge("PLEDGE", "QAT", usd(1_000_000_000L), "2026-02-19"));
        var first = anonymous().get("/api/v1/funds/" + fund + "/contributors").json();
        var again = anonymous().get("/api/v1/funds/" + fund + "/contributors").json();
        assertThat(first.propertyNames()).containsExactly("fund", "fundName", "asOf", "logSize", "checkpoint", "contributors", "announced");
        assertThat(first.get("fund").asString()).isEqualTo(fund);
        assertThat(first.get("logSize").asLong()).isEqualTo(anonymous().get("/api/v1/log").json().get("entriesAppended").asLong());
        assertThat(first.get("contributors").findValuesAsString("state")).containsExactly("QAT");
        assertThat(first.get("announced").get("note").asString()).contains("not a total");
        assertThat(again.get("contributors")).as("the kept lines read the same").isEqualTo(first.get("contributors"));
        delegate("ARE").post("/api/v1/funds/" + fund + "/pledges", pledge("PLEDGE", "ARE", usd(5_000_000L), "2026-02-19"));
        assertThat(contributors(fund).findValuesAsString("state")).as("a new act is in the next list").containsExactly("ARE", "QAT");
    }

    @Test
    void theContributorsListIsTheSameDocumentGzippedForAReaderWhoAcceptsGzip() throws Exception {
        String fund = openFund();
        for (String state : List.of("QAT", "ARE", "KWT")) {
            delegate(state).post("/api/v1/funds/" + fund + "/pledges", pledge("PLEDGE", state, usd(1_000_000L), "2026-02-19"));
        }
        String path = "/api/v1/funds/" + fund + "/contributors";
        var plain = anonymous().getRaw(path, "Cache-Control", "no-cache");
        var gzipped = anonymous().getRaw(path, "Accept-Encoding", "gzip, deflate", "Cache-Control", "no-cache");
        var refused = anonymous().getRaw(path, "Accept-Encoding", "gzip;q=0, br", "Cache-Control", "no-cache");
        assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(refused.headers().firstValue("Content-Encoding")).as("gzip;q=0 refuses gzip").isEmpty();
        assertThat(gzipped.headers().firstValue("Content-Encoding")).contains("gzip");
        assertThat(gzipped.headers().allValues("Vary")).anySatisfy(v -> assertThat(v).contains("Accept-Encoding"));
        assertThat(gzipped.headers().firstValue("ETag")).isNotEqualTo(plain.headers().firstValue("ETag"));
        byte[] text;
        try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(gzipped.body()))) {
            text = in.readAllBytes();
        }
        // the same document but for the checkpoint, which the log may sign between the two reads
        var json = tools.jackson.databind.json.JsonMapper.builder().build();
        var unzipped = (tools.jackson.databind.node.ObjectNode) json.readTree(text);
        var whole = (tools.jackson.databind.node.ObjectNode) json.readTree(plain.body());
        assertThat(unzipped.remove("checkpoint")).isNotNull();
        assertThat(whole.remove("checkpoint")).isNotNull();
        assertThat(unzipped).isEqualTo(whole);
        assertThat(gzipped.body().length).isLessThan(plain.body().length);
        var kept = anonymous().getRaw(path, "Accept-Encoding", "gzip");
        assertThat(kept.headers().firstValue("Content-Encoding")).as("the kept answer keeps its encoding").contains("gzip");
        assertThat(anonymous().getRaw(path).headers().firstValue("Content-Encoding")).as("and is not given to a reader without gzip").isEmpty();
    }

    String registerUndp() {
        var registered = secretariat().post("/api/v1/organisations", Api.json("ref", "XM-DAC-41114", "name",
                "United Nations Development Programme", "type", "40"));
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        return registered.json().get("ref").asString();
    }

    @Test
    void anOrganisationGivesThroughTheSecretariatsRecordsFromItsDocumentAndIsListedAsAnOrganisation() {
        String fund = openFund();
        String undp = registerUndp();
        var committed = secretariat().post("/api/v1/funds/" + fund + "/organisation-contributions", Api.json("kind", "COMMITMENT",
                "organisation", undp, "cash", usd(50_000_000L), "valueDate", "2026-03-01", "agreement", "UNDP-BoP agreement 2026-04",
                "document", "UNDP letter of 1 March 2026"));
        assertThat(committed.status()).as(committed.toString()).isEqualTo(201);
        assertThat(committed.json().get("organisation").asString()).isEqualTo(undp);
        assertThat(committed.json().has("contributor")).as("no state gives here").isFalse();
        assertThat(committed.json().get("status").asString()).isEqualTo("CONFIRMED");
        receive(fund, committed.json().get("id").asString(), usd(20_000_000L), "2026-03-10");
        commitment(fund, "QAT", usd(1_000_000L));

        var totals = totals(fund);
        assertThat(dollars(totals.get("committed"))).isEqualTo(51_000_000L);
        assertThat(dollars(totals.get("received"))).isEqualTo(20_000_000L);
        var lines = contributors(fund);
        assertThat(lines.findValuesAsString("name")).containsExactly("Qatar", "United Nations Development Programme");
        var line = lines.get(1);
        assertThat(line.has("state")).isFalse();
        assertThat(line.get("organisation").asString()).isEqualTo(undp);
        assertThat(line.get("note").asString()).contains("no delegation here", "documents");
        assertThat(dollars(line.get("received"))).isEqualTo(20_000_000L);
        assertThat(line.get("logEntries").size()).isEqualTo(2);
        assertThat(lines.get(0).has("note")).as("a state's line needs no note").isFalse();
        var flows = anonymous().get("/api/v1/funds/" + fund + "/flows?contributor=" + undp).json().get("items");
        assertThat(flows.findValuesAsString("kind")).containsExactly("COMMITMENT", "PAID");
        assertThat(flows.get(1).get("organisation").asString()).as("a receipt is the giver's, as its commitment").isEqualTo(undp);
        var entry = anonymous().get("/api/v1/log/entries/" + line.get("logEntries").get(1).asLong()).json();
        assertThat(entry.toString()).contains("FlowRecorded", "\"organisation\":\"" + undp + "\"");

        byte[] export = anonymous().getAny("/api/v1/funds/" + fund + "/iati.xml", "Accept", "application/xml").body()
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(IatiDocumentCheck.schemaError(export)).isNull();
        assertThat(IatiDocumentCheck.unknownCodes(export)).isEmpty();
        assertThat(new String(export, java.nio.charset.StandardCharsets.UTF_8))
                .contains("<participating-org ref=\"XM-DAC-41114\" role=\"1\" type=\"40\">")
                .contains("<provider-org ref=\"XM-DAC-41114\" type=\"40\">");
        String csv = anonymous().getAny("/api/v1/funds/" + fund + "/contributors.csv").body();
        assertThat(csv).contains("United Nations Development Programme").contains(undp);

        var withdrawn = secretariat().post("/api/v1/flows/" + committed.json().get("id").asString() + "/withdrawal",
                Api.json("reason", "Replaced by a new agreement"));
        assertThat(withdrawn.status()).as(withdrawn.toString()).isEqualTo(201);
        assertThat(dollars(totals(fund).get("committed"))).isEqualTo(1_000_000L);
        assertThat(contributors(fund).get(1).get("logEntries").size()).as("the withdrawn commitment's entries leave the line").isEqualTo(1);
    }

    @Test
    void aGovernmentIsNeverRegisteredAsAnOrganisationSoNoOneMakesAStateAContributorThatWay() {
        var before = snapshot();
        var refused = secretariat().post("/api/v1/organisations", Api.json("ref", "AZ-GOV-1", "name", "Government of Azerbaijan",
                "type", "10"));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        assertThat(refused.json().get("type").asString()).endsWith("government-gives-as-a-state");
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void anOrganisationsRegistrationAndContributionsAreTheSecretariatsAndBadInputChangesNothing() {
        String fund = openFund();
        String undp = registerUndp();
        var before = snapshot();
        for (var caller : List.of(delegate("AZE"), chair())) {
            assertThat(caller.post("/api/v1/organisations", Api.json("ref", "XM-DAC-44000", "name", "World Bank", "type", "40")).status())
                    .isEqualTo(403);
            assertThat(caller.post("/api/v1/funds/" + fund + "/organisation-contributions", Api.json("kind", "PLEDGE", "organisation", undp,
                    "cash", usd(1), "valueDate", "2026-03-01", "document", "A letter")).status()).isEqualTo(403);
        }
        var bad = List.of(
                List.of("/api/v1/organisations", Api.json("ref", "UNDP", "name", "UNDP", "type", "40"), 400, "bad-organisation-ref"),
                List.of("/api/v1/organisations", Api.json("ref", "XM-DAC-44000", "name", "World Bank", "type", "99"), 400, "unknown-organisation-type"),
                List.of("/api/v1/organisations", Api.json("ref", undp, "name", "Another name", "type", "40"), 409, "organisation-registered"),
                List.of("/api/v1/funds/" + fund + "/organisation-contributions", Api.json("kind", "PLEDGE", "organisation", undp, "cash",
                        usd(1), "valueDate", "2026-03-01"), 400, "document-required"),
                List.of("/api/v1/funds/" + fund + "/organisation-contributions", Api.json("kind", "PLEDGE", "organisation", "XM-DAC-44000",
                        "cash", usd(1), "valueDate", "2026-03-01", "document", "A letter"), 404, "not-found"),
                List.of("/api/v1/funds/" + fund + "/organisation-contributions", Api.json("kind", "PAID", "organisation", undp, "cash",
                        usd(1), "valueDate", "2026-03-01", "document", "A letter"), 400, "bad-kind"),
                List.of("/api/v1/funds/" + fund + "/organisation-contributions", Api.json("kind", "PLEDGE", "organisation", undp, "cash",
                        Map.of("minorUnits", 0, "currency", "USD"), "valueDate", "2026-03-01", "document", "A letter"), 400, "bad-amount"));
        for (var b : bad) {
            var refused = secretariat().post((String) b.get(0), (String) b.get(1));
            assertThat(refused.status()).as(refused.toString()).isEqualTo(b.get(2));
            assertThat(refused.header("Content-Type")).contains("application/problem+json");
            assertThat(refused.json().get("type").asString()).endsWith((String) b.get(3));
        }
        assertThat(snapshot()).as("nothing changed").isEqualTo(before);
        assertThat(anonymous().get("/api/v1/organisations").json().findValuesAsString("ref")).containsExactly(undp);
    }

    @Test
    void aPledgeByAnotherStatesDelegateIsRefusedAndChangesNothing() {
        String fund = openFund();
        var aze = delegate("AZE");
        var chair = chair();
        var before = snapshot();
        var refused = aze.post("/api/v1/funds/" + fund + "/pledges", pledge("PLEDGE", "ARE", usd(1_000_000), "2026-02-19"));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().get("type").asString()).endsWith("not-your-state");
        var byChair = chair.post("/api/v1/funds/" + fund + "/pledges", pledge("PLEDGE", "AZE", usd(1_000_000), "2026-02-19"));
        assertThat(byChair.status()).as("no office gives a state's word").isEqualTo(403);
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void anOnBehalfEntryCountsNowhereUntilThatStatesDelegationConfirmsIt() {
        String fund = openFund();
        var withoutDocument = secretariat().post("/api/v1/funds/" + fund + "/pledges", pledge("PLEDGE", "KAZ", usd(5_000_000), "2026-02-19"));
        assertThat(withoutDocument.status()).isEqualTo(400);
        assertThat(withoutDocument.json().get("type").asString()).endsWith("document-required");

        var entered = secretariat().post("/api/v1/funds/" + fund + "/pledges", pledge("PLEDGE", "KAZ", usd(5_000_000), "2026-02-19",
                "document", "Letter of the Permanent Mission, 19 February 2026"));
        assertThat(entered.status()).as(entered.toString()).isEqualTo(201);
        assertThat(entered.json().get("status").asString()).isEqualTo("UNCONFIRMED");
        assertThat(entered.json().get("counts").asBoolean()).isFalse();
        String flow = entered.json().get("id").asString();
        assertThat(dollars(totals(fund).get("pledged"))).as("an unconfirmed entry counts nowhere").isZero();
        assertThat(contributors(fund)).isEmpty();
        assertThat(anonymous().get("/api/v1/flows/awaiting-confirmation").json().get(0).get("id").asString()).isEqualTo(flow);
        assertThat(anonymous().getAny("/funds/" + fund).body()).doesNotContain("id=\"contributor-KAZ\"");

        var byAnother = delegate("AZE").post("/api/v1/flows/" + flow + "/confirmation");
        assertThat(byAnother.status()).isEqualTo(403);
        assertThat(secretariat().post("/api/v1/flows/" + flow + "/confirmation").status()).isEqualTo(403);
        assertThat(contributors(fund)).isEmpty();

        var confirmed = delegate("KAZ").post("/api/v1/flows/" + flow + "/confirmation");
        assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(201);
        assertThat(confirmed.json().get("status").asString()).isEqualTo("CONFIRMED");
        assertThat(confirmed.json().get("version").asInt()).isEqualTo(2);
        assertThat(confirmed.json().get("logEntries").size()).as("each version is on the log").isEqualTo(2);
        assertThat(dollars(totals(fund).get("pledged"))).isEqualTo(5_000_000);
        assertThat(contributors(fund).get(0).get("state").asString()).isEqualTo("KAZ");
        var page = anonymous().getAny("/funds/" + fund);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).as("the public fund page lists the confirmed pledge under its status").contains("id=\"contributor-KAZ\"")
                .contains("USD 5,000,000.00").contains("Pledged (not in any total)");
        assertThat(delegate("KAZ").post("/api/v1/flows/" + flow + "/confirmation").status()).as("confirmed once").isEqualTo(409);
    }

    @Test
    void aWithdrawnEntryCountsNowhereAndStaysOnTheRecord() {
        String fund = openFund();
        var entered = secretariat().post("/api/v1/funds/" + fund + "/pledges", pledge("PLEDGE", "UZB", usd(1_000_000), "2026-02-19",
                "document", "Press release"));
        String flow = entered.json().get("id").asString();
        var rejected = delegate("UZB").post("/api/v1/flows/" + flow + "/withdrawal", Api.json("reason", "Uzbekistan made no such pledge."));
        assertThat(rejected.status()).as(rejected.toString()).isEqualTo(201);
        assertThat(rejected.json().get("status").asString()).isEqualTo("WITHDRAWN");
        assertThat(delegate("UZB").post("/api/v1/flows/" + flow + "/confirmation").status()).isEqualTo(409);
        assertThat(contributors(fund)).isEmpty();
        assertThat(anonymous().get("/api/v1/states/UZB/flows").json().get(0).get("status").asString()).isEqualTo("WITHDRAWN");
    }

    @Test
    void receiptsAreRecordedAgainstAConfirmedCommitmentAndCountAsReceived() {
        String fund = openFund();
        String commitment = commitment(fund, "QAT", usd(1_000_000_000L));
        receive(fund, commitment, usd(250_000_000L), "2026-03-01");
        var totals = totals(fund);
        assertThat(dollars(totals.get("committed"))).isEqualTo(1_000_000_000L);
        assertThat(dollars(totals.get("received"))).isEqualTo(250_000_000L);
        assertThat(dollars(totals.get("balance"))).isEqualTo(250_000_000L);
        assertThat(dollars(contributors(fund).get(0).get("received"))).isEqualTo(250_000_000L);

        var byDelegate = delegate("QAT").post("/api/v1/funds/" + fund + "/receipts", Api.json("commitment", commitment, "cash",
                usd(1), "valueDate", "2026-03-01"));
        assertThat(byDelegate.status()).as("the fund says what it received").isEqualTo(403);
        var entered = secretariat().post("/api/v1/funds/" + fund + "/pledges", pledge("COMMITMENT", "SAU", usd(1_000_000), "2026-02-19",
                "agreement", "Agreement SAU-1", "document", "A news report"));
        var againstUnconfirmed = secretariat().post("/api/v1/funds/" + fund + "/receipts", Api.json("commitment",
                entered.json().get("id").asString(), "cash", usd(1), "valueDate", "2026-03-01"));
        assertThat(againstUnconfirmed.status()).isEqualTo(409);
        assertThat(againstUnconfirmed.json().get("type").asString()).endsWith("commitment-not-confirmed");
    }

    @Test
    void aReceiptInManatsCountsInDollarsAtTheRateRecordedForItsValueDate() {
        String fund = openFund();
        var azn = Map.<String, Object>of("minorUnits", 100_000_000L, "currency", "AZN"); // AZN 1,000,000.00
        var withoutRate = delegate("AZE").post("/api/v1/funds/" + fund + "/pledges", pledge("COMMITMENT", "AZE", azn, "2026-02-19",
                "agreement", "Agreement AZE-1"));
        assertThat(withoutRate.status()).isEqualTo(409);
        assertThat(withoutRate.json().get("type").asString()).endsWith("no-exchange-rate");

        assertThat(secretariat().post("/api/v1/exchange-rates", Api.json("currency", "AZN", "on", "2026-02-01", "usdPerUnit", "0.5882",
                "source", "Central Bank of Azerbaijan")).status()).isEqualTo(201);
        assertThat(secretariat().post("/api/v1/exchange-rates", Api.json("currency", "AZN", "on", "2026-03-01", "usdPerUnit", "0.5900",
                "source", "Central Bank of Azerbaijan")).status()).isEqualTo(201);
        String commitment = commitment(fund, "AZE", azn);
        assertThat(anonymous().get("/api/v1/flows/" + commitment).json().get("usdEquivalent").get("minorUnits").asLong())
                .as("AZN 1,000,000.00 at 0.5882 on 19 February").isEqualTo(58_820_000L);
        receive(fund, commitment, azn, "2026-03-02");
        assertThat(totals(fund).get("received").get("minorUnits").asLong()).as("at the rate of 1 March").isEqualTo(59_000_000L);
        var again = secretariat().post("/api/v1/exchange-rates", Api.json("currency", "AZN", "on", "2026-03-01", "usdPerUnit", "0.6",
                "source", "Another source"));
        assertThat(again.status()).as("a recorded rate is never changed").isEqualTo(409);
    }

    @Test
    void exactlyOneBillionDollarsInCashInTheFirstYearIsNotPermanentAndOneDollarMoreIs() {
        foundCouncil("USA", "AZE", "ARM");
        String fund = openFund();
        String commitment = commitment(fund, "USA", usd(2_000_000_000L));
        receive(fund, commitment, usd(1_000_000_000L), "2026-06-01");
        receive(fund, commitment, usd(5_000_000L), "2027-01-22"); // the first anniversary: outside the first year
        receive(fund, commitment, usd(5_000_000L), "2027-01-23");
        assertThat(permanent("USA")).as("exactly the threshold is not more than it").isFalse();
        receive(fund, commitment, usd(1), "2027-01-21");
        assertThat(permanent("USA")).isTrue();
    }

    @Test
    void pledgesCommitmentsAndGoodsInKindNeverMakeAMemberPermanent() {
        foundCouncil("USA", "AZE", "ARM");
        String fund = openFund();
        delegate("ARM").post("/api/v1/funds/" + fund + "/pledges", pledge("PLEDGE", "ARM", usd(5_000_000_000L), "2026-03-01"));
        var goods = delegate("ARM").post("/api/v1/funds/" + fund + "/pledges", Api.json("kind", "COMMITMENT", "state", "ARM",
                "inKind", Map.of("item", "power transformers", "quantity", 51, "unit", "units", "valuation", usd(3_000_000_000L)),
                "valueDate", "2026-03-01", "agreement", "Agreement ARM-1"));
        assertThat(goods.status()).as(goods.toString()).isEqualTo(201);
        var received = secretariat().post("/api/v1/funds/" + fund + "/receipts", Api.json("commitment", goods.json().get("id").asString(),
                "inKind", Map.of("item", "power transformers", "quantity", 51, "unit", "units", "valuation", usd(3_000_000_000L)),
                "valueDate", "2026-04-01"));
        assertThat(received.status()).as(received.toString()).isEqualTo(201);
        assertThat(received.json().get("inKind").get("quantity").asLong()).isEqualTo(51);
        assertThat(permanent("ARM")).isFalse();
    }

    @Test
    void aFundDisbursesToItsProjectsNoMoreThanItHasReceived() {
        String fund = openFund();
        var project = secretariat().post("/api/v1/funds/" + fund + "/projects", Api.json("name", "Power grid, northern Gaza",
                "modality", "GRANT", "channel", "THROUGH_COUNCIL", "implementer", "UNOPS", "location", "Gaza", "sector", "Energy"));
        assertThat(project.status()).as(project.toString()).isEqualTo(201);
        String projectId = project.json().get("id").asString();
        receive(fund, commitment(fund, "KWT", usd(100_000_000)), usd(40_000_000), "2026-03-01");

        var tooMuch = secretariat().post("/api/v1/funds/" + fund + "/disbursements", Api.json("project", projectId, "cash",
                usd(40_000_001), "valueDate", "2026-03-02"));
        assertThat(tooMuch.status()).isEqualTo(409);
        assertThat(tooMuch.json().get("type").asString()).endsWith("insufficient-balance");
        var paid = secretariat().post("/api/v1/funds/" + fund + "/disbursements", Api.json("project", projectId, "cash",
                usd(30_000_000), "valueDate", "2026-03-02"));
        assertThat(paid.status()).as(paid.toString()).isEqualTo(201);
        assertThat(paid.json().get("iatiTransactionType").asString()).isEqualTo("3");
        assertThat(dollars(totals(fund).get("disbursed"))).isEqualTo(30_000_000);
        assertThat(dollars(totals(fund).get("balance"))).isEqualTo(10_000_000);
        var confirmingADisbursement = delegate("KWT").post("/api/v1/flows/" + paid.json().get("id").asString() + "/confirmation");
        assertThat(confirmingADisbursement.status()).as("a disbursement names no state to confirm it").isEqualTo(409);
        assertThat(confirmingADisbursement.json().get("type").asString()).endsWith("not-confirmable");
    }

    @Test
    void badAmountsCurrenciesAndFundsAreProblemsAndChangeNothing() {
        String fund = openFund();
        delegate("ARE");
        var before = snapshot();
        String path = "/api/v1/funds/" + fund + "/pledges";
        for (String cash : new String[] {"{\"minorUnits\":-5,\"currency\":\"USD\"}", "{\"minorUnits\":0,\"currency\":\"USD\"}",
                "{\"minorUnits\":10.5,\"currency\":\"USD\"}", "{\"minorUnits\":99999999999999999999999,\"currency\":\"USD\"}",
                "{\"minorUnits\":100,\"currency\":\"XXY\"}", "{\"minorUnits\":100,\"currency\":\"usd1\"}", "{\"minorUnits\":\"100\"}"}) {
            var refused = delegate("ARE").post(path, "{\"kind\":\"PLEDGE\",\"state\":\"ARE\",\"valueDate\":\"2026-02-19\",\"cash\":" + cash + "}");
            assertThat(refused.status()).as(cash + " → " + refused).isEqualTo(400);
            assertThat(refused.isProblem()).isTrue();
        }
        var unknownFund = delegate("ARE").post("/api/v1/funds/no-such-fund/pledges", pledge("PLEDGE", "ARE", usd(1), "2026-02-19"));
        assertThat(unknownFund.status()).isEqualTo(404);
        assertThat(unknownFund.isProblem()).isTrue();
        var farFuture = delegate("ARE").post(path, pledge("PLEDGE", "ARE", usd(1), "3026-02-19"));
        assertThat(farFuture.status()).isEqualTo(400);
        var bothKinds = delegate("ARE").post(path, Api.json("kind", "PLEDGE", "state", "ARE", "cash", usd(1), "inKind",
                Map.of("item", "tents", "quantity", 10, "unit", "units"), "valueDate", "2026-02-19"));
        assertThat(bothKinds.status()).isEqualTo(400);
        var commitmentWithoutAgreement = delegate("ARE").post(path, pledge("COMMITMENT", "ARE", usd(1), "2026-02-19"));
        assertThat(commitmentWithoutAgreement.json().get("type").asString()).endsWith("agreement-required");
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void fundsAreOpenedOnlyByTheOfficeTheCharterNames() {
        var byChair = chair().post("/api/v1/funds", Api.json("name", "A fund", "currency", "USD", "administeredBy", "COUNCIL"));
        assertThat(byChair.status()).isEqualTo(403);
        assertThat(byChair.json().get("detail").asString()).contains("secretariat");
        assertThat(delegate("USA").post("/api/v1/funds", Api.json("name", "A fund", "currency", "USD", "administeredBy", "COUNCIL"))
                .status()).isEqualTo(403);
        assertThat(anonymous().post("/api/v1/funds", Api.json("name", "A fund", "currency", "USD", "administeredBy", "COUNCIL"))
                .status()).isEqualTo(401);
    }

    @Test
    void theFundsFlowsComeInCursorPagesInTheOrderRecorded() {
        String fund = openFund();
        for (String state : new String[] {"ARE", "QAT", "SAU", "KWT", "EGY"}) {
            delegate(state).post("/api/v1/funds/" + fund + "/pledges", pledge("PLEDGE", state, usd(1_000_000), "2026-02-19"));
        }
        var first = anonymous().get("/api/v1/funds/" + fund + "/flows?limit=2").json();
        assertThat(first.get("items").size()).isEqualTo(2);
        var second = anonymous().get("/api/v1/funds/" + fund + "/flows?limit=2&after=" + first.get("next").asString()).json();
        var third = anonymous().get("/api/v1/funds/" + fund + "/flows?limit=2&after=" + second.get("next").asString()).json();
        assertThat(third.get("items").size()).isEqualTo(1);
        assertThat(third.get("items").get(0).get("contributor").asString()).isEqualTo("EGY");
        assertThat(third.has("next")).isFalse();
        var qatar = anonymous().get("/api/v1/funds/" + fund + "/flows?contributor=QAT").json().get("items");
        assertThat(qatar.size()).isEqualTo(1);
        assertThat(qatar.get(0).get("contributor").asString()).isEqualTo("QAT");
        var line = contributors(fund).get(1);
        assertThat(line.get("state").asString()).isEqualTo("EGY");
        assertThat(line.get("flows").asLong()).isEqualTo(1);
        assertThat(line.get("allFlows").asString()).isEqualTo("/api/v1/funds/" + fund + "/flows?contributor=EGY");
    }

    @Test
    void theFlowsAndTheContributorsListComeAsCsvWithFormulasWrittenAsText() {
        String fund = openFund();
        delegate("QAT").post("/api/v1/funds/" + fund + "/pledges", pledge("PLEDGE", "QAT", usd(1_000_000_000L), "2026-02-19"));
        secretariat().post("/api/v1/funds/" + fund + "/pledges", pledge("PLEDGE", "KAZ", usd(5), "2026-02-19", "document",
                "=HYPERLINK(\"http://example.org\")"));
        var flows = anonymous().getAny("/api/v1/funds/" + fund + "/flows.csv");
        assertThat(flows.status()).isEqualTo(200);
        assertThat(flows.contentType()).startsWith("text/csv");
        var lines = flows.body().strip().split("\r\n");
        assertThat(lines).hasSize(3);
        assertThat(lines[0]).startsWith("flow,kind,iati_transaction_type,contributor,status");
        assertThat(lines[1]).contains(",PLEDGE,13,QAT,CONFIRMED,true,100000000000,USD,1000000000.00,");
        assertThat(lines[2]).contains(",KAZ,UNCONFIRMED,false,").contains("'=HYPERLINK");
        var list = anonymous().getAny("/api/v1/funds/" + fund + "/contributors.csv").body().strip().split("\r\n");
        assertThat(list).as("the unconfirmed entry is on no list").hasSize(2);
        assertThat(list[1]).contains(",QAT,Qatar,1000000000.00,0.00,0.00,");
    }

    @Test
    void theFundsIatiExportValidatesAgainstTheStandardsXsdAndEveryCodeIsInItsCodelist() {
        String fund = openFund();
        secretariat().post("/api/v1/exchange-rates", Api.json("currency", "AZN", "on", "2026-01-01", "usdPerUnit", "0.5882", "source",
                "Central Bank of Azerbaijan"));
        delegate("ARE").post("/api/v1/funds/" + fund + "/pledges", pledge("PLEDGE", "ARE", usd(1_200_000_000L), "2026-02-19"));
        String commitment = commitment(fund, "AZE", Map.of("minorUnits", 100_000_000L, "currency", "AZN"));
        receive(fund, commitment, Map.of("minorUnits", 50_000_000L, "currency", "AZN"), "2026-03-01");
        var goods = delegate("ARM").post("/api/v1/funds/" + fund + "/pledges", Api.json("kind", "COMMITMENT", "state", "ARM",
                "inKind", Map.of("item", "power transformers", "quantity", 51, "unit", "units"), "valueDate", "2026-03-01",
                "agreement", "Agreement ARM-1"));
        assertThat(goods.status()).isEqualTo(201);
        secretariat().post("/api/v1/funds/" + fund + "/pledges", pledge("PLEDGE", "KAZ", usd(5), "2026-02-19", "document", "A report"));
        String project = secretariat().post("/api/v1/funds/" + fund + "/projects", Api.json("name", "Schools", "modality", "GRANT",
                "channel", "UN_AGENCY", "implementer", "UNICEF", "location", "Gaza", "sector", "Education")).json().get("id").asString();
        secretariat().post("/api/v1/funds/" + fund + "/disbursements", Api.json("project", project, "cash", usd(100_000), "valueDate",
                "2026-03-02"));

        var answer = anonymous().getAny("/api/v1/funds/" + fund + "/iati.xml", "Accept", "application/xml");
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(answer.contentType()).startsWith("application/xml");
        var export = answer.body().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(IatiDocumentCheck.schemaError(export)).as("valid against the IATI 2.03 XSD").isNull();
        assertThat(IatiDocumentCheck.unknownCodes(export)).as("every code in its codelist").isEmpty();
        assertThat(IatiDocumentCheck.count(export, "transaction")).as("confirmed flows only: not KAZ's unconfirmed entry").isEqualTo(5);
        assertThat(new String(export, java.nio.charset.StandardCharsets.UTF_8)).contains("<transaction-type code=\"13\"/>")
                .contains("<transaction-type code=\"11\"/>").contains("<transaction-type code=\"1\"/>")
                .contains("<transaction-type code=\"3\"/>").contains("currency=\"AZN\"").contains("51 units of power transformers")
                .doesNotContain("Kazakhstan");
        var unknown = anonymous().getAny("/api/v1/funds/no-such-fund/iati.xml", "Accept", "application/xml");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.isProblem()).isTrue();
    }

    @org.springframework.beans.factory.annotation.Autowired
    FinanceStore store;

    @Test
    void theTotalsKeptAsFlowsAreWrittenAreTheSumsOfTheConfirmedFlowsAfterEveryKindOfAct() {
        String fund = openFund();
        var id = new FundId(fund);
        String commitment = commitment(fund, "QAT", usd(1_000_000));
        receive(fund, commitment, usd(400_000), "2026-03-01");
        String pledged = delegate("ARE").post("/api/v1/funds/" + fund + "/pledges", pledge("PLEDGE", "ARE", usd(700), "2026-02-19"))
                .json().get("id").asString();
        String entered = secretariat().post("/api/v1/funds/" + fund + "/pledges", pledge("PLEDGE", "KWT", usd(900), "2026-02-19",
                "document", "A letter")).json().get("id").asString();
        assertThat(store.sums(id)).isEqualTo(store.sumsFromFlows(id));
        delegate("KWT").post("/api/v1/flows/" + entered + "/confirmation");
        assertThat(store.sums(id)).isEqualTo(store.sumsFromFlows(id));
        delegate("ARE").post("/api/v1/flows/" + pledged + "/withdrawal", Api.json("reason", "Changed"));
        assertThat(store.sums(id)).isEqualTo(store.sumsFromFlows(id));
        assertThat(contributors(fund).findValuesAsString("state")).as("ARE's only flow was withdrawn").containsExactly("KWT", "QAT");
        var goods = delegate("ARM").post("/api/v1/funds/" + fund + "/pledges", Api.json("kind", "COMMITMENT", "state", "ARM",
                "inKind", Map.of("item", "tents", "quantity", 400, "unit", "units"), "valueDate", "2026-03-01", "agreement", "A-1"));
        assertThat(goods.status()).isEqualTo(201);
        assertThat(contributors(fund).findValuesAsString("state")).as("goods without a valuation still make a contributor")
                .containsExactly("ARM", "KWT", "QAT");
        assertThat(store.sums(id)).isEqualTo(store.sumsFromFlows(id));
        assertThat(store.sums(id)).isEqualTo(new FinanceStore.Sums(90_000, 100_000_000, 40_000_000, 0));
    }

    @Test
    void aContributorsLineLinksItsLatestTwentyEntriesNewestFirstAndAllItsFlows() {
        String fund = openFund();
        for (int i = 0; i < 23; i++) {
            delegate("SAU").post("/api/v1/funds/" + fund + "/pledges", pledge("PLEDGE", "SAU", usd(1 + i), "2026-02-19"));
        }
        delegate("QAT").post("/api/v1/funds/" + fund + "/pledges", pledge("PLEDGE", "QAT", usd(5), "2026-02-19"));
        var lines = contributors(fund);
        var saudi = lines.get(1);
        assertThat(saudi.get("state").asString()).isEqualTo("SAU");
        assertThat(saudi.get("flows").asLong()).isEqualTo(23);
        var entries = saudi.get("logEntries");
        assertThat(entries.size()).isEqualTo(20);
        assertThat(entries.get(0).asLong()).isGreaterThan(entries.get(19).asLong());
        var all = anonymous().get(saudi.get("allFlows").asString() + "&limit=500").json().get("items");
        assertThat(all.size()).isEqualTo(23);
        assertThat(entries.get(0).asLong()).isEqualTo(all.get(22).get("logEntries").get(0).asLong());
        assertThat(lines.get(0).get("logEntries").size()).isEqualTo(1);
    }

    @Test
    void aContributorsLineKeepsTheEntriesOfItsConfirmedFlowsOnlyAsTheyAreConfirmedAndWithdrawn() {
        String fund = openFund();
        var id = new FundId(fund);
        String entered = secretariat().post("/api/v1/funds/" + fund + "/pledges", pledge("PLEDGE", "KWT", usd(900), "2026-02-19",
                "document", "A letter")).json().get("id").asString();
        assertThat(contributors(fund).findValuesAsString("state")).as("an unconfirmed entry makes no line").isEmpty();
        delegate("KWT").post("/api/v1/flows/" + entered + "/confirmation");
        var kuwait = contributors(fund).get(0);
        var flowEntries = anonymous().get("/api/v1/flows/" + entered).json().get("logEntries");
        assertThat(longs(kuwait.get("logEntries"))).as("the entry on its behalf and the confirmation, newest first")
                .containsExactly(flowEntries.get(1).asLong(), flowEntries.get(0).asLong());
        String second = delegate("KWT").post("/api/v1/funds/" + fund + "/pledges", pledge("PLEDGE", "KWT", usd(5), "2026-02-20"))
                .json().get("id").asString();
        assertThat(contributors(fund).get(0).get("logEntries").size()).isEqualTo(3);
        delegate("KWT").post("/api/v1/flows/" + second + "/withdrawal", Api.json("reason", "Changed"));
        assertThat(longs(contributors(fund).get(0).get("logEntries"))).as("a withdrawn flow's entries leave the line")
                .containsExactly(flowEntries.get(1).asLong(), flowEntries.get(0).asLong())
                .isEqualTo(store.latestEntriesOf(id, "KWT", FundRecords.ENTRIES_PER_LINE));
    }

    @Test
    void aStateThatIsNeitherAMemberNorInvitedGivesThroughItsOwnDelegationAsAContributorOnly() {
        foundCouncil("USA", "AZE", "ARM");
        String fund = openFund();
        String commitment = commitment(fund, "NOR", usd(50_000_000L));
        receive(fund, commitment, usd(20_000_000L), "2026-03-01");
        var norway = contributors(fund).get(0);
        assertThat(norway.get("state").asString()).isEqualTo("NOR");
        assertThat(norway.get("received").get("minorUnits").asLong()).isEqualTo(2_000_000_000L);
        var record = anonymous().get("/api/v1/members/NOR").json();
        assertThat(record.hasNonNull("member")).as("giving makes no member").isFalse();
        assertThat(record.path("invitations").size()).isZero();
        assertThat(anonymous().get("/api/v1/members").body()).doesNotContain("NOR");
    }

    @Test
    void aContributionAnnouncedNamingNoFundIsKeptAsSaidAndMakesNoContributorAndNoTotal() {
        String fund = openFund();
        var announced = secretariat().post("/api/v1/announced-contributions", Api.json("state", "USA", "amount", usd(10_000_000_000L),
                "on", "2026-02-19", "by", "The President of the United States, first meeting", "source", "https://example.org/remarks"));
        assertThat(announced.status()).as(announced.toString()).isEqualTo(201);
        var listed = anonymous().get("/api/v1/announced-contributions").json();
        assertThat(listed.size()).isEqualTo(1);
        assertThat(listed.get(0).get("note").asString()).contains("names no fund", "counts in no total");
        var entry = anonymous().get("/api/v1/log/entries/" + listed.get(0).get("logEntries").get(0).asLong()).json();
        assertThat(entry.toString()).contains("ContributionAnnounced", "USA");
        assertThat(totals(fund).get("pledged").get("minorUnits").asLong()).isZero();
        assertThat(contributors(fund).findValuesAsString("state")).isEmpty();
        assertThat(anonymous().get("/api/v1/states/USA/flows").json().size()).isZero();
        assertThat(delegate("USA").post("/api/v1/announced-contributions", Api.json("state", "USA", "amount", usd(1), "on", "2026-02-19",
                "by", "Itself")).status()).as("a state's own word is a pledge to a fund, not this").isEqualTo(403);
        for (var bad : List.of(Api.json("state", "USA", "amount", usd(1), "on", "2026-02-19"),
                Api.json("state", "QZZ", "amount", usd(1), "on", "2026-02-19", "by", "Someone"),
                Api.json("state", "USA", "amount", Map.of("minorUnits", -5, "currency", "USD"), "on", "2026-02-19", "by", "Someone"))) {
            var refused = secretariat().post("/api/v1/announced-contributions", bad);
            assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
            assertThat(refused.header("Content-Type")).contains("application/problem+json");
        }
        assertThat(anonymous().get("/api/v1/announced-contributions").json().size()).as("refusals change nothing").isEqualTo(1);
        assertThat(anonymous().get("/funds").body()).contains("Announced, naming no fund", "United States");
    }

    @Test
    void aMembersPermanenceListsTheContributionsItLookedAtAndWhyEachCountedOrNot() {
        foundCouncil("USA", "AZE", "ARM");
        String fund = openFund();
        delegate("ARM").post("/api/v1/funds/" + fund + "/pledges", pledge("PLEDGE", "ARM", usd(5_000_000_000L), "2026-03-01"));
        String commitment = commitment(fund, "ARM", usd(2_000_000L));
        receive(fund, commitment, usd(1_500_000L), "2026-06-01");
        receive(fund, commitment, usd(500_000L), "2027-01-22"); // the first anniversary: outside the window, not listed
        var permanence = anonymous().get("/api/v1/members/ARM").json().get("permanence");
        var considered = permanence.get("considered");
        assertThat(considered.findValuesAsString("kind")).containsExactlyInAnyOrder("PLEDGE", "COMMITMENT", "CASH_RECEIVED");
        assertThat(considered.findValuesAsString("on")).as("by value date").isSorted();
        var pledge = byKind(considered, "PLEDGE");
        assertThat(pledge.hasNonNull("counted")).as("nothing counted").isFalse();
        assertThat(pledge.get("note").asString()).startsWith("a pledge");
        var cash = byKind(considered, "CASH_RECEIVED");
        assertThat(cash.get("counted").get("minorUnits").asLong()).isEqualTo(150_000_000L);
        assertThat(cash.get("source").asString()).isEqualTo(PACKAGE + ": paid");
        assertThat(anonymous().get(cash.get("href").asString()).json().get("kind").asString()).isEqualTo("PAID");
        assertThat(permanence.get("counted").get("minorUnits").asLong()).isEqualTo(150_000_000L);
        var page = anonymous().get("/members/ARM").body();
        assertThat(page).contains("Permanence: the contributions behind it", "a pledge: a promise, not money received");
    }

    private static JsonNode byKind(JsonNode considered, String kind) {
        for (var item : considered) {
            if (item.get("kind").asString().equals(kind)) {
                return item;
            }
        }
        throw new AssertionError("no " + kind + " in " + considered);
    }

    private static List<Long> longs(JsonNode array) {
        var all = new java.util.ArrayList<Long>();
        array.forEach(n -> all.add(n.asLong()));
        return all;
    }

    private boolean permanent(String state) {
        return anonymous().get("/api/v1/members/" + state).json().get("member").get("permanent").asBoolean();
    }
}

@OnSqlite
class FinanceOnSqliteTests extends FinanceSpec {
}

@OnPostgres
class FinanceOnPostgresTests extends FinanceSpec {
}

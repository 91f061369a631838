package org.peacecouncil.keys;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.peacecouncil.ledger.Ledger;
import org.peacecouncil.support.Api;
import org.peacecouncil.support.CouncilTest;
import org.peacecouncil.support.OnPostgres;
import org.peacecouncil.support.OnSqlite;
import org.peacecouncil.support.Signer;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A state's own act signed with its delegation's key is recorded with the signature on its log entry, which anyone can
 * check from the entry and the key history; a signature by another state's key, by a revoked key, over other words or
 * made too long ago is refused and changes nothing; an unsigned act is recorded and shown as not signed. Both engines.
 */
abstract class SignedActsSpec extends CouncilTest {

    @Autowired
    Ledger ledger;

    @Autowired
    EntrySignatures signatures;

    static Map<String, Object> fields(Object... keysAndValues) {
        var fields = new LinkedHashMap<String, Object>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            fields.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return fields;
    }

    Api.Response ballot(String state, String motion, String vote, Map<String, Object> signature) {
        return delegate(state).post("/api/v1/motions/" + motion + "/ballots", signature == null ? Api.json("vote", vote)
                : Api.json("vote", vote, "explanation", "For the record.", "signature", signature));
    }

    @Test
    void aBallotSignedWithTheStatesOwnKeyIsOnTheLogWithItsSignatureAndTheEntryVerifies() {
        var sitting = aVoteOnABudget(30, "AZE", "ARM");
        var aze = Signer.register(anonymous(), delegate("AZE"), "AZE", "laptop");
        var signature = aze.signature(delegate("AZE"), "BallotCast", sitting.motion(),
                fields("motionId", sitting.motion(), "vote", "YES", "explanation", "For the record."));

        var cast = ballot("AZE", sitting.motion(), "YES", signature);

        assertThat(cast.status()).as(cast.toString()).isEqualTo(201);
        var entry = ledger.latest(1).get(0);
        assertThat(entry.type()).isEqualTo("BallotCast");
        var block = new JsonMapper().readTree(entry.body()).get("signature");
        assertThat(block.get("keyId").asString()).isEqualTo(aze.keyId());
        assertThat(block.get("state").asString()).isEqualTo("AZE");
        assertThat(new JsonMapper().readTree(entry.body()).get("payload").has("signature")).as("the signature is beside the payload").isFalse();
        var checked = signatures.check(entry.body());
        assertThat(checked.holds()).as(checked.toString()).isTrue();
        var page = anonymous().getAny("/log/entries/" + entry.index());
        assertThat(page.body()).contains("Signed by", "AZE’s key", aze.keyId(), ">signed<");
        assertThat(anonymous().getAny("/motions/" + sitting.motion()).body()).as("the motion's record names the signed act")
                .contains("signed by AZE’s key " + aze.keyId());

        var unsigned = ballot("ARM", sitting.motion(), "NO", null);
        assertThat(unsigned.status()).as("an unsigned act is still recorded under this charter").isEqualTo(201);
        var plain = ledger.latest(1).get(0);
        assertThat(plain.body()).doesNotContain("\"signature\"");
        assertThat(anonymous().getAny("/log/entries/" + plain.index()).body()).contains("Not signed");
    }

    @Test
    void aSignatureByAnotherStatesKeyOrARevokedKeyOrOverOtherWordsOrMadeLongAgoIsRefusedAndChangesNothing() {
        var sitting = aVoteOnABudget(30, "AZE", "ARM");
        var aze = Signer.register(anonymous(), delegate("AZE"), "AZE", "laptop");
        var arm = Signer.register(anonymous(), delegate("ARM"), "ARM", "laptop");
        var old = Signer.register(anonymous(), delegate("AZE"), "AZE", "old");
        assertThat(delegate("AZE").post("/api/v1/states/AZE/keys/" + old.keyId() + "/revocation").status()).isEqualTo(200);
        var yes = fields("motionId", sitting.motion(), "vote", "YES", "explanation", "For the record.");
        var before = snapshot();
        long size = ledger.size();

        var byArmenia = ballot("AZE", sitting.motion(), "YES", arm.signature(delegate("AZE"), "BallotCast", "AZE", sitting.motion(), yes));
        assertThat(byArmenia.status()).as(byArmenia.toString()).isEqualTo(403);
        assertThat(byArmenia.json().get("type").asString()).endsWith("key-of-another-state");

        var byRevoked = ballot("AZE", sitting.motion(), "YES", old.signature(delegate("AZE"), "BallotCast", sitting.motion(), yes));
        assertThat(byRevoked.json().get("type").asString()).endsWith("key-revoked");

        var overNo = aze.signature(delegate("AZE"), "BallotCast", sitting.motion(), fields("motionId", sitting.motion(), "vote", "NO",
                "explanation", "For the record."));
        var tampered = ballot("AZE", sitting.motion(), "YES", overNo);
        assertThat(tampered.status()).isEqualTo(409);
        assertThat(tampered.json().get("type").asString()).as("a signature over a NO does not carry a YES").endsWith("bad-signature");

        var longAgo = delegate("AZE").post("/api/v1/signing-payloads", Api.json("act", "BallotCast", "state", "AZE", "object", sitting.motion(),
                "fields", yes, "signedAt", clock.instant().minusSeconds(3600).toString()));
        var stale = ballot("AZE", sitting.motion(), "YES", aze.over(java.util.Base64.getDecoder().decode(longAgo.json().get("payloadBase64")
                .asString()), longAgo.json().get("signedAt").asString()));
        assertThat(stale.json().get("type").asString()).endsWith("stale-signature");

        var unknown = new LinkedHashMap<>(aze.signature(delegate("AZE"), "BallotCast", sitting.motion(), yes));
        unknown.put("keyId", "0123456789abcdef");
        assertThat(ballot("AZE", sitting.motion(), "YES", unknown).json().get("type").asString()).endsWith("unknown-key");
        var malformed = new LinkedHashMap<>(unknown);
        malformed.put("keyId", "not a key id");
        assertThat(ballot("AZE", sitting.motion(), "YES", malformed).status()).isEqualTo(400);

        assertThat(ledger.size()).isEqualTo(size);
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void theOfflineVerifierChecksEverySignedActAndKeyAgainstTheLogsOwnKeyHistory() {
        var sitting = aVoteOnABudget(30, "AZE", "ARM");
        var before = OfflineVerification.verify(this::anonymousCaller, port, ledger.size());
        var aze = Signer.register(anonymous(), delegate("AZE"), "AZE", "laptop");
        assertThat(ballot("AZE", sitting.motion(), "YES", aze.signature(delegate("AZE"), "BallotCast", sitting.motion(),
                fields("motionId", sitting.motion(), "vote", "YES", "explanation", "For the record."))).status()).isEqualTo(201);
        var after = OfflineVerification.verify(this::anonymousCaller, port, ledger.size());
        assertThat(after.keysChecked() - before.keysChecked()).isEqualTo(1);
        assertThat(after.signaturesChecked() - before.signaturesChecked()).isEqualTo(1);
        assertThat(OfflineVerification.verify(this::anonymousCaller, port, ledger.size(), 2).signaturesChecked())
                .as("the same count with the signatures verified on more threads").isEqualTo(after.signaturesChecked());
    }

    Api.Caller anonymousCaller() {
        return anonymous();
    }

    @Test
    void aCheckOfAClaimNamesTheStatesOwnSignatureOnTheRecordsBehindItsVerdict() {
        clock.set(java.time.Instant.parse("2026-02-19T15:00:00Z"));
        String fund = secretariat().post("/api/v1/funds", Api.json("name", "Reconstruction", "currency", "USD", "administeredBy", "COUNCIL"))
                .json().get("id").asString();
        var aze = Signer.register(anonymous(), delegate("AZE"), "AZE", "seal");
        var cash = Map.<String, Object>of("minorUnits", 500_000_000L, "currency", "USD");
        var signature = aze.signature(delegate("AZE"), "FlowRecorded", fund, fields("fundId", fund, "kind", "PLEDGE", "minorUnits", 500_000_000L,
                "currency", "USD", "valueDate", "2026-02-19"));
        assertThat(delegate("AZE").post("/api/v1/funds/" + fund + "/pledges", Api.json("kind", "PLEDGE", "state", "AZE", "cash", cash,
                "valueDate", "2026-02-19", "signature", signature)).status()).isEqualTo(201);
        assertThat(delegate("ARM").post("/api/v1/funds/" + fund + "/pledges", Api.json("kind", "PLEDGE", "state", "ARM", "cash", cash,
                "valueDate", "2026-02-19")).status()).isEqualTo(201);

        var signed = anonymous().get("/api/v1/checks?state=AZE&assertion=FUND_CONTRIBUTOR&fund=" + fund, "Cache-Control", "no-cache").json();
        assertThat(signed.get("status").asString()).isEqualTo("BACKED");
        assertThat(signed.get("reasons").findValues("signedBy").toString()).contains("AZE " + aze.keyId());
        var unsigned = anonymous().get("/api/v1/checks?state=ARM&assertion=FUND_CONTRIBUTOR&fund=" + fund, "Cache-Control", "no-cache").json();
        assertThat(unsigned.get("status").asString()).isEqualTo("BACKED");
        assertThat(unsigned.get("reasons").findValues("signedBy").toString()).doesNotContain("ARM ");
        assertThat(anonymous().getAny("/check?state=AZE&assertion=FUND_CONTRIBUTOR&subject=" + fund).body())
                .contains("signed by AZE’s own key " + aze.keyId());
        var fundPage = anonymous().getAny("/funds/" + fund).body();
        assertThat(fundPage).as("the fund's flows name the signed pledge").contains("signed with AZE’s key " + aze.keyId());
        assertThat(fundPage).doesNotContain("signed with ARM");
    }

    @Test
    void aStatesQuestionsOnAMissionAreSignedOverWhatItAskedBeforeThePlatformNumbersThem() throws Exception {
        var made = secretariat().post("/api/v1/missions", Api.json("name", "International Stabilization Force", "command", "Maj. Gen. J. Jeffers",
                "leadState", "USA", "authorities", java.util.List.of(Map.of("body", "UN Security Council", "reference", "Resolution 2803",
                        "adoptedOn", "2025-11-17", "vote", "13-0-2", "authorizedUntil", "2027-12-31")), "mandate", Map.of("tasks",
                        java.util.List.of("demilitarization"), "area", "Gaza", "authorizedStrength", Map.of("TROOPS", 20_000), "useOfForce",
                        "all necessary measures", "start", "2025-11-17", "end", "2027-12-31", "reportingMonths", 6, "documents",
                        java.util.List.of("Resolution 2803"))));
        assertThat(made.status()).as(made.toString()).isEqualTo(201);
        String mission = made.json().get("id").asString();
        var aze = Signer.register(anonymous(), delegate("AZE"), "AZE", "seal");
        String text = "Which rules of engagement apply at the Rafah crossing?";
        String sha = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        var signature = aze.signature(delegate("AZE"), "QuestionsFiled", mission, fields("missionId", mission, "asked",
                java.util.List.of(Map.of("confidential", true, "textSha256", sha))));
        var questions = java.util.List.of(Map.of("text", text, "confidential", true));

        var otherWords = delegate("AZE").post("/api/v1/missions/" + mission + "/questions", Api.json("state", "AZE", "questions",
                java.util.List.of(Map.of("text", text + " And elsewhere?", "confidential", true)), "signature", signature));
        assertThat(otherWords.json().get("type").asString()).as("a signature over one question does not carry another").endsWith("bad-signature");
        var filed = delegate("AZE").post("/api/v1/missions/" + mission + "/questions", Api.json("state", "AZE", "questions", questions,
                "signature", signature));
        assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
        var entry = ledger.latest(1).get(0);
        assertThat(entry.type()).isEqualTo("QuestionsFiled");
        assertThat(entry.body()).doesNotContain("Rafah").contains(sha);
        assertThat(signatures.check(entry.body()).holds()).isTrue();
    }

    @Test
    void theSigningPayloadTheApiPreparesIsTheOneTheActIsCheckedAgainstAndNamesOnlyTheActsSignedFields() {
        var listed = anonymous().get("/api/v1/signing-payloads");
        assertThat(listed.json().findValuesAsString("act")).contains("BallotCast", "ConsentGiven", "FlowRecorded", "OfferRecorded");
        var refused = delegate("AZE").post("/api/v1/signing-payloads", Api.json("act", "BallotCast", "state", "AZE", "object", "m",
                "fields", fields("motionId", "m", "replaced", "NO")));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("type").asString()).endsWith("unknown-field");
        assertThat(delegate("AZE").post("/api/v1/signing-payloads", Api.json("act", "VotingClosed", "state", "AZE", "object", "m")).json()
                .get("type").asString()).endsWith("not-signable");

        var prepared = delegate("AZE").post("/api/v1/signing-payloads", Api.json("act", "BallotCast", "state", "AZE", "object", "m-1",
                "fields", fields("vote", "YES", "motionId", "m-1"), "signedAt", "2026-02-19T15:00:00.123456Z"));
        var act = new org.peacecouncil.decisions.DecisionEvent.BallotCast("x", "m-1", "YES", null, null, "AZE", clock.instant(), "a");
        assertThat(prepared.json().get("payload").asString()).isEqualTo(new String(SigningPayloads.act(act,
                java.time.Instant.parse("2026-02-19T15:00:00.123456Z")), java.nio.charset.StandardCharsets.UTF_8));
    }
}

@OnSqlite
class SignedActsOnSqliteTests extends SignedActsSpec {
}

@OnPostgres
class SignedActsOnPostgresTests extends SignedActsSpec {
}

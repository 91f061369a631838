package org.peacecouncil.keys;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.peacecouncil.ledger.Ledger;
import org.peacecouncil.support.Api;
import org.peacecouncil.support.CouncilTest;
import org.peacecouncil.support.OnPostgres;
import org.peacecouncil.support.OnSqlite;
import org.peacecouncil.support.Signer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.peacecouncil.keys.SignedActsSpec.fields;

/**
 * Under a charter that requires every signable act signed (a test charter: the Board of Peace's with a signatures
 * section), a state's own unsigned consent, ballot, pledge or confirmation is refused and changes nothing, the same act
 * signed is recorded; what the secretariat enters on a state's behalf is its own record and needs no state signature,
 * but it counts only once the state's signed confirmation is in. Both engines.
 */
@TestPropertySource(properties = "peace-council.charter=classpath:charters/signatures-required.yaml")
abstract class SignaturesRequiredSpec extends CouncilTest {

    @Autowired
    Ledger ledger;

    @Autowired
    EntrySignatures signatures;

    private void refusedUnsignedAndNothingChanged(Api.Response response, java.util.Map<String, List<Map<String, Object>>> before) {
        assertThat(response.status()).as(response.toString()).isEqualTo(409);
        assertThat(response.json().get("type").asString()).endsWith("signature-required");
        assertThat(snapshot()).isEqualTo(before);
    }

    private void signedAndOnTheLog(Api.Response response, String type) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        var entry = ledger.latest(5).stream().filter(e -> e.type().equals(type)).findFirst().orElseThrow();
        assertThat(signatures.check(entry.body()).holds()).as(entry.body()).isTrue();
    }

    @Test
    void everyUnsignedRequiredActOfAStateIsRefusedAndTheSameActSignedIsRecorded() {
        clock.setDay(DAVOS);
        var signers = new java.util.LinkedHashMap<String, Signer>();
        for (String state : List.of("USA", "AZE", "ARM")) {
            signers.put(state, Signer.register(anonymous(), delegate(state), state, "seal"));
            String invitation = chair().post("/api/v1/invitations", Api.json("state", state)).json().get("id").asString();
            if (state.equals("AZE")) {
                var before = snapshot();
                refusedUnsignedAndNothingChanged(delegate(state).post("/api/v1/invitations/" + invitation + "/consent"), before);
            }
            var signature = signers.get(state).signature(delegate(state), "ConsentGiven", invitation, fields("invitationId", invitation));
            signedAndOnTheLog(delegate(state).post("/api/v1/invitations/" + invitation + "/consent", Api.json("signature", signature)),
                    "ConsentGiven");
        }
        assertThat(anonymous().get("/api/v1/members/AZE").json().get("member").get("status").asString()).isEqualTo("MEMBER");

        clock.set(java.time.Instant.parse("2026-02-19T15:00:00Z"));
        String meeting = chair().post("/api/v1/meetings", Api.json("kind", "VOTING", "title", "Sitting", "place", "Washington",
                "startsAt", "2026-02-19T15:00:00Z", "agenda", List.of("Budget"))).json().get("id").asString();
        secretariat().post("/api/v1/meetings/" + meeting + "/opening");
        delegate("AZE").post("/api/v1/meetings/" + meeting + "/attendance",
                Api.json("state", "AZE", "capacity", "HEAD_OF_STATE_OR_GOVERNMENT", "representative", "Head of AZE"));
        String motion = chair().post("/api/v1/meetings/" + meeting + "/motions",
                Api.json("kind", "BUDGET", "title", "Budget", "text", "The Board decides.")).json().get("id").asString();
        assertThat(secretariat().post("/api/v1/motions/" + motion + "/voting", Api.json("minutes", 30)).status()).isEqualTo(200);
        var before = snapshot();
        refusedUnsignedAndNothingChanged(delegate("AZE").post("/api/v1/motions/" + motion + "/ballots", Api.json("vote", "YES")), before);
        var ballot = signers.get("AZE").signature(delegate("AZE"), "BallotCast", motion, fields("motionId", motion, "vote", "YES"));
        signedAndOnTheLog(delegate("AZE").post("/api/v1/motions/" + motion + "/ballots", Api.json("vote", "YES", "signature", ballot)),
                "BallotCast");

        String fund = secretariat().post("/api/v1/funds", Api.json("name", "Reconstruction", "currency", "USD", "administeredBy", "COUNCIL"))
                .json().get("id").asString();
        var cash = Map.<String, Object>of("minorUnits", 500_000_000L, "currency", "USD");
        before = snapshot();
        refusedUnsignedAndNothingChanged(delegate("AZE").post("/api/v1/funds/" + fund + "/pledges", Api.json("kind", "PLEDGE", "state", "AZE",
                "cash", cash, "valueDate", "2026-02-19")), before);
        var pledge = signers.get("AZE").signature(delegate("AZE"), "FlowRecorded", fund, fields("fundId", fund, "kind", "PLEDGE",
                "minorUnits", 500_000_000L, "currency", "USD", "valueDate", "2026-02-19"));
        signedAndOnTheLog(delegate("AZE").post("/api/v1/funds/" + fund + "/pledges", Api.json("kind", "PLEDGE", "state", "AZE", "cash", cash,
                "valueDate", "2026-02-19", "signature", pledge)), "FlowRecorded");

        var onBehalf = secretariat().post("/api/v1/funds/" + fund + "/pledges", Api.json("kind", "PLEDGE", "state", "ARM", "cash", cash,
                "valueDate", "2026-02-19", "document", "Letter of the Permanent Mission"));
        assertThat(onBehalf.status()).as("the secretariat's entry is its own record, not the state's word").isEqualTo(201);
        assertThat(onBehalf.json().get("status").asString()).isEqualTo("UNCONFIRMED");
        String flow = onBehalf.json().get("id").asString();
        before = snapshot();
        refusedUnsignedAndNothingChanged(delegate("ARM").post("/api/v1/flows/" + flow + "/confirmation"), before);
        var confirmation = signers.get("ARM").signature(delegate("ARM"), "FlowConfirmed", flow, fields("fundId", fund, "flowId", flow));
        signedAndOnTheLog(delegate("ARM").post("/api/v1/flows/" + flow + "/confirmation", Api.json("signature", confirmation)), "FlowConfirmed");
        assertThat(anonymous().get("/api/v1/funds/" + fund + "/contributors").json().get("contributors").findValuesAsString("state"))
                .contains("AZE", "ARM");
    }

    @Autowired
    org.springframework.context.ApplicationEventPublisher events;

    @Autowired
    org.springframework.transaction.support.TransactionTemplate tx;

    /**
     * What a platform whose operator forged a state's word would write, appended straight to the log past every check of
     * the services: a withdrawal of AZE "signed" with AZE's key, the signature being AZE's over another act. The tree
     * and checkpoints are consistent; the signature check alone names the entry. (Run in this class's own application,
     * so that no other specification's log holds the forgery.)
     */
    @Test
    void aForgedSignatureOnTheLogIsNamedByTheOfflineVerifierAndShownOnTheEntrysPage() {
        clock.setDay(DAVOS);
        var aze = Signer.register(anonymous(), delegate("AZE"), "AZE", "seal");
        String invitation = chair().post("/api/v1/invitations", Api.json("state", "AZE")).json().get("id").asString();
        var consent = aze.signature(delegate("AZE"), "ConsentGiven", invitation, fields("invitationId", invitation));
        assertThat(delegate("AZE").post("/api/v1/invitations/" + invitation + "/consent", Api.json("signature", consent)).status())
                .isEqualTo(201);
        long genuine = ledger.latest(5).stream().filter(e -> e.type().equals("ConsentGiven")).findFirst().orElseThrow().index();
        assertThat(OfflineVerification.verify(this::anonymous, port, ledger.size()).signaturesChecked()).isPositive();

        long forged = ledger.size();
        tx.executeWithoutResult(status -> events.publishEvent(new org.peacecouncil.membership.MembershipEvent.StateWithdrew("AZE",
                "Forged notice", DAVOS, clock.instant(), "officer (SECRETARIAT)", new org.peacecouncil.platform.ActSignature(aze.keyId(),
                        java.time.Instant.parse(consent.get("signedAt").toString()), consent.get("value").toString()))));

        assertThatThrownBy(() -> OfflineVerification.verify(this::anonymous, port, ledger.size()))
                .isInstanceOfSatisfying(org.peacecouncil.verifier.VerificationFailure.class, f -> assertThat(f.firstBadEntry()).isEqualTo(forged))
                .hasMessageContaining("entry " + forged + " (StateWithdrew)").hasMessageContaining("does not verify");
        assertThatThrownBy(() -> OfflineVerification.verify(this::anonymous, port, ledger.size(), 2))
                .as("with the signatures verified on two more threads, the same entry is named")
                .isInstanceOfSatisfying(org.peacecouncil.verifier.VerificationFailure.class, f -> assertThat(f.firstBadEntry()).isEqualTo(forged));
        assertThat(anonymous().getAny("/log/entries/" + forged).body()).contains("SIGNATURE FAILS");
        assertThat(anonymous().getAny("/log/entries/" + genuine).body()).contains(">signed<");

        // An edited signature in the database is named too (there by the entry's own hash).
        String body = jdbc.sql("SELECT body FROM log_entries WHERE seq = ?").param(genuine).query(String.class).single();
        String value = consent.get("value").toString();
        try {
            jdbc.sql("UPDATE log_entries SET body = ? WHERE seq = ?").params(body.replace(value, new StringBuilder(value).reverse().toString()),
                    genuine).update();
            assertThatThrownBy(() -> OfflineVerification.verify(this::anonymous, port, ledger.size()))
                    .isInstanceOfSatisfying(org.peacecouncil.verifier.VerificationFailure.class, f -> assertThat(f.firstBadEntry()).isEqualTo(genuine));
        } finally {
            jdbc.sql("UPDATE log_entries SET body = ? WHERE seq = ?").params(body, genuine).update();
        }
    }

    @Test
    void theChartersRequirementIsOnItsPublicPage() {
        assertThat(anonymous().getAny("/charter").body()).contains("Acts that must be signed", "BallotCast", "ConsentGiven");
    }
}

@OnSqlite
class SignaturesRequiredOnSqliteTests extends SignaturesRequiredSpec {
}

@OnPostgres
class SignaturesRequiredOnPostgresTests extends SignaturesRequiredSpec {
}

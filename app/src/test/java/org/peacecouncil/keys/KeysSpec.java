package org.peacecouncil.keys;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.peacecouncil.ledger.Ledger;
import org.peacecouncil.support.Api;
import org.peacecouncil.support.CouncilTest;
import org.peacecouncil.support.OnPostgres;
import org.peacecouncil.support.OnSqlite;
import org.peacecouncil.verifier.VerifierCommand;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A delegation registers its own keys with the key's signature over the registration, revokes them, and nobody else
 * can do either; every registration and revocation is on the log with what it takes to check it offline; the verifier's
 * keygen and sign register a key against the running server with the private key never leaving the file. Both engines.
 */
abstract class KeysSpec extends CouncilTest {

    @Autowired
    Ledger ledger;

    static KeyPair pair() throws Exception {
        return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    }

    static String raw(KeyPair pair) {
        byte[] spki = pair.getPublic().getEncoded();
        return Base64.getEncoder().encodeToString(Arrays.copyOfRange(spki, spki.length - 32, spki.length));
    }

    static String sign(KeyPair pair, byte[] bytes) throws Exception {
        var signer = Signature.getInstance("Ed25519");
        signer.initSign(pair.getPrivate());
        signer.update(bytes);
        return Base64.getEncoder().encodeToString(signer.sign());
    }

    /** The payload the API gives for this key and name, now. */
    record Payload(byte[] bytes, String signedAt) {
    }

    Payload payload(String state, String publicKey, String name) {
        var answer = anonymous().get("/api/v1/states/" + state + "/keys/registration-payload?publicKey="
                + java.net.URLEncoder.encode(publicKey, java.nio.charset.StandardCharsets.UTF_8) + "&name=" + name.replace(" ", "%20"));
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return new Payload(Base64.getDecoder().decode(answer.json().get("payloadBase64").asString()), answer.json().get("signedAt").asString());
    }

    Api.Response register(Api.Caller caller, String state, String publicKey, String name, String signedAt, String signature) {
        return caller.post("/api/v1/states/" + state + "/keys", Api.json("publicKey", publicKey, "name", name, "signedAt", signedAt,
                "signature", signature));
    }

    @Test
    void aDelegationRegistersItsKeyWithTheKeysOwnSignatureAndTheLogHoldsTheProof() throws Exception {
        var key = pair();
        var p = payload("AZE", raw(key), "laptop");
        assertThat(new String(p.bytes())).startsWith("{\"act\":\"DelegationKeyRegistration\",\"fields\":{\"name\":\"laptop\",\"publicKey\":")
                .contains("\"state\":\"AZE\"", "\"version\":1");
        var azerbaijan = delegate("AZE"); // its account, made before the log is read
        long size = ledger.size();
        var registered = register(azerbaijan, "AZE", raw(key), "laptop", p.signedAt(), sign(key, p.bytes()));
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        String keyId = registered.json().get("keyId").asString();
        assertThat(keyId).hasSize(16);

        var entry = ledger.entries(size, ledger.size()).get(0);
        assertThat(entry.type()).isEqualTo("DelegationKeyRegistered");
        assertThat(entry.subjectState()).isEqualTo("AZE");
        // what the entry holds is enough to check the proof offline
        var body = new tools.jackson.databind.json.JsonMapper().readTree(entry.body()).get("payload");
        byte[] rebuilt = SigningPayloads.registration("AZE", new KeyId(body.get("keyId").asString()), Ed25519Key.parse(body.get("publicKey").asString()),
                body.get("name").asString(), Instant.parse(body.get("signedAt").asString()));
        assertThat(Ed25519Key.parse(body.get("publicKey").asString()).verifies(rebuilt, body.get("proof").asString())).isTrue();
        assertThat(anonymous().get("/api/v1/states/AZE/keys").json().findValuesAsString("keyId")).containsExactly(keyId);
        var page = anonymous().getAny("/keys/AZE");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains(keyId, "laptop", ">verifies<", ">valid<");
        assertThat(anonymous().getAny("/keys/ARM").body()).contains("id=\"no-keys\"");
    }

    @Test
    void nobodyButTheStatesOwnDelegationRegistersOrRevokesItsKeyAndABadProofIsRefused() throws Exception {
        var key = pair();
        var p = payload("AZE", raw(key), "laptop");
        String signature = sign(key, p.bytes());
        secretariat(); // the callers' accounts, made before the record is read
        chair();
        delegate("ARM");
        delegate("AZE");
        var before = snapshot();
        long size = ledger.size();
        assertThat(register(secretariat(), "AZE", raw(key), "laptop", p.signedAt(), signature).status()).isEqualTo(403);
        assertThat(register(chair(), "AZE", raw(key), "laptop", p.signedAt(), signature).status()).isEqualTo(403);
        assertThat(register(delegate("ARM"), "AZE", raw(key), "laptop", p.signedAt(), signature).status()).isEqualTo(403);
        assertThat(register(anonymous(), "AZE", raw(key), "laptop", p.signedAt(), signature).status()).isEqualTo(401);

        var other = pair();
        var byAnotherKey = register(delegate("AZE"), "AZE", raw(key), "laptop", p.signedAt(), sign(other, p.bytes()));
        assertThat(byAnotherKey.status()).isEqualTo(409);
        assertThat(byAnotherKey.json().get("type").asString()).endsWith("bad-proof");
        var renamed = register(delegate("AZE"), "AZE", raw(key), "phone", p.signedAt(), signature);
        assertThat(renamed.json().get("type").asString()).as("a signature over other words").endsWith("bad-proof");
        var stale = payloadAt(key, "AZE", "laptop", Instant.parse(p.signedAt()).minusSeconds(3600));
        assertThat(register(delegate("AZE"), "AZE", raw(key), "laptop", stale.signedAt(), stale.signature()).json().get("type").asString())
                .endsWith("stale-proof");
        assertThat(register(delegate("AZE"), "AZE", "not-a-key", "laptop", p.signedAt(), signature).status()).isEqualTo(400);
        assertThat(ledger.size()).isEqualTo(size);
        assertThat(snapshot()).isEqualTo(before);

        String keyId = register(delegate("AZE"), "AZE", raw(key), "laptop", p.signedAt(), signature).json().get("keyId").asString();
        assertThat(register(delegate("AZE"), "AZE", raw(key), "laptop", p.signedAt(), signature).json().get("type").asString())
                .endsWith("key-registered");
        assertThat(secretariat().post("/api/v1/states/AZE/keys/" + keyId + "/revocation").status()).isEqualTo(403);
        assertThat(delegate("ARM").post("/api/v1/states/ARM/keys/" + keyId + "/revocation").json().get("type").asString())
                .as("another state's key is not its").endsWith("unknown-key");
        var revoked = delegate("AZE").post("/api/v1/states/AZE/keys/" + keyId + "/revocation", Api.json("reason", "laptop lost"));
        assertThat(revoked.status()).as(revoked.toString()).isEqualTo(200);
        assertThat(revoked.json().get("revokedAt").isNull()).isFalse();
        assertThat(ledger.latest(1).get(0).type()).isEqualTo("DelegationKeyRevoked");
        assertThat(delegate("AZE").post("/api/v1/states/AZE/keys/" + keyId + "/revocation").json().get("type").asString()).endsWith("key-revoked");
    }

    record Signed(String signedAt, String signature) {
    }

    Signed payloadAt(KeyPair key, String state, String name, Instant at) throws Exception {
        var k = Ed25519Key.parse(raw(key));
        byte[] bytes = SigningPayloads.registration(state, k.id(), k, name, at);
        return new Signed(at.toString(), sign(key, bytes));
    }

    @Test
    void theVerifiersKeygenAndSignRegisterAKeyWhosePrivateHalfNeverLeavesTheFile() throws Exception {
        Path dir = Files.createTempDirectory("keys");
        Path file = dir.resolve("aze.pem");
        var made = run("keygen", "--out", file.toString());
        assertThat(made.exit()).isZero();
        String publicKey = made.line("publicKey: ");
        String keyId = made.line("keyId: ");
        String written = Files.readString(file);
        assertThat(written).contains("-----BEGIN PRIVATE KEY-----", "-----BEGIN PUBLIC KEY-----");
        assertThat(run("keygen", "--out", file.toString()).exit()).as("a key file is never overwritten").isEqualTo(VerifierCommand.USAGE);
        assertThat(Files.readString(file)).isEqualTo(written);

        var p = payload("AZE", publicKey, "offline key");
        var signed = run("sign", "--key", file.toString(), "--payload", Base64.getEncoder().encodeToString(p.bytes()));
        assertThat(signed.exit()).isZero();
        String signature = signed.line("");
        var registered = register(delegate("AZE"), "AZE", publicKey, "offline key", p.signedAt(), signature);
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        assertThat(registered.json().get("keyId").asString()).isEqualTo(keyId);
        assertThat(ledger.latest(1).get(0).body()).doesNotContain("PRIVATE").doesNotContain(written.lines().skip(1).findFirst().orElseThrow());
    }

    @Test
    void aDelegationSignsABallotOfflineWithTheVerifiersSignOverThePayloadTheApiPrepares() throws Exception {
        var sitting = aVoteOnABudget(30, "AZE");
        Path file = Files.createTempDirectory("keys").resolve("aze.pem");
        var made = run("keygen", "--out", file.toString());
        var p = payload("AZE", made.line("publicKey: "), "offline key");
        String proof = run("sign", "--key", file.toString(), "--payload", Base64.getEncoder().encodeToString(p.bytes())).line("");
        assertThat(register(delegate("AZE"), "AZE", made.line("publicKey: "), "offline key", p.signedAt(), proof).status()).isEqualTo(201);

        var prepared = delegate("AZE").post("/api/v1/signing-payloads", Api.json("act", "BallotCast", "state", "AZE", "object", sitting.motion(),
                "fields", java.util.Map.of("motionId", sitting.motion(), "vote", "NO")));
        var signed = run("sign", "--key", file.toString(), "--payload", prepared.json().get("payloadBase64").asString());
        assertThat(signed.exit()).isZero();
        var ballot = delegate("AZE").post("/api/v1/motions/" + sitting.motion() + "/ballots", Api.json("vote", "NO", "signature",
                java.util.Map.of("keyId", made.line("keyId: "), "signedAt", prepared.json().get("signedAt").asString(), "value", signed.line(""))));
        assertThat(ballot.status()).as(ballot.toString()).isEqualTo(201);
        var entry = ledger.latest(1).get(0);
        assertThat(entry.type()).isEqualTo("BallotCast");
        assertThat(signatures.check(entry.body()).holds()).isTrue();
    }

    @Autowired
    EntrySignatures signatures;

    /** What a verifier command printed, and its exit code. Other threads may log to the same stream: lines are picked by their form. */
    record Ran(int exit, String out) {
        String line(String prefix) {
            return out.lines().filter(l -> l.startsWith(prefix) && l.substring(prefix.length()).matches("[A-Za-z0-9+/=]{16,}"))
                    .map(l -> l.substring(prefix.length())).reduce((first, last) -> last).orElseThrow(() -> new AssertionError(
                            "no line '" + prefix + "…' in " + out));
        }
    }

    private static Ran run(String... args) {
        var captured = new ByteArrayOutputStream();
        var out = System.out;
        System.setOut(new PrintStream(captured, true));
        try {
            return new Ran(VerifierCommand.run(args), captured.toString());
        } finally {
            System.setOut(out);
        }
    }
}

@OnSqlite
class KeysOnSqliteTests extends KeysSpec {
}

@OnPostgres
class KeysOnPostgresTests extends KeysSpec {
}

package org.peacecouncil.ledger;

import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

import org.erdtman.jcs.JsonCanonicalizer;
import org.junit.jupiter.api.Test;
import org.peacecouncil.support.Api;
import org.peacecouncil.support.CouncilTest;
import org.peacecouncil.support.OnPostgres;
import org.peacecouncil.support.OnSqlite;

import static org.assertj.core.api.Assertions.assertThat;

/** Every membership act is on the log; the log's checkpoint, tiles and proofs verify independently. */
abstract class TransparencyLogSpec extends CouncilTest {

    @org.springframework.beans.factory.annotation.Autowired
    private com.zaxxer.hikari.HikariDataSource pool;

    /** Waits for a checkpoint covering at least {@code size} entries (the signer runs twice a second); returns the note. */
    private String checkpointCovering(long size) throws InterruptedException {
        org.peacecouncil.support.Eventually.until("a checkpoint covering " + size + " entries", () -> {
            var log = anonymous().get("/api/v1/log");
            return log.status() == 200 && log.json().get("size").asLong() >= size;
        });
        return anonymous().get("/log/checkpoint").body();
    }

    private long logSize() {
        return anonymous().get("/api/v1/log").json().get("entriesAppended").asLong();
    }

    /** Checks the note's signature with the verifier key the server publishes; returns the note's text. */
    private String verifiedText(String note) throws Exception {
        String vkey = anonymous().get("/log/key").body().strip();
        String[] parts = vkey.split("\\+", 3);
        byte[] typed = Base64.getDecoder().decode(parts[2]);
        assertThat(typed[0]).isEqualTo((byte) 1);
        var publicKey = KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(
                concat(HexFormat.of().parseHex("302a300506032b6570032100"), Arrays.copyOfRange(typed, 1, 33))));
        int split = note.indexOf("\n\n");
        String text = note.substring(0, split + 1);
        String line = note.substring(split + 2).strip();
        assertThat(line).startsWith("\u2014 " + parts[0] + " ");
        byte[] signature = Base64.getDecoder().decode(line.substring(line.lastIndexOf(' ') + 1));
        assertThat(HexFormat.of().formatHex(signature, 0, 4)).isEqualTo(parts[1]);
        var verifier = Signature.getInstance("Ed25519");
        verifier.initVerify(publicKey);
        verifier.update(text.getBytes(StandardCharsets.UTF_8));
        assertThat(verifier.verify(Arrays.copyOfRange(signature, 4, signature.length))).as("checkpoint signature").isTrue();
        return text;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /** All entries of the first {@code size}, read from the entry bundles as a mirror would. */
    private List<byte[]> entriesFromTiles(long size) {
        var entries = new ArrayList<byte[]>();
        for (long tile = 0; tile * 256 < size; tile++) {
            long width = Math.min(256, size - tile * 256);
            String path = "/log/tile/entries/" + TilePath.index(tile) + (width < 256 ? ".p/" + width : "");
            entries.addAll(split(anonymous().getBytes(path)));
        }
        return entries;
    }

    private static List<byte[]> split(byte[] bundle) {
        var entries = new ArrayList<byte[]>();
        int at = 0;
        while (at < bundle.length) {
            int length = ((bundle[at] & 0xff) << 8) | (bundle[at + 1] & 0xff);
            entries.add(Arrays.copyOfRange(bundle, at + 2, at + 2 + length));
            at += 2 + length;
        }
        return entries;
    }

    @Test
    void everyMembershipActIsAppendedAsCanonicalJson() throws Exception {
        long before = logSize();
        foundCouncil("USA", "AZE", "ARM");
        assertThat(logSize()).isEqualTo(before + 7); // three invitations, three consents, entry into force

        var entries = anonymous().get("/api/v1/log/entries?state=ARM&limit=3").json();
        var consent = entries.get(1).get("entry");
        assertThat(consent.get("type").asString()).isEqualTo("ConsentGiven");
        assertThat(consent.get("module").asString()).isEqualTo("membership");
        assertThat(consent.get("state").asString()).isEqualTo("ARM");
        assertThat(consent.get("actor").asString()).isEqualTo("delegate-arm (DELEGATE of ARM)");
        assertThat(consent.get("payload").get("effectiveOn").asString()).isEqualTo("2026-01-22");
        assertThat(entries.get(0).get("entry").get("type").asString()).isEqualTo("CharterEnteredIntoForce");

        long index = entries.get(1).get("index").asLong();
        String stored = jdbc.sql("SELECT body FROM log_entries WHERE seq = ?").param(index).query(String.class).single();
        assertThat(new JsonCanonicalizer(stored).getEncodedString()).as("stored bytes are already canonical").isEqualTo(stored);
    }

    @Test
    void appendsGoOnWhenThePoolReplacesItsConnections() throws Exception {
        foundCouncil("USA", "AZE", "ARM");
        // The SQLite append keeps its statements per connection; retired connections must not take appends down.
        for (int round = 0; round < 3; round++) {
            pool.getHikariPoolMXBean().softEvictConnections();
            admit(round == 0 ? "NOR" : round == 1 ? "SWE" : "FIN");
        }
        long size = logSize();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM log_entries").query(Long.class).single()).isEqualTo(size);
        String text = verifiedText(checkpointCovering(size));
        var entries = entriesFromTiles(Long.parseLong(text.split("\n")[1]));
        assertThat(Base64.getEncoder().encodeToString(ReferenceVerifier.mth(entries))).isEqualTo(text.split("\n")[2]);
    }

    @Test
    void aRefusedActIsNotLogged() {
        foundCouncil("USA", "AZE", "ARM");
        long before = logSize();
        assertThat(delegate("AZE").post("/api/v1/invitations", Api.json("state", "NOR")).status()).isEqualTo(403);
        assertThat(chair().post("/api/v1/invitations", Api.json("state", "QQQ")).status()).isEqualTo(400);
        assertThat(logSize()).isEqualTo(before);
    }

    @Test
    void theCheckpointIsSignedAndItsRootIsTheTreeOfTheEntriesInTheTiles() throws Exception {
        foundCouncil("USA", "AZE", "ARM");
        long size = logSize();
        String text = verifiedText(checkpointCovering(size));
        String[] lines = text.split("\n");
        assertThat(lines).hasSize(3);
        assertThat(lines[0]).isEqualTo("peace-council.localhost/log");
        long checkpointSize = Long.parseLong(lines[1]);
        var entries = entriesFromTiles(checkpointSize);
        assertThat(entries).hasSize((int) checkpointSize);
        assertThat(Base64.getEncoder().encodeToString(ReferenceVerifier.mth(entries))).isEqualTo(lines[2]);

        byte[] leaves = anonymous().getBytes("/log/tile/0/000" + (checkpointSize < 256 ? ".p/" + checkpointSize : ""));
        assertThat(leaves).hasSize((int) Math.min(256, checkpointSize) * 32);
        assertThat(Arrays.copyOfRange(leaves, 0, 32)).isEqualTo(ReferenceVerifier.leaf(entries.get(0)));
    }

    @Test
    void inclusionAndConsistencyProofsFromTheApiVerify() throws Exception {
        foundCouncil("USA", "AZE", "ARM");
        long first = logSize();
        checkpointCovering(first);
        admit("NOR");
        admit("SWE");
        long second = logSize();
        checkpointCovering(second);

        for (long index = Math.max(0, first - 5); index < second; index++) {
            var proof = anonymous().get("/api/v1/log/proofs/inclusion?index=" + index + "&size=" + second).json();
            List<byte[]> path = new ArrayList<>();
            proof.get("proof").forEach(p -> path.add(Base64.getDecoder().decode(p.asString())));
            assertThat(ReferenceVerifier.verifyInclusion(index, second, Base64.getDecoder().decode(proof.get("leafHash").asString()),
                    path, Base64.getDecoder().decode(proof.get("rootHash").asString()))).as("entry " + index).isTrue();
        }
        var consistency = anonymous().get("/api/v1/log/proofs/consistency?from=" + first + "&to=" + second).json();
        List<byte[]> path = new ArrayList<>();
        consistency.get("proof").forEach(p -> path.add(Base64.getDecoder().decode(p.asString())));
        assertThat(ReferenceVerifier.verifyConsistency(first, second,
                Base64.getDecoder().decode(consistency.get("fromRootHash").asString()),
                Base64.getDecoder().decode(consistency.get("toRootHash").asString()), path)).isTrue();
    }

    @Test
    void tilesAreCachedForeverOnlyWhenFullAndBadPathsAreNotFound() throws Exception {
        foundCouncil("USA", "AZE", "ARM");
        checkpointCovering(logSize());
        var checkpoint = anonymous().get("/log/checkpoint");
        assertThat(checkpoint.contentType()).startsWith("text/plain");
        assertThat(checkpoint.header("Cache-Control")).contains("no-cache");
        assertThat(anonymous().get("/log/tile/0/x000/001").status()).isEqualTo(404);
        assertThat(anonymous().get("/log/tile/0/1").status()).isEqualTo(404);
        assertThat(anonymous().get("/log/tile/entries/999").status()).isEqualTo(404);
        assertThat(anonymous().get("/log/tile/0/000.p/0").status()).isEqualTo(404);
        long size = Long.parseLong(checkpoint.body().split("\n")[1]);
        if (size >= 256) {
            assertThat(anonymous().get("/log/tile/0/000").header("Cache-Control")).contains("immutable");
        }
        var partial = anonymous().get("/log/tile/entries/" + TilePath.index(size / 256) + ".p/" + Math.max(1, size % 256));
        if (size % 256 != 0) {
            assertThat(partial.status()).isEqualTo(200);
            assertThat(partial.header("Cache-Control")).contains("no-cache");
        }
    }

    @Test
    void badProofRequestsAreRefusedWithProblems() {
        foundCouncil("USA", "AZE", "ARM");
        long size = logSize();
        assertRefused("/api/v1/log/proofs/inclusion?index=0&size=" + (size + 1000), "bad-size");
        assertRefused("/api/v1/log/proofs/inclusion?index=0&size=-1", "bad-size");
        assertRefused("/api/v1/log/proofs/inclusion?index=" + (size - 1) + "&size=" + (size - 1), "bad-index");
        assertRefused("/api/v1/log/proofs/consistency?from=0&to=" + size, "bad-range");
        assertRefused("/api/v1/log/proofs/consistency?from=" + (size + 1) + "&to=" + size, "bad-range");
        assertRefused("/api/v1/log/proofs/consistency?from=1&to=" + (size + 1), "bad-size");
        assertThat(anonymous().get("/api/v1/log/entries/" + (size + 1000)).status()).isEqualTo(404);
        assertThat(anonymous().get("/api/v1/log/proofs/inclusion?index=" + size + "&size=" + size).status()).isEqualTo(404);
    }

    @Test
    void proofsOfTheWholeLogAndOfItsFirstEntryAreAnswered() {
        foundCouncil("USA", "AZE", "ARM");
        long size = logSize();
        assertThat(anonymous().get("/api/v1/log/proofs/inclusion?index=" + (size - 1) + "&size=" + size).status()).isEqualTo(200);
        assertThat(anonymous().get("/api/v1/log/proofs/inclusion?index=0&size=1").status()).isEqualTo(200);
        assertThat(anonymous().get("/api/v1/log/proofs/consistency?from=" + size + "&to=" + size).status()).isEqualTo(200);
    }

    private void assertRefused(String path, String problem) {
        var refused = anonymous().get(path);
        assertThat(refused.status()).as(path).isEqualTo(400);
        assertThat(refused.isProblem()).as(path).isTrue();
        assertThat(refused.json().get("type").asString()).as(path).endsWith(problem);
    }
}

@OnSqlite
class TransparencyLogOnSqliteTests extends TransparencyLogSpec {
}

@OnPostgres
class TransparencyLogOnPostgresTests extends TransparencyLogSpec {
}

package org.peacecouncil.ledger;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peacecouncil.support.CouncilTest;
import org.peacecouncil.support.OnPostgres;
import org.peacecouncil.support.OnSqlite;
import org.peacecouncil.verifier.LogSource;
import org.peacecouncil.verifier.LogVerifier;
import org.peacecouncil.verifier.VerificationFailure;
import org.peacecouncil.verifier.VerifierCommand;
import org.peacecouncil.verifier.VerifierKey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The offline verifier, run against the live log: it verifies, and names what tampering breaks. */
abstract class VerifierAgainstTheLogSpec extends CouncilTest {

    @TempDir
    Path temporary;

    private String key;
    private String url;

    @BeforeEach
    void aCouncilWithACheckpoint() throws InterruptedException {
        foundCouncil("USA", "AZE", "ARM", "KAZ");
        admit("UZB");
        key = anonymous().get("/log/key").body().strip();
        url = "http://localhost:" + port;
        long size = anonymous().get("/api/v1/log").json().get("entriesAppended").asLong();
        org.peacecouncil.support.Eventually.until("a checkpoint covering " + size + " entries",
                () -> anonymous().get("/api/v1/log").json().get("size").asLong() >= size);
    }

    private LogVerifier verifier() {
        return new LogVerifier(LogSource.http(url), VerifierKey.parse(key));
    }

    private byte[] storedLeafHash(long index) {
        return jdbc.sql("SELECT leaf_hash FROM log_entries WHERE seq = ?").param(index).query((rs, n) -> rs.getBytes(1)).single();
    }

    private long checkpointSize() {
        return anonymous().get("/api/v1/log").json().get("size").asLong();
    }

    @Test
    void theVerifierCommandVerifiesTheLiveLogAndItsMirror() {
        Path state = temporary.resolve("state");
        assertThat(VerifierCommand.run("verify", "--url", url, "--key", key, "--state", state.toString())).isEqualTo(0);
        assertThat(VerifierCommand.run("mirror", "--url", url, "--dir", temporary.resolve("mirror").toString())).isEqualTo(0);
        assertThat(Files.exists(temporary.resolve("mirror/log/checkpoint"))).isTrue();
        assertThat(VerifierCommand.run("verify", "--dir", temporary.resolve("mirror").toString(), "--key", key, "--state",
                state.toString())).isEqualTo(0);
    }

    @Test
    void anAlteredEntryIsNamed() {
        long index = checkpointSize() - 3;
        String body = jdbc.sql("SELECT body FROM log_entries WHERE seq = ?").param(index).query(String.class).single();
        try {
            jdbc.sql("UPDATE log_entries SET body = ? WHERE seq = ?").params(body.replace("\"membership\"", "\"m\""), index).update();
            assertThatThrownBy(() -> verifier().verify(null))
                    .isInstanceOfSatisfying(VerificationFailure.class, f -> assertThat(f.firstBadEntry()).isEqualTo(index))
                    .hasMessage("entry " + index + " does not match its recorded hash: the entry or its hash was altered");
            assertThat(VerifierCommand.run("verify", "--url", url, "--key", key, "--state", temporary.resolve("s").toString()))
                    .isEqualTo(VerifierCommand.DOES_NOT_VERIFY);
        } finally {
            jdbc.sql("UPDATE log_entries SET body = ? WHERE seq = ?").params(body, index).update();
        }
        assertThat(verifier().verify(null).size()).isEqualTo(checkpointSize());
    }

    @Test
    void anAlteredLeafHashIsNamed() {
        long index = checkpointSize() - 2;
        byte[] hash = storedLeafHash(index);
        byte[] altered = hash.clone();
        altered[0] ^= 1;
        try {
            jdbc.sql("UPDATE log_entries SET leaf_hash = ? WHERE seq = ?").params(altered, index).update();
            assertThatThrownBy(() -> verifier().verify(null))
                    .isInstanceOfSatisfying(VerificationFailure.class, f -> assertThat(f.firstBadEntry()).isEqualTo(index));
        } finally {
            jdbc.sql("UPDATE log_entries SET leaf_hash = ? WHERE seq = ?").params(hash, index).update();
        }
    }

    @Test
    void anEntryRewrittenTogetherWithItsLeafHashBreaksTheSignedRoot() {
        long index = checkpointSize() - 1;
        String body = jdbc.sql("SELECT body FROM log_entries WHERE seq = ?").param(index).query(String.class).single();
        byte[] hash = storedLeafHash(index);
        String forged = body.replace("\"membership\"", "\"m\"");
        try {
            jdbc.sql("UPDATE log_entries SET body = ? WHERE seq = ?").params(forged, index).update();
            jdbc.sql("UPDATE log_entries SET leaf_hash = ? WHERE seq = ?")
                    .params(MerkleTree.leafHash(forged.getBytes(java.nio.charset.StandardCharsets.UTF_8)), index)
                    .update();
            assertThatThrownBy(() -> verifier().verify(null))
                    .isInstanceOf(VerificationFailure.class)
                    .hasMessageContaining("do not produce the root signed in the checkpoint of size " + checkpointSize());
        } finally {
            jdbc.sql("UPDATE log_entries SET body = ? WHERE seq = ?").params(body, index).update();
            jdbc.sql("UPDATE log_entries SET leaf_hash = ? WHERE seq = ?").params(hash, index).update();
        }
    }

    @Test
    void anAlteredCheckpointIsRefused() {
        long size = checkpointSize();
        String note = jdbc.sql("SELECT note FROM log_checkpoints WHERE size = ?").param(size).query(String.class).single();
        try {
            jdbc.sql("UPDATE log_checkpoints SET note = ? WHERE size = ?").params(note.replace("\n" + size + "\n", "\n" + (size - 1) + "\n"), size)
                    .update();
            assertThatThrownBy(() -> verifier().verify(null)).hasMessageContaining("no valid signature");
        } finally {
            jdbc.sql("UPDATE log_checkpoints SET note = ? WHERE size = ?").params(note, size).update();
        }
    }

    @Test
    void aLogThatShrankOrWasRewrittenSinceTheLastRunIsRefused() {
        var verified = verifier().verify(null);
        assertThatThrownBy(() -> verifier().verify(new LogVerifier.Seen(verified.origin(), verified.size() + 5, verified.root())))
                .hasMessageContaining("the log shrank");
        byte[] otherRoot = verified.root().clone();
        otherRoot[0] ^= 1;
        assertThatThrownBy(() -> verifier().verify(new LogVerifier.Seen(verified.origin(), verified.size(), otherRoot)))
                .hasMessageContaining("the log was rewritten");
    }
}

@OnSqlite
class VerifierAgainstTheLogOnSqliteTests extends VerifierAgainstTheLogSpec {
}

@OnPostgres
class VerifierAgainstTheLogOnPostgresTests extends VerifierAgainstTheLogSpec {
}

package org.peacecouncil.verifier;

import java.util.Base64;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The verifier reads the formats as other implementations write them. */
class VerifierFormatTests {

    // golang.org/x/mod/sumdb/note's example verifier key and signed note
    static final String GO_KEY = "PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW";
    static final String GO_TEXT = "If you think cryptography is the answer to your problem,\n"
            + "then you don't know what your problem is.\n";
    static final String GO_NOTE = GO_TEXT + "\n\u2014 PeterNeumann "
            + "x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n";

    @Test
    void opensANoteSignedByGosSumdbNote() {
        var key = VerifierKey.parse(GO_KEY);
        assertThat(key.name()).isEqualTo("PeterNeumann");
        assertThat(HexFormat.of().formatHex(key.keyId())).isEqualTo("c74f20a3");
        assertThat(key.open(GO_NOTE, "the note")).isEqualTo(GO_TEXT);
    }

    @Test
    void refusesAnAlteredNote() {
        var key = VerifierKey.parse(GO_KEY);
        assertThatThrownBy(() -> key.open(GO_NOTE.replace("cryptography", "cryptographY"), "the note"))
                .isInstanceOf(VerificationFailure.class).hasMessageContaining("no valid signature by PeterNeumann");
    }

    @Test
    void refusesAKeyWhoseIdDoesNotMatch() {
        assertThatThrownBy(() -> VerifierKey.parse(GO_KEY.replace("c74f20a3", "c74f20a4")))
                .hasMessageContaining("id does not match");
        assertThatThrownBy(() -> VerifierKey.parse("PeterNeumann+c74f20a3")).hasMessageContaining("not a verifier key");
    }

    @Test
    void readsACheckpoint() {
        var checkpoint = CheckpointText.parse("example.com/log\n12\n" + Base64.getEncoder().encodeToString(new byte[32]) + "\n", "c");
        assertThat(checkpoint.origin()).isEqualTo("example.com/log");
        assertThat(checkpoint.size()).isEqualTo(12);
        assertThatThrownBy(() -> CheckpointText.parse("example.com/log\n-1\nAAAA\n", "c")).isInstanceOf(VerificationFailure.class);
    }

    @Test
    void writesTilePathsAsTheSpecSays() {
        assertThat(TilePaths.index(1234067)).isEqualTo("x001/x234/067");
        assertThat(TilePaths.index(0)).isEqualTo("000");
        assertThat(TilePaths.index(999)).isEqualTo("999");
        assertThat(TilePaths.index(1000)).isEqualTo("x001/000");
        assertThat(TilePaths.index(90_000_050L)).isEqualTo("x090/x000/050");
        assertThat(TilePaths.index(1_000_000_000_000L)).isEqualTo("x001/x000/x000/x000/000");
        assertThat(TilePaths.hashTile(0, 0, 71)).isEqualTo("tile/0/000.p/71");
        assertThat(TilePaths.entryBundle(1000, 256)).isEqualTo("tile/entries/x001/000");
    }

    @Test
    void treeBuilderRootsFollowRfc9162() {
        var tree = new TreeBuilder();
        assertThat(HexFormat.of().formatHex(tree.root())).isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        byte[] a = tree.leafHash("a".getBytes());
        byte[] b = tree.leafHash("b".getBytes());
        byte[] c = tree.leafHash("c".getBytes());
        tree.add(a);
        assertThat(tree.root()).isEqualTo(a);
        tree.add(b);
        tree.add(c);
        var reference = new TreeBuilder();
        byte[] ab = sha(1, a, b);
        assertThat(tree.root()).isEqualTo(sha(1, ab, c));
        assertThat(reference.size()).isZero();
    }

    private static byte[] sha(int prefix, byte[] left, byte[] right) {
        try {
            var digest = java.security.MessageDigest.getInstance("SHA-256");
            digest.update((byte) prefix);
            digest.update(left);
            digest.update(right);
            return digest.digest();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void exitCodesSayWhatHappened() {
        assertThat(VerifierCommand.run("verify", "--key", GO_KEY)).isEqualTo(VerifierCommand.USAGE);
        assertThat(VerifierCommand.run("verify", "--key", "nonsense", "--url", "http://127.0.0.1:1")).isEqualTo(VerifierCommand.USAGE);
        assertThat(VerifierCommand.run("verify", "--key", GO_KEY, "--url", "http://127.0.0.1:1", "--state",
                System.getProperty("java.io.tmpdir") + "/verifier-test-state")).isEqualTo(VerifierCommand.UNREADABLE);
    }
}

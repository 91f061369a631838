package org.peacecouncil.ledger;

import java.security.KeyFactory;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Byte formats other implementations must read: signed notes, verifier keys, checkpoints, tile paths. */
class LogFormatTests {

    // golang.org/x/mod/sumdb/note's example key pair and signed note (Ed25519 signatures are deterministic).
    static final String GO_SIGNER_KEY_MATERIAL = "AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz";
    static final String GO_VERIFIER_KEY = "PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW";
    static final String GO_TEXT = "If you think cryptography is the answer to your problem,\n"
            + "then you don't know what your problem is.\n";
    static final String GO_NOTE = GO_TEXT + "\n\u2014 PeterNeumann "
            + "x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n";

    static NoteSigner goSigner() throws Exception {
        byte[] seed = Arrays.copyOfRange(Base64.getDecoder().decode(GO_SIGNER_KEY_MATERIAL), 1, 33);
        byte[] publicKey = Arrays.copyOfRange(Base64.getDecoder().decode(GO_VERIFIER_KEY.split("\\+", 3)[2]), 1, 33);
        var keys = KeyFactory.getInstance("Ed25519");
        var privateKey = keys.generatePrivate(new PKCS8EncodedKeySpec(concat(HexFormat.of().parseHex("302e020100300506032b657004220420"), seed)));
        var pub = keys.generatePublic(new X509EncodedKeySpec(concat(HexFormat.of().parseHex("302a300506032b6570032100"), publicKey)));
        return new NoteSigner("PeterNeumann", privateKey, pub);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Test
    void theVerifierKeyAndKeyIdMatchGosSumdbNote() throws Exception {
        var signer = goSigner();
        assertThat(signer.verifierKey()).isEqualTo(GO_VERIFIER_KEY);
        assertThat(HexFormat.of().formatHex(signer.keyId())).isEqualTo("c74f20a3");
    }

    @Test
    void aSignedNoteIsByteForByteWhatGosSumdbNoteWrites() throws Exception {
        assertThat(goSigner().sign(GO_TEXT)).isEqualTo(GO_NOTE);
    }

    @Test
    void theSignatureLineStartsWithAnEmDash() throws Exception {
        String line = goSigner().sign(GO_TEXT).lines().reduce((a, b) -> b).orElseThrow();
        assertThat(line.codePointAt(0)).isEqualTo(0x2014);
        assertThat(Base64.getDecoder().decode(line.substring("\u2014 PeterNeumann ".length()))).hasSize(4 + 64);
    }

    @Test
    void aCheckpointBodyIsOriginSizeAndBase64RootEachOnALine() {
        byte[] root = HexFormat.of().parseHex("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        assertThat(Checkpoint.body("example.com/council", 0, root))
                .isEqualTo("example.com/council\n0\n47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=\n");
    }

    @Test
    void tileIndicesAreWrittenInGroupsOfThreeDigits() {
        assertThat(TilePath.index(0)).isEqualTo("000");
        assertThat(TilePath.index(7)).isEqualTo("007");
        assertThat(TilePath.index(999)).isEqualTo("999");
        assertThat(TilePath.index(1000)).isEqualTo("x001/000");
        assertThat(TilePath.index(1234067)).isEqualTo("x001/x234/067");
        assertThat(TilePath.parseIndex("x001/x234/067")).isEqualTo(1234067);
        assertThat(TilePath.parseIndex("067")).isEqualTo(67);
    }

    @Test
    void aTileIndexHasExactlyOneSpelling() {
        for (String bad : new String[] {"67", "x000/067", "001/067", "x1/067", "abc", "x001/", "", "x999/x999/x999/x999/x999/x999/999"}) {
            assertThatThrownBy(() -> TilePath.parseIndex(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }
}

package org.peacecouncil.ledger;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Signs notes as C2SP signed-note with an Ed25519 key: the key id is the first four bytes of
 * SHA-256(name ‖ 0x0A ‖ 0x01 ‖ public key), a signature line is {@code — name base64(key id ‖ signature)}, and
 * the verifier key is {@code name+<8 hex key id>+base64(0x01 ‖ public key)}.
 */
public final class NoteSigner {

    private static final byte ED25519 = 0x01;
    private static final int X509_ED25519_PREFIX = 12;

    private final String name;
    private final PrivateKey privateKey;
    private final byte[] publicKey;

    public NoteSigner(String name, PrivateKey privateKey, PublicKey publicKey) {
        if (name.isEmpty() || name.chars().anyMatch(c -> c <= ' ' || c == '+')) {
            throw new IllegalArgumentException("A key name has no spaces or '+': " + name);
        }
        this.name = name;
        this.privateKey = privateKey;
        byte[] encoded = publicKey.getEncoded();
        this.publicKey = Arrays.copyOfRange(encoded, X509_ED25519_PREFIX, encoded.length);
        if (this.publicKey.length != 32) {
            throw new IllegalArgumentException("not an Ed25519 public key");
        }
    }

    public String name() {
        return name;
    }

    public byte[] keyId() {
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            digest.update(name.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0x0A);
            digest.update(ED25519);
            digest.update(publicKey);
            return Arrays.copyOf(digest.digest(), 4);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public String verifierKey() {
        byte[] typed = new byte[33];
        typed[0] = ED25519;
        System.arraycopy(publicKey, 0, typed, 1, 32);
        return name + "+" + HexFormat.of().formatHex(keyId()) + "+" + Base64.getEncoder().encodeToString(typed);
    }

    /** The note text (ending in a newline), a blank line, and this key's signature line. */
    public String sign(String text) {
        if (!text.endsWith("\n")) {
            throw new IllegalArgumentException("a note's text ends with a newline");
        }
        try {
            var signer = Signature.getInstance("Ed25519");
            signer.initSign(privateKey);
            signer.update(text.getBytes(StandardCharsets.UTF_8));
            byte[] signature = signer.sign();
            byte[] line = new byte[4 + signature.length];
            System.arraycopy(keyId(), 0, line, 0, 4);
            System.arraycopy(signature, 0, line, 4, signature.length);
            return text + "\n\u2014 " + name + " " + Base64.getEncoder().encodeToString(line) + "\n";
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign the note", e);
        }
    }
}

package org.peacecouncil.verifier;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

/** A C2SP signed-note verifier key {@code name+<8 hex key id>+base64(0x01 ‖ Ed25519 public key)}. */
public record VerifierKey(String name, byte[] keyId, PublicKey publicKey) {

    private static final byte[] X509_ED25519_PREFIX = HexFormat.of().parseHex("302a300506032b6570032100");

    public static VerifierKey parse(String text) {
        String[] parts = text.strip().split("\\+", 3);
        if (parts.length != 3 || parts[0].isEmpty() || !parts[1].matches("[0-9a-f]{8}")) {
            throw new IllegalArgumentException("not a verifier key (name+keyid+base64): " + text);
        }
        byte[] typed;
        try {
            typed = Base64.getDecoder().decode(parts[2]);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the key material of the verifier key is not base64");
        }
        if (typed.length != 33 || typed[0] != 0x01) {
            throw new IllegalArgumentException("the verifier key is not an Ed25519 key (type 0x01, 32 bytes)");
        }
        byte[] raw = Arrays.copyOfRange(typed, 1, 33);
        byte[] keyId = HexFormat.of().parseHex(parts[1]);
        if (!Arrays.equals(keyId, keyId(parts[0], raw))) {
            throw new IllegalArgumentException("the verifier key's id does not match its name and key");
        }
        try {
            byte[] x509 = Arrays.copyOf(X509_ED25519_PREFIX, X509_ED25519_PREFIX.length + 32);
            System.arraycopy(raw, 0, x509, X509_ED25519_PREFIX.length, 32);
            return new VerifierKey(parts[0], keyId, KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(x509)));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("the verifier key is not a valid Ed25519 key", e);
        }
    }

    static byte[] keyId(String name, byte[] raw) {
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            digest.update(name.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0x0A);
            digest.update((byte) 0x01);
            digest.update(raw);
            return Arrays.copyOf(digest.digest(), 4);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Opens a signed note: returns its text if a signature line by this key verifies, else throws
     * {@link VerificationFailure}.
     */
    public String open(String note, String what) {
        int split = note.lastIndexOf("\n\n");
        if (split < 0 || !note.endsWith("\n")) {
            throw new VerificationFailure(what + " is not a signed note");
        }
        String text = note.substring(0, split + 1);
        for (String line : note.substring(split + 2).split("\n")) {
            String prefix = "\u2014 " + name + " ";
            if (!line.startsWith(prefix)) {
                continue;
            }
            byte[] signature;
            try {
                signature = Base64.getDecoder().decode(line.substring(prefix.length()));
            } catch (IllegalArgumentException e) {
                continue;
            }
            if (signature.length != 68 || !Arrays.equals(Arrays.copyOf(signature, 4), keyId)) {
                continue;
            }
            try {
                var verifier = Signature.getInstance("Ed25519");
                verifier.initVerify(publicKey);
                verifier.update(text.getBytes(StandardCharsets.UTF_8));
                if (verifier.verify(Arrays.copyOfRange(signature, 4, 68))) {
                    return text;
                }
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }
        throw new VerificationFailure(what + ": no valid signature by " + name + " (the note was altered, or signed by another key)");
    }
}

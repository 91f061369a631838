package org.peacecouncil.keys;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;

import org.peacecouncil.platform.CouncilProblem;

/**
 * An Ed25519 public key as a delegation gives it: its 32 raw bytes in base64 (standard or URL-safe, with or without
 * padding), which is what WebCrypto's raw export and the verifier's keygen write. Verifies signatures with the JDK.
 */
public record Ed25519Key(byte[] raw) {

    /** The DER prefix that makes 32 raw bytes an X.509 SubjectPublicKeyInfo for Ed25519 (RFC 8410). */
    private static final byte[] SPKI_PREFIX = HexFormat.of().parseHex("302a300506032b6570032100");

    public static Ed25519Key parse(String base64) {
        if (base64 == null || base64.isBlank()) {
            throw new CouncilProblem.InvalidRequest("missing-field", "publicKey: the key's 32 raw bytes in base64.");
        }
        byte[] raw;
        try {
            String text = base64.strip().replace('-', '+').replace('_', '/');
            raw = Base64.getDecoder().decode(text + "=".repeat((4 - text.length() % 4) % 4));
        } catch (IllegalArgumentException e) {
            throw new CouncilProblem.InvalidRequest("bad-public-key", "publicKey: not base64.");
        }
        if (raw.length != 32) {
            throw new CouncilProblem.InvalidRequest("bad-public-key", "publicKey: an Ed25519 public key is 32 bytes; this is " + raw.length + ".");
        }
        return new Ed25519Key(raw);
    }

    public KeyId id() {
        try {
            return new KeyId(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(raw), 0, 8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The key in the one form the record writes it: standard base64 with padding. */
    public String base64() {
        return Base64.getEncoder().encodeToString(raw);
    }

    /** Whether {@code signature} (base64, 64 bytes) is this key's Ed25519 signature over {@code message}. */
    public boolean verifies(byte[] message, String signature) {
        byte[] sig;
        try {
            sig = Base64.getDecoder().decode(signature.strip().replace('-', '+').replace('_', '/')
                    + "=".repeat((4 - signature.strip().length() % 4) % 4));
        } catch (IllegalArgumentException | NullPointerException e) {
            return false;
        }
        if (sig.length != 64) {
            return false;
        }
        try {
            var verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(publicKey());
            verifier.update(message);
            return verifier.verify(sig);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private PublicKey publicKey() throws GeneralSecurityException {
        byte[] spki = new byte[SPKI_PREFIX.length + raw.length];
        System.arraycopy(SPKI_PREFIX, 0, spki, 0, SPKI_PREFIX.length);
        System.arraycopy(raw, 0, spki, SPKI_PREFIX.length, raw.length);
        return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(spki));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Ed25519Key k && java.util.Arrays.equals(raw, k.raw);
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.hashCode(raw);
    }

    @Override
    public String toString() {
        return base64();
    }
}

package org.peacecouncil.verifier;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * A delegation's key that never touches the platform: {@code keygen} writes an Ed25519 key pair to a file (two PEM
 * blocks, PKCS#8 and X.509, as OpenSSL reads them) and prints the public key and its id; {@code sign} signs the
 * payload the API gives (in base64) and prints the signature to send back.
 */
final class DelegationKeyCommands {

    private DelegationKeyCommands() {
    }

    @Command(name = "keygen", description = "Create an Ed25519 key pair in a file readable only by you; print the public key to register.")
    static final class Keygen implements Callable<Integer> {
        @Option(names = "--out", required = true, description = "the key file to write (it must not exist)")
        Path out;

        @Override
        public Integer call() throws Exception {
            if (Files.exists(out)) {
                System.err.println("refused: " + out + " exists; a key file is never overwritten.");
                return VerifierCommand.USAGE;
            }
            var pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
            String text = pem("PRIVATE KEY", pair.getPrivate().getEncoded()) + pem("PUBLIC KEY", pair.getPublic().getEncoded());
            Files.createFile(out);
            try {
                Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // a file system without POSIX permissions: the file is the user's own as created
            }
            Files.writeString(out, text, StandardCharsets.US_ASCII);
            byte[] raw = raw(pair.getPublic().getEncoded());
            System.out.println("publicKey: " + Base64.getEncoder().encodeToString(raw));
            System.out.println("keyId: " + keyId(raw));
            return VerifierCommand.VERIFIED;
        }
    }

    @Command(name = "sign", description = "Sign a payload (base64, as GET …/registration-payload gives it) with a key file; print the signature.")
    static final class Sign implements Callable<Integer> {
        @Option(names = "--key", required = true, description = "the key file keygen wrote")
        Path key;

        @Option(names = "--payload", required = true, description = "the payload's bytes in base64 (payloadBase64)")
        String payload;

        @Override
        public Integer call() throws Exception {
            byte[] bytes;
            try {
                bytes = Base64.getDecoder().decode(payload.strip());
            } catch (IllegalArgumentException e) {
                System.err.println("refused: --payload is not base64.");
                return VerifierCommand.USAGE;
            }
            var signer = Signature.getInstance("Ed25519");
            signer.initSign(privateKey(key));
            signer.update(bytes);
            System.out.println(Base64.getEncoder().encodeToString(signer.sign()));
            return VerifierCommand.VERIFIED;
        }
    }

    static PrivateKey privateKey(Path file) throws IOException, GeneralSecurityException {
        String text = Files.readString(file, StandardCharsets.US_ASCII);
        int begin = text.indexOf("-----BEGIN PRIVATE KEY-----");
        int end = text.indexOf("-----END PRIVATE KEY-----");
        if (begin < 0 || end < begin) {
            throw new GeneralSecurityException(file + " holds no PRIVATE KEY block");
        }
        String body = text.substring(begin + "-----BEGIN PRIVATE KEY-----".length(), end).replaceAll("\\s", "");
        return KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(body)));
    }

    /** The 32 raw bytes of an Ed25519 public key: the end of its X.509 encoding (RFC 8410). */
    static byte[] raw(byte[] spki) {
        return Arrays.copyOfRange(spki, spki.length - 32, spki.length);
    }

    static String keyId(byte[] raw) throws GeneralSecurityException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(raw), 0, 8);
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }
}

package org.peacecouncil.ledger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The council's Ed25519 log key, in a file readable only by its owner: generated on first start into the data
 * directory, or named by {@code PEACE_COUNCIL_LOG_KEY} (several instances must share one key).
 */
final class LogKey {

    private static final Logger log = LoggerFactory.getLogger(LogKey.class);

    private LogKey() {
    }

    static KeyPair loadOrCreate(Path file) {
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            return read(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the log signing key " + file, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The log signing key " + file + " is not an Ed25519 key pair", e);
        }
    }

    private static void create(Path file) throws IOException, GeneralSecurityException {
        KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        String text = "# Peace Council transparency log signing key (Ed25519). Keep it secret; keep a backup.\n"
                + "private " + Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()) + "\n"
                + "public " + Base64.getEncoder().encodeToString(pair.getPublic().getEncoded()) + "\n";
        Files.createDirectories(file.toAbsolutePath().getParent());
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            Files.createFile(file);
        } catch (FileAlreadyExistsException e) {
            return; // another instance made it first
        }
        Files.writeString(file, text);
        log.info("Created the log signing key {}", file.toAbsolutePath());
    }

    private static KeyPair read(Path file) throws IOException, GeneralSecurityException {
        List<String> lines = Files.readAllLines(file);
        String privateText = field(lines, "private ", file);
        String publicText = field(lines, "public ", file);
        var keys = KeyFactory.getInstance("Ed25519");
        return new KeyPair(keys.generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(publicText))),
                keys.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(privateText))));
    }

    private static String field(List<String> lines, String prefix, Path file) {
        return lines.stream().filter(l -> l.startsWith(prefix)).map(l -> l.substring(prefix.length()).strip()).findFirst()
                .orElseThrow(() -> new IllegalStateException("The log signing key " + file + " has no '" + prefix.strip() + "' line"));
    }
}

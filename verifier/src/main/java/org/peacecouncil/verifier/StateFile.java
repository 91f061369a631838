package org.peacecouncil.verifier;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HexFormat;
import java.util.Properties;

/** Remembers the last checkpoint verified, per origin, so the next run can check the log only grew. */
final class StateFile {

    private StateFile() {
    }

    static LogVerifier.Seen read(Path file, String origin) {
        if (!Files.exists(file)) {
            return null;
        }
        var properties = new Properties();
        try (Reader in = Files.newBufferedReader(file)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the state file " + file, e);
        }
        String size = properties.getProperty(origin + ".size");
        String root = properties.getProperty(origin + ".root");
        return size == null || root == null ? null : new LogVerifier.Seen(origin, Long.parseLong(size), HexFormat.of().parseHex(root));
    }

    static void write(Path file, LogVerifier.Verified verified) {
        var properties = new Properties();
        try {
            if (Files.exists(file)) {
                try (Reader in = Files.newBufferedReader(file)) {
                    properties.load(in);
                }
            }
            properties.setProperty(verified.origin() + ".size", Long.toString(verified.size()));
            properties.setProperty(verified.origin() + ".root", verified.rootHex());
            Path absolute = file.toAbsolutePath();
            if (absolute.getParent() != null) {
                Files.createDirectories(absolute.getParent());
            }
            Path temporary = Files.createTempFile(absolute.getParent(), "verifier-state", ".tmp");
            try (Writer out = Files.newBufferedWriter(temporary)) {
                properties.store(out, "Last checkpoints verified by the Peace Council verifier");
            }
            Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the state file " + file, e);
        }
    }
}

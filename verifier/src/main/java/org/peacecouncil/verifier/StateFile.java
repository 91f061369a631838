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

/**
 * Remembers the last checkpoint verified per origin <em>and key</em>, so the next run can check the log only grew.
 * A log that starts again under a new key (a fresh deployment with the default origin, say) is a new log, not a
 * rewritten one: the verifier says so instead of reporting a rewrite. Entries are
 * {@code <origin>.<key id>.size} and {@code .root}; a state file written before keys were remembered holds
 * {@code <origin>.size}, read as the key's.
 */
final class StateFile {

    /** What this file knows of an origin: the checkpoint seen under this key, and whether other keys signed it. */
    record Prior(LogVerifier.Seen seen, java.util.List<String> otherKeys) {
    }

    private StateFile() {
    }

    static Prior read(Path file, String origin, String keyId) {
        if (!Files.exists(file)) {
            return new Prior(null, java.util.List.of());
        }
        var properties = load(file);
        String size = properties.getProperty(origin + "." + keyId + ".size");
        String root = properties.getProperty(origin + "." + keyId + ".root");
        var others = new java.util.TreeSet<String>();
        for (String name : properties.stringPropertyNames()) {
            String rest = name.startsWith(origin + ".") ? name.substring(origin.length() + 1) : null;
            if (rest != null && rest.endsWith(".size") && rest.length() == 8 + ".size".length() && !rest.startsWith(keyId)) {
                others.add(rest.substring(0, 8));
            }
        }
        if (size == null && others.isEmpty()) { // written before keys were remembered
            size = properties.getProperty(origin + ".size");
            root = properties.getProperty(origin + ".root");
        }
        var seen = size == null || root == null ? null : new LogVerifier.Seen(origin, Long.parseLong(size), HexFormat.of().parseHex(root));
        return new Prior(seen, java.util.List.copyOf(others));
    }

    static void write(Path file, LogVerifier.Verified verified, String keyId) {
        try {
            var properties = Files.exists(file) ? load(file) : new Properties();
            properties.remove(verified.origin() + ".size");
            properties.remove(verified.origin() + ".root");
            properties.setProperty(verified.origin() + "." + keyId + ".size", Long.toString(verified.size()));
            properties.setProperty(verified.origin() + "." + keyId + ".root", verified.rootHex());
            Path absolute = file.toAbsolutePath();
            if (absolute.getParent() != null) {
                Files.createDirectories(absolute.getParent());
            }
            Path temporary = Files.createTempFile(absolute.getParent(), "verifier-state", ".tmp");
            try (Writer out = Files.newBufferedWriter(temporary)) {
                properties.store(out, "Last checkpoints verified by the Peace Council verifier, per origin and key id");
            }
            Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the state file " + file, e);
        }
    }

    private static Properties load(Path file) {
        var properties = new Properties();
        try (Reader in = Files.newBufferedReader(file)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the state file " + file, e);
        }
        return properties;
    }
}

package org.peacecouncil.verifier;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code java -jar verifier.jar verify --url http://host:8080 --key <verifier key>} (or {@code --dir} for a
 * mirror) and {@code java -jar verifier.jar mirror --url ... --dir ...}; {@code keygen} and {@code sign} for a
 * delegation's key that never touches the platform.
 *
 * <p>Exit codes: 0 the log verifies; 1 it does not (the message names the first bad entry where it can);
 * 2 the command line is wrong; 3 the log could not be read.
 */
@Command(name = "verifier", mixinStandardHelpOptions = true, version = "Peace Council verifier 0.1",
        description = "Checks the Peace Council transparency log offline.",
        subcommands = {VerifierCommand.Verify.class, VerifierCommand.MirrorLog.class, DelegationKeyCommands.Keygen.class,
                DelegationKeyCommands.Sign.class})
public class VerifierCommand {

    public static final int VERIFIED = 0;
    public static final int DOES_NOT_VERIFY = 1;
    public static final int USAGE = 2;
    public static final int UNREADABLE = 3;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    public static int run(String... args) {
        return new CommandLine(new VerifierCommand()).execute(args); // picocli answers bad usage with 2
    }

    static final class Where {
        @Option(names = "--url", description = "the council's (or a mirror's) base URL; the log is under <url>/log/")
        String url;
        @Option(names = "--dir", description = "a mirror directory (as written by 'mirror')")
        Path dir;

        LogSource source() {
            return url != null ? LogSource.http(url) : LogSource.directory(dir);
        }
    }

    @Command(name = "verify", description = "Recompute the tree from every entry and check every signature and checkpoint.")
    static final class Verify implements Callable<Integer> {
        @CommandLine.ArgGroup(exclusive = true, multiplicity = "1")
        Where where;
        @Option(names = "--key", required = true, description = "the council's verifier key (name+keyid+base64)")
        String key;
        @Option(names = "--signature-threads", defaultValue = "1",
                description = "threads verifying delegations' signatures beside the one reading the log (default: ${DEFAULT-VALUE}: the same one)")
        int signatureThreads;
        @Option(names = "--state", description = "where to remember the last checkpoint verified (default: ${DEFAULT-VALUE})",
                defaultValue = "${user.home}/.peace-council-verifier")
        Path state;

        @Override
        public Integer call() {
            VerifierKey verifierKey;
            try {
                verifierKey = VerifierKey.parse(key);
            } catch (IllegalArgumentException e) {
                System.err.println("Bad --key: " + e.getMessage());
                return USAGE;
            }
            try {
                String keyId = java.util.HexFormat.of().formatHex(verifierKey.keyId());
                var prior = StateFile.read(state, verifierKey.name(), keyId);
                if (prior.seen() == null && !prior.otherKeys().isEmpty()) {
                    System.out.println("NOTE: a different key (id " + keyId + ") now claims the origin " + verifierKey.name()
                            + ", which this verifier saw signed by key " + String.join(", ", prior.otherKeys())
                            + "; verifying it as a new log, not as a continuation of the one seen before.");
                }
                var verified = new LogVerifier(where.source(), verifierKey, signatureThreads).verify(prior.seen());
                StateFile.write(state, verified, keyId);
                System.out.println("VERIFIED " + verified.origin() + ": " + verified.size() + " entries, root " + verified.rootHex()
                        + ", " + verified.checkpointsChecked() + " checkpoint(s) checked, " + verified.keysChecked() + " delegation key(s) and "
                        + verified.signaturesChecked() + " signed act(s) checked against the log's own key history");
                return VERIFIED;
            } catch (VerificationFailure failure) {
                System.out.println("DOES NOT VERIFY: " + failure.getMessage());
                if (failure.firstBadEntry() != null) {
                    System.out.println("first bad entry: " + failure.firstBadEntry());
                }
                return DOES_NOT_VERIFY;
            } catch (LogSource.SourceUnavailable | java.io.UncheckedIOException e) {
                System.err.println("Cannot read the log: " + e.getMessage());
                return UNREADABLE;
            }
        }
    }

    @Command(name = "mirror", description = "Copy the log into a directory any static web server can serve.")
    static final class MirrorLog implements Callable<Integer> {
        @Option(names = "--url", required = true, description = "the council's base URL")
        String url;
        @Option(names = "--dir", required = true, description = "the directory to write")
        Path dir;

        @Override
        public Integer call() {
            try {
                long size = Mirror.copy(LogSource.http(url), dir);
                System.out.println("MIRRORED " + size + " entries into " + dir.resolve("log"));
                return VERIFIED;
            } catch (LogSource.SourceUnavailable | java.io.IOException | java.io.UncheckedIOException e) {
                System.err.println("Cannot read the log: " + e.getMessage());
                return UNREADABLE;
            }
        }
    }
}

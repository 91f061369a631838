package org.peacecouncil.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

import org.bouncycastle.math.ec.rfc8032.Ed25519;
import org.peacecouncil.PeaceCouncilApplication;
import org.peacecouncil.identity.Actor;
import org.peacecouncil.identity.Role;
import org.peacecouncil.keys.DelegationKeys;
import org.peacecouncil.keys.Ed25519Key;
import org.peacecouncil.keys.KeyCommands;
import org.peacecouncil.keys.SigningPayloads;
import org.peacecouncil.ledger.Checkpoints;
import org.peacecouncil.ledger.Ledger;
import org.peacecouncil.platform.ActSignature;
import org.peacecouncil.platform.ActType;
import org.peacecouncil.platform.RecordedAct;
import org.peacecouncil.platform.Signable;
import org.peacecouncil.platform.StateCode;
import org.peacecouncil.verifier.LogSource;
import org.peacecouncil.verifier.LogVerifier;
import org.peacecouncil.verifier.VerifierKey;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The offline verifier on a log where every entry is a signed act, against the same log unsigned, and the unsigned
 * verifier against a plain SHA-256 loop over the same entry bytes — each pair measured alternately, {@code runs}
 * times in a row, single-threaded, so that the spread (min, median, max) is what is reported, not one run.
 * <p>Two councils are started one after the other (embedded SQLite, each its own data directory): one records
 * {@code entries} ballot-sized acts each signed by a registered delegation key, the other the same acts unsigned.
 * Both logs are mirrored over HTTP; the verifier then reads the mirrors from disk.
 * <p>Usage: {@code ./mvnw -q -pl bench exec:java -Dbench.main=org.peacecouncil.bench.SignedLogBenchmarks -Dexec.args="100000 5"}
 */
public final class SignedLogBenchmarks {

    /** A ballot-sized act a delegation signs, for the benchmark only (never on a council's log). */
    @ActType(value = "BenchmarkSignedAct", version = 1)
    @Signable(object = "motionId", fields = {"motionId", "vote", "explanation"})
    public record BenchSignedAct(String module, String subjectState, String state, String actor, Instant recordedAt, String motionId,
            String vote, String explanation, ActSignature signature) implements RecordedAct {
    }

    /** A log mirrored to disk and the key its checkpoints are signed with. */
    record Mirror(Path dir, String key, long size, long signedActs) {
    }

    public static void main(String[] args) throws Exception {
        int entries = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        System.out.printf("machine: %d cores, %s, %s%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.vm.name"), System.getProperty("java.version"));
        var signed = council(entries, true);
        var unsigned = council(entries, false);

        verify(signed); // one untimed round first (the JIT)
        verify(signed, 2);
        verify(unsigned);
        sha256Loop(unsigned);
        var signedRatios = new ArrayList<Double>();
        var twoThreadRatios = new ArrayList<Double>();
        var unsignedRatios = new ArrayList<Double>();
        for (int run = 1; run <= runs; run++) {
            double signedRate = verify(signed);
            double twoThreads = verify(signed, 2);
            double unsignedRate = verify(unsigned);
            double shaRate = sha256Loop(unsigned);
            signedRatios.add(signedRate / unsignedRate);
            twoThreadRatios.add(twoThreads / unsignedRate);
            unsignedRatios.add(unsignedRate / shaRate);
            System.out.printf(Locale.ROOT, "run %d: signed log %.0f entries/s (with 2 signature threads %.0f); same log unsigned %.0f entries/s;"
                    + " plain SHA-256 loop %.0f entries/s; signed ÷ unsigned %.3f (2 threads %.3f); unsigned ÷ SHA-256 %.2f%n", run, signedRate,
                    twoThreads, unsignedRate, shaRate, signedRate / unsignedRate, twoThreads / unsignedRate, unsignedRate / shaRate);
        }
        System.out.printf(Locale.ROOT, "signed ÷ unsigned over %d runs: %s%n", runs, spread(signedRatios));
        System.out.printf(Locale.ROOT, "signed with 2 signature threads ÷ unsigned over %d runs: %s%n", runs, spread(twoThreadRatios));
        System.out.printf(Locale.ROOT, "unsigned verifier ÷ plain SHA-256 loop over %d runs: %s%n", runs, spread(unsignedRatios));
    }

    private static String spread(List<Double> ratios) {
        var sorted = ratios.stream().sorted().toList();
        return String.format(Locale.ROOT, "min %.3f, median %.3f, max %.3f", sorted.get(0), sorted.get(sorted.size() / 2),
                sorted.get(sorted.size() - 1));
    }

    /** Starts a council, records the acts (signed or not), waits for a checkpoint over all of them, mirrors the log. */
    private static Mirror council(int entries, boolean signing) throws Exception {
        Path dir = Files.createTempDirectory("peace-council-signed-bench-");
        String[] arguments = {"--server.port=0", "--spring.main.banner-mode=off", "--logging.level.root=WARN",
                "--peace-council.data-dir=" + dir};
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(PeaceCouncilApplication.class).run(arguments)) {
            var tx = context.getBean(TransactionTemplate.class);
            var ledger = context.getBean(Ledger.class);
            byte[] secret = new byte[Ed25519.SECRET_KEY_SIZE];
            new SecureRandom().nextBytes(secret);
            byte[] publicKey = new byte[Ed25519.PUBLIC_KEY_SIZE];
            Ed25519.generatePublicKey(secret, 0, publicKey, 0);
            var key = new Ed25519Key(publicKey);
            String keyId = key.id().value();
            var delegate = new Actor("delegate-aze", Role.DELEGATE, "AZE");
            if (signing) {
                var keys = context.getBean(DelegationKeys.class);
                Instant at = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
                byte[] registration = keys.registrationPayload(StateCode.of("AZE"), key, "bench key", at);
                keys.register(delegate, StateCode.of("AZE"), new KeyCommands.RegisterKey(key, "bench key", at, sign(secret, registration)),
                        Instant.now());
            }
            long start = System.nanoTime();
            int batch = 5_000;
            for (int from = 0; from < entries; from += batch) {
                int first = from;
                int until = Math.min(entries, from + batch);
                tx.executeWithoutResult(s -> {
                    for (int i = first; i < until; i++) {
                        Instant now = Instant.now();
                        var act = new BenchSignedAct("bench", "AZE", "AZE", delegate.describe(), now, "motion-" + (i / 100), i % 3 == 0 ? "NO" : "YES",
                                "Explanation of vote " + i + " of the delegation of Azerbaijan.", null);
                        if (signing) {
                            Instant signedAt = now.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
                            act = new BenchSignedAct(act.module(), act.subjectState(), act.state(), act.actor(), now, act.motionId(), act.vote(),
                                    act.explanation(), new ActSignature(keyId, signedAt, sign(secret, SigningPayloads.act(act, signedAt))));
                        }
                        context.publishEvent(act);
                    }
                });
            }
            long size = ledger.size();
            System.out.printf(Locale.ROOT, "   (%s council: %d entries recorded in %.0f s)%n", signing ? "signed" : "unsigned", size,
                    (System.nanoTime() - start) / 1e9);
            var checkpoints = context.getBean(Checkpoints.class);
            while (checkpoints.latest().map(c -> c.size()).orElse(0L) < size) {
                Thread.sleep(100);
            }
            int port = ((WebServerApplicationContext) context).getWebServer().getPort();
            Path mirror = dir.resolve("mirror");
            if (org.peacecouncil.verifier.VerifierCommand.run("mirror", "--url", "http://localhost:" + port, "--dir", mirror.toString()) != 0) {
                throw new IllegalStateException("mirroring failed");
            }
            return new Mirror(mirror, checkpoints.verifierKey(), size, signing ? entries : 0);
        }
    }

    private static String sign(byte[] secret, byte[] message) {
        byte[] signature = new byte[Ed25519.SIGNATURE_SIZE];
        Ed25519.sign(secret, 0, message, 0, message.length, signature, 0);
        return Base64.getEncoder().encodeToString(signature);
    }

    private static double verify(Mirror mirror) {
        return verify(mirror, 1);
    }

    private static double verify(Mirror mirror, int signatureThreads) {
        long t = System.nanoTime();
        var verified = new LogVerifier(LogSource.directory(mirror.dir()), VerifierKey.parse(mirror.key()), signatureThreads).verify(null);
        double seconds = (System.nanoTime() - t) / 1e9;
        if (verified.size() != mirror.size() || verified.signaturesChecked() != mirror.signedActs()) {
            throw new IllegalStateException("verified " + verified.size() + " entries and " + verified.signaturesChecked() + " signatures");
        }
        return verified.size() / seconds;
    }

    /** The plain SHA-256 loop of {@link LogBenchmarks} over the mirror's entries, in entries a second. */
    private static double sha256Loop(Mirror mirror) throws Exception {
        long t = System.nanoTime();
        long count = LogBenchmarks.plainSha256Loop(mirror.dir().resolve("log"), mirror.size());
        double seconds = (System.nanoTime() - t) / 1e9;
        if (count != mirror.size()) {
            throw new IllegalStateException("hashed " + count);
        }
        return count / seconds;
    }
}

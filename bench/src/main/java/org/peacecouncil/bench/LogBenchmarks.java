package org.peacecouncil.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.peacecouncil.PeaceCouncilApplication;
import org.peacecouncil.ledger.Checkpoints;
import org.peacecouncil.ledger.Ledger;
import org.peacecouncil.platform.ActType;
import org.peacecouncil.platform.RecordedAct;
import org.peacecouncil.verifier.LogSource;
import org.peacecouncil.verifier.LogVerifier;
import org.peacecouncil.verifier.TilePaths;
import org.peacecouncil.verifier.VerifierKey;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The transparency log's three benchmarks, each a ratio of two rates measured in the same run on the same
 * machine and database:
 * <ol>
 * <li>durable appends (one act per transaction, as in production) ÷ plain single-row INSERTs of an entry-sized
 * row, one per transaction, into the same database with the same durability;</li>
 * <li>inclusion-proof time at 1,000,000 entries (median and p99 over random leaves);</li>
 * <li>the offline verifier over a mirror of the 1,000,000-entry log ÷ a plain SHA-256 loop over the same entry
 * bytes read from the same files.</li>
 * </ol>
 * Usage: {@code ./mvnw -q -pl bench exec:java -Dexec.args="sqlite 1000000"} (or {@code postgres <jdbc-url> <n>}).
 */
public final class LogBenchmarks {

    /** An act of the size of a membership act, for the benchmark only (never on a council's log). */
    @ActType(value = "BenchmarkAct", version = 1)
    record BenchAct(String module, String subjectState, String actor, Instant recordedAt, long number, String note)
            implements RecordedAct {
    }

    private static final long WARM_UP_NANOS = 20_000_000_000L;

    private static final String NOTE = "Consent to be bound by the charter notified by the state's delegation.";

    public static void main(String[] args) throws Exception {
        String engine = args.length > 0 ? args[0] : "sqlite";
        String url = engine.equals("postgres") ? args[1] : null;
        long entries = Long.parseLong(args.length > (url == null ? 1 : 2) ? args[url == null ? 1 : 2] : "1000000");
        Path dir = Files.createTempDirectory("peace-council-bench-");
        var arguments = new ArrayList<>(List.of("--server.port=0", "--spring.main.banner-mode=off",
                "--logging.level.root=WARN", "--peace-council.data-dir=" + dir));
        if (url != null) {
            arguments.addAll(List.of("--peace-council.db.url=" + url, "--peace-council.db.user=postgres"));
        }
        System.out.printf("machine: %d cores, %s, %s%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.vm.name"), System.getProperty("java.version"));
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(PeaceCouncilApplication.class)
                .run(arguments.toArray(String[]::new))) {
            var bench = new LogBenchmarks(context);
            bench.appendsVersusInserts(engine);
            if (entries > 0) {
                bench.proofsAndVerification(entries, dir);
            }
        }
    }

    private final ConfigurableApplicationContext context;
    private final TransactionTemplate tx;
    private final JdbcClient jdbc;
    private final Ledger ledger;
    private long acts;

    private LogBenchmarks(ConfigurableApplicationContext context) {
        this.context = context;
        this.tx = context.getBean(TransactionTemplate.class);
        this.jdbc = context.getBean(JdbcClient.class);
        this.ledger = context.getBean(Ledger.class);
    }

    private void append() {
        long n = acts++;
        context.publishEvent(new BenchAct("bench", "AZE", "delegate-aze (DELEGATE of AZE)", Instant.now(), n, NOTE));
    }

    void appendsVersusInserts(String engine) {
        jdbc.sql("CREATE TABLE bench_plain (seq BIGINT PRIMARY KEY, body TEXT NOT NULL)").update();
        tx.executeWithoutResult(s -> append());
        String body = ledger.entry(ledger.size() - 1).orElseThrow().body();
        int rounds = 10;
        int perRound = 500;
        long appendNanos = 0;
        long insertNanos = 0;
        long[] seq = {0};
        Runnable appends = () -> {
            for (int i = 0; i < perRound; i++) {
                tx.executeWithoutResult(s -> append());
            }
        };
        Runnable inserts = () -> {
            for (int i = 0; i < perRound; i++) {
                long key = seq[0]++;
                tx.executeWithoutResult(s -> jdbc.sql("INSERT INTO bench_plain (seq, body) VALUES (?, ?)").params(key, body).update());
            }
        };
        // Both paths run alternately until the JIT has compiled them (as JMH's warm-up iterations would): an append runs
        // far more Java than a plain insert, so a short warm-up measures the compiler rather than the log.
        long warmUntil = System.nanoTime() + WARM_UP_NANOS;
        int warmRounds = 0;
        while (System.nanoTime() < warmUntil) {
            appends.run();
            inserts.run();
            warmRounds++;
        }
        for (int round = 0; round < rounds; round++) {
            long start = System.nanoTime();
            appends.run();
            appendNanos += System.nanoTime() - start;
            start = System.nanoTime();
            inserts.run();
            insertNanos += System.nanoTime() - start;
        }
        double appendRate = rounds * perRound / (appendNanos / 1e9);
        double insertRate = rounds * perRound / (insertNanos / 1e9);
        System.out.printf(Locale.ROOT, "1. durable appends on %s: %.0f/s; plain single-row INSERTs: %.0f/s; ratio %.2f (entry %d bytes, %d of each in %d alternating rounds after %d warm-up rounds of %d s)%n",
                engine, appendRate, insertRate, appendRate / insertRate, body.length(), rounds * perRound, rounds, warmRounds,
                WARM_UP_NANOS / 1_000_000_000L);
    }

    void proofsAndVerification(long target, Path dir) throws Exception {
        long start = System.nanoTime();
        while (ledger.size() < target) {
            long batch = Math.min(10_000, target - ledger.size());
            tx.executeWithoutResult(s -> {
                for (long i = 0; i < batch; i++) {
                    append();
                }
            });
        }
        System.out.printf(Locale.ROOT, "   (loaded %d entries in %.0f s, 10,000 per transaction)%n", ledger.size(),
                (System.nanoTime() - start) / 1e9);
        long size = ledger.size();
        var random = new Random(2026);
        for (int i = 0; i < 2_000; i++) {
            ledger.inclusionProof((long) (random.nextDouble() * size), size);
        }
        int samples = 10_000;
        long[] nanos = new long[samples];
        for (int i = 0; i < samples; i++) {
            long index = (long) (random.nextDouble() * size);
            long t = System.nanoTime();
            ledger.inclusionProof(index, size);
            nanos[i] = System.nanoTime() - t;
        }
        Arrays.sort(nanos);
        System.out.printf(Locale.ROOT, "2. inclusion proof at %d entries: median %.3f ms, p99 %.3f ms, max %.3f ms (%d random leaves)%n",
                size, nanos[samples / 2] / 1e6, nanos[samples * 99 / 100] / 1e6, nanos[samples - 1] / 1e6, samples);

        var checkpoints = context.getBean(Checkpoints.class);
        while (checkpoints.latest().map(c -> c.size()).orElse(0L) < size) {
            Thread.sleep(100);
        }
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        Path mirror = dir.resolve("mirror");
        start = System.nanoTime();
        org.peacecouncil.verifier.VerifierCommand.run("mirror", "--url", "http://localhost:" + port, "--dir", mirror.toString());
        System.out.printf(Locale.ROOT, "   (mirrored over HTTP in %.1f s)%n", (System.nanoTime() - start) / 1e9);
        var key = VerifierKey.parse(checkpoints.verifierKey());
        // One untimed run of each first (the JIT), then five alternating pairs: the spread is reported, not a best run.
        verifyOnce(mirror, key, size);
        plainSha256Loop(mirror.resolve("log"), size);
        int runs = 5;
        double[] ratios = new double[runs];
        for (int run = 0; run < runs; run++) {
            double verifySeconds = verifyOnce(mirror, key, size);
            long t = System.nanoTime();
            long hashed = plainSha256Loop(mirror.resolve("log"), size);
            double hashSeconds = (System.nanoTime() - t) / 1e9;
            if (hashed != size) {
                throw new IllegalStateException("hashed " + hashed);
            }
            ratios[run] = hashSeconds / verifySeconds;
            System.out.printf(Locale.ROOT, "3. run %d: verifier %.0f entries/s; plain SHA-256 loop over the same entry bytes %.0f entries/s; ratio %.2f%n",
                    run + 1, size / verifySeconds, size / hashSeconds, ratios[run]);
        }
        Arrays.sort(ratios);
        System.out.printf(Locale.ROOT, "3. verifier ÷ plain SHA-256 loop, %d consecutive runs at %d entries: min %.2f, median %.2f, max %.2f%n",
                runs, size, ratios[0], ratios[runs / 2], ratios[runs - 1]);
    }

    private static double verifyOnce(Path mirror, VerifierKey key, long size) {
        long t = System.nanoTime();
        var verified = new LogVerifier(LogSource.directory(mirror), key).verify(null);
        double seconds = (System.nanoTime() - t) / 1e9;
        if (verified.size() < size) {
            throw new IllegalStateException("verified only " + verified.size());
        }
        return seconds;
    }

    /** Reads every entry bundle file and SHA-256s each entry: the floor any verifier of these bytes must pay. */
    static long plainSha256Loop(Path log, long size) throws Exception {
        var digest = MessageDigest.getInstance("SHA-256");
        long count = 0;
        byte[] sink = new byte[32];
        for (long tile = 0; tile * TilePaths.WIDTH < size; tile++) {
            int width = (int) Math.min(TilePaths.WIDTH, size - tile * TilePaths.WIDTH);
            byte[] bundle = Files.readAllBytes(log.resolve(TilePaths.entryBundle(tile, width)));
            int at = 0;
            while (at < bundle.length) {
                int length = ((bundle[at] & 0xff) << 8) | (bundle[at + 1] & 0xff);
                digest.update(bundle, at + 2, length);
                byte[] hash = digest.digest();
                sink[0] ^= hash[0];
                at += 2 + length;
                count++;
            }
        }
        return sink[0] == 256 ? -1 : count; // keeps the hashing from being optimised away
    }
}

package org.peacecouncil.ledger;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peacecouncil.support.Api;
import org.peacecouncil.support.PostgresSchema;
import org.peacecouncil.verifier.LogSource;
import org.peacecouncil.verifier.LogVerifier;
import org.peacecouncil.verifier.VerifierKey;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The server is killed with SIGKILL in the middle of a burst of writes, then started again on the same data:
 * every act it acknowledged (201) is in the tables and on the log, and the log verifies; every request sent with an
 * {@code Idempotency-Key} and retried after the restart is done exactly once, and none is left stuck.
 */
abstract class CrashRecoverySpec {

    private static final String PASSWORD = "crash-test-password";

    @TempDir
    Path dataDir;

    private Process server;
    private final ExecutorService writers = Executors.newFixedThreadPool(8);

    /** Command-line arguments that choose the engine. */
    abstract List<String> engine();

    @AfterEach
    void stop() throws Exception {
        writers.shutdownNow();
        if (server != null) {
            server.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }

    private int port;

    /**
     * Starts the server on a port of its own choosing (port 0) and reads the port from its log: a port picked
     * beforehand could be taken meanwhile by one of the server's own outgoing database connections.
     */
    private Api startServer(String logName) throws Exception {
        var command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.peacecouncil.PeaceCouncilApplication",
                "--server.port=0", "--spring.main.banner-mode=off",
                "--peace-council.data-dir=" + dataDir, "--peace-council.demo.enabled=true",
                "--peace-council.demo.password=" + PASSWORD, "--peace-council.passwords.bcrypt-strength=4"));
        command.addAll(engine());
        server = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dataDir.resolve(logName).toFile()).start();
        Path log = dataDir.resolve(logName);
        var started = java.util.regex.Pattern.compile("Tomcat started on port (\\d+)");
        Api api = null;
        long deadline = System.nanoTime() + org.peacecouncil.support.Eventually.LIMIT.toNanos();
        while (System.nanoTime() < deadline) {
            if (api == null) {
                var found = started.matcher(Files.exists(log) ? Files.readString(log) : "");
                if (found.find()) {
                    port = Integer.parseInt(found.group(1));
                    api = new Api(port);
                }
            }
            try {
                if (api == null) {
                    throw new IllegalStateException("not listening yet");
                }
                // The API answers 503 until the application is ready, the demo council seeded.
                var council = api.anonymous().get("/api/v1/council");
                if (council.status() == 200 && council.json().get("members").asInt() == 28) {
                    return api;
                }
            } catch (RuntimeException notYet) {
                // the server is still starting
            }
            if (!server.isAlive()) {
                throw new AssertionError("the server stopped during start-up:\n" + tail(dataDir.resolve(logName)));
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the server was not ready within " + org.peacecouncil.support.Eventually.LIMIT.toSeconds()
                + " s (the limit, -Dpeace-council.test.wait-seconds):\n" + tail(dataDir.resolve(logName)));
    }

    private static String tail(Path log) throws java.io.IOException {
        var lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    @Test
    void everyAcknowledgedActSurvivesAKillDashNine() throws Exception {
        var api = startServer("first-run.log");
        var secretariat = api.basic("secretariat", PASSWORD);
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        burstThenKill("Crash test organisation ", acknowledged::add, organisation ->
                secretariat.post("/api/v1/observers", Api.json("organisation", organisation)));
        assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(60);

        var again = startServer("second-run.log");
        var observers = again.anonymous().get("/api/v1/observers").json().findValuesAsString("name");
        assertThat(observers).containsAll(acknowledged);
        long size = again.anonymous().get("/api/v1/log").json().get("entriesAppended").asLong();
        org.peacecouncil.support.Eventually.until("a checkpoint covering " + size + " entries after the restart",
                () -> again.anonymous().get("/api/v1/log").json().get("size").asLong() >= size);
        String key = again.anonymous().get("/log/key").body().strip();
        var verified = new LogVerifier(LogSource.http("http://localhost:" + port), VerifierKey.parse(key)).verify(null);
        assertThat(verified.size()).isEqualTo(size);
        var bundleEntries = new ArrayList<String>();
        for (long tile = 0; tile * 256 < size; tile++) {
            long width = Math.min(256, size - tile * 256);
            byte[] bundle = again.anonymous().getBytes("/log/tile/entries/" + TilePath.index(tile) + (width < 256 ? ".p/" + width : ""));
            bundleEntries.add(new String(bundle, java.nio.charset.StandardCharsets.UTF_8));
        }
        String everything = String.join("", bundleEntries);
        for (String organisation : acknowledged) {
            assertThat(everything).as("on the log: " + organisation).contains("\"organisation\":\"" + organisation + "\"");
        }
    }

    @Test
    void aKeyedRequestCutOffByAKillDashNineIsDoneExactlyOnceWhenRetriedAfterTheRestart() throws Exception {
        var api = startServer("keyed-first-run.log");
        var secretariat = api.basic("secretariat", PASSWORD);
        Set<String> sent = ConcurrentHashMap.newKeySet();
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        burstThenKill("Keyed crash organisation ", acknowledged::add, organisation -> {
            sent.add(organisation);
            return secretariat.post("/api/v1/observers", Api.json("organisation", organisation), "Idempotency-Key", key(organisation));
        });

        var again = startServer("keyed-second-run.log");
        var retrying = again.basic("secretariat", PASSWORD);
        int replayed = 0;
        for (String organisation : sent) {
            var retry = retrying.post("/api/v1/observers", Api.json("organisation", organisation), "Idempotency-Key", key(organisation));
            assertThat(retry.status()).as("the retry of " + organisation + ": " + retry).isEqualTo(201);
            if (acknowledged.contains(organisation)) {
                assertThat(retry.header("Idempotent-Replayed")).as("an acknowledged act is answered from its kept answer").isEqualTo("true");
                replayed++;
            }
        }
        assertThat(replayed).isEqualTo(acknowledged.size());
        var observers = again.anonymous().get("/api/v1/observers").json().findValuesAsString("name");
        for (String organisation : sent) {
            assertThat(observers.stream().filter(organisation::equals).count()).as("recorded once: " + organisation).isEqualTo(1);
        }
    }

    /**
     * Eight writers send {@code act} for organisations named {@code prefix}1, 2, … until 60 have been acknowledged (201);
     * then the server is killed with SIGKILL (no shutdown hook, no flush) in the middle of the burst. A request cut off
     * by the kill is not acknowledged, so nothing is owed for it.
     */
    private void burstThenKill(String prefix, java.util.function.Consumer<String> acknowledge,
            java.util.function.Function<String, Api.Response> act) throws Exception {
        var killed = new AtomicBoolean();
        var count = new AtomicInteger();
        var acknowledgements = new AtomicInteger();
        for (int w = 0; w < 8; w++) {
            writers.submit(() -> {
                while (!killed.get() && count.get() < 5000) {
                    String organisation = prefix + count.incrementAndGet();
                    try {
                        if (act.apply(organisation).status() == 201) {
                            acknowledge.accept(organisation);
                            acknowledgements.incrementAndGet();
                        }
                    } catch (RuntimeException connectionLost) {
                        // cut off by the kill
                    }
                }
                return null;
            });
        }
        while (acknowledgements.get() < 60) {
            Thread.sleep(20);
        }
        server.destroyForcibly();
        killed.set(true);
        server.waitFor(30, TimeUnit.SECONDS);
        writers.shutdown();
        writers.awaitTermination(30, TimeUnit.SECONDS);
    }

    private static String key(String organisation) {
        return organisation.replace(' ', '-');
    }
}

class CrashRecoveryOnSqliteTests extends CrashRecoverySpec {
    @Override
    List<String> engine() {
        return List.of();
    }
}

class CrashRecoveryOnPostgresTests extends CrashRecoverySpec {

    private final String schema = "pc_test_crash_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    private String url;

    @Override
    List<String> engine() {
        if (url == null) {
            url = PostgresSchema.createSchema(schema);
        }
        return List.of("--peace-council.db.url=" + url, "--peace-council.db.user=" + PostgresSchema.USER,
                "--peace-council.db.password=" + PostgresSchema.PASSWORD);
    }

    @AfterEach
    void dropSchema() {
        PostgresSchema.dropSchema(schema);
    }
}

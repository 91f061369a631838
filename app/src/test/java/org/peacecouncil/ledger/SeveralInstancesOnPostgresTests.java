package org.peacecouncil.ledger;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peacecouncil.PeaceCouncilApplication;
import org.peacecouncil.identity.Accounts;
import org.peacecouncil.identity.Role;
import org.peacecouncil.support.Api;
import org.peacecouncil.support.PostgresSchema;
import org.peacecouncil.verifier.LogSource;
import org.peacecouncil.verifier.LogVerifier;
import org.peacecouncil.verifier.VerifierKey;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Three application instances on one PostgreSQL database, written to at once through all three: the log stays
 * one gapless line, and every checkpoint any of them signs is consistent with the one before.
 */
class SeveralInstancesOnPostgresTests {

    private static final String PASSWORD = "several-instances-password";
    private static final List<String> STATES = List.of("ARG", "ARM", "AZE", "ALB", "BHR", "BLR", "BGR", "KHM", "SLV", "EGY",
            "HUN", "IDN", "JOR", "KAZ", "XKX", "KWT", "MNG", "MAR", "PRY", "QAT", "SAU", "TUR", "ARE", "UZB");

    @TempDir
    Path temporary;

    private final String schema = "pc_test_multi_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    private final List<ConfigurableApplicationContext> instances = new ArrayList<>();
    private final ExecutorService writers = Executors.newFixedThreadPool(12);

    @AfterEach
    void stopInstances() {
        writers.shutdownNow();
        instances.forEach(ConfigurableApplicationContext::close);
        PostgresSchema.dropSchema(schema);
    }

    private ConfigurableApplicationContext start(String url, int number) throws Exception {
        Path dataDir = Files.createDirectories(temporary.resolve("instance-" + number));
        return new SpringApplicationBuilder(PeaceCouncilApplication.class).run(
                "--server.port=0", "--spring.main.banner-mode=off",
                "--peace-council.db.url=" + url, "--peace-council.db.user=" + PostgresSchema.USER,
                "--peace-council.db.password=" + PostgresSchema.PASSWORD,
                "--peace-council.data-dir=" + dataDir,
                "--peace-council.log.key=" + temporary.resolve("shared-log.key"));
    }

    private static Api api(ConfigurableApplicationContext context) {
        return new Api(((WebServerApplicationContext) context).getWebServer().getPort());
    }

    @Test
    void threeInstancesWritingAtOnceKeepOneLinearLog() throws Exception {
        String url = PostgresSchema.createSchema(schema);
        for (int i = 0; i < 3; i++) {
            instances.add(start(url, i));
        }
        var accounts = instances.get(0).getBean(Accounts.class);
        accounts.create("chair", Role.CHAIR, null, "Chair", PASSWORD, false);
        accounts.create("officer", Role.SECRETARIAT, null, "Officer", PASSWORD, false);
        for (String state : STATES) {
            accounts.create("delegate-" + state.toLowerCase(Locale.ROOT), Role.DELEGATE, state, state, PASSWORD, false);
        }

        // Invitations through all three instances at once, each with an observer recorded alongside.
        var invitations = new ArrayList<Future<Api.Response>>();
        for (int i = 0; i < STATES.size(); i++) {
            var instance = api(instances.get(i % 3));
            String state = STATES.get(i);
            int n = i;
            invitations.add(writers.submit(() -> instance.basic("chair", PASSWORD).post("/api/v1/invitations", Api.json("state", state))));
            writers.submit(() -> instance.basic("officer", PASSWORD).post("/api/v1/observers", Api.json("organisation", "Organisation " + n)));
        }
        var consents = new ArrayList<Future<Api.Response>>();
        for (int i = 0; i < STATES.size(); i++) {
            var invitation = invitations.get(i).get();
            assertThat(invitation.status()).as(invitation.toString()).isEqualTo(201);
            var instance = api(instances.get((i + 1) % 3));
            String state = STATES.get(i);
            String id = invitation.json().get("id").asString();
            consents.add(writers.submit(() -> instance.basic("delegate-" + state.toLowerCase(Locale.ROOT), PASSWORD)
                    .post("/api/v1/invitations/" + id + "/consent")));
        }
        for (var consent : consents) {
            assertThat(consent.get().status()).as(consent.get().toString()).isEqualTo(201);
        }
        writers.shutdown();
        writers.awaitTermination(60, java.util.concurrent.TimeUnit.SECONDS);

        var jdbc = instances.get(0).getBean(JdbcClient.class);
        long size = jdbc.sql("SELECT size FROM log_head").query(Long.class).single();
        // the accounts' creation (the first start's secretariat, by one instance only; the chair, the officer, a delegate per
        // state); invitation, observer, consent per state; entry into force
        assertThat(size).isEqualTo(1 + 2 + STATES.size() + STATES.size() * 3L + 1);
        assertThat(jdbc.sql("SELECT count(*) FROM log_entries").query(Long.class).single()).isEqualTo(size);
        assertThat(jdbc.sql("SELECT min(seq) FROM log_entries").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT max(seq) FROM log_entries").query(Long.class).single()).isEqualTo(size - 1);

        var reader = api(instances.get(2)).anonymous();
        for (int i = 0; i < 50 && reader.get("/api/v1/log").json().get("size").asLong() < size; i++) {
            Thread.sleep(100);
        }
        List<Long> sizes = jdbc.sql("SELECT size FROM log_checkpoints WHERE size > 0 ORDER BY size").query(Long.class).list();
        assertThat(sizes).contains(size);
        for (int i = 1; i < sizes.size(); i++) {
            var proof = reader.get("/api/v1/log/proofs/consistency?from=" + sizes.get(i - 1) + "&to=" + sizes.get(i)).json();
            List<byte[]> path = new ArrayList<>();
            proof.get("proof").forEach(p -> path.add(Base64.getDecoder().decode(p.asString())));
            byte[] from = java.util.HexFormat.of().parseHex(jdbc.sql("SELECT root_hash FROM log_checkpoints WHERE size = ?")
                    .param(sizes.get(i - 1)).query(String.class).single());
            byte[] to = java.util.HexFormat.of().parseHex(jdbc.sql("SELECT root_hash FROM log_checkpoints WHERE size = ?")
                    .param(sizes.get(i)).query(String.class).single());
            assertThat(ReferenceVerifier.verifyConsistency(sizes.get(i - 1), sizes.get(i), from, to, path))
                    .as("checkpoint %d consistent with %d", sizes.get(i), sizes.get(i - 1)).isTrue();
        }

        String key = reader.get("/log/key").body().strip();
        for (var instance : instances) {
            assertThat(api(instance).anonymous().get("/log/key").body().strip()).as("one key for all instances").isEqualTo(key);
            var verified = new LogVerifier(LogSource.http("http://localhost:" + ((WebServerApplicationContext) instance).getWebServer().getPort()),
                    VerifierKey.parse(key)).verify(null);
            assertThat(verified.size()).isEqualTo(size);
        }
    }
}

package org.peacecouncil.membership;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.peacecouncil.support.Api;
import org.peacecouncil.support.CouncilTest;
import org.peacecouncil.support.OnPostgres;
import org.peacecouncil.support.OnSqlite;

import static org.assertj.core.api.Assertions.assertThat;

/** Acts that arrive at the same moment are all recorded, once each, and counted over each other. */
abstract class ConcurrentActsSpec extends CouncilTest {

    private static final List<String> STATES = List.of("ARG", "ARM", "AZE", "ALB", "BHR", "BLR", "BGR", "KHM", "SLV", "EGY",
            "HUN", "IDN", "JOR", "KAZ", "XKX", "KWT", "MNG", "MAR", "PRY", "QAT");

    private final ExecutorService pool = Executors.newFixedThreadPool(20);

    @AfterEach
    void stopPool() {
        pool.shutdownNow();
    }

    private List<Api.Response> atOnce(List<Callable<Api.Response>> calls) throws Exception {
        var start = new CountDownLatch(1);
        var futures = new ArrayList<Future<Api.Response>>();
        for (var call : calls) {
            futures.add(pool.submit(() -> {
                start.await();
                return call.call();
            }));
        }
        start.countDown();
        var responses = new ArrayList<Api.Response>();
        for (var future : futures) {
            responses.add(future.get());
        }
        return responses;
    }

    @Test
    void twentyStatesConsentingAtOnceAreAllMembersAndTheCharterEntersIntoForceOnce() throws Exception {
        clock.setDay(DAVOS);
        var consents = new ArrayList<Callable<Api.Response>>();
        for (String state : STATES) {
            String id = chair().post("/api/v1/invitations", Api.json("state", state)).json().get("id").asString();
            var delegation = delegate(state);
            consents.add(() -> delegation.post("/api/v1/invitations/" + id + "/consent"));
        }

        var responses = atOnce(consents);

        assertThat(responses).allSatisfy(r -> assertThat(r.status()).as(r.toString()).isEqualTo(201));
        var members = anonymous().get("/api/v1/members").json().get("items");
        assertThat(members.size()).isEqualTo(20);
        assertThat(members.findValuesAsString("termEnds")).hasSize(20).containsOnly("2029-01-21");
        assertThat(jdbc.sql("SELECT count(*) FROM membership_history WHERE act = 'CHARTER_IN_FORCE'").query(Long.class).single())
                .isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(DISTINCT position) FROM membership_history").query(Long.class).single())
                .isEqualTo(jdbc.sql("SELECT count(*) FROM membership_history").query(Long.class).single());
    }

    @Test
    void aConsentSentTwiceAtOnceCountsOnce() throws Exception {
        foundCouncil("USA", "AZE", "ARM");
        String id = chair().post("/api/v1/invitations", Api.json("state", "NOR")).json().get("id").asString();
        var norway = delegate("NOR");
        var responses = atOnce(List.of(() -> norway.post("/api/v1/invitations/" + id + "/consent"),
                () -> norway.post("/api/v1/invitations/" + id + "/consent"),
                () -> norway.post("/api/v1/invitations/" + id + "/consent")));
        assertThat(responses.stream().filter(r -> r.status() == 201)).hasSize(1);
        assertThat(responses.stream().filter(r -> r.status() == 409 && r.isProblem())).hasSize(2);
        assertThat(jdbc.sql("SELECT count(*) FROM membership_history WHERE state = 'NOR' AND act = 'CONSENTED'")
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void vetoesArrivingTogetherBlockTheRemovalAsSoonAsTheyReachTwoThirds() throws Exception {
        foundCouncil(STATES.subList(0, 9).toArray(String[]::new));
        String id = chair().post("/api/v1/removals", Api.json("state", "ARG", "reason", "Test")).json().get("id").asString();
        var vetoes = new ArrayList<Callable<Api.Response>>();
        for (String state : STATES.subList(1, 7)) { // 6 of 9 is exactly two-thirds
            var delegation = delegate(state);
            vetoes.add(() -> delegation.post("/api/v1/removals/" + id + "/vetoes"));
        }
        var responses = atOnce(vetoes);
        assertThat(responses).allSatisfy(r -> assertThat(r.status()).as(r.toString()).isEqualTo(201));
        var removal = anonymous().get("/api/v1/removals/" + id).json();
        assertThat(removal.get("status").asString()).isEqualTo("VETOED");
        assertThat(removal.get("vetoes").size()).isEqualTo(6);
    }
}

@OnSqlite
class ConcurrentActsOnSqliteTests extends ConcurrentActsSpec {
}

@OnPostgres
class ConcurrentActsOnPostgresTests extends ConcurrentActsSpec {
}

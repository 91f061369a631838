package org.peacecouncil.platform;

import org.junit.jupiter.api.Test;
import org.peacecouncil.support.Api;
import org.peacecouncil.support.CouncilTest;
import org.peacecouncil.support.OnPostgres;
import org.peacecouncil.support.OnSqlite;

import static org.assertj.core.api.Assertions.assertThat;

/** A creating POST retried with the same Idempotency-Key acts once and answers the same. */
abstract class IdempotencySpec extends CouncilTest {

    private long invitations() {
        return jdbc.sql("SELECT count(*) FROM invitations").query(Long.class).single();
    }

    @Test
    void aRetryWithTheSameKeyGetsTheFirstAnswerAndActsOnce() {
        foundCouncil("USA", "AZE", "ARM");
        long before = invitations();
        var first = chair().post("/api/v1/invitations", Api.json("state", "NOR"), "Idempotency-Key", "invite-nor-1");
        var retry = chair().post("/api/v1/invitations", Api.json("state", "NOR"), "Idempotency-Key", "invite-nor-1");
        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(invitations()).isEqualTo(before + 1);
    }

    @Test
    void theSameKeyForADifferentRequestIsRefused() {
        foundCouncil("USA", "AZE", "ARM");
        chair().post("/api/v1/invitations", Api.json("state", "NOR"), "Idempotency-Key", "k-2");
        long before = invitations();
        var other = chair().post("/api/v1/invitations", Api.json("state", "SWE"), "Idempotency-Key", "k-2");
        assertThat(other.status()).isEqualTo(422);
        assertThat(other.isProblem()).isTrue();
        assertThat(invitations()).isEqualTo(before);
    }

    @Test
    void aRefusedRequestKeepsNoAnswerSoItCanBeCorrectedAndRetried() {
        foundCouncil("USA", "AZE", "ARM");
        var refused = delegate("AZE").post("/api/v1/invitations", Api.json("state", "NOR"), "Idempotency-Key", "k-3");
        assertThat(refused.status()).isEqualTo(403);
        var again = delegate("AZE").post("/api/v1/invitations", Api.json("state", "NOR"), "Idempotency-Key", "k-3");
        assertThat(again.status()).isEqualTo(403);
        assertThat(again.header("Idempotent-Replayed")).isNull();
    }

    @Test
    void keysBelongToTheCallerWhoUsedThem() {
        foundCouncil("USA", "AZE", "ARM");
        String invitation = chair().post("/api/v1/invitations", Api.json("state", "NOR")).json().get("id").asString();
        chair().post("/api/v1/invitations", Api.json("state", "SWE"), "Idempotency-Key", "shared");
        var consent = delegate("NOR").post("/api/v1/invitations/" + invitation + "/consent", null, "Idempotency-Key", "shared");
        assertThat(consent.status()).isEqualTo(201);
        assertThat(consent.json().get("state").asString()).isEqualTo("NOR");
    }

    @Test
    void requestsWithTheSameKeyAtOnceActOnceAndEachGetsTheAnswerOrAClearRetry() throws Exception {
        foundCouncil("USA", "AZE", "ARM");
        long before = invitations();
        var chair = chair();
        var start = new java.util.concurrent.CountDownLatch(1);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            var answers = new java.util.ArrayList<java.util.concurrent.Future<Api.Response>>();
            for (int i = 0; i < 8; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return chair.post("/api/v1/invitations", Api.json("state", "NOR"), "Idempotency-Key", "race-1");
                }));
            }
            start.countDown();
            String created = null;
            for (var future : answers) {
                var answer = future.get();
                if (answer.status() == 409) {
                    assertThat(answer.isProblem()).as(answer.toString()).isTrue();
                    assertThat(answer.header("Retry-After")).as("a clear retry").isNotBlank();
                    continue;
                }
                assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
                assertThat(answer.body()).isNotBlank();
                created = created == null ? answer.body() : created;
                assertThat(answer.body()).as("every answer is the one act's").isEqualTo(created);
            }
            assertThat(created).as("at least the request that ran answered").isNotNull();
        } finally {
            pool.shutdownNow();
        }
        assertThat(invitations()).as("one act").isEqualTo(before + 1);
    }

    @Test
    void aKeyThatIsNotPrintableAsciiIsRefused() {
        var response = chair().post("/api/v1/invitations", Api.json("state", "NOR"), "Idempotency-Key", " ");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.isProblem()).isTrue();
    }
}

@OnSqlite
class IdempotencyOnSqliteTests extends IdempotencySpec {
}

@OnPostgres
class IdempotencyOnPostgresTests extends IdempotencySpec {
}

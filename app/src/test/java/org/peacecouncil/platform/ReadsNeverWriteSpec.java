package org.peacecouncil.platform;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.peacecouncil.ledger.Checkpoints;
import org.peacecouncil.support.Api;
import org.peacecouncil.support.CouncilTest;
import org.peacecouncil.support.OnPostgres;
import org.peacecouncil.support.OnSqlite;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No GET and no page view writes to the database or the log: what has fallen due is recorded by the calendar, and
 * until it has, readers see it derived from the record and the time.
 */
abstract class ReadsNeverWriteSpec extends CouncilTest {

    @Autowired
    private Checkpoints checkpoints;

    @Test
    void aBurstOfReadsAfterDeadlinesChangesNothingUntilTheCalendarActsAndReadsTheSameBeforeAndAfter() {
        foundCouncil("USA", "AZE", "ARM", "KAZ");
        String invitation = chair().post("/api/v1/invitations", Api.json("state", "NOR")).json().get("id").asString();
        String removal = chair().post("/api/v1/removals", Api.json("state", "KAZ", "reason", "Test of the calendar")).json()
                .get("id").asString();
        clock.set(Instant.parse("2026-02-19T15:00:00Z"));
        String meeting = chair().post("/api/v1/meetings", Api.json("kind", "VOTING", "title", "Sitting", "place", "Washington",
                "startsAt", "2026-02-19T15:00:00Z", "agenda", List.of("Budget"))).json().get("id").asString();
        secretariat().post("/api/v1/meetings/" + meeting + "/opening");
        delegate("AZE").post("/api/v1/meetings/" + meeting + "/attendance",
                Api.json("state", "AZE", "capacity", "HEAD_OF_STATE_OR_GOVERNMENT", "representative", "Head of AZE"));
        String motion = chair().post("/api/v1/meetings/" + meeting + "/motions",
                Api.json("kind", "BUDGET", "title", "Budget", "text", "The Board decides.")).json().get("id").asString();
        secretariat().post("/api/v1/motions/" + motion + "/voting", Api.json("minutes", 10));
        delegate("AZE").post("/api/v1/motions/" + motion + "/ballots", Api.json("vote", "YES"));

        String mission = secretariat().post("/api/v1/missions", Api.json("name", "A force", "authorities", List.of(java.util.Map.of(
                "body", "UN Security Council", "reference", "2803", "adoptedOn", "2025-11-17")), "mandate", java.util.Map.of("tasks",
                List.of("protection of civilians"), "area", "Gaza", "authorizedStrength", java.util.Map.of("TROOPS", 100), "useOfForce",
                "self-defence", "start", "2025-11-17", "reportingMonths", 1))).json().get("id").asString();
        delegate("AZE").post("/api/v1/missions/" + mission + "/questions", Api.json("state", "AZE", "questions",
                List.of(java.util.Map.of("text", "Which mandate?"))));

        String claim = secretariat().post("/api/v1/statements", Api.json("speaker", "A minister", "saidOn", "2026-02-19", "text",
                "Azerbaijan agreed to send troops", "assertions", List.of(java.util.Map.of("assertion", java.util.Map.of("type",
                        "MISSION_CONSENT", "mission", mission), "states", List.of("AZE", "KAZ"))))).json().get("id").asString();

        clock.set(clock.instant().plus(Duration.ofDays(120))); // past the vote, the invitation's lapse, the veto window, reports due
        var before = snapshot();
        var paths = new java.util.ArrayList<>(readPaths(meeting, motion, invitation, removal));
        paths.addAll(List.of("/missions", "/missions/" + mission, "/missions/" + mission + "/states/AZE", "/api/v1/missions/" + mission, "/api/v1/missions/" + mission + "/offers",
                "/api/v1/missions/" + mission + "/questions", "/api/v1/missions/" + mission + "/reports",
                "/api/v1/missions/" + mission + "/strength", "/api/v1/missions/" + mission + "/states/AZE",
                "/api/v1/missions/" + mission + "/contributions.csv"));
        paths.addAll(List.of("/keys/AZE", "/api/v1/states/AZE/keys", "/statements", "/statements/" + claim, "/check", "/check?state=AZE&assertion=MISSION_CONSENT&subject=" + mission,
                "/api/v1/statements", "/api/v1/statements/" + claim, "/api/v1/statements/" + claim + "/verdicts.csv",
                "/api/v1/clarifications", "/api/v1/checks?state=AZE&assertion=MISSION_CONSENT&mission=" + mission));
        for (int burst = 0; burst < 5; burst++) {
            for (String path : paths) {
                assertThat(anonymous().getAny(path).status()).as(path).isEqualTo(200);
            }
        }
        assertThat(snapshot()).as("reads changed nothing, the log included").isEqualTo(before);
        var seenBeforeTheCalendar = whatReadersSee(motion, invitation, removal);
        assertThat(seenBeforeTheCalendar).containsExactly("PENDING_APPROVAL", "2026-02-19T15:10:00Z", "1", "LAPSED", "2026-04-22",
                "REMOVED", "2026-02-21", "REMOVED", "2026-02-21", "3", "0", "0");

        calendar.advance(clock.instant());

        assertThat(jdbc.sql("SELECT size FROM log_head").query(Long.class).single())
                .as("the calendar recorded the close, the lapse and the removal")
                .isEqualTo(((Number) before.get("log").get(0).get("size")).longValue() + 3);
        assertThat(whatReadersSee(motion, invitation, removal)).as("what readers saw is what the calendar recorded")
                .isEqualTo(seenBeforeTheCalendar);
    }

    @Test
    void aReturningReaderIsAnswered304UntilTheRecordOrWhatTheTimeMakesOfItChanges() {
        String motion = aVoteOnABudget(10).motion();
        checkpoints.publish(); // the signer would otherwise sign the acts above between two reads, a change readers see

        var first = anonymous().get("/api/v1/motions/" + motion);
        String etag = first.header("ETag");
        assertThat(etag).isNotBlank();
        var again = anonymous().get("/api/v1/motions/" + motion, "If-None-Match", etag);
        assertThat(again.status()).isEqualTo(304);
        assertThat(again.body()).isEmpty();

        clock.set(clock.instant().plus(Duration.ofMinutes(10))); // the deadline passes; the log has not changed yet
        var closed = anonymous().get("/api/v1/motions/" + motion, "If-None-Match", etag);
        assertThat(closed.status()).as("a vote past its deadline reads as closed, so it is not 'not modified'").isEqualTo(200);
        assertThat(closed.json().get("status").asString()).isEqualTo("REJECTED");
        String closedTag = closed.header("ETag");

        calendar.advance(clock.instant());
        assertThat(anonymous().get("/api/v1/motions/" + motion, "If-None-Match", closedTag).status())
                .as("the calendar's entry changed the log").isEqualTo(200);
        String recorded = anonymous().get("/api/v1/motions/" + motion).header("ETag");
        chair().post("/api/v1/invitations", Api.json("state", "NOR"));
        assertThat(anonymous().get("/api/v1/motions/" + motion, "If-None-Match", recorded).status())
                .as("any act changes the record's version").isEqualTo(200);
        assertThat(chair().get("/api/v1/motions/" + motion, "If-None-Match", anonymous().get("/api/v1/motions/" + motion)
                .header("ETag")).status()).as("another reader's version is not this one's").isEqualTo(200);
    }

    @Test
    void aFirstVisitGetsTheKeptAnswerOnlyWhileNothingItShowsHasChangedAndNeverAnotherReadersPage() {
        foundCouncil("USA", "AZE", "ARM");
        checkpoints.publish();
        var first = anonymous().getAny("/members");
        var again = anonymous().getAny("/members");
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body()).as("nothing changed: the same answer").isEqualTo(first.body());
        assertThat(again.header("ETag")).isEqualTo(first.header("ETag"));
        assertThat(again.contentType()).isEqualTo(first.contentType());
        assertThat(anonymous().getAny("/members", "Cache-Control", "no-cache").body()).as("rendered afresh, the same")
                .isEqualTo(first.body());

        admit("NOR");
        var afterAnAct = anonymous().getAny("/members");
        assertThat(afterAnAct.body()).as("the act shows at once").contains("Norway").isNotEqualTo(first.body());
        assertThat(first.body()).doesNotContain("Norway");

        var publicCouncil = anonymous().get("/api/v1/council");
        assertThat(publicCouncil.json().get("members").asInt()).isEqualTo(4);
        assertThat(chair().get("/api/v1/council").header("ETag")).as("a signed-in reader's answer is kept apart")
                .isNotEqualTo(publicCouncil.header("ETag"));
        clock.set(clock.instant().plus(Duration.ofDays(1)));
        assertThat(anonymous().getAny("/members").header("ETag")).as("a new day is a new version").isNotEqualTo(afterAnAct.header("ETag"));
    }

    private List<String> whatReadersSee(String motion, String invitation, String removal) {
        var m = anonymous().get("/api/v1/motions/" + motion).json();
        var i = anonymous().get("/api/v1/invitations/" + invitation).json();
        var r = anonymous().get("/api/v1/removals/" + removal).json();
        var kaz = anonymous().get("/api/v1/members/KAZ").json().get("member");
        var council = anonymous().get("/api/v1/council").json();
        return List.of(m.get("status").asString(), m.get("closedAt").asString(), m.get("outcome").get("tally").get("yes").asString(),
                i.get("status").asString(), i.get("answeredOn").asString(), r.get("status").asString(), r.get("decidedOn").asString(),
                kaz.get("status").asString(), kaz.get("endedOn").asString(), council.get("members").asString(),
                council.get("pendingInvitations").asString(), council.get("openRemovals").asString());
    }

    private static List<String> readPaths(String meeting, String motion, String invitation, String removal) {
        return List.of("/", "/members", "/members/KAZ", "/members/NOR", "/charter", "/log", "/meetings", "/meetings/" + meeting,
                "/motions/" + motion, "/api/v1/council", "/api/v1/members", "/api/v1/members/KAZ", "/api/v1/invitations",
                "/api/v1/invitations/" + invitation, "/api/v1/removals", "/api/v1/removals/" + removal, "/api/v1/meetings",
                "/api/v1/meetings/" + meeting, "/api/v1/motions/" + motion, "/api/v1/motions/" + motion + "/roll-call.csv",
                "/api/v1/log", "/api/v1/elections", "/funds", "/api/v1/funds", "/api/v1/exchange-rates", "/api/v1/announced-contributions", "/api/v1/missions",
                "/api/v1/flows/awaiting-confirmation", "/api/v1/states/KAZ/flows", "/log?type=ConsentGiven&state=KAZ", "/log?before=3",
                "/api/v1/log/entries?type=VotingOpened", "/search?q=kaz", "/api/v1/search?q=budget", "/meetings/" + meeting + "/minutes.pdf",
                "/calendars/KAZ.ics");
    }
}

@OnSqlite
class ReadsNeverWriteOnSqliteTests extends ReadsNeverWriteSpec {
}

@OnPostgres
class ReadsNeverWriteOnPostgresTests extends ReadsNeverWriteSpec {
}

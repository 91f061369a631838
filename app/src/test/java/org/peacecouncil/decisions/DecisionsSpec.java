package org.peacecouncil.decisions;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.peacecouncil.support.Api;
import org.peacecouncil.support.CouncilTest;
import org.peacecouncil.support.OnPostgres;
import org.peacecouncil.support.OnSqlite;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Meetings, votes and elections of the Board of Peace through the API, as delegations and officers use them. */
abstract class DecisionsSpec extends CouncilTest {

    private static final List<String> FOUNDERS = List.of("USA", "AZE", "ARM", "KAZ", "HUN", "EGY", "JOR");

    /** The council founded, a voting meeting called by the Chairman and opened, and these delegations present. */
    private Sitting sitting(String... present) {
        foundCouncil(FOUNDERS.toArray(String[]::new));
        clock.set(java.time.Instant.parse("2026-02-19T15:00:00Z"));
        var meeting = chair().post("/api/v1/meetings", Sitting.meetingJson("VOTING", "First meeting of the Board of Peace"));
        assertThat(meeting.status()).as(meeting.toString()).isEqualTo(201);
        String id = meeting.json().get("id").asString();
        assertThat(secretariat().post("/api/v1/meetings/" + id + "/opening").status()).isEqualTo(200);
        for (String state : present) {
            attend(id, state);
        }
        return new Sitting(id, List.of(present));
    }

    private void attend(String meetingId, String state) {
        var response = delegate(state).post("/api/v1/meetings/" + meetingId + "/attendance",
                Api.json("state", state, "capacity", "HEAD_OF_STATE_OR_GOVERNMENT", "representative", "Head of " + state));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
    }

    private String table(Sitting sitting, String kind, String title) {
        var motion = chair().post("/api/v1/meetings/" + sitting.meetingId() + "/motions", Sitting.motionJson(kind, title));
        assertThat(motion.status()).as(motion.toString()).isEqualTo(201);
        return motion.json().get("id").asString();
    }

    private void putToTheVote(String motionId, int minutes) {
        var opened = secretariat().post("/api/v1/motions/" + motionId + "/voting", Api.json("minutes", minutes));
        assertThat(opened.status()).as(opened.toString()).isEqualTo(200);
    }

    private Api.Response vote(String state, String motionId, String vote) {
        return delegate(state).post("/api/v1/motions/" + motionId + "/ballots", Sitting.ballot(vote));
    }

    private JsonNode close(String motionId) {
        var closed = secretariat().post("/api/v1/motions/" + motionId + "/closing");
        assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
        return closed.json();
    }

    private JsonNode motion(String motionId) {
        return anonymous().get("/api/v1/motions/" + motionId).json();
    }

    // ------------------------------------------------------------------ the Board of Peace's rule

    @Test
    void theBoardAdoptsByAMajorityOfThosePresentAndVotingThenTheChairmanApproves() {
        var sitting = sitting("USA", "AZE", "ARM", "KAZ", "HUN");
        String motion = table(sitting, "BUDGET", "Budget of the Gaza reconstruction fund");
        putToTheVote(motion, 30);
        vote("USA", motion, "YES");
        vote("AZE", motion, "YES");
        vote("ARM", motion, "NO");
        vote("KAZ", motion, "ABSTAIN");

        var closed = close(motion);

        assertThat(closed.get("status").asString()).isEqualTo("PENDING_APPROVAL");
        var tally = closed.get("outcome").get("tally");
        assertThat(tally.get("yes").asInt()).isEqualTo(2);
        assertThat(tally.get("no").asInt()).isEqualTo(1);
        assertThat(tally.get("abstain").asInt()).isEqualTo(1);
        assertThat(tally.get("notVoting").asInt()).isEqualTo(1);
        assertThat(tally.get("basis").asInt()).as("abstentions are not votes cast").isEqualTo(3);
        assertThat(tally.get("arithmetic").asString()).contains("2 YES ≥ 2: adopted.");
        assertThat(closed.get("rule").asString()).contains("present and voting").contains("approval");

        var refused = delegate("USA").post("/api/v1/motions/" + motion + "/approval", Api.json("approve", true));
        assertThat(refused.status()).isEqualTo(403);
        var approved = chair().post("/api/v1/motions/" + motion + "/approval", Api.json("approve", true));
        assertThat(approved.json().get("status").asString()).isEqualTo("ADOPTED");
        assertThat(approved.json().get("outcome").get("summary").asString()).contains("approved by the Chairman");
    }

    @Test
    void theChairmanMayRefuseToApproveWhatTheBoardAdopted() {
        var sitting = sitting("USA", "AZE");
        String motion = table(sitting, "INITIATIVE", "Initiative on water supply");
        putToTheVote(motion, 30);
        vote("AZE", motion, "YES");
        close(motion);

        var refused = chair().post("/api/v1/motions/" + motion + "/approval", Api.json("approve", false));

        assertThat(refused.json().get("status").asString()).isEqualTo("NOT_APPROVED");
    }

    @Test
    void aTieWaitsForTheChairmansCastingVote() {
        String motion = aTiedInitiative();

        assertThat(close(motion).get("status").asString()).isEqualTo("TIE_BREAK");
        assertThat(secretariat().post("/api/v1/motions/" + motion + "/tie-break", Api.json("vote", "YES")).status()).isEqualTo(403);
        var broken = chair().post("/api/v1/motions/" + motion + "/tie-break", Api.json("vote", "NO"));

        assertThat(broken.json().get("status").asString()).isEqualTo("REJECTED");
        assertThat(broken.json().get("outcome").get("tieBreak").asString()).isEqualTo("NO");
    }

    @Test
    void afterATieBreakTheRecordSaysTheChairmansVoteDecided() {
        String motion = aTiedInitiative();
        close(motion);

        var broken = chair().post("/api/v1/motions/" + motion + "/tie-break", Api.json("vote", "YES")).json();

        assertThat(broken.get("status").asString()).isEqualTo("PENDING_APPROVAL");
        assertThat(broken.get("outcome").get("summary").asString())
                .isEqualTo("Adopted on the Chairman's tie-break vote; awaiting the approval of the Chairman.");
        assertThat(broken.get("outcome").get("tally").get("arithmetic").asString())
                .contains("the Chairman's tie-break vote, YES, decided it.").doesNotContain("the tie-break decides");
    }

    /** An initiative put to the vote, two YES and two NO, still open. */
    private String aTiedInitiative() {
        var sitting = sitting("USA", "AZE", "ARM", "KAZ");
        String motion = table(sitting, "INITIATIVE", "Initiative on border crossings");
        putToTheVote(motion, 30);
        vote("USA", motion, "YES");
        vote("AZE", motion, "YES");
        vote("ARM", motion, "NO");
        vote("KAZ", motion, "NO");
        return motion;
    }

    @Test
    void whenEveryoneAbstainsNothingIsAdopted() {
        var sitting = sitting("USA", "AZE", "ARM");
        String motion = table(sitting, "BUDGET", "Budget line for mine clearance");
        putToTheVote(motion, 30);
        sitting.present().forEach(state -> vote(state, motion, "ABSTAIN"));

        assertThat(close(motion).get("status").asString()).isEqualTo("REJECTED");
    }

    @Test
    void theDeadlineClosesTheVoteWithoutAnyoneAsking() {
        var sitting = sitting("USA", "AZE", "ARM");
        String motion = table(sitting, "BUDGET", "Budget of the reconstruction fund");
        putToTheVote(motion, 10);
        vote("AZE", motion, "YES");

        clock.set(clock.instant().plus(Duration.ofMinutes(10)));

        var read = motion(motion);
        assertThat(read.get("status").asString()).isEqualTo("PENDING_APPROVAL");
        assertThat(read.get("closedAt").asString()).isEqualTo(read.get("closesAt").asString());
    }

    // ------------------------------------------------------------------ ballots

    @Test
    void aBallotCanBeChangedUntilTheVoteClosesAndCountsOnce() {
        var sitting = sitting("USA", "AZE");
        String motion = table(sitting, "BUDGET", "Budget of the reconstruction fund");
        putToTheVote(motion, 30);
        vote("AZE", motion, "NO");
        var changed = delegate("AZE").post("/api/v1/motions/" + motion + "/ballots",
                Api.json("vote", "YES", "explanation", "Azerbaijan supports the Council's goals."));
        assertThat(changed.status()).isEqualTo(201);

        var ballots = motion(motion).get("ballots");
        assertThat(ballots).hasSize(1);
        assertThat(ballots.get(0).get("vote").asString()).isEqualTo("YES");
        assertThat(ballots.get(0).get("changes").asInt()).isEqualTo(1);
        assertThat(ballots.get(0).get("explanation").asString()).isEqualTo("Azerbaijan supports the Council's goals.");
        assertThat(motion(motion).get("outcome").get("tally").get("yes").asInt()).isEqualTo(1);
    }

    @Test
    void aBallotAfterTheDeadlineIsRefusedAndChangesNothing() {
        var sitting = sitting("USA", "AZE");
        String motion = table(sitting, "BUDGET", "Budget of the reconstruction fund");
        putToTheVote(motion, 10);
        vote("USA", motion, "YES");
        clock.set(clock.instant().plus(Duration.ofMinutes(10)));
        calendar.advance(clock.instant()); // the calendar records the close
        var before = snapshot();

        var late = vote("AZE", motion, "NO");

        assertThat(late.status()).isEqualTo(409);
        assertThat(late.isProblem()).isTrue();
        assertThat(late.json().get("detail").asString()).contains("not open for voting");
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void aBallotFromAnAbsentStateIsRefusedAndChangesNothing() {
        var sitting = sitting("USA", "AZE");
        String motion = table(sitting, "BUDGET", "Budget of the reconstruction fund");
        putToTheVote(motion, 30);
        delegate("ARM");
        var before = snapshot();

        var absent = vote("ARM", motion, "NO");

        assertThat(absent.status()).isEqualTo(409);
        assertThat(absent.json().get("type").asString()).endsWith("not-present");
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void anObserverNeverVotes() {
        var sitting = sitting("USA", "AZE");
        var observed = secretariat().post("/api/v1/meetings/" + sitting.meetingId() + "/observers",
                Api.json("state", "GBR", "representative", "British observer"));
        assertThat(observed.status()).as(observed.toString()).isEqualTo(201);
        String motion = table(sitting, "BUDGET", "Budget of the reconstruction fund");
        putToTheVote(motion, 30);
        delegate("GBR");
        var before = snapshot();

        var refused = vote("GBR", motion, "YES");

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("type").asString()).endsWith("not-a-member");
        assertThat(snapshot()).isEqualTo(before);
        assertThat(motion(motion).get("outcome").get("tally").get("present").asInt()).as("observers are not present members").isEqualTo(2);
    }

    @Test
    void aBallotCannotBeCastByAnotherStatesDelegate() {
        var sitting = sitting("USA", "AZE");
        String motion = table(sitting, "BUDGET", "Budget of the reconstruction fund");
        putToTheVote(motion, 30);
        var before = snapshot();

        var forAnother = delegate("USA").post("/api/v1/motions/" + motion + "/ballots", Api.json("state", "AZE", "vote", "YES"));
        var bySecretariat = secretariat().post("/api/v1/motions/" + motion + "/ballots", Api.json("state", "AZE", "vote", "YES"));
        var anonymously = anonymous().post("/api/v1/motions/" + motion + "/ballots", Api.json("state", "AZE", "vote", "YES"));

        assertThat(forAnother.status()).isEqualTo(403);
        assertThat(forAnother.json().get("detail").asString()).contains("Only the delegation of Azerbaijan");
        assertThat(bySecretariat.status()).isEqualTo(403);
        assertThat(anonymously.status()).isEqualTo(401);
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void anAlternateVotesOnlyOnceTheChairmanApprovesIt() {
        var sitting = sitting("USA");
        var registered = delegate("HUN").post("/api/v1/meetings/" + sitting.meetingId() + "/attendance",
                Api.json("state", "HUN", "capacity", "ALTERNATE", "representative", "Minister of Foreign Affairs"));
        assertThat(registered.status()).isEqualTo(201);
        String motion = table(sitting, "BUDGET", "Budget of the reconstruction fund");
        putToTheVote(motion, 30);

        assertThat(vote("HUN", motion, "YES").status()).isEqualTo(409);
        assertThat(secretariat().post("/api/v1/meetings/" + sitting.meetingId() + "/attendance/HUN/approval",
                Api.json("approve", true)).status()).isEqualTo(403);
        var approved = chair().post("/api/v1/meetings/" + sitting.meetingId() + "/attendance/HUN/approval", Api.json("approve", true));
        assertThat(approved.status()).as(approved.toString()).isEqualTo(200);

        assertThat(vote("HUN", motion, "YES").status()).isEqualTo(201);
    }

    @Test
    void badBallotsGetAProblemAndChangeNothing() {
        var sitting = sitting("USA", "AZE");
        String motion = table(sitting, "BUDGET", "Budget of the reconstruction fund");
        putToTheVote(motion, 30);
        var before = snapshot();

        var noVote = delegate("AZE").post("/api/v1/motions/" + motion + "/ballots", "{}");
        var unknownVote = delegate("AZE").post("/api/v1/motions/" + motion + "/ballots", "{\"vote\":\"MAYBE\"}");
        var malformed = delegate("AZE").post("/api/v1/motions/" + motion + "/ballots", "{\"vote\":");
        var noSuchMotion = delegate("AZE").post("/api/v1/motions/no-such-motion/ballots", Sitting.ballot("YES"));

        for (var response : List.of(noVote, unknownVote, malformed)) {
            assertThat(response.status()).as(response.toString()).isEqualTo(400);
            assertThat(response.isProblem()).isTrue();
        }
        assertThat(noSuchMotion.status()).isEqualTo(404);
        assertThat(snapshot()).isEqualTo(before);
    }

    // ------------------------------------------------------------------ meetings and motions

    @Test
    void onlyTheChairmanCallsMeetingsOfTheBoard() {
        foundCouncil("USA", "AZE", "ARM");
        var before = snapshot();

        var bySecretariat = secretariat().post("/api/v1/meetings", Sitting.meetingJson("VOTING", "A meeting"));
        var byDelegate = delegate("AZE").post("/api/v1/meetings", Sitting.meetingJson("VOTING", "A meeting"));

        assertThat(bySecretariat.status()).isEqualTo(403);
        assertThat(bySecretariat.json().get("detail").asString()).contains("only the Chairman may call meetings");
        assertThat(byDelegate.status()).isEqualTo(403);
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void aConsultativeMeetingTakesNoVotes() {
        foundCouncil("USA", "AZE", "ARM");
        String id = chair().post("/api/v1/meetings", Sitting.meetingJson("CONSULTATIVE", "Consultations")).json().get("id").asString();

        var motion = chair().post("/api/v1/meetings/" + id + "/motions", Sitting.motionJson("BUDGET", "A budget"));

        assertThat(motion.status()).isEqualTo(409);
        assertThat(motion.json().get("type").asString()).endsWith("consultative-meeting");
    }

    @Test
    void amendmentsAreDecidedBeforeTheMotionTheyAmend() {
        var sitting = sitting("USA", "AZE", "ARM");
        String motion = table(sitting, "BUDGET", "Budget of the reconstruction fund");
        var amendment = delegate("AZE").post("/api/v1/meetings/" + sitting.meetingId() + "/motions",
                Api.json("title", "Add investment projects", "text", "Insert: including investment projects.", "amends", motion));
        assertThat(amendment.status()).as(amendment.toString()).isEqualTo(201);
        String amendmentId = amendment.json().get("id").asString();
        assertThat(amendment.json().get("sponsor").asString()).isEqualTo("AZE");
        assertThat(amendment.json().get("kind").asString()).isEqualTo("BUDGET");

        var tooEarly = secretariat().post("/api/v1/motions/" + motion + "/voting", Api.json("minutes", 30));
        assertThat(tooEarly.status()).isEqualTo(409);
        assertThat(tooEarly.json().get("detail").asString()).contains("Decide the amendments first");

        putToTheVote(amendmentId, 30);
        vote("AZE", amendmentId, "YES");
        assertThat(close(amendmentId).get("status").asString()).as("an amendment needs no approval").isEqualTo("ADOPTED");
        putToTheVote(motion, 30);
        assertThat(motion(motion).get("amendments").get(0).get("status").asString()).isEqualTo("ADOPTED");
    }

    @Test
    void theChairmanAloneCreatesSubsidiaryEntities() {
        var sitting = sitting("USA", "AZE");
        String motion = table(sitting, "SUBSIDIARY_ENTITY", "Gaza Executive Board");

        var vote = secretariat().post("/api/v1/motions/" + motion + "/voting", Api.json("minutes", 30));
        assertThat(vote.status()).isEqualTo(409);
        assertThat(vote.json().get("type").asString()).endsWith("decided-by-office");
        assertThat(secretariat().post("/api/v1/motions/" + motion + "/decision", Api.json("adopt", true)).status()).isEqualTo(403);

        var decided = chair().post("/api/v1/motions/" + motion + "/decision", Api.json("adopt", true));
        assertThat(decided.json().get("status").asString()).isEqualTo("ADOPTED");
        assertThat(decided.json().get("outcome").get("decidedBy").asString()).isEqualTo("Chairman");
    }

    // ------------------------------------------------------------------ elections

    @Test
    void anElectionGoesToAnotherRoundUntilACandidateHasTwoThirds() {
        var sitting = sitting("USA", "AZE", "ARM", "KAZ", "HUN", "EGY");
        var called = secretariat().post("/api/v1/elections", Api.json("meetingId", sitting.meetingId(), "seat", "Vice-Chair",
                "candidates", List.of(java.util.Map.of("name", "Candidate A"), java.util.Map.of("name", "Candidate B"))));
        assertThat(called.status()).as(called.toString()).isEqualTo(201);
        String id = called.json().get("id").asString();
        String a = called.json().get("candidates").get(0).get("id").asString();
        String b = called.json().get("candidates").get(1).get("id").asString();

        secretariat().post("/api/v1/elections/" + id + "/rounds", Api.json("minutes", 10));
        for (String state : List.of("USA", "AZE", "ARM")) {
            electionBallot(id, state, a);
        }
        for (String state : List.of("KAZ", "HUN", "EGY")) {
            electionBallot(id, state, b);
        }
        var first = secretariat().post("/api/v1/elections/" + id + "/closing").json();
        assertThat(first.get("status").asString()).isEqualTo("BETWEEN_ROUNDS");
        assertThat(first.get("rounds").get(0).get("arithmetic").asString()).contains("another round is needed");

        secretariat().post("/api/v1/elections/" + id + "/rounds", Api.json("minutes", 10));
        for (String state : List.of("USA", "AZE", "ARM", "KAZ")) {
            electionBallot(id, state, a);
        }
        electionBallot(id, "HUN", b);
        electionBallot(id, "EGY", null);
        clock.set(clock.instant().plus(Duration.ofMinutes(10)));

        var election = anonymous().get("/api/v1/elections/" + id).json();
        assertThat(election.get("status").asString()).isEqualTo("ELECTED");
        assertThat(election.get("elected").asString()).isEqualTo("Candidate A");
        assertThat(election.get("rounds")).hasSize(2);
        assertThat(election.get("rounds").get(1).get("arithmetic").asString())
                .contains("Candidate A 4").contains("abstaining 1").contains("needed: 4");
        assertThat(anonymous().get("/api/v1/elections").json().get(0).get("rounds").asInt()).isEqualTo(2);
    }

    @Test
    void anElectionBallotWithAFieldTheApiDoesNotHaveIsRefusedNotCountedAsAnAbstention() {
        var sitting = sitting("USA", "AZE");
        var called = secretariat().post("/api/v1/elections", Api.json("meetingId", sitting.meetingId(), "seat", "Vice-Chair",
                "candidates", List.of(java.util.Map.of("name", "Candidate A"))));
        String id = called.json().get("id").asString();
        String a = called.json().get("candidates").get(0).get("id").asString();
        secretariat().post("/api/v1/elections/" + id + "/rounds", Api.json("minutes", 10));
        var before = snapshot();

        var misnamed = delegate("AZE").post("/api/v1/elections/" + id + "/ballots", Api.json("vote", a));

        assertThat(misnamed.status()).as(misnamed.toString()).isEqualTo(400);
        assertThat(misnamed.isProblem()).isTrue();
        assertThat(misnamed.json().get("detail").asString()).contains("vote");
        assertThat(snapshot()).as("nothing recorded, no abstention").isEqualTo(before);
    }

    private void electionBallot(String electionId, String state, String candidate) {
        var response = delegate(state).post("/api/v1/elections/" + electionId + "/ballots", Api.json("candidate", candidate));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
    }

    // ------------------------------------------------------------------ the public record

    @Test
    void theRollCallIsPublicAsCsvAndEveryActIsOnTheLog() {
        var sitting = sitting("USA", "AZE", "ARM");
        long logBefore = jdbc.sql("SELECT size FROM log_head").query(Long.class).single();
        String motion = table(sitting, "BUDGET", "Budget, with \"quotes\", and commas");
        putToTheVote(motion, 30);
        delegate("AZE").post("/api/v1/motions/" + motion + "/ballots",
                Api.json("vote", "NO", "explanation", "Not a participant in the package, for now."));
        vote("USA", motion, "YES");
        close(motion);

        var csv = anonymous().getAny("/api/v1/motions/" + motion + "/roll-call.csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.body().lines().toList()).hasSize(1 + 3).first().isEqualTo("motion,state,name,vote,explanation,cast_at,changes");
        assertThat(csv.body()).contains(motion + ",AZE,Azerbaijan,NO,\"Not a participant in the package, for now.\",")
                .contains(motion + ",ARM,Armenia,NOT_VOTING,,,0");

        long logAfter = jdbc.sql("SELECT size FROM log_head").query(Long.class).single();
        var seen = new java.util.ArrayList<String>();
        for (long i = logBefore; i < logAfter; i++) {
            seen.add(anonymous().get("/api/v1/log/entries/" + i).json().get("type").asString());
        }
        assertThat(seen).containsExactly("MotionProposed", "VotingOpened", "BallotCast", "BallotCast", "VotingClosed");

        var linked = new java.util.ArrayList<Long>();
        anonymous().get("/api/v1/motions/" + motion).json().get("logEntries").forEach(e -> linked.add(e.get("index").asLong()));
        assertThat(linked).as("the motion links to exactly its own entries").containsExactlyElementsOf(
                java.util.stream.LongStream.range(logBefore, logAfter).boxed().toList());
        var page = anonymous().getAny("/motions/" + motion);
        assertThat(page.body()).contains("href=\"/log/entries/" + logBefore + "\"").contains("#" + (logAfter - 1) + " VotingClosed");
    }

    @Test
    void programsFollowAVoteAsAStreamOfTheMotionInJson() throws Exception {
        var sitting = sitting("USA", "AZE");
        String motion = table(sitting, "BUDGET", "Budget of the reconstruction fund");
        putToTheVote(motion, 30);
        var http = java.net.http.HttpClient.newHttpClient();
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + "/api/v1/motions/" + motion
                + "/live")).header("Accept", "text/event-stream").build();
        var stream = http.send(request, java.net.http.HttpResponse.BodyHandlers.ofLines());
        assertThat(stream.statusCode()).isEqualTo(200);
        var lines = stream.body().iterator();
        assertThat(lines.next()).isEqualTo("event:motion");
        assertThat(lines.next()).startsWith("data:{").contains("\"id\":\"" + motion + "\"").contains("\"ballots\":[]");

        vote("AZE", motion, "YES");

        String line;
        do {
            line = lines.next();
        } while (!line.startsWith("data:"));
        assertThat(line).contains("\"state\":\"AZE\"").contains("\"vote\":\"YES\"");
        stream.body().close();
    }

    @Test
    void theLiveRollCallOfAnUnknownMotionIsNotFound() throws Exception {
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port
                + "/api/v1/motions/no-such-motion/live")).header("Accept", "text/event-stream").build();

        var response = java.net.http.HttpClient.newHttpClient().send(request, java.net.http.HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("application/problem+json"));
        assertThat(response.body()).contains("No motion no-such-motion");
    }
}

@OnSqlite
class DecisionsOnSqliteTests extends DecisionsSpec {
}

@OnPostgres
class DecisionsOnPostgresTests extends DecisionsSpec {
}

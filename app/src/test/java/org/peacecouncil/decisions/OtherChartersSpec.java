package org.peacecouncil.decisions;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.peacecouncil.support.Api;
import org.peacecouncil.support.CouncilTest;
import org.peacecouncil.support.OnPostgres;
import org.peacecouncil.support.OnSqlite;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same engine run by other charters: the same motion, with the same ballots, gives a Security Council's and a
 * consensus body's outcomes. (Under the Board of Peace charter it would be adopted and await the Chairman's
 * approval; see DecisionsSpec.)
 */
abstract class OtherChartersSpec extends CouncilTest {

    static final List<String> PERMANENT = List.of("CHN", "FRA", "RUS", "GBR", "USA");
    static final List<String> ELECTED = List.of("ALB", "BRA", "ECU", "GAB", "GHA", "IND", "JPN", "MLT", "MOZ", "ARE");
    static final String MOTION = "Endorses the Comprehensive Plan to End the Gaza Conflict";

    /** Admits each state (invited by {@code inviter}), calls a meeting as {@code caller}, opens it, all present. */
    String sitting(Api.Caller inviter, Api.Caller caller, List<String> states) {
        clock.setDay(DAVOS);
        for (String state : states) {
            var invitation = inviter.post("/api/v1/invitations", Api.json("state", state));
            assertThat(invitation.status()).as(invitation.toString()).isEqualTo(201);
            assertThat(delegate(state).post("/api/v1/invitations/" + invitation.json().get("id").asString() + "/consent").status())
                    .isEqualTo(201);
        }
        var meeting = caller.post("/api/v1/meetings", Sitting.meetingJson("VOTING", "Meeting"));
        assertThat(meeting.status()).as(meeting.toString()).isEqualTo(201);
        String id = meeting.json().get("id").asString();
        secretariat().post("/api/v1/meetings/" + id + "/opening");
        for (String state : states) {
            assertThat(delegate(state).post("/api/v1/meetings/" + id + "/attendance", Api.json("state", state, "capacity",
                    "HEAD_OF_STATE_OR_GOVERNMENT", "representative", "Representative of " + state)).status()).isEqualTo(201);
        }
        return id;
    }

    /** Tables the motion, lets each state vote as given, closes the vote and returns the motion. */
    JsonNode decide(String meetingId, String kind, Map<String, String> ballots) {
        var motion = secretariat().post("/api/v1/meetings/" + meetingId + "/motions", Sitting.motionJson(kind, MOTION));
        assertThat(motion.status()).as(motion.toString()).isEqualTo(201);
        String id = motion.json().get("id").asString();
        assertThat(secretariat().post("/api/v1/motions/" + id + "/voting", Api.json("minutes", 30)).status()).isEqualTo(200);
        ballots.forEach((state, vote) -> assertThat(delegate(state).post("/api/v1/motions/" + id + "/ballots", Sitting.ballot(vote))
                .status()).isEqualTo(201));
        return secretariat().post("/api/v1/motions/" + id + "/closing").json();
    }

    static Map<String, String> fourteenYesAnd(String state, String vote) {
        var ballots = new java.util.LinkedHashMap<String, String>();
        PERMANENT.forEach(s -> ballots.put(s, "YES"));
        ELECTED.forEach(s -> ballots.put(s, "YES"));
        ballots.put(state, vote);
        return ballots;
    }

    @TestPropertySource(properties = "peace-council.charter=security-council")
    abstract static class SecurityCouncilSpec extends OtherChartersSpec {

        private String sitting() {
            var all = new java.util.ArrayList<>(PERMANENT);
            all.addAll(ELECTED);
            return sitting(secretariat(), chair(), all);
        }

        @Test
        void aPermanentMembersNoDefeatsFourteenYes() {
            var decided = decide(sitting(), "INITIATIVE", fourteenYesAnd("RUS", "NO"));

            assertThat(decided.get("status").asString()).isEqualTo("REJECTED");
            assertThat(decided.get("outcome").get("tally").get("vetoedBy").get(0).asString()).isEqualTo("RUS");
            assertThat(decided.get("outcome").get("tally").get("arithmetic").asString()).contains("Vetoed");
        }

        @Test
        void twoPermanentMembersAbstainingDoNotVetoAsWithResolution2803() {
            var ballots = fourteenYesAnd("RUS", "ABSTAIN");
            ballots.put("CHN", "ABSTAIN");

            var decided = decide(sitting(), "INITIATIVE", ballots);

            assertThat(decided.get("status").asString()).as("no approval step in this charter").isEqualTo("ADOPTED");
            assertThat(decided.get("outcome").get("tally").get("yes").asInt()).isEqualTo(13);
        }

        @Test
        void anElectedMembersNoIsNoVeto() {
            var decided = decide(sitting(), "INITIATIVE", fourteenYesAnd("BRA", "NO"));

            assertThat(decided.get("status").asString()).isEqualTo("ADOPTED");
        }

        @Test
        void aProceduralMotionNeedsAnyNineAndKnowsNoVeto() {
            var ballots = new java.util.LinkedHashMap<String, String>();
            ELECTED.subList(0, 9).forEach(s -> ballots.put(s, "YES"));
            ballots.put("CHN", "NO");
            ballots.put("USA", "NO");

            var decided = decide(sitting(), "PROCEDURAL", ballots);

            assertThat(decided.get("status").asString()).isEqualTo("ADOPTED");
        }

        @Test
        void eightYesAreNotEnough() {
            var ballots = new java.util.LinkedHashMap<String, String>();
            ELECTED.subList(0, 8).forEach(s -> ballots.put(s, "YES"));

            assertThat(decide(sitting(), "INITIATIVE", ballots).get("status").asString()).isEqualTo("REJECTED");
        }
    }

    @TestPropertySource(properties = "peace-council.charter=consensus")
    abstract static class ConsensusSpec extends OtherChartersSpec {

        private static final List<String> MEMBERS = List.of("NOR", "SWE", "FIN", "DNK", "ISL");

        @Test
        void oneNoBreaksTheConsensus() {
            String meeting = sitting(chair(), secretariat(), MEMBERS);

            var decided = decide(meeting, "INITIATIVE", Map.of("NOR", "YES", "SWE", "YES", "FIN", "YES", "DNK", "YES", "ISL", "NO"));

            assertThat(decided.get("status").asString()).isEqualTo("REJECTED");
            assertThat(decided.get("outcome").get("tally").get("arithmetic").asString()).contains("no consensus");
        }

        @Test
        void abstentionsDoNotObject() {
            String meeting = sitting(chair(), secretariat(), MEMBERS);

            var decided = decide(meeting, "INITIATIVE", Map.of("NOR", "YES", "SWE", "ABSTAIN", "FIN", "ABSTAIN"));

            assertThat(decided.get("status").asString()).isEqualTo("ADOPTED");
        }

        @Test
        void theChairDoesNotCallMeetingsHereTheSecretariatDoes() {
            clock.setDay(DAVOS);

            var byChair = chair().post("/api/v1/meetings", Sitting.meetingJson("VOTING", "Meeting"));

            assertThat(byChair.status()).isEqualTo(403);
            assertThat(byChair.json().get("detail").asString()).contains("only the secretariat may call meetings");
        }
    }
}

@OnSqlite
class SecurityCouncilOnSqliteTests extends OtherChartersSpec.SecurityCouncilSpec {
}

@OnPostgres
class SecurityCouncilOnPostgresTests extends OtherChartersSpec.SecurityCouncilSpec {
}

@OnSqlite
class ConsensusCouncilOnSqliteTests extends OtherChartersSpec.ConsensusSpec {
}

@OnPostgres
class ConsensusCouncilOnPostgresTests extends OtherChartersSpec.ConsensusSpec {
}

package org.peacecouncil.decisions;

import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.peacecouncil.charter.MotionKind;
import org.peacecouncil.identity.Actor;
import org.peacecouncil.platform.StateCode;
import org.peacecouncil.membership.InvitationId;
import org.peacecouncil.membership.MembershipCommands;
import org.peacecouncil.support.Api;
import org.peacecouncil.support.AuthorizationMatrix;
import org.peacecouncil.support.AuthorizationMatrix.Who;
import org.peacecouncil.support.CouncilTest;
import org.peacecouncil.support.OnPostgres;
import org.peacecouncil.support.OnSqlite;

import org.springframework.beans.factory.annotation.Autowired;

import static org.peacecouncil.support.AuthorizationMatrix.only;


/**
 * Every state-changing endpoint of meetings, motions and elections, called by each kind of actor: only the office
 * the Board of Peace charter names, or the state's own delegation, may act; a refusal is problem+json and changes
 * nothing.
 */
abstract class DecisionAuthorizationMatrixSpec extends CouncilTest {

    /** A sitting of USA, AZE and ARM (Hungary's alternate awaiting approval) with motions in every stage and an election round open. */
    record Fixture(String meeting, String proposed, String voting, String tied, String pending, String entity, String election) {
    }

    record Endpoint(String name, String own, BiFunction<Api.Caller, Fixture, Api.Response> call, Map<Who, Integer> expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static Map<Who, Integer> officers(int status) {
        return Map.of(Who.ANONYMOUS, 401, Who.OTHER_STATES_DELEGATE, 403, Who.OWN_DELEGATE, 403, Who.SECRETARIAT, status,
                Who.CHAIR, status);
    }

    static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("call a meeting", "AZE", (c, f) -> c.post("/api/v1/meetings", Sitting.meetingJson("VOTING", "Another")),
                    only(Who.CHAIR, 201)),
            new Endpoint("adjourn the sitting", "AZE", (c, f) -> c.post("/api/v1/meetings/" + f.meeting() + "/adjournment"),
                    // a vote is open, so even the officers are refused: by the rule, not the role
                    Map.of(Who.ANONYMOUS, 401, Who.OTHER_STATES_DELEGATE, 403, Who.OWN_DELEGATE, 403, Who.SECRETARIAT, 409, Who.CHAIR, 409)),
            new Endpoint("register Egypt's attendance", "EGY", (c, f) -> c.post("/api/v1/meetings/" + f.meeting() + "/attendance",
                    Api.json("state", "EGY", "capacity", "HEAD_OF_STATE_OR_GOVERNMENT", "representative", "President")),
                    only(Who.OWN_DELEGATE, 201)),
            new Endpoint("approve Hungary's alternate", "HUN", (c, f) -> c.post("/api/v1/meetings/" + f.meeting()
                    + "/attendance/HUN/approval", Api.json("approve", true)), only(Who.CHAIR, 200)),
            new Endpoint("record an observer", "GBR", (c, f) -> c.post("/api/v1/meetings/" + f.meeting() + "/observers",
                    Api.json("state", "GBR", "representative", "Observer")), officers(201)),
            new Endpoint("table a motion", "AZE", (c, f) -> c.post("/api/v1/meetings/" + f.meeting() + "/motions",
                    Sitting.motionJson("INITIATIVE", "An initiative")),
                    // a delegation present tables for its state; the other state (Egypt) is not present
                    Map.of(Who.ANONYMOUS, 401, Who.OTHER_STATES_DELEGATE, 403, Who.OWN_DELEGATE, 201, Who.SECRETARIAT, 201, Who.CHAIR, 201)),
            new Endpoint("put a motion to the vote", "AZE", (c, f) -> c.post("/api/v1/motions/" + f.proposed() + "/voting",
                    Api.json("minutes", 10)), officers(200)),
            new Endpoint("cast Azerbaijan's ballot", "AZE", (c, f) -> c.post("/api/v1/motions/" + f.voting() + "/ballots",
                    Api.json("state", "AZE", "vote", "YES")), only(Who.OWN_DELEGATE, 201)),
            new Endpoint("close a vote", "AZE", (c, f) -> c.post("/api/v1/motions/" + f.voting() + "/closing"), officers(200)),
            new Endpoint("break a tie", "AZE", (c, f) -> c.post("/api/v1/motions/" + f.tied() + "/tie-break", Api.json("vote", "YES")),
                    only(Who.CHAIR, 200)),
            new Endpoint("approve an adopted motion", "AZE", (c, f) -> c.post("/api/v1/motions/" + f.pending() + "/approval",
                    Api.json("approve", true)), only(Who.CHAIR, 200)),
            new Endpoint("create a subsidiary entity", "AZE", (c, f) -> c.post("/api/v1/motions/" + f.entity() + "/decision",
                    Api.json("adopt", true)), only(Who.CHAIR, 200)),
            new Endpoint("hold an election", "AZE", (c, f) -> c.post("/api/v1/elections", Api.json("meetingId", f.meeting(), "seat",
                    "Rapporteur", "candidates", List.of(Map.of("name", "A")))), officers(201)),
            new Endpoint("cast Azerbaijan's election ballot", "AZE", (c, f) -> c.post("/api/v1/elections/" + f.election() + "/ballots",
                    Api.json("state", "AZE", "candidate", "1")), only(Who.OWN_DELEGATE, 201)),
            new Endpoint("close an election round", "AZE", (c, f) -> c.post("/api/v1/elections/" + f.election() + "/closing"),
                    officers(200)));

    static Stream<Arguments> cases() {
        return AuthorizationMatrix.cases(ENDPOINTS);
    }

    private Api.Caller caller(Who who, Endpoint endpoint) {
        return caller(who, endpoint.own(), endpoint.own().equals("EGY") ? "AZE" : "EGY");
    }

    @Autowired
    org.peacecouncil.membership.Memberships memberships;
    @Autowired
    Meetings meetings;
    @Autowired
    Motions motions;
    @Autowired
    Elections elections;

    /** Built through the services (each HTTP call would check a password hash: far too slow 150 times over). */
    private Fixture fixture() {
        clock.setDay(DAVOS);
        var now = clock.instant();
        var chair = Actor.chair("chair");
        for (String state : List.of("USA", "AZE", "ARM", "EGY", "HUN")) {
            memberships.consent(delegateActor(state), new InvitationId(memberships.invite(chair, MembershipCommands.Invite.of(state, null), now).id()), now);
        }
        var officer = Actor.secretariat("officer");
        String meeting = meetings.call(chair, new DecisionCommands.CallMeeting(MeetingKind.VOTING, "Sitting", "Geneva", now, List.of()), now).id();
        var sitting = new MeetingId(meeting);
        meetings.open(officer, sitting, now);
        for (String state : List.of("USA", "AZE", "ARM")) {
            meetings.attend(delegateActor(state), sitting, new DecisionCommands.RegisterAttendance(StateCode.of(state),
                    Capacity.HEAD_OF_STATE_OR_GOVERNMENT, "Head of " + state), now);
        }
        meetings.attend(delegateActor("HUN"), sitting, new DecisionCommands.RegisterAttendance(StateCode.of("HUN"), Capacity.ALTERNATE,
                "Ambassador"), now);
        String proposed = motion(chair, meeting, MotionKind.BUDGET);
        String voting = motion(chair, meeting, MotionKind.BUDGET);
        String tied = motion(chair, meeting, MotionKind.INITIATIVE);
        String pending = motion(chair, meeting, MotionKind.INITIATIVE);
        String entity = motion(chair, meeting, MotionKind.SUBSIDIARY_ENTITY);
        for (String id : List.of(tied, pending, voting)) {
            motions.openVoting(officer, new MotionId(id), new DecisionCommands.PutToTheVote(now.plusSeconds(1800), null), now);
        }
        motions.cast(delegateActor("USA"), new MotionId(tied), new DecisionCommands.CastBallot(null, Vote.YES, null), now);
        motions.cast(delegateActor("ARM"), new MotionId(tied), new DecisionCommands.CastBallot(null, Vote.NO, null), now);
        motions.close(officer, new MotionId(tied), now);
        motions.cast(delegateActor("USA"), new MotionId(pending), new DecisionCommands.CastBallot(null, Vote.YES, null), now);
        motions.close(officer, new MotionId(pending), now);
        String election = elections.call(officer, new DecisionCommands.CallElection(sitting, "Vice-Chair",
                List.of(new DecisionCommands.Nominee("A", null), new DecisionCommands.Nominee("B", null))), now).id();
        elections.openRound(officer, new ElectionId(election), new DecisionCommands.OpenRound(now.plusSeconds(1800), null, List.of()), now);
        return new Fixture(meeting, proposed, voting, tied, pending, entity, election);
    }

    private String motion(Actor chair, String meeting, MotionKind kind) {
        var now = clock.instant();
        return motions.propose(chair, new MeetingId(meeting), new DecisionCommands.TableMotion(kind, kind + " motion", "The text.", null), now).id();
    }

    private static Actor delegateActor(String state) {
        return Actor.delegateOf(state, "delegate-" + state.toLowerCase(java.util.Locale.ROOT));
    }

    @ParameterizedTest(name = "{0} by {1}")
    @MethodSource("cases")
    void onlyTheActorTheCharterNamesMayAct(Endpoint endpoint, Who who) {
        var fixture = fixture();
        var actor = caller(who, endpoint);
        var before = snapshot();

        var response = endpoint.call().apply(actor, fixture);

        assertAnsweredAsTheMatrixSays(response, endpoint.expected().get(who), before);
    }
}

@OnSqlite
class DecisionAuthorizationMatrixOnSqliteTests extends DecisionAuthorizationMatrixSpec {
}

@OnPostgres
class DecisionAuthorizationMatrixOnPostgresTests extends DecisionAuthorizationMatrixSpec {
}

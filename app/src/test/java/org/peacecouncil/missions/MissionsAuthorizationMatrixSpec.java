package org.peacecouncil.missions;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.peacecouncil.identity.Actor;
import org.peacecouncil.platform.StateCode;
import org.peacecouncil.support.Api;
import org.peacecouncil.support.AuthorizationMatrix;
import org.peacecouncil.support.AuthorizationMatrix.Who;
import org.peacecouncil.support.CouncilTest;
import org.peacecouncil.support.OnPostgres;
import org.peacecouncil.support.OnSqlite;
import org.springframework.beans.factory.annotation.Autowired;

import static org.peacecouncil.support.AuthorizationMatrix.only;

/**
 * Every state-changing missions endpoint, called by each kind of actor: a state's questions, offers, declines and
 * withdrawals only by its own delegation (an offer also on its behalf by the mission's office, unconfirmed, when it
 * has no question open), the mission's own acts only by the office the charter names; a refusal is problem+json and
 * changes nothing.
 */
abstract class MissionsAuthorizationMatrixSpec extends CouncilTest {

    /** A mission; Azerbaijan's open question, its own offer and an offer entered on its behalf before it asked; Indonesia's accepted offer. */
    record Fixture(String mission, String question, String offer, String onBehalf, String accepted) {
    }

    record Endpoint(String name, BiFunction<Api.Caller, Fixture, Api.Response> call, Map<Who, Integer> expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("establish a mission", (c, f) -> c.post("/api/v1/missions", Api.json("name", "Another mission", "authorities",
                    List.of(Map.of("body", "UN Security Council", "reference", "2803", "adoptedOn", "2025-11-17")), "mandate",
                    MissionsSpec.mandate(100, 10))), only(Who.SECRETARIAT, 201)),
            new Endpoint("change the mandate", (c, f) -> c.post("/api/v1/missions/" + f.mission() + "/mandates", Api.json("mandate",
                    MissionsSpec.mandate(200, 10), "reason", "Larger")), only(Who.SECRETARIAT, 201)),
            new Endpoint("file Azerbaijan's questions", (c, f) -> c.post("/api/v1/missions/" + f.mission() + "/questions", Api.json("state",
                    "AZE", "questions", List.of(Map.of("text", "What is the mandate?")))), only(Who.OWN_DELEGATE, 201)),
            new Endpoint("answer Azerbaijan's question", (c, f) -> c.post("/api/v1/mission-questions/" + f.question() + "/answer",
                    Api.json("text", "Resolution 2803.")), only(Who.SECRETARIAT, 201)),
            // Azerbaijan has a question open: nobody but its delegation may enter an offer for it
            new Endpoint("offer for Azerbaijan, with a document", (c, f) -> c.post("/api/v1/missions/" + f.mission() + "/offers",
                    MissionsSpec.offer("AZE", 100, "document", "A press release")),
                    Map.of(Who.ANONYMOUS, 401, Who.OTHER_STATES_DELEGATE, 403, Who.OWN_DELEGATE, 201, Who.SECRETARIAT, 409, Who.CHAIR, 403)),
            new Endpoint("confirm the offer entered on Azerbaijan's behalf", (c, f) -> c.post("/api/v1/mission-offers/" + f.onBehalf()
                    + "/confirmation"), only(Who.OWN_DELEGATE, 201)),
            new Endpoint("accept Azerbaijan's offer", (c, f) -> c.post("/api/v1/mission-offers/" + f.offer() + "/acceptance",
                    Api.json("acknowledgeConflicts", false)), only(Who.SECRETARIAT, 201)),
            new Endpoint("record a deployment", (c, f) -> c.post("/api/v1/mission-offers/" + f.accepted() + "/deployments",
                    Api.json("personnel", Map.of("TROOPS", 10), "on", "2026-03-01")), only(Who.SECRETARIAT, 201)),
            new Endpoint("declare Azerbaijan's caveats", (c, f) -> c.post("/api/v1/missions/" + f.mission() + "/caveats",
                    Api.json("state", "AZE", "caveats", List.of(Map.of("kind", "TASK_EXCLUDED", "task", "combat operations")))),
                    only(Who.OWN_DELEGATE, 201)),
            new Endpoint("file a report", (c, f) -> c.post("/api/v1/missions/" + f.mission() + "/reports", Api.json("dueOn", "2026-05-17",
                    "title", "First report", "document", "S/2026/1", "submittedOn", "2026-01-19")), only(Who.SECRETARIAT, 201)),
            new Endpoint("decline for Azerbaijan", (c, f) -> c.post("/api/v1/missions/" + f.mission() + "/states/AZE/decline",
                    Api.json("reason", "No")), only(Who.OWN_DELEGATE, 201)),
            new Endpoint("withdraw Azerbaijan", (c, f) -> c.post("/api/v1/missions/" + f.mission() + "/states/AZE/withdrawal",
                    Api.json("reason", "No")), only(Who.OWN_DELEGATE, 201)));

    static Stream<Arguments> cases() {
        return AuthorizationMatrix.cases(ENDPOINTS);
    }

    private Api.Caller caller(Who who) {
        return caller(who, "AZE", "EGY");
    }

    @Autowired
    Missions missions;

    /** Built through the services (each HTTP call would check a password hash: far too slow fifty times over). */
    private Fixture fixture() {
        var now = clock.instant();
        var officer = Actor.secretariat("officer");
        var aze = Actor.delegateOf("AZE", "delegate-aze");
        var terms = new MissionCommands.MandateTerms(MissionsSpec.TASKS, "Gaza", Map.of(PersonnelType.TROOPS, 20_000), "all necessary measures",
                LocalDate.of(2025, 11, 17), LocalDate.of(2027, 12, 31), 6, List.of());
        String mission = missions.establish(officer, new MissionCommands.Establish("ISF", null, StateCode.of("USA"), StateCode.of("IDN"),
                null, List.of(new MissionCommands.Authority("UN Security Council", "2803", LocalDate.of(2025, 11, 17), null, null)), terms),
                now).id();
        var id = new MissionId(mission);
        var troops = Map.of(PersonnelType.TROOPS, 100);
        String onBehalf = missions.offer(officer, id, new MissionCommands.MakeOffer(StateCode.of("AZE"), troops, List.of(),
                Readiness.REGISTERED, List.of(), null, null, "A letter"), now).id();
        String offer = missions.offer(aze, id, new MissionCommands.MakeOffer(StateCode.of("AZE"), troops, List.of(), Readiness.READY,
                List.of(), null, null, null), now).id();
        String question = missions.fileQuestions(aze, id, new MissionCommands.FileQuestions(StateCode.of("AZE"),
                List.of(new MissionCommands.NewQuestion("Under which command?", false))), now).get(0).id();
        var idn = Actor.delegateOf("IDN", "delegate-idn");
        String accepted = missions.offer(idn, id, new MissionCommands.MakeOffer(StateCode.of("IDN"), troops, List.of(), Readiness.READY,
                List.of(), null, null, null), now).id();
        missions.accept(officer, new OfferId(accepted), new MissionCommands.Acceptance(false, null), now);
        return new Fixture(mission, question, offer, onBehalf, accepted);
    }

    @ParameterizedTest(name = "{0} by {1}")
    @MethodSource("cases")
    void onlyTheStateItselfOrTheMissionsOfficeMayAct(Endpoint endpoint, Who who) {
        var fixture = fixture();
        var actor = caller(who);
        var before = snapshot();

        var response = endpoint.call().apply(actor, fixture);

        assertAnsweredAsTheMatrixSays(response, endpoint.expected().get(who), before);
    }
}

@OnSqlite
class MissionsAuthorizationMatrixOnSqliteTests extends MissionsAuthorizationMatrixSpec {
}

@OnPostgres
class MissionsAuthorizationMatrixOnPostgresTests extends MissionsAuthorizationMatrixSpec {
}

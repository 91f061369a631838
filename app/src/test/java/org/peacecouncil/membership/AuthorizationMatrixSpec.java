package org.peacecouncil.membership;

import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.peacecouncil.support.Api;
import org.peacecouncil.support.AuthorizationMatrix;
import org.peacecouncil.support.AuthorizationMatrix.Who;
import org.peacecouncil.support.CouncilTest;
import org.peacecouncil.support.OnPostgres;
import org.peacecouncil.support.OnSqlite;

import static org.peacecouncil.support.AuthorizationMatrix.only;


/**
 * Every state-changing endpoint, called by each kind of actor: only the one the charter names may act, a state
 * is committed only by its own delegation, and a refused request answers problem+json and changes nothing.
 */
abstract class AuthorizationMatrixSpec extends CouncilTest {

    /** A council in force (USA, AZE, ARM), Norway invited, and the removal of Armenia open. */
    record Fixture(String norwayInvitation, String armeniaRemoval) {
    }

    /**
     * One endpoint: the state it concerns (whose delegation is "own"), another state, the call, and the answer
     * each actor gets.
     */
    record Endpoint(String name, String own, String other, BiFunction<Api.Caller, Fixture, Api.Response> call,
            Map<Who, Integer> expected, java.time.LocalDate day) {

        Endpoint(String name, String own, String other, BiFunction<Api.Caller, Fixture, Api.Response> call, Map<Who, Integer> expected) {
            this(name, own, other, call, expected, null);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("invite Norway", "NOR", "AZE",
                    (c, f) -> c.post("/api/v1/invitations", Api.json("state", "SWE")), only(Who.CHAIR, 201)),
            new Endpoint("consent for Norway", "NOR", "AZE",
                    (c, f) -> c.post("/api/v1/invitations/" + f.norwayInvitation() + "/consent"), only(Who.OWN_DELEGATE, 201)),
            new Endpoint("decline for Norway", "NOR", "AZE",
                    (c, f) -> c.post("/api/v1/invitations/" + f.norwayInvitation() + "/decline"), only(Who.OWN_DELEGATE, 200)),
            // In the term's last year, when the charter allows a renewal (Armenia's removal has taken effect by then).
            new Endpoint("renew Azerbaijan's term", "AZE", "ARM",
                    (c, f) -> c.post("/api/v1/members/AZE/renewal"), only(Who.CHAIR, 200), java.time.LocalDate.of(2028, 6, 1)),
            new Endpoint("withdraw Armenia", "ARM", "AZE",
                    (c, f) -> c.post("/api/v1/members/ARM/withdrawal", Api.json("notice", "Notice")), only(Who.OWN_DELEGATE, 200)),
            new Endpoint("propose removal of Azerbaijan", "AZE", "ARM",
                    (c, f) -> c.post("/api/v1/removals", Api.json("state", "AZE", "reason", "Reason")), only(Who.CHAIR, 201)),
            // A veto is a member state's own act: "own" is a member's delegation, "other" a non-member's.
            new Endpoint("veto the removal of Armenia", "AZE", "NOR",
                    (c, f) -> c.post("/api/v1/removals/" + f.armeniaRemoval() + "/vetoes"), only(Who.OWN_DELEGATE, 201)),
            new Endpoint("register a delegate account", "SWE", "AZE",
                    (c, f) -> c.post("/api/v1/accounts", Api.json("username", "delegate-swe-2", "role", "DELEGATE",
                            "state", "SWE", "displayName", "Second delegate of Sweden")), only(Who.OWN_DELEGATE, 201)),
            new Endpoint("record an observer", "GBR", "AZE",
                    (c, f) -> c.post("/api/v1/observers", Api.json("state", "GBR")),
                    Map.of(Who.ANONYMOUS, 401, Who.OTHER_STATES_DELEGATE, 403, Who.OWN_DELEGATE, 403, Who.SECRETARIAT, 201,
                            Who.CHAIR, 201)));

    static Stream<Arguments> cases() {
        return AuthorizationMatrix.cases(ENDPOINTS);
    }

    private Api.Caller caller(Who who, Endpoint endpoint) {
        return caller(who, endpoint.own(), endpoint.other());
    }

    @ParameterizedTest(name = "{0} by {1}")
    @MethodSource("cases")
    void onlyTheActorTheCharterNamesMayAct(Endpoint endpoint, Who who) {
        foundCouncil("USA", "AZE", "ARM");
        String invitation = chair().post("/api/v1/invitations", Api.json("state", "NOR")).json().get("id").asString();
        String removal = chair().post("/api/v1/removals", Api.json("state", "ARM", "reason", "Test")).json().get("id").asString();
        var fixture = new Fixture(invitation, removal);
        if (endpoint.day() != null) {
            clock.setDay(endpoint.day());
            calendar.advance(clock.instant()); // what falls due meanwhile is recorded before the act, not by it
        }
        var actor = caller(who, endpoint);
        var before = snapshot();

        var response = endpoint.call().apply(actor, fixture);

        assertAnsweredAsTheMatrixSays(response, endpoint.expected().get(who), before);
    }
}

@OnSqlite
class AuthorizationMatrixOnSqliteTests extends AuthorizationMatrixSpec {
}

@OnPostgres
class AuthorizationMatrixOnPostgresTests extends AuthorizationMatrixSpec {
}

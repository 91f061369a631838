package org.peacecouncil.claims;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.peacecouncil.finance.Administration;
import org.peacecouncil.finance.FinanceCommands;
import org.peacecouncil.finance.Finances;
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
 * Every state-changing claims endpoint, called by each kind of actor: the secretariat records statements and anyone
 * signed in proposes them; a clarification is the state's own delegation's (the secretariat's on its behalf only with
 * a source, and only that delegation confirms it); a refusal is problem+json and changes nothing.
 */
abstract class ClaimsAuthorizationMatrixSpec extends CouncilTest {

    /** A fund; a statement proposed by Armenia's delegate; a clarification entered on Azerbaijan's behalf. */
    record Fixture(String fund, String proposal, String onBehalf) {
    }

    record Endpoint(String name, BiFunction<Api.Caller, Fixture, Api.Response> call, Map<Who, Integer> expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static String denial(Fixture f, String document) {
        var body = new java.util.LinkedHashMap<String, Object>(Map.of("state", "AZE", "speaker", "A spokesperson", "saidOn", "2026-01-20",
                "text", "Not a participant.", "positions", List.of(Map.of("assertion", Map.of("type", "FUND_CONTRIBUTOR", "fund", f.fund()),
                        "affirms", false))));
        if (document != null) {
            body.put("document", document);
        }
        return Api.json(body.entrySet().stream().flatMap(e -> Stream.of(e.getKey(), e.getValue())).toArray());
    }

    static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("state something about Azerbaijan", (c, f) -> c.post("/api/v1/statements", Api.json("speaker", "A minister",
                    "saidOn", "2026-01-20", "text", "Azerbaijan is in the package", "assertions", List.of(Map.of("assertion", Map.of("type",
                            "FUND_CONTRIBUTOR", "fund", f.fund()), "states", List.of("AZE"))))),
                    Map.of(Who.ANONYMOUS, 401, Who.OTHER_STATES_DELEGATE, 201, Who.OWN_DELEGATE, 201, Who.SECRETARIAT, 201, Who.CHAIR, 201)),
            new Endpoint("record a proposed statement", (c, f) -> c.post("/api/v1/statements/" + f.proposal() + "/recording"),
                    only(Who.SECRETARIAT, 201)),
            new Endpoint("clarify Azerbaijan's position", (c, f) -> c.post("/api/v1/clarifications", denial(f, null)),
                    Map.of(Who.ANONYMOUS, 401, Who.OTHER_STATES_DELEGATE, 403, Who.OWN_DELEGATE, 201, Who.SECRETARIAT, 400, Who.CHAIR, 403)),
            new Endpoint("clarify Azerbaijan's position from a source", (c, f) -> c.post("/api/v1/clarifications", denial(f, "A press release")),
                    Map.of(Who.ANONYMOUS, 401, Who.OTHER_STATES_DELEGATE, 403, Who.OWN_DELEGATE, 201, Who.SECRETARIAT, 201, Who.CHAIR, 403)),
            new Endpoint("confirm the clarification entered on Azerbaijan's behalf", (c, f) -> c.post("/api/v1/clarifications/"
                    + f.onBehalf() + "/confirmation"), only(Who.OWN_DELEGATE, 201)));

    static Stream<Arguments> cases() {
        return AuthorizationMatrix.cases(ENDPOINTS);
    }

    private Api.Caller caller(Who who) {
        return caller(who, "AZE", "ARM");
    }

    @Autowired
    Claims claims;
    @Autowired
    Finances finances;

    private Fixture fixture() {
        var now = clock.instant();
        var officer = Actor.secretariat("officer");
        String fund = finances.openFund(officer, new FinanceCommands.OpenFund("Gaza package", "USD", Administration.COUNCIL, null, null),
                now).id();
        var assertion = new Assertion(AssertionType.FUND_CONTRIBUTOR, fund, null, null, null, null, null, null, null);
        String proposal = claims.state(Actor.delegateOf("ARM", "delegate-arm"), new ClaimsCommands.NewStatement("A minister", null, null,
                LocalDate.of(2026, 1, 20), null, null, null, "Armenia is in the package", List.of(new ClaimsCommands.StatedAssertion(assertion,
                        List.of(StateCode.of("ARM"))))), now).id();
        String onBehalf = claims.clarify(officer, new ClaimsCommands.NewClarification(StateCode.of("AZE"), "A spokesperson",
                LocalDate.of(2026, 1, 20), null, null, "Not a participant.", List.of(new ClaimsCommands.Position(assertion, false)),
                "A press release"), now).id();
        return new Fixture(fund, proposal, onBehalf);
    }

    @ParameterizedTest(name = "{0} by {1}")
    @MethodSource("cases")
    void onlyTheStateItselfSpeaksForItAndOnlyTheSecretariatRecordsStatements(Endpoint endpoint, Who who) {
        var fixture = fixture();
        var actor = caller(who);
        var before = snapshot();

        var response = endpoint.call().apply(actor, fixture);

        assertAnsweredAsTheMatrixSays(response, endpoint.expected().get(who), before);
    }
}

@OnSqlite
class ClaimsAuthorizationMatrixOnSqliteTests extends ClaimsAuthorizationMatrixSpec {
}

@OnPostgres
class ClaimsAuthorizationMatrixOnPostgresTests extends ClaimsAuthorizationMatrixSpec {
}

package org.peacecouncil.finance;

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
 * Every state-changing finance endpoint, called by each kind of actor: a state's word only by its own delegation (or
 * on its behalf by the secretariat, unconfirmed), the fund's records only by the secretariat; a refusal is
 * problem+json and changes nothing.
 */
abstract class FinanceAuthorizationMatrixSpec extends CouncilTest {

    /**
     * A fund with a project, Azerbaijan's confirmed commitment and pledge, an entry on its behalf, money received, and
     * a registered organisation's pledge.
     */
    record Fixture(String fund, String project, String commitment, String pledge, String onBehalf, String organisationsPledge) {
    }

    record Endpoint(String name, BiFunction<Api.Caller, Fixture, Api.Response> call, Map<Who, Integer> expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static Map<String, Object> usd(long dollars) {
        return Map.of("minorUnits", dollars * 100, "currency", "USD");
    }

    static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("open a fund", (c, f) -> c.post("/api/v1/funds", Api.json("name", "Another fund", "currency", "USD",
                    "administeredBy", "COUNCIL")), only(Who.SECRETARIAT, 201)),
            new Endpoint("add a project", (c, f) -> c.post("/api/v1/funds/" + f.fund() + "/projects", Api.json("name", "Schools",
                    "modality", "GRANT", "channel", "UN_AGENCY", "implementer", "UNICEF", "location", "Gaza", "sector", "Education")),
                    only(Who.SECRETARIAT, 201)),
            new Endpoint("pledge for Azerbaijan, with a document", (c, f) -> c.post("/api/v1/funds/" + f.fund() + "/pledges",
                    Api.json("kind", "PLEDGE", "state", "AZE", "cash", usd(1_000), "valueDate", "2026-02-19", "document", "A letter")),
                    // the secretariat's entry is kept, unconfirmed: it counts nowhere until Azerbaijan confirms it
                    Map.of(Who.ANONYMOUS, 401, Who.OTHER_STATES_DELEGATE, 403, Who.OWN_DELEGATE, 201, Who.SECRETARIAT, 201, Who.CHAIR, 403)),
            new Endpoint("confirm the entry on Azerbaijan's behalf", (c, f) -> c.post("/api/v1/flows/" + f.onBehalf() + "/confirmation"),
                    only(Who.OWN_DELEGATE, 201)),
            new Endpoint("withdraw Azerbaijan's pledge", (c, f) -> c.post("/api/v1/flows/" + f.pledge() + "/withdrawal",
                    Api.json("reason", "Withdrawn")), only(Who.OWN_DELEGATE, 201)),
            new Endpoint("record a receipt", (c, f) -> c.post("/api/v1/funds/" + f.fund() + "/receipts", Api.json("commitment",
                    f.commitment(), "cash", usd(1_000), "valueDate", "2026-03-01")), only(Who.SECRETARIAT, 201)),
            new Endpoint("disburse to a project", (c, f) -> c.post("/api/v1/funds/" + f.fund() + "/disbursements", Api.json("project",
                    f.project(), "cash", usd(1_000), "valueDate", "2026-03-02")), only(Who.SECRETARIAT, 201)),
            new Endpoint("record a contribution announced naming no fund", (c, f) -> c.post("/api/v1/announced-contributions",
                    Api.json("state", "AZE", "amount", usd(1_000), "on", "2026-02-19", "by", "A newspaper")), only(Who.SECRETARIAT, 201)),
            new Endpoint("register an organisation", (c, f) -> c.post("/api/v1/organisations", Api.json("ref", "XM-DAC-44000",
                    "name", "World Bank", "type", "40")), only(Who.SECRETARIAT, 201)),
            new Endpoint("record an organisation's commitment", (c, f) -> c.post("/api/v1/funds/" + f.fund() + "/organisation-contributions",
                    Api.json("kind", "COMMITMENT", "organisation", "XM-DAC-41114", "cash", usd(1_000), "valueDate", "2026-02-19",
                            "agreement", "Agreement UNDP-1", "document", "UNDP letter")), only(Who.SECRETARIAT, 201)),
            new Endpoint("withdraw an organisation's pledge", (c, f) -> c.post("/api/v1/flows/" + f.organisationsPledge() + "/withdrawal",
                    Api.json("reason", "Withdrawn by letter")), only(Who.SECRETARIAT, 201)),
            new Endpoint("record an exchange rate", (c, f) -> c.post("/api/v1/exchange-rates", Api.json("currency", "AZN", "on",
                    "2026-02-01", "usdPerUnit", "0.5882", "source", "Central Bank of Azerbaijan")), only(Who.SECRETARIAT, 201)));

    static Stream<Arguments> cases() {
        return AuthorizationMatrix.cases(ENDPOINTS);
    }

    private Api.Caller caller(Who who) {
        return caller(who, "AZE", "EGY");
    }

    @Autowired
    Finances finances;

    /** Built through the services (each HTTP call would check a password hash: far too slow 40 times over). */
    private Fixture fixture() {
        var now = clock.instant();
        var officer = Actor.secretariat("officer");
        var aze = Actor.delegateOf("AZE", "delegate-aze");
        var day = LocalDate.of(2026, 2, 19);
        String fund = finances.openFund(officer, new FinanceCommands.OpenFund("Fund", "USD", Administration.COUNCIL, null, null), now).id();
        var fundId = new FundId(fund);
        String project = finances.addProject(officer, fundId, new FinanceCommands.AddProject("Power", Modality.GRANT,
                Channel.THROUGH_COUNCIL, "UNOPS", "Gaza", "Energy", null), now).id();
        var cash = new FinanceCommands.Cash(1_000_000L, "USD");
        String commitment = finances.pledge(aze, fundId, new FinanceCommands.Pledge(FlowKind.COMMITMENT, StateCode.of("AZE"), cash, null,
                day, "Agreement AZE-1", null), now).id();
        finances.receive(officer, fundId, new FinanceCommands.Receipt(new FlowId(commitment), cash, null, day, null), now);
        String pledge = finances.pledge(aze, fundId, new FinanceCommands.Pledge(FlowKind.PLEDGE, StateCode.of("AZE"), cash, null, day,
                null, null), now).id();
        String onBehalf = finances.pledge(officer, fundId, new FinanceCommands.Pledge(FlowKind.PLEDGE, StateCode.of("AZE"), cash, null,
                day, null, "A press release"), now).id();
        finances.registerOrganisation(officer, new FinanceCommands.RegisterOrganisation("XM-DAC-41114", "UNDP", "40"), now);
        String organisationsPledge = finances.recordOrganisationContribution(officer, fundId, new FinanceCommands.OrganisationContribution(
                FlowKind.PLEDGE, "XM-DAC-41114", cash, null, day, null, "UNDP press release"), now).id();
        return new Fixture(fund, project, commitment, pledge, onBehalf, organisationsPledge);
    }

    @ParameterizedTest(name = "{0} by {1}")
    @MethodSource("cases")
    void onlyTheStateItselfOrTheFundsOfficeMayAct(Endpoint endpoint, Who who) {
        var fixture = fixture();
        var actor = caller(who);
        var before = snapshot();

        var response = endpoint.call().apply(actor, fixture);

        assertAnsweredAsTheMatrixSays(response, endpoint.expected().get(who), before);
    }
}

@OnSqlite
class FinanceAuthorizationMatrixOnSqliteTests extends FinanceAuthorizationMatrixSpec {
}

@OnPostgres
class FinanceAuthorizationMatrixOnPostgresTests extends FinanceAuthorizationMatrixSpec {
}

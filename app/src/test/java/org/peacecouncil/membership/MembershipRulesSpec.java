package org.peacecouncil.membership;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.peacecouncil.membership.CashContributions.Contribution;
import org.peacecouncil.membership.CashContributions.Kind;
import org.peacecouncil.platform.Money;
import org.peacecouncil.support.Api;
import org.peacecouncil.support.CouncilTest;
import org.peacecouncil.support.OnPostgres;
import org.peacecouncil.support.OnSqlite;

import static org.assertj.core.api.Assertions.assertThat;

/** The Board of Peace charter's membership rules, at their edges, through the public API. */
abstract class MembershipRulesSpec extends CouncilTest {

    private static final LocalDate LAST_DAY_OF_TERM = LocalDate.of(2029, 1, 21);
    private static final LocalDate LAST_DAY_OF_FIRST_YEAR = LocalDate.of(2027, 1, 21);

    private String statusOf(String state) {
        return anonymous().get("/api/v1/members/" + state).json().get("member").get("status").asString();
    }

    private boolean permanent(String state) {
        return anonymous().get("/api/v1/members/" + state).json().get("member").get("permanent").asBoolean();
    }

    private void received(String state, Kind kind, String usd, LocalDate on) {
        var money = Money.of(usd, "USD");
        contributions.record(state, new Contribution(kind, money, money, on));
    }

    @Test
    void charterEntersIntoForceWithTheThirdConsentAndItsSignatoriesAreFounding() {
        clock.setDay(DAVOS);
        admit("USA");
        admit("AZE");
        assertThat(anonymous().get("/api/v1/council").json().has("enteredIntoForceOn")).isFalse();
        admit("ARM");
        assertThat(anonymous().get("/api/v1/council").json().get("enteredIntoForceOn").asString()).isEqualTo("2026-01-22");

        clock.setDay(LocalDate.of(2026, 2, 18));
        admit("ISR");
        var members = anonymous().get("/api/v1/members").json().get("items");
        assertThat(members.size()).isEqualTo(4);
        for (var member : members) {
            boolean founding = member.get("founding").asBoolean();
            assertThat(founding).as(member.get("state").asString()).isEqualTo(!member.get("state").asString().equals("ISR"));
        }
    }

    @Test
    void termRunsThreeYearsFromEntryIntoForceAndExpiresTheDayAfterItsLastDay() {
        foundCouncil("USA", "AZE", "ARM");
        assertThat(anonymous().get("/api/v1/members/AZE").json().get("member").get("termEnds").asString())
                .isEqualTo(LAST_DAY_OF_TERM.toString());

        clock.setDay(LAST_DAY_OF_TERM);
        assertThat(statusOf("AZE")).isEqualTo("MEMBER");
        chair().post("/api/v1/members/USA/renewal");

        clock.setDay(LAST_DAY_OF_TERM.plusDays(1));
        anonymous().get("/api/v1/council"); // any later act or read: the calendar settles first
        chair().post("/api/v1/invitations", Api.json("state", "NOR"));
        assertThat(statusOf("AZE")).isEqualTo("EXPIRED");
        assertThat(statusOf("USA")).isEqualTo("MEMBER");
        assertThat(anonymous().get("/api/v1/members/USA").json().get("member").get("termEnds").asString()).isEqualTo("2032-01-21");
        assertThat(anonymous().get("/api/v1/members/AZE").json().get("member").get("endedOn").asString()).isEqualTo("2029-01-22");
    }

    @Test
    void aTermIsRenewedOnlyInItsLastYearSoRenewalsCannotPileUp() {
        foundCouncil("USA", "AZE", "ARM");
        var tooEarly = chair().post("/api/v1/members/AZE/renewal");
        assertThat(tooEarly.status()).isEqualTo(409);
        assertThat(tooEarly.json().get("type").asString()).endsWith("renewal-too-early");

        clock.setDay(LAST_DAY_OF_TERM.minusDays(364));
        assertThat(chair().post("/api/v1/members/AZE/renewal").status()).isEqualTo(200);
        var again = chair().post("/api/v1/members/AZE/renewal");
        assertThat(again.status()).as("one renewal does not open the next").isEqualTo(409);
        assertThat(anonymous().get("/api/v1/members/AZE").json().get("member").get("termEnds").asString()).isEqualTo("2032-01-21");
    }

    @Test
    void laterMembersTermAlsoRunsFromTheCharterEntryIntoForce() {
        foundCouncil("USA", "AZE", "ARM");
        clock.setDay(LocalDate.of(2026, 2, 18));
        admit("ISR");
        assertThat(anonymous().get("/api/v1/members/ISR").json().get("member").get("termEnds").asString())
                .isEqualTo(LAST_DAY_OF_TERM.toString());
    }

    @Test
    void exactlyOneBillionDollarsInCashIsNotMoreThanTheThreshold() {
        foundCouncil("USA", "QAT", "ARE");
        received("QAT", Kind.CASH_RECEIVED, "1000000000.00", DAVOS.plusDays(30));
        assertThat(permanent("QAT")).isFalse();

        received("QAT", Kind.CASH_RECEIVED, "0.01", DAVOS.plusDays(31));
        assertThat(permanent("QAT")).isTrue();
        assertThat(anonymous().get("/api/v1/members/QAT").json().get("member").has("termEnds")).isFalse();
    }

    @Test
    void pledgesCommitmentsAndGoodsInKindDoNotCountTowardsPermanentMembership() {
        foundCouncil("USA", "ARE", "SAU");
        received("ARE", Kind.PLEDGE, "1200000000", DAVOS.plusDays(28));
        received("ARE", Kind.COMMITMENT, "1200000000", DAVOS.plusDays(28));
        received("ARE", Kind.IN_KIND_RECEIVED, "1200000000", DAVOS.plusDays(28));
        received("ARE", Kind.CASH_RECEIVED, "1000000000", DAVOS.plusDays(28));
        assertThat(permanent("ARE")).isFalse();
        var permanence = anonymous().get("/api/v1/members/ARE").json().get("permanence");
        assertThat(permanence.get("counted").get("minorUnits").asLong()).isEqualTo(100_000_000_000L);
    }

    @Test
    void cashReceivedOneDayAfterTheFirstYearDoesNotCount() {
        foundCouncil("USA", "KWT", "SAU");
        received("KWT", Kind.CASH_RECEIVED, "600000000", LAST_DAY_OF_FIRST_YEAR);
        received("KWT", Kind.CASH_RECEIVED, "600000000", LAST_DAY_OF_FIRST_YEAR.plusDays(1));
        assertThat(permanent("KWT")).isFalse();

        received("KWT", Kind.CASH_RECEIVED, "400000000.01", DAVOS);
        assertThat(permanent("KWT")).isTrue();
    }

    @Test
    void aPermanentMemberDoesNotExpire() {
        foundCouncil("USA", "SAU", "QAT");
        received("SAU", Kind.CASH_RECEIVED, "1500000000", DAVOS.plusDays(100));
        clock.setDay(LAST_DAY_OF_TERM.plusDays(10));
        chair().post("/api/v1/invitations", Api.json("state", "NOR"));
        assertThat(statusOf("SAU")).isEqualTo("MEMBER");
        assertThat(statusOf("QAT")).isEqualTo("EXPIRED");
    }

    @Test
    void exactlyTwoThirdsOfMemberStatesVetoingBlocksARemoval() {
        foundCouncil("USA", "AZE", "ARM", "KAZ", "UZB", "HUN");
        var removal = chair().post("/api/v1/removals", Api.json("state", "HUN", "reason", "Test of the veto rule")).json();
        String id = removal.get("id").asString();
        assertThat(removal.get("vetoesNeeded").asInt()).isEqualTo(4);
        for (String state : new String[] {"AZE", "ARM", "KAZ"}) {
            assertThat(delegate(state).post("/api/v1/removals/" + id + "/vetoes").status()).isEqualTo(201);
        }
        assertThat(anonymous().get("/api/v1/removals/" + id).json().get("status").asString()).isEqualTo("OPEN");
        delegate("UZB").post("/api/v1/removals/" + id + "/vetoes");
        assertThat(anonymous().get("/api/v1/removals/" + id).json().get("status").asString()).isEqualTo("VETOED");
        assertThat(statusOf("HUN")).isEqualTo("MEMBER");
    }

    @Test
    void aDecidedRemovalKeepsTheNumberOfMemberStatesItWasDecidedAgainst() {
        foundCouncil("USA", "AZE", "ARM", "KAZ", "UZB", "HUN");
        String id = chair().post("/api/v1/removals", Api.json("state", "HUN", "reason", "Test of the record")).json()
                .get("id").asString();
        clock.setDay(DAVOS.plusDays(30));
        calendar.advance(clock.instant());
        admit("NOR");
        admit("SWE");

        var removal = anonymous().get("/api/v1/removals/" + id).json();
        assertThat(removal.get("status").asString()).isEqualTo("REMOVED");
        assertThat(removal.get("memberStates").asInt()).as("decided against six member states, not today's seven").isEqualTo(6);
        assertThat(removal.get("vetoesNeeded").asInt()).isEqualTo(4);
    }

    @Test
    void oneVetoShortOfTwoThirdsLetsTheRemovalTakeEffectWhenTheWindowCloses() {
        foundCouncil("USA", "AZE", "ARM", "KAZ", "UZB", "HUN");
        String id = chair().post("/api/v1/removals", Api.json("state", "HUN", "reason", "Test of the veto rule")).json()
                .get("id").asString();
        for (String state : new String[] {"AZE", "ARM", "KAZ"}) {
            delegate(state).post("/api/v1/removals/" + id + "/vetoes");
        }
        clock.setDay(DAVOS.plusDays(29)); // last day of the 30-day window
        anonymous().get("/api/v1/council");
        chair().post("/api/v1/invitations", Api.json("state", "NOR"));
        assertThat(statusOf("HUN")).isEqualTo("MEMBER");

        clock.setDay(DAVOS.plusDays(30));
        chair().post("/api/v1/invitations", Api.json("state", "SWE"));
        assertThat(statusOf("HUN")).isEqualTo("REMOVED");
        assertThat(anonymous().get("/api/v1/removals/" + id).json().get("status").asString()).isEqualTo("REMOVED");
    }

    @Test
    void aStateWithdrawsByItsOwnNoticeAndCanBeInvitedAgain() {
        foundCouncil("USA", "AZE", "ARM");
        var withdrawal = delegate("ARM").post("/api/v1/members/ARM/withdrawal", Api.json("notice", "Written notice to the Chairman."));
        assertThat(withdrawal.status()).isEqualTo(200);
        assertThat(statusOf("ARM")).isEqualTo("WITHDRAWN");

        clock.advanceDays(40);
        admit("ARM");
        assertThat(statusOf("ARM")).isEqualTo("MEMBER");
        var acts = anonymous().get("/api/v1/members/ARM").json().get("history").findValuesAsString("act");
        assertThat(acts).containsExactly("INVITED", "CONSENTED", "CHARTER_IN_FORCE", "WITHDREW", "INVITED", "CONSENTED");
    }

    @Test
    void anUnansweredInvitationLapsesAndCannotBeAcceptedAfterwards() {
        foundCouncil("USA", "AZE", "ARM");
        String id = chair().post("/api/v1/invitations", Api.json("state", "NOR")).json().get("id").asString();
        clock.advanceDays(90);
        var late = delegate("NOR").post("/api/v1/invitations/" + id + "/consent");
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.isProblem()).isTrue();
        assertThat(anonymous().get("/api/v1/invitations/" + id).json().get("status").asString()).isEqualTo("LAPSED");
        assertThat(anonymous().get("/api/v1/members?status=MEMBER").json().get("items").findValuesAsString("state"))
                .doesNotContain("NOR");
    }

    @Test
    void aDeclinedInvitationMakesNoMember() {
        foundCouncil("USA", "AZE", "ARM");
        String id = chair().post("/api/v1/invitations", Api.json("state", "FRA")).json().get("id").asString();
        assertThat(delegate("FRA").post("/api/v1/invitations/" + id + "/decline").status()).isEqualTo(200);
        assertThat(anonymous().get("/api/v1/members/FRA").json().has("member")).isFalse();
        assertThat(anonymous().get("/api/v1/members").json().get("items").size()).isEqualTo(3);
    }

    @Test
    void observersAreRecordedButAreNotMembers() {
        foundCouncil("USA", "AZE", "ARM");
        assertThat(secretariat().post("/api/v1/observers", Api.json("state", "GBR", "note", "First meeting")).status()).isEqualTo(201);
        assertThat(secretariat().post("/api/v1/observers", Api.json("organisation", "European Union")).status()).isEqualTo(201);
        assertThat(anonymous().get("/api/v1/observers").json().findValuesAsString("name")).containsExactlyInAnyOrder("United Kingdom", "European Union");
        assertThat(anonymous().get("/api/v1/council").json().get("members").asInt()).isEqualTo(3);
    }
}

@OnSqlite
class MembershipRulesOnSqliteTests extends MembershipRulesSpec {
}

@OnPostgres
class MembershipRulesOnPostgresTests extends MembershipRulesSpec {
}

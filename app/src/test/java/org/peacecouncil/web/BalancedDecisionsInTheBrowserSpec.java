package org.peacecouncil.web;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.peacecouncil.support.Api;
import org.peacecouncil.support.Browser;
import org.peacecouncil.support.CouncilTest;
import org.peacecouncil.support.OnPostgres;
import org.peacecouncil.support.OnSqlite;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A platform whose first promise is balanced decisions shows every choice alike: YES, NO and ABSTAIN with the same
 * weight, order and style, an election ballot with nothing chosen for the delegate, an explanation of vote kept when
 * the vote changes, a confirmation of what will be recorded before an act that cannot be undone, and the time a vote
 * actually closed.
 */
abstract class BalancedDecisionsInTheBrowserSpec extends CouncilTest {

    private Browser browser;
    private String meeting;
    private String motion;

    @BeforeEach
    void aSittingWithAMotionPutToTheVote() throws Exception {
        foundCouncil("USA", "AZE", "ARM");
        clock.set(java.time.Instant.parse("2026-02-19T15:00:00Z"));
        meeting = chair().post("/api/v1/meetings", Api.json("kind", "VOTING", "title", "Second meeting", "place", "Online",
                "startsAt", "2026-02-19T15:00:00Z", "agenda", List.of("Reconstruction budget"))).json().get("id").asString();
        assertThat(secretariat().post("/api/v1/meetings/" + meeting + "/opening").status()).isEqualTo(200);
        for (String state : List.of("AZE", "ARM")) {
            delegate(state).post("/api/v1/meetings/" + meeting + "/attendance",
                    Api.json("state", state, "capacity", "HEAD_OF_STATE_OR_GOVERNMENT", "representative", "Head of " + state));
        }
        motion = chair().post("/api/v1/meetings/" + meeting + "/motions", Api.json("kind", "BUDGET", "title",
                "Reconstruction budget", "text", "The Board adopts the reconstruction budget.")).json().get("id").asString();
        assertThat(secretariat().post("/api/v1/motions/" + motion + "/voting", Api.json("minutes", 60)).status()).isEqualTo(200);
        browser = new Browser(port);
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void yesNoAndAbstainLookAlikeAndAVoteIsRecordedOnlyOnceItsWordsAreConfirmed() {
        browser.signIn("delegate-aze", PASSWORD);
        browser.open("/motions/" + motion);
        var buttons = browser.driver().findElements(By.cssSelector("#ballot .choices button"));
        assertThat(buttons).extracting(b -> b.getText()).containsExactly("YES", "NO", "ABSTAIN");
        var looks = buttons.stream().map(b -> style(b, "background-color") + "|" + style(b, "color") + "|" + style(b, "border")
                + "|" + style(b, "font-weight") + "|" + style(b, "font-size") + "|" + b.getSize().getHeight()).toList();
        assertThat(looks).as("one look for all three").containsOnly(looks.get(0));
        assertThat(buttons).extracting(b -> b.getAttribute("class")).containsOnly("choice");

        browser.driver().findElement(By.id("explanation")).sendKeys("Azerbaijan supports the budget.");
        browser.driver().findElement(By.id("vote-no")).click();
        var shown = browser.text(By.cssSelector(".signing-confirmation"));
        assertThat(shown).contains("AZE votes NO on motion").contains("Reconstruction budget");
        browser.driver().findElement(By.id("cancel-act")).click();
        assertThat(anonymous().get("/api/v1/motions/" + motion).json().get("ballots").findValuesAsString("vote"))
                .as("a cancelled vote is not recorded").isEmpty();

        browser.driver().findElement(By.id("vote-yes")).click();
        browser.confirmAct("AZE votes YES on motion");
        assertThat(browser.text(By.cssSelector(".notice"))).startsWith("Your ballot is recorded: YES");

        assertThat(browser.driver().findElement(By.id("explanation")).getAttribute("value")).as("the explanation is kept, to change or leave")
                .isEqualTo("Azerbaijan supports the budget.");
        assertThat(browser.text(By.id("ballot"))).contains("your explanation stays as written below");
        browser.driver().findElement(By.id("vote-abstain")).click();
        browser.confirmAct("AZE votes ABSTAIN on motion");
        var ballot = anonymous().get("/api/v1/motions/" + motion).json().get("ballots").get(0);
        assertThat(ballot.get("vote").asString()).isEqualTo("ABSTAIN");
        assertThat(ballot.get("explanation").asString()).as("changing the vote kept the explanation").isEqualTo("Azerbaijan supports the budget.");
    }

    @Test
    void aDelegatesWorkspaceListsWhatAwaitsItNewestFirstAndLeadsToTheOpenVote() {
        String fund = secretariat().post("/api/v1/funds", Api.json("name", "Gaza reconstruction package", "currency", "USD",
                "administeredBy", "COUNCIL")).json().get("id").asString();
        clock.set(java.time.Instant.parse("2026-02-19T15:10:00Z"));
        secretariat().post("/api/v1/funds/" + fund + "/pledges", Api.json("kind", "PLEDGE", "state", "AZE", "cash",
                Map.of("minorUnits", 100_000_000L, "currency", "USD"), "valueDate", "2026-02-19", "document", "A press release"));
        clock.set(java.time.Instant.parse("2026-02-19T15:15:00Z"));

        browser.signIn("delegate-aze", PASSWORD);
        browser.open("/workspace");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Delegation of Azerbaijan — 2 awaiting you");
        var items = browser.driver().findElements(By.cssSelector("#todo li"));
        assertThat(items).hasSize(2);
        assertThat(items.get(0).getText()).as("newest first").contains("Entered on your behalf").contains("Pledge of USD 1,000,000.00")
                .contains("A press release");
        assertThat(items.get(1).getText()).contains("Vote open").contains("Reconstruction budget").contains("closes in 45 min")
                .contains("Your delegation has not voted.");

        items.get(1).findElement(By.linkText("Reconstruction budget")).click();
        browser.driver().findElement(By.id("vote-no")).click();
        browser.confirmAct("AZE votes NO on motion");
        browser.open("/workspace");
        assertThat(browser.text(By.cssSelector("#todo li:nth-child(2)"))).contains("Your ballot: NO; you may change it");
    }

    @Test
    void theSecretariatsWorkspaceListsTheSittingDueToOpenAndTheVoteOpenAndTheChairsTheTieBreak() {
        chair().post("/api/v1/meetings", Api.json("kind", "VOTING", "title", "Third meeting", "place", "Cairo",
                "startsAt", "2026-02-19T14:00:00Z", "agenda", List.of("Mission mandate")));
        clock.set(java.time.Instant.parse("2026-02-19T15:30:00Z"));
        browser.signIn("officer", PASSWORD);
        browser.open("/workspace");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Secretariat — 2 awaiting you");
        var items = browser.driver().findElements(By.cssSelector("#todo li"));
        assertThat(items.get(0).getText()).contains("Vote open").contains("Reconstruction budget").contains("closes in 30 min");
        assertThat(items.get(1).getText()).contains("Sitting to open").contains("Third meeting").contains("2026-02-19 14:00 UTC, at Cairo");
        browser.signOut();

        delegate("AZE").post("/api/v1/motions/" + motion + "/ballots", Api.json("state", "AZE", "vote", "YES"));
        delegate("ARM").post("/api/v1/motions/" + motion + "/ballots", Api.json("state", "ARM", "vote", "NO"));
        assertThat(secretariat().post("/api/v1/motions/" + motion + "/closing").json().get("status").asString()).isEqualTo("TIE_BREAK");
        browser.signIn("chair", PASSWORD);
        browser.open("/workspace");
        assertThat(browser.text(By.id("todo"))).contains("Tie-break").contains("Reconstruction budget").contains("your vote decides");
    }

    @Test
    void closingAVoteEarlyAsksFirstAndThePageThenShowsWhenItActuallyClosed() {
        browser.signIn("officer", PASSWORD);
        browser.open("/motions/" + motion);
        assertThat(browser.text(By.id("closes-at"))).isEqualTo("2026-02-19 16:00 UTC");
        browser.driver().findElement(By.id("close-voting")).click();
        browser.driver().findElement(By.id("cancel-act")).click();
        assertThat(anonymous().get("/api/v1/motions/" + motion).json().get("status").asString()).isEqualTo("VOTING");

        clock.set(java.time.Instant.parse("2026-02-19T15:20:00Z"));
        browser.driver().findElement(By.id("close-voting")).click();
        browser.confirmAct("Close the vote on “Reconstruction budget” now, before its deadline");
        assertThat(browser.text(By.id("closed-at"))).isEqualTo("2026-02-19 15:20 UTC, before its deadline of 2026-02-19 16:00 UTC");
        assertThat(browser.isAbsent(By.id("closes-at"))).isTrue();
    }

    @Test
    void anElectionBallotChoosesNoCandidateForTheDelegateAndAsksBeforeItIsCast() {
        var called = secretariat().post("/api/v1/elections", Api.json("meetingId", meeting, "seat", "Vice-Chair",
                "candidates", List.of(Map.of("name", "Candidate A"), Map.of("name", "Candidate B"))));
        String election = called.json().get("id").asString();
        secretariat().post("/api/v1/elections/" + election + "/rounds", Api.json("minutes", 10));

        browser.signIn("delegate-arm", PASSWORD);
        browser.open("/elections/" + election);
        var choices = browser.driver().findElements(By.cssSelector("input[type=radio][name=candidate]"));
        assertThat(choices).hasSize(3);
        assertThat(choices).as("nothing chosen for the delegate").noneMatch(c -> c.isSelected());
        browser.driver().findElement(By.id("cast-election-ballot")).click();
        assertThat(browser.isAbsent(By.cssSelector(".signing-confirmation"))).as("no choice, nothing to confirm").isTrue();
        assertThat(anonymous().get("/api/v1/elections/" + election).json().toString()).doesNotContain("\"ARM\"");

        ((JavascriptExecutor) browser.driver()).executeScript(
                "document.querySelectorAll('input[name=candidate]').forEach(function (r) { r.required = false; });");
        browser.driver().findElement(By.id("cast-election-ballot")).click();
        browser.confirmAct();
        assertThat(browser.text(By.cssSelector(".error"))).as("a ballot sent with no choice, past the form's own check")
                .isEqualTo("Choose a candidate, or Abstain: nothing is chosen for you.");

        browser.driver().findElement(By.xpath("//label[span[text()='Candidate B']]")).click();
        browser.driver().findElement(By.id("cast-election-ballot")).click();
        browser.confirmAct("Armenia's ballot in this round: Candidate B.");
        assertThat(browser.text(By.cssSelector(".notice"))).isEqualTo("Your ballot is recorded.");
    }

    private String style(org.openqa.selenium.WebElement element, String property) {
        return (String) ((JavascriptExecutor) browser.driver()).executeScript(
                "return getComputedStyle(arguments[0]).getPropertyValue(arguments[1]);", element, property);
    }
}

@OnSqlite
class BalancedDecisionsInTheBrowserOnSqliteTests extends BalancedDecisionsInTheBrowserSpec {
}

@OnPostgres
class BalancedDecisionsInTheBrowserOnPostgresTests extends BalancedDecisionsInTheBrowserSpec {
}

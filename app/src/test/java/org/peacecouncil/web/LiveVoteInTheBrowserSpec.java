package org.peacecouncil.web;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.peacecouncil.support.Api;
import org.peacecouncil.support.Browser;
import org.peacecouncil.support.CouncilTest;
import org.peacecouncil.support.OnPostgres;
import org.peacecouncil.support.OnSqlite;

import static org.assertj.core.api.Assertions.assertThat;

/** A delegation votes in its browser; a member of the public watching the motion's page sees the roll-call change live. */
abstract class LiveVoteInTheBrowserSpec extends CouncilTest {

    private Browser viewer;
    private Browser delegation;
    private String motion;

    private String meeting;

    @BeforeEach
    void callAMeeting() throws Exception {
        foundCouncil("USA", "AZE", "ARM");
        meeting = chair().post("/api/v1/meetings", Api.json("kind", "VOTING", "title", "Second meeting", "place", "Online",
                "startsAt", "2026-01-22T15:00:00Z", "agenda", List.of("Reconstruction budget"))).json().get("id").asString();
        motion = chair().post("/api/v1/meetings/" + meeting + "/motions", Api.json("kind", "BUDGET", "title",
                "Reconstruction budget", "text", "The Board adopts the reconstruction budget.")).json().get("id").asString();
        delegate("ARM").post("/api/v1/meetings/" + meeting + "/attendance",
                Api.json("state", "ARM", "capacity", "HEAD_OF_STATE_OR_GOVERNMENT", "representative", "Head of ARM"));
        delegate("AZE"); // the accounts that will sign in
        secretariat();
        viewer = new Browser(port);
        delegation = new Browser(port);
    }

    @AfterEach
    void closeBrowsers() {
        viewer.close();
        delegation.close();
    }

    @Test
    void theSecretariatOpensTheVoteADelegationVotesInItsBrowserAndThePublicSeesItLive() {
        // The secretariat opens the sitting and puts the motion to the vote.
        delegation.signIn("officer", PASSWORD);
        delegation.open("/meetings/" + meeting);
        delegation.driver().findElement(By.id("open-sitting")).click();
        assertThat(delegation.text(By.cssSelector(".notice"))).isEqualTo("The sitting is open.");
        delegation.open("/motions/" + motion);
        delegation.driver().findElement(By.id("open-voting")).click();
        assertThat(delegation.text(By.cssSelector(".notice"))).isEqualTo("Voting is open for 15 minutes.");
        delegation.signOut();

        // A member of the public follows the roll-call.
        viewer.open("/motions/" + motion);
        assertThat(viewer.text(By.id("count-YES-" + motion))).isEqualTo("0");
        ((JavascriptExecutor) viewer.driver()).executeScript("window.notReloaded = true;");
        waitUntilConnected();

        // Azerbaijan's delegation registers and votes.
        delegation.signIn("delegate-aze", PASSWORD);
        delegation.open("/meetings/" + meeting);
        delegation.driver().findElement(By.id("representative")).sendKeys("Ilham Aliyev");
        delegation.driver().findElement(By.id("attend")).click();
        assertThat(delegation.text(By.cssSelector(".notice"))).isEqualTo("Your delegation is present.");
        waitFor(() -> viewer.text(By.id("ballot-AZE-" + motion)).contains("not voted yet"));
        delegation.open("/motions/" + motion);
        delegation.driver().findElement(By.id("explanation")).sendKeys("Azerbaijan supports the reconstruction.");
        delegation.driver().findElement(By.id("vote-yes")).click();
        delegation.confirmAct("votes YES on motion");
        assertThat(delegation.text(By.cssSelector(".notice"))).startsWith("Your ballot is recorded: YES");

        waitFor(() -> viewer.text(By.id("count-YES-" + motion)).equals("1"));
        waitFor(() -> viewer.text(By.id("ballot-AZE-" + motion)).contains("YES"));
        assertThat(viewer.text(By.id("ballot-AZE-" + motion))).contains("Azerbaijan").contains("YES")
                .contains("Azerbaijan supports the reconstruction.");

        delegate("ARM").post("/api/v1/motions/" + motion + "/ballots", Api.json("vote", "NO"));
        waitFor(() -> viewer.text(By.id("count-NO-" + motion)).equals("1"));

        // The outcome follows the charter: a tie goes to the Chairman.
        secretariat().post("/api/v1/motions/" + motion + "/closing");
        waitFor(() -> viewer.text(By.id("status-" + motion)).equals("TIE_BREAK"));
        assertThat(((JavascriptExecutor) viewer.driver()).executeScript("return window.notReloaded === true;"))
                .as("the page changed without being reloaded").isEqualTo(true);
    }

    private void waitUntilConnected() {
        new WebDriverWait(viewer.driver(), org.peacecouncil.support.Eventually.LIMIT).until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                "var el = document.querySelector('[sse-connect]');"
                        + " var source = el && el['htmx-internal-data'] && el['htmx-internal-data'].sseEventSource;"
                        + " return !!source && source.readyState === 1;"));
    }

    private void waitFor(java.util.function.BooleanSupplier condition) {
        new WebDriverWait(viewer.driver(), org.peacecouncil.support.Eventually.LIMIT).until(d -> condition.getAsBoolean());
    }
}

@OnSqlite
class LiveVoteInTheBrowserOnSqliteTests extends LiveVoteInTheBrowserSpec {
}

@OnPostgres
class LiveVoteInTheBrowserOnPostgresTests extends LiveVoteInTheBrowserSpec {
}

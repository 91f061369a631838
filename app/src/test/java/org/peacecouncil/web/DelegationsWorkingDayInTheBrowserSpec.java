package org.peacecouncil.web;

import java.util.Arrays;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.peacecouncil.support.Api;
import org.peacecouncil.support.Browser;
import org.peacecouncil.support.OnPostgres;
import org.peacecouncil.support.OnSqlite;
import org.peacecouncil.support.WithProviders;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A delegate's day on a phone: signed in through its government's identity provider, it finds the open vote at the top
 * of its workspace, votes with the choices alike and a confirmation of what will be recorded, and had been e-mailed
 * that the vote opened. Another government's provider cannot sign it in.
 */
abstract class DelegationsWorkingDayInTheBrowserSpec extends WithProviders {

    private Browser browser;

    @BeforeEach
    void aPhone() throws Exception {
        browser = new Browser(port);
        browser.driver().manage().window().setSize(new Dimension(390, 844));
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void aDelegateSignedInByItsGovernmentFindsTheOpenVoteFirstAndVotesOnAPhone() throws Exception {
        delegate("AZE").put("/api/v1/account/email", Api.json("email", "delegation@aze.example.org"));
        var sitting = aVoteOnABudget(30, "AZE");
        calendar.advance(clock.instant());
        assertThat(Arrays.stream(SMTP.getReceivedMessages()).map(m -> {
            try {
                return m.getSubject();
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        })).containsExactly("[Peace Council] Vote open: Budget");

        nextSignIn("aze-gov", "delegate-aze", "AZE");
        browser.open("/login");
        browser.driver().findElement(By.id("provider-aze-gov")).click();
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Delegation of Azerbaijan — 1 awaiting you");
        var first = browser.driver().findElement(By.cssSelector("#todo ol.todo li"));
        assertThat(first.getText()).contains("Vote open").contains("Budget").contains("closes in 30 min");

        first.findElement(By.tagName("a")).click();
        var buttons = browser.driver().findElements(By.cssSelector("#ballot .choices button"));
        assertThat(buttons).extracting(b -> b.getText()).containsExactly("YES", "NO", "ABSTAIN");
        assertThat(buttons).extracting(b -> b.getSize().getWidth()).containsOnly(buttons.get(0).getSize().getWidth());
        browser.driver().findElement(By.id("vote-yes")).click();
        browser.confirmAct("AZE votes YES on motion");
        assertThat(browser.text(By.cssSelector(".notice"))).startsWith("Your ballot is recorded: YES");
        var ballots = anonymous().get("/api/v1/motions/" + sitting.motion()).json().get("ballots");
        assertThat(ballots.findValuesAsString("vote")).containsExactly("YES");
    }

    @Test
    void inArabicOnAPhoneInBakuTheDelegateVotesWithEqualButtonsAndAConfirmationInItsLanguage() {
        var sitting = aVoteOnABudget(30, "AZE");
        ((org.openqa.selenium.chrome.ChromeDriver) browser.driver()).executeCdpCommand("Emulation.setTimezoneOverride",
                java.util.Map.of("timezoneId", "Asia/Baku"));
        nextSignIn("aze-gov", "delegate-aze", "AZE");
        browser.open("/login?lang=ar");
        assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");
        browser.driver().findElement(By.id("provider-aze-gov")).click();
        assertThat(browser.text(By.tagName("h1")).replaceAll("[\u2066-\u2069]", "")).as("read as shown, without the invisible isolates")
                .isEqualTo("وفد أذربيجان — 1 بانتظارك");
        var first = browser.driver().findElement(By.cssSelector("#todo ol.todo li"));
        assertThat(first.getText()).contains("تصويت مفتوح").contains("Budget");

        first.findElement(By.tagName("a")).click();
        assertThat(browser.text(By.cssSelector("#closes-at .local-time"))).as("the deadline in Baku's time too").contains("بتوقيتك");
        var buttons = browser.driver().findElements(By.cssSelector("#ballot .choices button"));
        assertThat(buttons).extracting(b -> b.getText()).containsExactly("نعم", "لا", "امتناع");
        assertThat(buttons).extracting(b -> b.getSize().getWidth()).containsOnly(buttons.get(0).getSize().getWidth());
        assertThat(buttons.get(0).getLocation().getX()).as("right to left: YES first, at the right").isGreaterThan(buttons.get(2).getLocation().getX());
        browser.driver().findElement(By.id("vote-no")).click();
        String shown = browser.confirmAct("AZE votes NO on motion");
        assertThat(shown).contains("أنت على وشك أن تسجّل");
        assertThat(browser.text(By.cssSelector(".notice")).replaceAll("[\u2066-\u2069]", "")).as("told in its language").startsWith("سُجّل صوتك: لا.");
        assertThat(browser.text(By.id("ballot"))).contains("صوتك");
        assertThat(anonymous().get("/api/v1/motions/" + sitting.motion()).json().get("ballots").findValuesAsString("vote"))
                .containsExactly("NO");
    }

    @Test
    void theChairCallsAMeetingStartingFromItsWorkspace() {
        foundCouncil("USA", "AZE", "ARM");
        chair();
        browser.signIn("chair", PASSWORD);
        browser.open("/workspace");
        browser.driver().findElement(By.id("call-a-meeting")).click();
        browser.driver().findElement(By.id("meeting-title")).sendKeys("Extraordinary sitting");
        browser.driver().findElement(By.id("meeting-place")).sendKeys("Online");
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = '2026-02-20T10:00'",
                browser.driver().findElement(By.id("meeting-starts")));
        browser.driver().findElement(By.id("call-meeting")).click();
        assertThat(browser.text(By.cssSelector(".notice"))).isEqualTo("Called the meeting “Extraordinary sitting”.");
        assertThat(anonymous().get("/api/v1/meetings").body()).contains("Extraordinary sitting");
    }

    @Test
    void anotherGovernmentsProviderCannotSignTheDelegateIn() {
        delegate("AZE");
        nextSignIn("arm-gov", "delegate-aze", "AZE");
        browser.open("/login");
        browser.driver().findElement(By.id("provider-arm-gov")).click();
        assertThat(browser.text(By.id("provider-refused"))).contains("vouched for another state");
        browser.open("/workspace");
        assertThat(browser.driver().getCurrentUrl()).endsWith("/login");
    }
}

@OnSqlite
class DelegationsWorkingDayInTheBrowserOnSqliteTests extends DelegationsWorkingDayInTheBrowserSpec {
}

@OnPostgres
class DelegationsWorkingDayInTheBrowserOnPostgresTests extends DelegationsWorkingDayInTheBrowserSpec {
}

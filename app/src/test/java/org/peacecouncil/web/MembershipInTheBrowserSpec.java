package org.peacecouncil.web;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.peacecouncil.support.Browser;
import org.peacecouncil.support.CouncilTest;
import org.peacecouncil.support.OnPostgres;
import org.peacecouncil.support.OnSqlite;

import static org.assertj.core.api.Assertions.assertThat;

/** A person's path through the pages, in Chromium: the Chair invites, the state consents, the public sees it. */
abstract class MembershipInTheBrowserSpec extends CouncilTest {

    private Browser browser;

    @BeforeEach
    void openBrowser() throws Exception {
        foundCouncil("USA", "AZE", "ARM");
        chair();
        delegate("NOR");
        delegate("AZE");
        browser = new Browser(port);
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void chairInvitesNorwayItsDelegationConsentsAndThePublicSeesANewMember() {
        browser.open("/members");
        assertThat(browser.isAbsent(By.id("member-NOR"))).isTrue();

        browser.signIn("chair", PASSWORD);
        new Select(browser.driver().findElement(By.id("state"))).selectByValue("NOR");
        browser.driver().findElement(By.id("note")).sendKeys("Invitation to join the Board of Peace.");
        browser.driver().findElement(By.id("invite")).click();
        assertThat(browser.text(By.cssSelector(".notice"))).isEqualTo("Invited Norway.");
        browser.signOut();

        browser.signIn("delegate-nor", PASSWORD);
        assertThat(browser.text(By.id("pending-invitation"))).contains("Norway was invited on 2026-01-22");
        browser.driver().findElement(By.id("consent")).click();
        browser.confirmAct("unsigned", "Norway consents to be bound by the charter");
        assertThat(browser.text(By.cssSelector(".notice"))).isEqualTo("Norway is now a member; its term ends on 2029-01-21.");
        browser.signOut();

        browser.open("/members");
        assertThat(browser.text(By.id("member-NOR"))).contains("Norway").contains("MEMBER").contains("2029-01-21");
        browser.open("/members/NOR");
        assertThat(browser.text(By.cssSelector("main"))).contains("CONSENTED").contains("delegate-nor (DELEGATE of NOR)");
    }

    @Test
    void anotherStatesDelegationIsNotOfferedTheInvitation() {
        chair().post("/api/v1/invitations", org.peacecouncil.support.Api.json("state", "NOR"));
        browser.signIn("delegate-aze", PASSWORD);
        assertThat(browser.isAbsent(By.id("pending-invitation"))).isTrue();
        assertThat(browser.isAbsent(By.id("consent"))).isTrue();
        assertThat(browser.text(By.cssSelector("h1"))).isEqualTo("Delegation of Azerbaijan");
    }

    @Test
    void aWrongPasswordIsExplainedOnTheSignInPage() {
        browser.signInOrNot("chair", "not the password");
        assertThat(browser.text(By.cssSelector(".error"))).isEqualTo("The username or password is not correct.");
    }

    @Test
    void chairProposesARemovalFromTheMembersTableAndAnUnknownStateIsExplainedInWords() {
        browser.signIn("chair", PASSWORD);
        browser.driver().findElement(By.cssSelector("input[aria-label='Reason for removing Armenia']")).sendKeys("Test");
        browser.driver().findElement(By.xpath("//tr[td/a[text()='Armenia']]//button[text()='Propose']")).click();
        browser.confirmAct("Propose the removal of Armenia for this reason: “Test”");
        assertThat(browser.text(By.cssSelector(".notice"))).startsWith("Proposed the removal of Armenia");
        browser.open("/members/ARM");
        assertThat(browser.text(By.cssSelector("main"))).contains("REMOVAL_PROPOSED").contains("0 of 3 member states have vetoed");

        browser.open("/members/ZZZ");
        assertThat(browser.text(By.cssSelector(".error"))).contains("'ZZZ' is not an ISO 3166-1 alpha-3 country code");
    }
}

@OnSqlite
class MembershipInTheBrowserOnSqliteTests extends MembershipInTheBrowserSpec {
}

@OnPostgres
class MembershipInTheBrowserOnPostgresTests extends MembershipInTheBrowserSpec {
}

package org.peacecouncil.web;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.peacecouncil.support.Api;
import org.peacecouncil.support.Browser;
import org.peacecouncil.support.CouncilTest;
import org.peacecouncil.support.OnSqlite;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person's path through the mission pages, in Chromium: Azerbaijan's delegate files a question in its workspace,
 * the mission's office answers it in its own, and the public page shows both; while the question was open, the
 * office's form could not enter an offer for Azerbaijan, and Azerbaijan's own offer carries its caveat.
 */
abstract class MissionsInTheBrowserSpec extends CouncilTest {

    private Browser browser;
    private String mission;

    @BeforeEach
    void openBrowser() throws Exception {
        delegate("AZE");
        mission = secretariat().post("/api/v1/missions", Api.json("name", "International Stabilization Force", "authorities",
                List.of(Map.of("body", "UN Security Council", "reference", "Resolution 2803", "adoptedOn", "2025-11-17")), "mandate",
                Map.of("tasks", List.of("demilitarization", "protection of civilians"), "area", "Gaza", "authorizedStrength",
                        Map.of("TROOPS", 20_000, "POLICE", 12_000), "useOfForce", "all necessary measures", "start", "2025-11-17",
                        "reportingMonths", 6))).json().get("id").asString();
        browser = new Browser(port);
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void azerbaijansDelegateFilesAQuestionTheOfficeAnswersItAndThePublicPageShowsBoth() {
        browser.signIn("delegate-aze", PASSWORD);
        browser.open("/workspace/missions");
        browser.driver().findElement(By.id("questions")).sendKeys("Which tasks of the mandate fall to troop contributors?");
        browser.driver().findElement(By.id("file-questions-button")).click();
        assertThat(browser.text(By.cssSelector(".notice"))).contains("Filed 1 question").contains("nobody but your delegation");
        assertThat(browser.text(By.id("standing"))).contains("QUESTIONS_OPEN").contains("1 question(s) open since");
        browser.signOut();

        browser.signIn("officer", PASSWORD);
        browser.open("/workspace/missions");
        new Select(browser.driver().findElement(By.id("ob-state"))).selectByValue("AZE");
        browser.driver().findElement(By.id("ob-TROOPS")).sendKeys("500");
        browser.driver().findElement(By.id("ob-document")).sendKeys("A press report");
        browser.driver().findElement(By.id("enter-on-behalf")).click();
        assertThat(browser.text(By.cssSelector(".error"))).as("no offer for a state with questions open").contains("1 question open about this mission");
        assertThat(browser.text(By.id("open-questions"))).contains("Which tasks of the mandate fall to troop contributors?");
        browser.driver().findElement(By.cssSelector("#open-questions textarea")).sendKeys("Border security and demilitarization.");
        browser.driver().findElement(By.cssSelector("#open-questions button")).click();
        assertThat(browser.text(By.cssSelector(".notice"))).isEqualTo("Answered the question of Azerbaijan.");
        browser.signOut();

        browser.open("/missions/" + mission);
        assertThat(browser.text(By.id("questions"))).contains("Azerbaijan").contains("Which tasks of the mandate fall to troop contributors?")
                .contains("Border security and demilitarization.");
        assertThat(browser.isAbsent(By.cssSelector("[id^='offer-']"))).as("no offer was entered").isTrue();
        assertThat(anonymous().get("/api/v1/missions/" + mission + "/states/AZE").json().get("status").asString()).isEqualTo("NOT_ENGAGED");
    }

    @Test
    void aDelegationOffersWithACaveatThroughItsFormAndThePublicPageShowsItBesideTheStrength() {
        browser.signIn("delegate-aze", PASSWORD);
        browser.open("/workspace/missions");
        browser.driver().findElement(By.id("o-TROOPS")).sendKeys("-5");
        browser.driver().findElement(By.xpath("//button[starts-with(text(), 'Offer for')]")).click();
        assertThat(browser.text(By.cssSelector(".error"))).as("a negative strength").contains("a whole number of people");
        browser.driver().findElement(By.id("o-TROOPS")).sendKeys("150");
        new Select(browser.driver().findElement(By.id("oc1-kind"))).selectByValue("TASK_EXCLUDED");
        browser.driver().findElement(By.id("oc1-detail")).sendKeys("combat operations");
        browser.driver().findElement(By.xpath("//button[starts-with(text(), 'Offer for')]")).click();
        assertThat(browser.text(By.cssSelector(".notice"))).isEqualTo("Recorded the offer of Azerbaijan: 150 troops, OFFERED.");
        browser.signOut();

        browser.open("/missions/" + mission);
        assertThat(browser.text(By.id("offers"))).contains("Azerbaijan").contains("150 troops").contains("excludes combat operations");
        assertThat(browser.text(By.id("strength-TROOPS"))).contains("20,000").contains("150");
    }
}

@OnSqlite
class MissionsInTheBrowserOnSqliteTests extends MissionsInTheBrowserSpec {
}

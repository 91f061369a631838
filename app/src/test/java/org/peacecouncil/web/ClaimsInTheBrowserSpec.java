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
 * What a journalist checks, in Chromium: the announced list of a package's contributors beside the list generated
 * from the records, state by state with its verdict; and a claim checked through the public form.
 */
abstract class ClaimsInTheBrowserSpec extends CouncilTest {

    private Browser browser;
    private String fund;
    private String statement;

    @BeforeEach
    void openBrowser() throws Exception {
        fund = secretariat().post("/api/v1/funds", Api.json("name", "Gaza reconstruction and assistance package", "currency", "USD",
                "administeredBy", "COUNCIL")).json().get("id").asString();
        delegate("ARE").post("/api/v1/funds/" + fund + "/pledges", Api.json("kind", "PLEDGE", "state", "ARE", "cash", Map.of("minorUnits",
                120_000_000_000L, "currency", "USD"), "valueDate", "2026-01-20"));
        delegate("QAT").post("/api/v1/funds/" + fund + "/pledges", Api.json("kind", "PLEDGE", "state", "QAT", "cash", Map.of("minorUnits",
                100_000_000_000L, "currency", "USD"), "valueDate", "2026-01-20"));
        delegate("AZE").post("/api/v1/clarifications", Api.json("state", "AZE", "speaker", "Hikmet Hajiyev", "saidOn", "2026-01-20",
                "text", "Not a participant in the 7 billion USD package.", "positions", List.of(Map.of("assertion", Map.of("type",
                        "FUND_CONTRIBUTOR", "fund", fund), "affirms", false))));
        statement = secretariat().post("/api/v1/statements", Api.json("speaker", "the host of the first meeting", "saidOn", "2026-01-20",
                "text", "contributors to the 7 billion USD package", "assertions", List.of(Map.of("assertion", Map.of("type",
                        "FUND_CONTRIBUTOR", "fund", fund), "states", List.of("KAZ", "AZE", "ARE"))))).json().get("id").asString();
        browser = new Browser(port);
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void theAnnouncedListStandsBesideTheRecordsStateByStateWithEachVerdict() {
        browser.open("/statements");
        browser.driver().findElement(By.linkText("contributors to the 7 billion USD package")).click();
        assertThat(browser.text(By.id("beside-KAZ"))).contains("Kazakhstan").contains("UNBACKED");
        assertThat(browser.text(By.id("beside-AZE"))).contains("Azerbaijan").contains("CONTRADICTED");
        assertThat(browser.text(By.id("beside-ARE"))).contains("United Arab Emirates").contains("BACKED").contains("pledge only")
                .contains("USD 1,200,000,000.00");
        assertThat(browser.text(By.id("beside-QAT"))).as("on the record, not named").contains("Qatar").contains("not named");
        assertThat(browser.text(By.id("verdicts"))).contains("denied it itself").contains("Not a participant");
        browser.driver().findElement(By.cssSelector("#verdicts a[href^='/log/entries/']")).click();
        assertThat(browser.driver().getCurrentUrl()).contains("/log/entries/");
    }

    @Test
    void anyoneChecksAClaimThroughTheFormWithoutRecordingIt() {
        var before = snapshot();
        browser.open("/check");
        new Select(browser.driver().findElement(By.id("c-state"))).selectByValue("ARE");
        new Select(browser.driver().findElement(By.id("c-assertion"))).selectByValue("FUND_CONTRIBUTOR");
        new Select(browser.driver().findElement(By.id("c-subject"))).selectByValue(fund);
        new Select(browser.driver().findElement(By.id("c-level"))).selectByValue("RECEIVED");
        browser.driver().findElement(By.id("check-button")).click();
        assertThat(browser.text(By.id("answer"))).contains("United Arab Emirates").contains("UNBACKED")
                .contains("only pledged: a pledge is a promise, not received");
        new Select(browser.driver().findElement(By.id("c-assertion"))).selectByValue("FUND_CONTRIBUTOR");
        new Select(browser.driver().findElement(By.id("c-subject"))).selectByIndex(0);
        browser.driver().findElement(By.id("check-button")).click();
        assertThat(browser.text(By.cssSelector(".error"))).as("a fund contribution names its fund").contains("names its fund");
        assertThat(snapshot()).as("a check records nothing").isEqualTo(before);
    }

    @Test
    void aDelegationClarifiesItsPositionInItsWorkspaceAndTheVerdictFollows() {
        delegate("KAZ"); // its account
        browser.signIn("delegate-kaz", PASSWORD);
        browser.open("/workspace/claims");
        new Select(browser.driver().findElement(By.id("cl-assertion"))).selectByValue("FUND_CONTRIBUTOR");
        new Select(browser.driver().findElement(By.id("cl-subject"))).selectByValue(fund);
        browser.driver().findElement(By.id("cl-speaker")).sendKeys("Spokesperson of the Ministry of Foreign Affairs");
        browser.driver().findElement(By.id("cl-said")).sendKeys("01202026");
        browser.driver().findElement(By.id("cl-text")).sendKeys("Kazakhstan has made no pledge to the package.");
        browser.driver().findElement(By.xpath("//button[starts-with(text(), 'Record for')]")).click();
        assertThat(browser.text(By.cssSelector(".notice"))).contains("Kazakhstan's clarification").contains("counts in every verdict");
        browser.signOut();

        browser.open("/statements/" + statement);
        assertThat(browser.text(By.id("beside-KAZ"))).contains("CONTRADICTED");
        assertThat(browser.text(By.id("verdicts"))).contains("Kazakhstan has made no pledge to the package.");

        browser.signIn("officer", PASSWORD);
        browser.open("/workspace/claims");
        browser.driver().findElement(By.id("st-speaker")).sendKeys("A minister");
        browser.driver().findElement(By.id("st-said")).sendKeys("01202026");
        browser.driver().findElement(By.id("st-text")).sendKeys("Qatar is in the package");
        new Select(browser.driver().findElement(By.id("st-assertion"))).selectByValue("FUND_CONTRIBUTOR");
        new Select(browser.driver().findElement(By.id("st-subject"))).selectByValue(fund);
        browser.driver().findElement(By.id("st-states")).sendKeys("QAT XXX");
        browser.driver().findElement(By.xpath("//button[text()='Record']")).click();
        assertThat(browser.text(By.cssSelector(".error"))).as("an unknown code").contains("XXX");

        browser.driver().findElement(By.id("st-speaker")).sendKeys("A minister");
        browser.driver().findElement(By.id("st-said")).sendKeys("01202026");
        browser.driver().findElement(By.id("st-text")).sendKeys("Qatar has paid 500 million dollars");
        new Select(browser.driver().findElement(By.id("st-assertion"))).selectByValue("FUND_CONTRIBUTOR");
        new Select(browser.driver().findElement(By.id("st-subject"))).selectByValue(fund);
        new Select(browser.driver().findElement(By.id("st-level"))).selectByValue("RECEIVED");
        browser.driver().findElement(By.id("st-amount")).sendKeys("500000000");
        browser.driver().findElement(By.id("st-states")).sendKeys("QAT");
        browser.driver().findElement(By.xpath("//button[text()='Record']")).click();
        assertThat(browser.text(By.cssSelector(".notice"))).contains("Recorded the statement");
        var recorded = verdicts.statements().stream().filter(s -> s.text().equals("Qatar has paid 500 million dollars")).findFirst().orElseThrow();
        var assertion = verdicts.statement(new org.peacecouncil.claims.StatementId(recorded.id())).assertions().get(0).assertion();
        assertThat(assertion.level()).isEqualTo(org.peacecouncil.claims.ContributionLevel.RECEIVED);
        assertThat(assertion.amount()).isEqualTo(new org.peacecouncil.platform.Money(50_000_000_000L, "USD"));
    }

    @org.springframework.beans.factory.annotation.Autowired
    org.peacecouncil.claims.Verdicts verdicts;
}

@OnSqlite
class ClaimsInTheBrowserOnSqliteTests extends ClaimsInTheBrowserSpec {
}

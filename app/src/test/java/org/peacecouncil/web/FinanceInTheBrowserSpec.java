package org.peacecouncil.web;


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
 * A person's path through the finance pages, in Chromium: the secretariat enters a pledge on Kazakhstan's behalf,
 * which the public page does not count; Kazakhstan's delegation confirms it in its workspace; the public page then
 * lists Kazakhstan under what it pledged.
 */
abstract class FinanceInTheBrowserSpec extends CouncilTest {

    private Browser browser;
    private String fund;

    @BeforeEach
    void openBrowser() throws Exception {
        delegate("KAZ");
        fund = secretariat().post("/api/v1/funds", Api.json("name", "Gaza reconstruction package", "currency", "USD",
                "administeredBy", "COUNCIL")).json().get("id").asString();
        browser = new Browser(port);
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void theSecretariatEntersAPledgeOnBehalfAndOnlyKazakhstansDelegationMakesItCount() {
        browser.signIn("officer", PASSWORD);
        browser.open("/workspace/finance");
        new Select(browser.driver().findElement(By.id("ob-state"))).selectByValue("KAZ");
        browser.driver().findElement(By.id("ob-amount")).sendKeys("5000000");
        browser.driver().findElement(By.id("ob-date")).sendKeys("02192026");
        browser.driver().findElement(By.id("ob-document")).sendKeys("Letter of the Permanent Mission, 19 February 2026");
        browser.driver().findElement(By.id("enter-on-behalf")).click();
        assertThat(browser.text(By.cssSelector(".notice"))).contains("UNCONFIRMED").contains("counts nowhere");
        browser.signOut();

        browser.open("/funds/" + fund);
        assertThat(browser.isAbsent(By.id("contributor-KAZ"))).isTrue();
        assertThat(browser.text(By.id("flows"))).contains("UNCONFIRMED");

        browser.signIn("delegate-kaz", PASSWORD);
        browser.open("/workspace/finance");
        assertThat(browser.text(By.id("awaiting"))).contains("USD 5,000,000.00").contains("Letter of the Permanent Mission");
        browser.driver().findElement(By.cssSelector("#awaiting button.confirm")).click();
        browser.confirmAct("Kazakhstan confirms the PLEDGE of USD 5,000,000.00 entered on its behalf");
        assertThat(browser.text(By.cssSelector(".notice"))).contains("now counts");
        browser.signOut();

        browser.open("/funds/" + fund);
        assertThat(browser.text(By.id("contributor-KAZ"))).contains("Kazakhstan").contains("USD 5,000,000.00");
        assertThat(browser.text(By.id("flows"))).contains("CONFIRMED").doesNotContain("UNCONFIRMED");
        assertThat(anonymous().get("/api/v1/funds/" + fund).json().get("totals").get("pledged").get("minorUnits").asLong())
                .isEqualTo(500_000_000L);
    }

    @Test
    void theSecretariatRegistersAnOrganisationAndRecordsItsCommitmentWhichThePublicPageMarksAsAnOrganisations() {
        browser.signIn("officer", PASSWORD);
        browser.open("/workspace/finance");
        browser.driver().findElement(By.id("org-ref")).sendKeys("XM-DAC-41114");
        browser.driver().findElement(By.id("org-name")).sendKeys("United Nations Development Programme");
        new Select(browser.driver().findElement(By.id("org-type"))).selectByValue("40");
        browser.driver().findElement(By.id("register-organisation")).click();
        assertThat(browser.text(By.cssSelector(".notice"))).contains("Registered United Nations Development Programme (XM-DAC-41114)");
        new Select(browser.driver().findElement(By.id("oc-organisation"))).selectByValue("XM-DAC-41114");
        new Select(browser.driver().findElement(By.id("oc-kind"))).selectByValue("COMMITMENT");
        browser.driver().findElement(By.id("oc-amount")).sendKeys("2000000");
        browser.driver().findElement(By.id("oc-date")).sendKeys("03012026");
        browser.driver().findElement(By.id("oc-agreement")).sendKeys("UNDP-BoP agreement 2026-04");
        browser.driver().findElement(By.id("oc-document")).sendKeys("UNDP letter of 1 March 2026");
        browser.driver().findElement(By.id("record-organisation-contribution")).click();
        // the page before also has a notice (the registration's): wait for the next page's
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), org.peacecouncil.support.Eventually.LIMIT)
                .until(d -> !browser.text(By.cssSelector(".notice")).startsWith("Registered"));
        assertThat(browser.text(By.cssSelector(".notice"))).contains("commitment of United Nations Development Programme")
                .contains("USD 2,000,000.00");
        browser.signOut();

        browser.open("/funds/" + fund);
        assertThat(browser.text(By.id("contributor-XM-DAC-41114"))).contains("United Nations Development Programme")
                .contains("organisation").contains("USD 2,000,000.00");
        assertThat(browser.text(By.id("flows"))).contains("United Nations Development Programme");
    }

    @Test
    void theSecretariatRecordsAReceiptAgainstACommitmentChosenFromThoseThatCount() {
        delegate("KAZ").post("/api/v1/funds/" + fund + "/pledges", Api.json("kind", "COMMITMENT", "state", "KAZ", "cash",
                java.util.Map.of("minorUnits", 100_000_000L, "currency", "USD"), "valueDate", "2026-02-19", "agreement", "Agreement KAZ-1"));
        browser.signIn("officer", PASSWORD);
        browser.open("/workspace/finance");
        new Select(browser.driver().findElement(By.id("r-commitment"))).selectByIndex(0);
        browser.driver().findElement(By.id("r-amount")).sendKeys("250000.00");
        browser.driver().findElement(By.id("r-date")).sendKeys("03012026");
        browser.driver().findElement(By.xpath("//button[text()='Record receipt']")).click();
        assertThat(browser.text(By.cssSelector(".notice"))).isEqualTo("Recorded USD 250,000.00 received from Kazakhstan.");
        browser.driver().findElement(By.id("r-amount")).sendKeys("12.345");
        browser.driver().findElement(By.id("r-date")).sendKeys("03012026");
        browser.driver().findElement(By.xpath("//button[text()='Record receipt']")).click();
        assertThat(browser.text(By.cssSelector(".error"))).contains("no more decimals than USD");
        browser.open("/funds/" + fund);
        assertThat(browser.text(By.id("contributor-KAZ"))).contains("USD 250,000.00");
    }

    @Test
    void aDelegationCommitsGoodsInKindThroughItsFormAndTheSecretariatRecordsThemReceived() {
        browser.signIn("delegate-kaz", PASSWORD);
        browser.open("/workspace/finance");
        new Select(browser.driver().findElement(By.id("kind"))).selectByValue("COMMITMENT");
        browser.driver().findElement(By.id("valueDate")).sendKeys("02192026");
        browser.driver().findElement(By.id("agreement")).sendKeys("Agreement KAZ-2");
        browser.driver().findElement(By.xpath("//button[starts-with(text(), 'Record for')]")).click();
        assertThat(browser.text(By.cssSelector(".error"))).as("neither an amount nor goods: refused before anything is shown to confirm")
                .contains("Nothing was signed or sent").contains("amount");
        browser.open("/workspace/finance");
        new Select(browser.driver().findElement(By.id("kind"))).selectByValue("COMMITMENT");
        browser.driver().findElement(By.id("amount")).sendKeys("3000000");
        browser.driver().findElement(By.id("item")).sendKeys("power transformers");
        browser.driver().findElement(By.id("quantity")).sendKeys("51");
        browser.driver().findElement(By.id("unit")).sendKeys("units");
        browser.driver().findElement(By.id("valueDate")).sendKeys("02192026");
        browser.driver().findElement(By.id("agreement")).sendKeys("Agreement KAZ-2");
        browser.driver().findElement(By.xpath("//button[starts-with(text(), 'Record for')]")).click();
        browser.confirmAct("KAZ commits 51 units of power transformers");
        assertThat(browser.text(By.cssSelector(".notice")))
                .contains("51 units of power transformers (valued at USD 3,000,000.00)").contains("CONFIRMED");
        browser.signOut();

        browser.signIn("officer", PASSWORD);
        browser.open("/workspace/finance");
        new Select(browser.driver().findElement(By.id("r-commitment"))).selectByIndex(0);
        browser.driver().findElement(By.id("r-item")).sendKeys("power transformers");
        browser.driver().findElement(By.id("r-quantity")).sendKeys("51");
        browser.driver().findElement(By.id("r-unit")).sendKeys("units");
        browser.driver().findElement(By.id("r-date")).sendKeys("04012026");
        browser.driver().findElement(By.xpath("//button[text()='Record receipt']")).click();
        assertThat(browser.text(By.cssSelector(".notice"))).isEqualTo("Recorded 51 units of power transformers received from Kazakhstan.");
        browser.signOut();

        browser.open("/funds/" + fund);
        assertThat(browser.text(By.id("flows"))).contains("51 units of power transformers");
        assertThat(anonymous().get("/api/v1/funds/" + fund).json().get("totals").get("received").get("minorUnits").asLong())
                .as("goods received without a valuation add no money").isZero();
    }
}

@OnSqlite
class FinanceInTheBrowserOnSqliteTests extends FinanceInTheBrowserSpec {
}

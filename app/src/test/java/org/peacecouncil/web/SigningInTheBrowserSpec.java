package org.peacecouncil.web;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.peacecouncil.keys.EntrySignatures;
import org.peacecouncil.ledger.Ledger;
import org.peacecouncil.support.Browser;
import org.peacecouncil.support.CouncilTest;
import org.peacecouncil.support.Eventually;
import org.peacecouncil.support.OnPostgres;
import org.peacecouncil.support.OnSqlite;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A delegate makes its delegation's key in Chromium (WebCrypto Ed25519, kept in the browser), registers it with the
 * key's own signature, then votes: the page shows in words and as bytes what it is about to sign, signs only on the
 * delegate's word, and the public log entry shows the ballot signed by the state's key.
 */
abstract class SigningInTheBrowserSpec extends CouncilTest {

    @Autowired
    Ledger ledger;

    @Autowired
    EntrySignatures signatures;

    private Browser browser;

    @AfterEach
    void closeTheBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aDelegateMakesAKeyInTheBrowserAndSignsABallotThatThePublicRecordShowsSigned() throws Exception {
        var sitting = aVoteOnABudget(30, "AZE");
        delegate("AZE");
        String fund = secretariat().post("/api/v1/funds", org.peacecouncil.support.Api.json("name", "Reconstruction", "currency", "USD",
                "administeredBy", "COUNCIL")).json().get("id").asString();
        browser = new Browser(port);
        browser.signIn("delegate-aze", PASSWORD);

        browser.open("/keys/AZE");
        new WebDriverWait(browser.driver(), Eventually.LIMIT).until(d -> browser.text(By.id("browser-key-status")).contains("holds no key"));
        browser.driver().findElement(By.id("key-name")).clear();
        browser.driver().findElement(By.id("key-name")).sendKeys("Ambassador's browser");
        browser.driver().findElement(By.id("create-browser-key")).click();
        new WebDriverWait(browser.driver(), Eventually.LIMIT).until(d -> !d.findElements(By.cssSelector(".notice")).isEmpty());
        assertThat(browser.text(By.cssSelector(".notice"))).startsWith("Key ").contains("is registered for Azerbaijan");
        String keyId = browser.text(By.cssSelector("#keys code"));
        new WebDriverWait(browser.driver(), Eventually.LIMIT).until(d -> browser.text(By.id("browser-key-status")).contains("signs for AZE"));
        assertThat(browser.text(By.id("browser-key-status"))).contains(keyId);

        browser.open("/motions/" + sitting.motion());
        browser.driver().findElement(By.id("explanation")).sendKeys("Azerbaijan supports the budget.");
        browser.driver().findElement(By.id("vote-yes")).click();
        var confirm = new WebDriverWait(browser.driver(), Eventually.LIMIT).until(d -> d.findElement(By.id("sign-and-send")));
        assertThat(browser.text(By.cssSelector(".signing-words"))).isEqualTo("AZE votes YES on motion " + sitting.motion() + ": Budget");
        String shown = (String) ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript("return document.querySelector('.signing-payload').textContent");
        assertThat(shown).startsWith("{\"act\":\"BallotCast\",\"fields\":{\"explanation\":\"Azerbaijan supports the budget.\",\"motionId\":")
                .contains("\"vote\":\"YES\"", "\"state\":\"AZE\"");
        long before = ledger.size();
        confirm.click();
        new WebDriverWait(browser.driver(), Eventually.LIMIT).until(d -> !d.findElements(By.cssSelector(".notice")).isEmpty());
        assertThat(browser.text(By.cssSelector(".notice"))).isEqualTo("Your ballot is recorded: YES, signed with key " + keyId
                + ". You may change it until the vote closes.");

        var entry = ledger.entries(before, ledger.size()).stream().filter(e -> e.type().equals("BallotCast")).findFirst().orElseThrow();
        assertThat(signatures.check(entry.body()).holds()).isTrue();
        assertThat(entry.body()).as("the bytes shown are the bytes the record checks").contains("\"explanation\":\"Azerbaijan supports the budget.\"");

        // A pledge: the council reads the form (the amount in minor units) and prepares the payload; the page shows and signs it.
        browser.open("/workspace/finance");
        browser.driver().findElement(By.id("amount")).sendKeys("2500000.50");
        browser.driver().findElement(By.id("valueDate")).sendKeys("02192026");
        browser.driver().findElement(By.id("record-pledge")).click();
        var signPledge = new WebDriverWait(browser.driver(), Eventually.LIMIT).until(d -> d.findElement(By.id("sign-and-send")));
        assertThat(browser.text(By.cssSelector(".signing-words"))).isEqualTo("AZE pledges USD 2,500,000.50 to fund " + fund
                + ", value date 2026-02-19");
        long beforePledge = ledger.size();
        signPledge.click();
        new WebDriverWait(browser.driver(), Eventually.LIMIT).until(d -> !d.findElements(By.cssSelector(".notice")).isEmpty());
        assertThat(browser.text(By.cssSelector(".notice"))).contains("signed with key " + keyId);
        var pledge = ledger.entries(beforePledge, ledger.size()).stream().filter(e -> e.type().equals("FlowRecorded")).findFirst().orElseThrow();
        assertThat(signatures.check(pledge.body()).holds()).isTrue();
        assertThat(pledge.body()).contains("\"minorUnits\":250000050");

        browser.signOut();
        browser.open("/log/entries/" + entry.index());
        assertThat(browser.text(By.id("signature"))).startsWith("signed Signed by AZE’s key " + keyId);
        browser.open("/log/entries/" + pledge.index());
        assertThat(browser.text(By.id("signature"))).startsWith("signed Signed by AZE’s key " + keyId);
    }
}

@OnSqlite
class SigningInTheBrowserOnSqliteTests extends SigningInTheBrowserSpec {
}

@OnPostgres
class SigningInTheBrowserOnPostgresTests extends SigningInTheBrowserSpec {
}

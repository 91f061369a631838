package org.peacecouncil.web;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.peacecouncil.support.Browser;
import org.peacecouncil.support.CouncilTest;
import org.peacecouncil.support.OnPostgres;
import org.peacecouncil.support.OnSqlite;

import static org.assertj.core.api.Assertions.assertThat;

/** A reader follows a member's consent to its entry on the log and sees it proven in the latest checkpoint. */
abstract class PublicRecordInTheBrowserSpec extends CouncilTest {

    private Browser browser;

    @BeforeEach
    void openBrowser() throws Exception {
        foundCouncil("USA", "AZE", "ARM");
        browser = new Browser(port);
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void aMembersConsentIsOnTheLogAndProvenInTheLatestCheckpoint() throws Exception {
        browser.open("/members/ARM");
        browser.driver().findElement(By.linkText("Its entries on the public log, with proofs")).click();
        assertThat(browser.text(By.cssSelector("h1"))).isEqualTo("Public record about Armenia");
        long appended = anonymous().get("/api/v1/log").json().get("entriesAppended").asLong();
        org.peacecouncil.support.Eventually.until("a checkpoint covering every entry",
                () -> anonymous().get("/api/v1/log").json().get("size").asLong() >= appended);
        browser.driver().findElement(By.xpath("//tr[td/a[text()='ConsentGiven']]//a")).click();
        assertThat(browser.text(By.id("entry-body"))).contains("\"type\":\"ConsentGiven\"").contains("\"state\":\"ARM\"");
        assertThat(browser.text(By.id("proof-result"))).isEqualTo("verified");
    }
}

@OnSqlite
class PublicRecordInTheBrowserOnSqliteTests extends PublicRecordInTheBrowserSpec {
}

@OnPostgres
class PublicRecordInTheBrowserOnPostgresTests extends PublicRecordInTheBrowserSpec {
}

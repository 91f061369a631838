package org.peacecouncil.web;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.peacecouncil.support.Api;
import org.peacecouncil.support.Browser;
import org.peacecouncil.support.CouncilTest;
import org.peacecouncil.support.OnSqlite;

import static org.assertj.core.api.Assertions.assertThat;

/** At a phone's 390 px the record's tables reflow into one card per row instead of clipping; the keyboard finds a way past the header. */
abstract class PhoneLayoutInTheBrowserSpec extends CouncilTest {

    private Browser browser;
    private String meeting;

    @BeforeEach
    void aMeetingWithAMotionAndAttendance() throws Exception {
        foundCouncil("USA", "AZE", "ARM");
        meeting = chair().post("/api/v1/meetings", Api.json("kind", "VOTING", "title", "Second meeting of the Board of Peace",
                "place", "Online", "startsAt", "2026-02-19T15:00:00Z", "agenda", List.of("Reconstruction budget"))).json().get("id").asString();
        chair().post("/api/v1/meetings/" + meeting + "/motions", Api.json("kind", "BUDGET", "title",
                "The reconstruction budget for the first year, with its annexes", "text", "The Board adopts the budget."));
        delegate("AZE").post("/api/v1/meetings/" + meeting + "/attendance",
                Api.json("state", "AZE", "capacity", "HEAD_OF_STATE_OR_GOVERNMENT", "representative", "Ilham Aliyev"));
        browser = new Browser(port);
        browser.driver().manage().window().setSize(new Dimension(390, 844));
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void theLogAndMeetingTablesReflowAtPhoneWidthShowingEveryColumnUnderItsName() {
        for (String page : List.of("/log", "/meetings/" + meeting)) {
            browser.open(page);
            assertThat(number("return window.innerWidth")).as("the window is a phone's").isLessThanOrEqualTo(400);
            assertThat(number("return document.documentElement.scrollWidth")).as(page + " fits the phone's width")
                    .isLessThanOrEqualTo(number("return window.innerWidth"));
            assertThat(number("return Math.max(...Array.from(document.querySelectorAll('.table-wrap')).map(w => w.scrollWidth - w.clientWidth))"))
                    .as(page + ": no table scrolls sideways").isLessThanOrEqualTo(0);
        }
        browser.open("/log");
        @SuppressWarnings("unchecked")
        var labels = (List<String>) ((JavascriptExecutor) browser.driver()).executeScript("return Array.from("
                + "document.querySelectorAll('table.reflow tbody tr:first-child td')).map(td => getComputedStyle(td, '::before').content"
                + " + ' ' + (td.offsetWidth > 0 ? 'shown' : 'hidden'))");
        assertThat(labels).as("each cell under its column's name, nothing hidden")
                .containsExactly("\"#\" shown", "\"Act\" shown", "\"State\" shown", "\"Recorded\" shown");
        browser.open("/meetings/" + meeting);
        assertThat(browser.text(By.id("attendance"))).contains("Ilham Aliyev").contains("Head of state or government");
    }

    @Test
    void theFirstTabLeadsPastTheHeaderToTheContent() {
        browser.open("/log");
        browser.driver().findElement(By.tagName("body")).sendKeys(Keys.TAB);
        var focused = browser.driver().switchTo().activeElement();
        assertThat(focused.getText()).isEqualTo("Skip to the content");
        assertThat(focused.getAttribute("href")).endsWith("#main");
        assertThat(focused.isDisplayed()).as("visible once it has the focus").isTrue();
        assertThat(browser.driver().findElement(By.id("main")).getTagName()).isEqualTo("main");
    }

    @Test
    void aDelegationsWorkingPagesFitAPhoneWithoutATableScrollingSideways() {
        delegate("AZE").post("/api/v1/tokens", Api.json("label", "the ministry's system"));
        browser.signIn("delegate-aze", PASSWORD);
        for (String page : List.of("/workspace", "/workspace/finance", "/workspace/missions", "/workspace/claims", "/workspace/accounts",
                "/workspace/inbox", "/account", "/keys/AZE", "/meetings", "/search?q=budget")) {
            browser.open(page);
            assertThat(number("return document.documentElement.scrollWidth")).as(page + " fits the phone's width")
                    .isLessThanOrEqualTo(number("return window.innerWidth"));
            assertThat(number("return Math.max(0, ...Array.from(document.querySelectorAll('.table-wrap')).map(w => w.scrollWidth - w.clientWidth))"))
                    .as(page + ": no table scrolls sideways").isLessThanOrEqualTo(0);
        }
    }

    @Test
    void onPaperAPageShowsTheRecordNotTheToolsAndTablesStayTables() {
        ((org.openqa.selenium.chrome.ChromeDriver) browser.driver()).executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("media", "print"));
        try {
            browser.open("/meetings/" + meeting);
            var js = (JavascriptExecutor) browser.driver();
            assertThat(js.executeScript("return getComputedStyle(document.querySelector('header.site nav')).display")).isEqualTo("none");
            assertThat(js.executeScript("return getComputedStyle(document.querySelector('footer.site')).display")).isEqualTo("none");
            assertThat(js.executeScript("return getComputedStyle(document.querySelector('#minutes-pdf').parentElement).display")).isEqualTo("none");
            assertThat(js.executeScript("return getComputedStyle(document.querySelector('#motions thead')).display"))
                    .as("a table prints with its header, even at a phone's width").isEqualTo("table-header-group");
            assertThat(browser.text(By.tagName("h1"))).isEqualTo("Second meeting of the Board of Peace");
            assertThat(browser.text(By.id("attendance"))).contains("Ilham Aliyev");
        } finally {
            ((org.openqa.selenium.chrome.ChromeDriver) browser.driver()).executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("media", ""));
        }
    }

    private long number(String script) {
        return ((Number) ((JavascriptExecutor) browser.driver()).executeScript(script)).longValue();
    }
}

@OnSqlite
class PhoneLayoutInTheBrowserOnSqliteTests extends PhoneLayoutInTheBrowserSpec {
}

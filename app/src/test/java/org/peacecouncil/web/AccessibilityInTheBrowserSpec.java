package org.peacecouncil.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.peacecouncil.support.Browser;
import org.peacecouncil.support.OnSqlite;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page passes axe-core's WCAG 2.1 A and AA checks: axe-core from the npm registry (pinned in src/test/axe),
 * injected into Debian's Chromium, over every kind of page the demo council has, read anonymously and signed in as a
 * delegation, the Chair and the secretariat, at a desktop's and a phone's width. Swagger UI is springdoc's bundled
 * page, not ours, and is left out (README says what axe-core finds on it).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"peace-council.demo.enabled=true", "peace-council.demo.password=demo-password-for-tests"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AccessibilityInTheBrowserSpec {

    private static final Path AXE = Path.of("src/test/axe/node_modules/axe-core/axe.min.js");
    private static final Pattern NOT_A_PAGE = Pattern.compile(
            "^/(api|v3|swagger-ui|swagger-ui\\.html|webjars|css|js|oauth2|logout|log/tile|log/checkpoint|log/key)(/.*)?$|.*\\.(csv|xml|ics|json|js|css|txt|pdf)$|.*/live$");
    /** One page per kind: ids (digits, UUIDs, other identifiers with digits or hyphens) make no new kind. */
    private static final Pattern ID = Pattern.compile("^(\\d+|[0-9a-f-]{8,}|[A-Za-z0-9]*[-_0-9][A-Za-z0-9_-]*)$");

    @LocalServerPort
    int port;

    private Browser browser;
    private String axe;

    @BeforeAll
    void aBrowserWithAxe() throws Exception {
        if (!Files.isReadable(AXE)) {
            throw new AssertionError("axe-core is missing: run ./mvnw verify (it installs it with npm into src/test/axe), "
                    + "or npm install in app/src/test/axe");
        }
        axe = Files.readString(AXE);
        browser = new Browser(port);
        browser.driver().manage().timeouts().implicitlyWait(Duration.ZERO);
    }

    @AfterAll
    void closeBrowser() {
        browser.close();
    }

    @Test
    void everyPublicPagePassesAxe() {
        assertThat(violationsOnEveryPageFrom(List.of("/", "/login", "/check", "/council", "/no-such-page"), 1280)).isEmpty();
    }

    @Test
    void everyPublicPagePassesAxeAtAPhonesWidth() {
        assertThat(violationsOnEveryPageFrom(List.of("/", "/login"), 390)).isEmpty();
    }

    @Test
    void everyPageOfADelegationPassesAxe() {
        browser.signIn("delegate-aze", "demo-password-for-tests");
        try {
            assertThat(violationsOnEveryPageFrom(List.of("/workspace", "/workspace/inbox", "/account"), 1280)).isEmpty();
        } finally {
            browser.signOut();
        }
    }

    @Test
    void everyPageOfTheChairAndTheSecretariatPassesAxe() {
        for (String office : List.of("chair", "secretariat")) {
            browser.signIn(office, "demo-password-for-tests");
            try {
                assertThat(violationsOnEveryPageFrom(List.of("/workspace", "/workspace/inbox", "/account"), 1280)).as(office).isEmpty();
            } finally {
                browser.signOut();
            }
        }
    }

    @Test
    void everyPublicPagePassesAxeInArabic() {
        browser.open("/?lang=ar");
        try {
            assertThat(violationsOnEveryPageFrom(List.of("/", "/login", "/check", "/council", "/no-such-page"), 1280)).isEmpty();
            assertThat(violationsOnEveryPageFrom(List.of("/", "/login"), 390)).isEmpty();
        } finally {
            browser.open("/?lang=en");
        }
    }

    @Test
    void everyPageOfADelegationPassesAxeInArabic() {
        browser.open("/?lang=ar");
        browser.signIn("delegate-aze", "demo-password-for-tests");
        try {
            assertThat(violationsOnEveryPageFrom(List.of("/workspace", "/workspace/inbox", "/account"), 390)).isEmpty();
        } finally {
            browser.signOutInAnyLanguage();
            browser.open("/?lang=en");
        }
    }

    @Test
    void anArabicPageIsLaidOutRightToLeftAndTheLanguageStaysChosen() {
        browser.open("/members?lang=ar");
        var js = (JavascriptExecutor) browser.driver();
        assertThat(js.executeScript("return document.documentElement.lang + ' ' + document.documentElement.dir")).isEqualTo("ar rtl");
        assertThat(js.executeScript("return getComputedStyle(document.body).direction")).isEqualTo("rtl");
        var brand = browser.driver().findElement(By.cssSelector("header.site .brand"));
        int width = ((Number) js.executeScript("return document.documentElement.clientWidth")).intValue();
        assertThat(brand.getLocation().getX()).as("the brand starts the line at the right").isGreaterThan(width / 2);
        assertThat(browser.driver().findElement(By.cssSelector("header.site nav a[href='/members']")).getText()).isEqualTo("الأعضاء");
        for (int phoneOrDesk : new int[] {390, 1280}) {
            browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(phoneOrDesk, 1000));
            for (String page : List.of("/members", "/log", "/workspace")) {
                browser.open(page);
                assertThat(((Number) js.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth")).intValue())
                        .as(page + " at " + phoneOrDesk + " px runs off no side").isLessThanOrEqualTo(0);
            }
        }
        browser.open("/meetings");
        assertThat(js.executeScript("return document.documentElement.dir")).as("chosen once, kept").isEqualTo("rtl");
        browser.open("/meetings?lang=en");
        assertThat(js.executeScript("return document.documentElement.dir")).isEqualTo("ltr");
    }

    /** Visits the pages reachable from {@code starts} (one per kind), and lists what axe-core finds on each. */
    private Map<String, List<String>> violationsOnEveryPageFrom(List<String> starts, int width) {
        browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(width, 1000));
        var seen = new LinkedHashSet<String>();
        var queue = new ArrayDeque<>(starts);
        var found = new LinkedHashMap<String, List<String>>();
        int visited = 0;
        while (!queue.isEmpty() && visited < 80) {
            String path = queue.poll();
            if (!seen.add(kind(path))) {
                continue;
            }
            browser.open(path);
            visited++;
            var violations = axeViolations();
            if (!violations.isEmpty()) {
                found.put(path, violations);
            }
            for (String link : links()) {
                if (!seen.contains(kind(link))) {
                    queue.add(link);
                }
            }
        }
        assertThat(visited).as("pages visited from " + starts).isGreaterThanOrEqualTo(starts.size());
        System.out.println("axe-core checked " + visited + " kinds of page at " + width + " px: " + seen);
        return found;
    }

    private List<String> links() {
        var js = (JavascriptExecutor) browser.driver();
        @SuppressWarnings("unchecked")
        var hrefs = (List<String>) js.executeScript("return Array.from(document.querySelectorAll('a[href]'))"
                + ".map(a => new URL(a.href)).filter(u => u.origin === location.origin).map(u => u.pathname);");
        var pages = new ArrayList<String>();
        for (String href : hrefs) {
            if (!NOT_A_PAGE.matcher(href).matches() && !href.startsWith("/workspace/accounts/")) {
                pages.add(href);
            }
        }
        return pages;
    }

    private static String kind(String path) {
        var parts = new ArrayList<String>();
        for (String part : path.split("/")) {
            parts.add(ID.matcher(part).matches() || part.matches("[A-Z]{3}") ? "{id}" : part);
        }
        return String.join("/", parts);
    }

    private List<String> axeViolations() {
        var js = (JavascriptExecutor) browser.driver();
        js.executeScript(axe);
        browser.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        @SuppressWarnings("unchecked")
        var violations = (List<Map<String, Object>>) js.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
                + ".then(r => done(r.violations.map(v => ({id: v.id, help: v.help, nodes: v.nodes.slice(0, 3).map(n => n.target.join(' '))}))))"
                + ".catch(e => done([{id: 'axe-failed', help: String(e), nodes: []}]));");
        return violations.stream().map(v -> v.get("id") + ": " + v.get("help") + " " + v.get("nodes")).toList();
    }

}

@OnSqlite
class AccessibilityInTheBrowserOnSqliteTests extends AccessibilityInTheBrowserSpec {
}

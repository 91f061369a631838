package org.peacecouncil.support;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium driven through Debian's ChromeDriver. Nothing is downloaded: if either is missing the test
 * fails and says how to install them.
 */
public final class Browser implements AutoCloseable {

    public static final String CHROMIUM = "/usr/bin/chromium";
    public static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    private final WebDriver driver;
    private final Path profile;
    private final String base;

    public Browser(int port) throws Exception {
        if (!new File(CHROMIUM).canExecute() || !new File(CHROMEDRIVER).canExecute()) {
            throw new AssertionError("Browser tests need Debian's Chromium and ChromeDriver: apt-get install chromium chromium-driver");
        }
        profile = Files.createTempDirectory("chromium-profile-");
        var service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER)).build();
        var options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--window-size=1280,1000", "--user-data-dir=" + profile);
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Eventually.LIMIT);
        base = "http://localhost:" + port;
    }

    public WebDriver driver() {
        return driver;
    }

    public void open(String path) {
        driver.get(base + path);
    }

    /** Signs in, or fails at once saying so (an account the test did not create would otherwise leave every later step waiting). */
    public void signIn(String username, String password) {
        signInOrNot(username, password);
        if (driver.getCurrentUrl().contains("error")) {
            throw new AssertionError("Could not sign in as " + username + ": does the test create that account?");
        }
    }

    /** Tries to sign in and waits for the answer, whichever it is. */
    public void signInOrNot(String username, String password) {
        open("/login");
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("sign-in")).click();
        // Wait for the answer (signed in, or the reason why not), so that the next navigation cannot overtake it.
        new org.openqa.selenium.support.ui.WebDriverWait(driver, Eventually.LIMIT).until(d -> {
            String url = d.getCurrentUrl();
            return url.contains("error") || (!url.endsWith("/login") && !d.findElements(By.cssSelector("header.site form[action='/logout'] button")).isEmpty());
        });
    }

    /** Signs out and waits until the signed-out page has loaded, so that the next navigation cannot overtake it. */
    public void signOut() {
        driver.findElement(By.xpath("//button[text()='Sign out']")).click();
        new org.openqa.selenium.support.ui.WebDriverWait(driver, Eventually.LIMIT)
                .until(d -> !d.findElements(By.linkText("Sign in")).isEmpty());
    }

    /** Signs out whatever the page's language, and waits until the signed-out page has loaded. */
    public void signOutInAnyLanguage() {
        driver.findElement(By.cssSelector("header.site form[action='/logout'] button")).click();
        new org.openqa.selenium.support.ui.WebDriverWait(driver, Eventually.LIMIT)
                .until(d -> !d.findElements(By.cssSelector("header.site a[href='/login']")).isEmpty());
    }

    /**
     * Answers the page's confirmation of an irreversible act: checks that it shows what will be recorded, then records
     * it and waits for the next page. Returns the words the confirmation showed.
     */
    public String confirmAct(String... showing) {
        var box = new org.openqa.selenium.support.ui.WebDriverWait(driver, Eventually.LIMIT)
                .until(d -> d.findElement(By.cssSelector(".signing-confirmation")));
        String words = box.getText();
        for (String expected : showing) {
            if (!words.contains(expected)) {
                throw new AssertionError("The confirmation does not show \"" + expected + "\": " + words);
            }
        }
        box.findElement(By.id("confirm-act")).click();
        driver.manage().timeouts().implicitlyWait(Duration.ZERO); // findElements would wait for one to appear
        try {
            new org.openqa.selenium.support.ui.WebDriverWait(driver, Eventually.LIMIT)
                    .until(d -> d.findElements(By.cssSelector(".signing-confirmation")).isEmpty());
        } finally {
            driver.manage().timeouts().implicitlyWait(Eventually.LIMIT);
        }
        return words;
    }

    /** True when the page, as loaded, has no such element (without waiting for one to appear). */
    public boolean isAbsent(By by) {
        driver.manage().timeouts().implicitlyWait(Duration.ZERO);
        try {
            return driver.findElements(by).isEmpty();
        } finally {
            driver.manage().timeouts().implicitlyWait(Eventually.LIMIT);
        }
    }

    /** The element's text; read again if live updates replaced the element between finding and reading it. */
    public String text(By by) {
        for (int attempt = 1; ; attempt++) {
            try {
                return driver.findElement(by).getText();
            } catch (org.openqa.selenium.StaleElementReferenceException replaced) {
                if (attempt == 5) {
                    throw replaced;
                }
            }
        }
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (Exception ignored) {
            // a leftover temporary profile is harmless
        }
    }
}

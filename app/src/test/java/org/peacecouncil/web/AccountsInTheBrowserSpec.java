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

/** The secretariat registers a delegation in the browser; the delegate's first sign-in makes it choose a password. */
abstract class AccountsInTheBrowserSpec extends CouncilTest {

    private Browser browser;

    @BeforeEach
    void openBrowser() throws Exception {
        foundCouncil("USA", "AZE", "ARM");
        secretariat();
        jdbc.sql("DELETE FROM accounts WHERE username = 'registered-mng'").update();
        browser = new Browser(port);
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void aNewDelegateSignsInWithItsOneTimePasswordAndMustChooseItsOwnFirst() {
        browser.signIn("officer", PASSWORD);
        browser.driver().findElement(By.linkText("Manage accounts")).click();
        browser.driver().findElement(By.id("username")).sendKeys("registered-mng");
        browser.driver().findElement(By.id("displayName")).sendKeys("Delegation of Mongolia");
        new Select(browser.driver().findElement(By.id("role"))).selectByValue("DELEGATE");
        new Select(browser.driver().findElement(By.id("account-state"))).selectByValue("MNG");
        browser.driver().findElement(By.id("register")).click();
        String oneTime = browser.text(By.cssSelector("#issued code"));
        assertThat(oneTime).hasSize(20);
        browser.signOut();

        browser.signIn("registered-mng", oneTime);
        assertThat(browser.driver().getCurrentUrl()).contains("/account");
        assertThat(browser.text(By.cssSelector(".error"))).contains("one-time password");
        browser.open("/workspace");
        assertThat(browser.driver().getCurrentUrl()).as("the workspace waits for a password of its own").contains("/account");

        browser.driver().findElement(By.id("current")).sendKeys(oneTime);
        browser.driver().findElement(By.id("replacement")).sendKeys("mongolia-chooses-this");
        browser.driver().findElement(By.xpath("//button[text()='Change password']")).click();
        assertThat(browser.text(By.cssSelector(".notice"))).startsWith("Your password has been changed");
        assertThat(browser.text(By.cssSelector("h1"))).isEqualTo("Delegation of Mongolia");
    }
}

@OnSqlite
class AccountsInTheBrowserOnSqliteTests extends AccountsInTheBrowserSpec {
}

@OnPostgres
class AccountsInTheBrowserOnPostgresTests extends AccountsInTheBrowserSpec {
}

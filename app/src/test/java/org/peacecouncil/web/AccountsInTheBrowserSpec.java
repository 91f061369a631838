package org.peacecouncil.web;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.peacecouncil.support.Browser;
import org.peacecouncil.identity.Role;
import org.peacecouncil.support.CouncilTest;
import org.peacecouncil.support.OnPostgres;
import org.peacecouncil.support.OnSqlite;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A state's first delegate, made by the operator, signs in with its one-time password and must choose its own first;
 * then its delegation creates its next delegate in the browser, is told in its workspace of a reset the secretariat
 * made, and deactivates the account.
 */
abstract class AccountsInTheBrowserSpec extends CouncilTest {

    private Browser browser;

    @BeforeEach
    void openBrowser() throws Exception {
        foundCouncil("USA", "AZE", "ARM");
        secretariat();
        jdbc.sql("DELETE FROM account_changes WHERE username LIKE 'registered-mng%'").update();
        jdbc.sql("DELETE FROM accounts WHERE username LIKE 'registered-mng%'").update();
        browser = new Browser(port);
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void aNewDelegateChoosesItsPasswordThenItsDelegationManagesItsOwnAccounts() {
        String oneTime = accounts.createByOperator("registered-mng", Role.DELEGATE, "MNG", "Delegation of Mongolia").oneTimePassword();
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

        browser.driver().findElement(By.id("delegation-accounts")).click();
        browser.driver().findElement(By.id("username")).sendKeys("registered-mng-2");
        browser.driver().findElement(By.id("displayName")).sendKeys("Second delegate of Mongolia");
        browser.driver().findElement(By.id("register")).click();
        assertThat(browser.text(By.cssSelector("#issued code"))).hasSize(20);
        browser.signOut();

        browser.signIn("officer", PASSWORD);
        browser.driver().findElement(By.linkText("Manage accounts")).click();
        assertThat(browser.driver().findElements(By.cssSelector("#role option"))).extracting(e -> e.getAttribute("value"))
                .as("the secretariat creates officers only").containsExactly("SECRETARIAT");
        browser.driver().findElement(By.xpath("//tr[td/code[text()='registered-mng-2']]//button[text()='New one-time password']")).click();
        browser.confirmAct("A new one-time password for registered-mng-2");
        assertThat(browser.text(By.cssSelector("#issued"))).contains("registered-mng-2");
        browser.signOut();

        browser.signIn("registered-mng", "mongolia-chooses-this");
        assertThat(browser.text(By.id("account-notices"))).contains("reset").contains("registered-mng-2").contains("officer (SECRETARIAT)");
        browser.driver().findElement(By.id("delegation-accounts")).click();
        browser.driver().findElement(By.id("deactivate-registered-mng-2")).click();
        browser.confirmAct("Deactivate registered-mng-2", "never sign in again");
        assertThat(browser.text(By.cssSelector(".notice"))).contains("registered-mng-2 is deactivated");
        assertThat(accounts.find("registered-mng-2").orElseThrow().active()).isFalse();
    }

    @Test
    void aPasswordResetBySomeoneElseEndsThePageSessionSignedInBeforeIt() {
        as("registered-arm-2", Role.DELEGATE, "ARM");
        browser.signIn("registered-arm-2", PASSWORD);
        browser.open("/workspace");
        assertThat(browser.driver().getCurrentUrl()).endsWith("/workspace");
        clock.set(clock.instant().plusSeconds(60));
        var reset = secretariat().post("/api/v1/accounts/registered-arm-2/password-reset");
        assertThat(reset.status()).as(reset.toString()).isEqualTo(200);
        browser.open("/workspace");
        assertThat(browser.driver().getCurrentUrl()).contains("/login?reset");
        assertThat(browser.text(By.cssSelector(".error"))).contains("password was reset by someone else");
    }
}

@OnSqlite
class AccountsInTheBrowserOnSqliteTests extends AccountsInTheBrowserSpec {
}

@OnPostgres
class AccountsInTheBrowserOnPostgresTests extends AccountsInTheBrowserSpec {
}

package org.peacecouncil.identity;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.peacecouncil.ledger.Ledger;
import org.peacecouncil.support.Api;
import org.peacecouncil.support.CouncilTest;
import org.peacecouncil.support.OnPostgres;
import org.peacecouncil.support.OnSqlite;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No hidden account acts: who created, reset or deactivated which account, and who issued a token, is on the public
 * log (never a secret); a Chair and a state's first delegate come only from the operator's command line; a state's
 * further delegates only from its own delegation; the Chair's password is never reset through the platform; a reset
 * the delegation did not make is told to it; a deactivated account stops at once. On both engines.
 */
abstract class AccountActsSpec extends CouncilTest {

    @Autowired
    Ledger ledger;

    /** The operator's command line, run in this application against its database; the printed output and the exit code. */
    record Run(int exit, String out, String err) {
        String password() {
            return out.replaceAll("(?s).*password: ([A-Za-z0-9]+).*", "$1");
        }
    }

    Run operator(String... args) {
        var out = new StringWriter();
        var err = new StringWriter();
        int exit = OperatorCommands.run(accounts, new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(exit, out.toString(), err.toString());
    }

    private List<Ledger.Entry> entriesSince(long size) {
        return ledger.entries(size, ledger.size());
    }

    @Test
    void everyAccountActIsOnTheLogAndNoneHoldsASecret() {
        long before = ledger.size();
        var created = operator("create", "--role", "DELEGATE", "--state", "NOR", "--username", "registered-nor", "--name", "Delegation of Norway");
        assertThat(created.exit()).as(created.err()).isZero();
        String oneTime = created.password();
        accounts.changePassword("registered-nor", oneTime, "norway-chooses-this-one");
        var norway = api.basic("registered-nor", "norway-chooses-this-one");
        var token = norway.post("/api/v1/tokens", Api.json("label", "laptop"));
        assertThat(token.status()).isEqualTo(201);
        assertThat(norway.delete("/api/v1/tokens/" + token.json().get("id").asString()).status()).isEqualTo(204);
        clock.set(clock.instant().plusSeconds(60));
        var reset = secretariat().post("/api/v1/accounts/registered-nor/password-reset");
        assertThat(reset.status()).isEqualTo(200);

        var entries = entriesSince(before);
        assertThat(entries).extracting(Ledger.Entry::type).containsSubsequence("AccountCreated", "TokenIssued", "TokenRevoked", "PasswordReset");
        var createdEntry = entries.stream().filter(e -> e.type().equals("AccountCreated")).findFirst().orElseThrow();
        assertThat(createdEntry.body()).contains("\"via\":\"OPERATOR\"", "\"actor\":\"operator\"", "\"username\":\"registered-nor\"",
                "\"state\":\"NOR\"");
        var issuedEntry = entries.stream().filter(e -> e.type().equals("TokenIssued")).findFirst().orElseThrow();
        assertThat(anonymous().get("/log/entries/" + issuedEntry.index(), "Cache-Control", "no-cache").body()).as("an act by an account created that day says so")
                .contains("id=\"fresh-credentials\"").contains(">operator<");
        assertThat(anonymous().get("/log/entries/" + createdEntry.index(), "Cache-Control", "no-cache").body()).doesNotContain("id=\"fresh-credentials\"");
        var resetEntry = entries.stream().filter(e -> e.type().equals("PasswordReset")).findFirst().orElseThrow();
        assertThat(resetEntry.body()).contains("\"delegationTold\":true", "(SECRETARIAT)");
        for (var e : entries) {
            assertThat(e.body()).as(e.type()).doesNotContain(oneTime, reset.json().get("oneTimePassword").asString(),
                    token.json().get("token").asString(), "$2a$", "{bcrypt}");
        }
    }

    @Test
    void theSecretariatCreatesNoChairAndNoStatesFirstDelegateAndNeverResetsTheChair() {
        chair();
        var before = snapshot();
        long size = ledger.size();
        var chairAccount = secretariat().post("/api/v1/accounts", Api.json("username", "registered-chair", "role", "CHAIR",
                "displayName", "A shadow chair"));
        assertThat(chairAccount.status()).isEqualTo(403);
        assertThat(chairAccount.json().get("type").asString()).endsWith("operator-only");
        var firstDelegate = secretariat().post("/api/v1/accounts", Api.json("username", "registered-tuv", "role", "DELEGATE",
                "state", "TUV", "displayName", "A shadow delegate of Tuvalu"));
        assertThat(firstDelegate.status()).isEqualTo(403);
        assertThat(firstDelegate.json().get("detail").asString()).contains("first delegate account of Tuvalu");
        var resetChair = secretariat().post("/api/v1/accounts/chair/password-reset");
        assertThat(resetChair.status()).isEqualTo(403);
        assertThat(resetChair.json().get("type").asString()).endsWith("chair-reset-refused");
        assertThat(api.basic("chair", PASSWORD).get("/api/v1/tokens").status()).as("the Chair's password still works").isEqualTo(200);
        assertThat(accounts.find("registered-chair")).isEmpty();
        assertThat(accounts.find("registered-tuv")).isEmpty();
        assertThat(ledger.size()).isEqualTo(size);
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void onceAStateHasADelegateOnlyItsOwnDelegationCreatesFurtherOnes() {
        var azerbaijan = delegate("AZE");
        delegate("ARM");
        var bySecretariat = secretariat().post("/api/v1/accounts", Api.json("username", "registered-aze-2", "role", "DELEGATE",
                "state", "AZE", "displayName", "Second delegate of Azerbaijan"));
        assertThat(bySecretariat.status()).isEqualTo(403);
        var byArmenia = delegate("ARM").post("/api/v1/accounts", Api.json("username", "registered-aze-2", "role", "DELEGATE",
                "state", "AZE", "displayName", "Second delegate of Azerbaijan"));
        assertThat(byArmenia.status()).isEqualTo(403);
        assertThat(byArmenia.json().get("type").asString()).endsWith("not-your-state");
        var byItself = azerbaijan.post("/api/v1/accounts", Api.json("username", "registered-aze-2", "role", "DELEGATE",
                "state", "AZE", "displayName", "Second delegate of Azerbaijan"));
        assertThat(byItself.status()).as(byItself.toString()).isEqualTo(201);
        assertThat(azerbaijan.get("/api/v1/accounts").json().findValuesAsString("username")).contains("delegate-aze", "registered-aze-2")
                .doesNotContain("delegate-arm", "secretariat");
    }

    @Test
    void aResetTheDelegationDidNotMakeIsShownToItAndAResetItMadeItselfIsNot() {
        var azerbaijan = delegate("AZE");
        var second = azerbaijan.post("/api/v1/accounts", Api.json("username", "registered-aze-3", "role", "DELEGATE", "state", "AZE",
                "displayName", "Third delegate"));
        assertThat(second.status()).isEqualTo(201);
        assertThat(azerbaijan.post("/api/v1/accounts/registered-aze-3/password-reset").status()).isEqualTo(200);
        assertThat(accounts.changesOfDelegation(Actor.delegateOf("AZE", "delegate-aze")).stream().filter(Accounts.Change::told)
                .filter(c -> c.username().equals("registered-aze-3"))).as("its own acts are no notice").isEmpty();
        assertThat(secretariat().post("/api/v1/accounts/registered-aze-3/password-reset").status()).isEqualTo(200);
        var told = accounts.changesOfDelegation(Actor.delegateOf("AZE", "delegate-aze")).stream().filter(Accounts.Change::told)
                .filter(c -> c.username().equals("registered-aze-3")).toList();
        assertThat(told).singleElement().satisfies(c -> {
            assertThat(c.change()).isEqualTo("RESET");
            assertThat(c.actor()).contains("(SECRETARIAT)");
        });
    }

    @Test
    void aDeactivatedAccountCannotSignInAndItsTokensStopAtOnce() {
        var azerbaijan = delegate("AZE");
        azerbaijan.post("/api/v1/accounts", Api.json("username", "registered-aze-4", "role", "DELEGATE", "state", "AZE",
                "displayName", "Fourth delegate"));
        accounts.resetByOperator("registered-aze-4");
        String oneTime = accounts.resetByOperator("registered-aze-4").oneTimePassword();
        accounts.changePassword("registered-aze-4", oneTime, "the-fourth-delegates-own");
        var fourth = api.basic("registered-aze-4", "the-fourth-delegates-own");
        String token = fourth.post("/api/v1/tokens").json().get("token").asString();
        assertThat(api.bearer(token).get("/api/v1/tokens").status()).isEqualTo(200);

        assertThat(delegate("ARM").post("/api/v1/accounts/registered-aze-4/deactivation").status()).isEqualTo(403);
        assertThat(fourth.post("/api/v1/accounts/registered-aze-4/deactivation").json().get("type").asString()).endsWith("own-account");
        var deactivated = azerbaijan.post("/api/v1/accounts/registered-aze-4/deactivation", Api.json("reason", "left the delegation"));
        assertThat(deactivated.status()).as(deactivated.toString()).isEqualTo(200);
        assertThat(deactivated.json().get("active").asBoolean()).isFalse();
        assertThat(api.bearer(token).get("/api/v1/tokens").status()).isEqualTo(401);
        assertThat(fourth.get("/api/v1/tokens").status()).isEqualTo(401);
        assertThat(azerbaijan.post("/api/v1/accounts/registered-aze-4/deactivation").status()).isEqualTo(409);
        assertThat(ledger.latest(1).get(0).type()).isEqualTo("AccountDeactivated");
    }

    @Test
    void theOperatorsCommandLineCreatesAChairResetsItAndSaysWhyItRefuses() {
        var chair = operator("create", "--role", "CHAIR", "--username", "registered-chair-2", "--name", "The Chairman");
        assertThat(chair.exit()).as(chair.err()).isZero();
        assertThat(chair.out()).contains("registered-chair-2 (CHAIR) created; one-time password: ");
        assertThat(accounts.find("registered-chair-2").orElseThrow().role()).isEqualTo(Role.CHAIR);
        var reset = operator("reset", "registered-chair-2");
        assertThat(reset.exit()).isZero();
        assertThat(reset.password()).hasSize(20).isNotEqualTo(chair.password());
        var taken = operator("create", "--role", "CHAIR", "--username", "registered-chair-2", "--name", "Another");
        assertThat(taken.exit()).isEqualTo(1);
        assertThat(taken.err()).contains("Refused", "username-taken");
        assertThat(operator("create", "--role", "KING", "--username", "registered-king", "--name", "No").exit()).isEqualTo(2);
        assertThat(operator("create", "--role", "DELEGATE", "--username", "registered-x", "--name", "No").exit())
                .as("a delegate without a state").isEqualTo(1);
    }
}

@OnSqlite
class AccountActsOnSqliteTests extends AccountActsSpec {
}

@OnPostgres
class AccountActsOnPostgresTests extends AccountActsSpec {
}

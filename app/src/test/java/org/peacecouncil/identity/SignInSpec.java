package org.peacecouncil.identity;

import org.junit.jupiter.api.Test;
import org.peacecouncil.support.Api;
import org.peacecouncil.support.CouncilTest;
import org.peacecouncil.support.OnPostgres;
import org.peacecouncil.support.OnSqlite;

import static org.assertj.core.api.Assertions.assertThat;

/** Signing in to the API: HTTP Basic, personal bearer tokens, and the first secretariat account. */
abstract class SignInSpec extends CouncilTest {

    @Test
    void aPersonalTokenActsForItsOwnerUntilRevoked() {
        foundCouncil("USA", "AZE", "ARM");
        var created = chair().post("/api/v1/tokens", Api.json("label", "press office script"));
        assertThat(created.status()).isEqualTo(201);
        String token = created.json().get("token").asString();
        assertThat(token).startsWith("pct_");
        assertThat(jdbc.sql("SELECT count(*) FROM api_tokens WHERE token_hash = ?").param(token).query(Long.class).single())
                .as("only the token's hash is stored").isZero();

        assertThat(api.bearer(token).post("/api/v1/invitations", Api.json("state", "NOR")).status()).isEqualTo(201);
        assertThat(chair().get("/api/v1/tokens").json().findValuesAsString("label")).containsExactly("press office script");

        assertThat(chair().delete("/api/v1/tokens/" + created.json().get("id").asString()).status()).isEqualTo(204);
        var afterRevocation = api.bearer(token).post("/api/v1/invitations", Api.json("state", "SWE"));
        assertThat(afterRevocation.status()).isEqualTo(401);
        assertThat(afterRevocation.isProblem()).isTrue();
    }

    @Test
    void aDelegatesTokenCannotActForAnotherState() {
        foundCouncil("USA", "AZE", "ARM");
        String invitation = chair().post("/api/v1/invitations", Api.json("state", "NOR")).json().get("id").asString();
        String token = delegate("AZE").post("/api/v1/tokens").json().get("token").asString();
        var before = snapshot();
        var response = api.bearer(token).post("/api/v1/invitations/" + invitation + "/consent");
        assertThat(response.status()).isEqualTo(403);
        assertThat(response.json().get("detail").asString()).isEqualTo("Only the delegation of Norway (NOR) may consent to the charter for it.");
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void theOperatorCreatesAStatesFirstDelegateWhichChoosesItsPasswordAndThenActsForItsState() {
        foundCouncil("USA", "AZE", "ARM");
        String invitation = chair().post("/api/v1/invitations", Api.json("state", "NOR")).json().get("id").asString();
        var issued = accounts.createByOperator("registered-nor", Role.DELEGATE, "NOR", "Delegation of Norway");
        String oneTime = issued.oneTimePassword();
        assertThat(oneTime).hasSize(20);

        var early = api.basic("registered-nor", oneTime).post("/api/v1/invitations/" + invitation + "/consent");
        assertThat(early.status()).isEqualTo(403);
        accounts.changePassword("registered-nor", oneTime, "norway-chooses-this-one");
        assertThat(api.basic("registered-nor", "norway-chooses-this-one").post("/api/v1/invitations/" + invitation + "/consent")
                .status()).isEqualTo(201);
    }

    @Test
    void aDelegateAccountMustNameAValidStateAndAUsernameIsUnique() {
        var noState = secretariat().post("/api/v1/accounts", Api.json("username", "registered-x", "role", "DELEGATE",
                "displayName", "Nobody"));
        assertThat(noState.status()).isEqualTo(400);
        assertThat(noState.json().get("detail").asString()).contains("bound to one state");
        var badState = secretariat().post("/api/v1/accounts", Api.json("username", "registered-x", "role", "DELEGATE",
                "state", "QQQ", "displayName", "Nobody"));
        assertThat(badState.status()).isEqualTo(400);
        assertThat(secretariat().post("/api/v1/accounts", Api.json("username", "registered-y", "role", "SECRETARIAT",
                "displayName", "An officer")).status()).isEqualTo(201);
        var taken = secretariat().post("/api/v1/accounts", Api.json("username", "registered-y", "role", "SECRETARIAT",
                "displayName", "Another officer"));
        assertThat(taken.status()).isEqualTo(409);
        assertThat(accounts.find("registered-x")).isEmpty();
    }

    @Test
    void aPasswordResetIssuesANewOneTimePassword() {
        delegate("KAZ");
        var reset = secretariat().post("/api/v1/accounts/delegate-kaz/password-reset");
        assertThat(reset.status()).isEqualTo(200);
        assertThat(api.basic("delegate-kaz", PASSWORD).post("/api/v1/tokens").status()).isEqualTo(401);
        String oneTime = reset.json().get("oneTimePassword").asString();
        assertThat(api.basic("delegate-kaz", oneTime).post("/api/v1/tokens").status()).isEqualTo(403);
        accounts.changePassword("delegate-kaz", oneTime, PASSWORD);
    }

    @Test
    void anonymousReadersCannotHoldTokens() {
        assertThat(anonymous().get("/api/v1/tokens").status()).isEqualTo(401);
        assertThat(anonymous().post("/api/v1/tokens").status()).isEqualTo(401);
    }

    @Test
    void theFirstStartCreatesOneSecretariatAccountThatMustChooseItsPassword() {
        var account = accounts.find("secretariat").orElseThrow();
        assertThat(account.role()).isEqualTo(Role.SECRETARIAT);
        assertThat(account.mustChangePassword()).isTrue();
        assertThat(accounts.all().stream().filter(a -> a.role() == Role.SECRETARIAT && a.mustChangePassword()).count()).isEqualTo(1);
    }

    @Test
    void anAccountWithAOneTimePasswordMayNotActUntilItChoosesItsOwn() {
        String username = "new-officer-" + System.nanoTime();
        accounts.create(username, Role.SECRETARIAT, null, "New officer", "one-time-password-123", true);
        var refused = api.basic(username, "one-time-password-123").post("/api/v1/observers", Api.json("state", "GBR"));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().get("type").asString()).endsWith("password-change-required");

        accounts.changePassword(username, "one-time-password-123", "a-password-of-my-own");
        assertThat(api.basic(username, "a-password-of-my-own").post("/api/v1/observers", Api.json("state", "GBR")).status())
                .isEqualTo(201);
    }
}

@OnSqlite
class SignInOnSqliteTests extends SignInSpec {
}

@OnPostgres
class SignInOnPostgresTests extends SignInSpec {
}

package org.peacecouncil.identity;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.peacecouncil.support.OnPostgres;
import org.peacecouncil.support.OnSqlite;
import org.peacecouncil.support.WithProviders;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A delegation signs in through its own government's OpenID Connect provider, a real one running in the test; a
 * provider signs in delegates of its own state only, whatever its token claims.
 */
abstract class GovernmentSignInSpec extends WithProviders {

    /** A browser's visit: its cookies kept, redirects followed across the council and the provider. */
    private record Visit(HttpClient client) {
        static Visit start() {
            return new Visit(HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NORMAL).build());
        }

        HttpResponse<String> get(String url) throws Exception {
            return client.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    private String council(String path) {
        return "http://localhost:" + port + path;
    }

    private HttpResponse<String> signInThrough(String provider) throws Exception {
        return Visit.start().get(council("/oauth2/authorization/" + provider));
    }

    @Test
    void theSignInPageOffersEachGovernmentsProvider() throws Exception {
        var page = Visit.start().get(council("/login")).body();
        assertThat(page).contains("/oauth2/authorization/aze-gov").contains("/oauth2/authorization/arm-gov")
                .contains("Government of Azerbaijan (AZE)");
    }

    @Test
    void aDelegateSignsInThroughItsGovernmentsProviderAndSeesItsWorkspace() throws Exception {
        delegate("AZE");
        nextSignIn("aze-gov", "delegate-aze", "AZE");
        var answer = signInThrough("aze-gov");
        assertThat(answer.uri().getPath()).isEqualTo("/workspace");
        assertThat(answer.body()).contains("Delegation of Azerbaijan");
    }

    @Test
    void aProviderWhoseTokenClaimsAnotherStateIsRefused() throws Exception {
        delegate("AZE");
        nextSignIn("arm-gov", "delegate-aze", "AZE");
        var answer = signInThrough("arm-gov");
        assertThat(answer.uri().getPath()).isEqualTo("/login");
        assertThat(answer.uri().getQuery()).isEqualTo("refused=provider-other-state");
        assertThat(answer.body()).contains("vouched for another state");
        assertThat(Visit.start().get(council("/workspace")).uri().getPath()).isEqualTo("/login");
    }

    @Test
    void aProviderCannotSignInAnotherStatesDelegateEvenClaimingItsOwnState() throws Exception {
        delegate("AZE");
        nextSignIn("arm-gov", "delegate-aze", "ARM");
        var answer = signInThrough("arm-gov");
        assertThat(answer.uri().getQuery()).isEqualTo("refused=provider-other-account");
    }

    @Test
    void aProviderCannotSignInTheSecretariatOrTheChair() throws Exception {
        secretariat();
        chair();
        nextSignIn("aze-gov", "officer", "AZE");
        assertThat(signInThrough("aze-gov").uri().getQuery()).isEqualTo("refused=provider-other-account");
        nextSignIn("aze-gov", "chair", "AZE");
        assertThat(signInThrough("aze-gov").uri().getQuery()).isEqualTo("refused=provider-other-account");
    }

    @Test
    void aTokenNamingNoAccountOrNoStateIsRefused() throws Exception {
        nextSignIn("aze-gov", "nobody-of-that-name", "AZE");
        assertThat(signInThrough("aze-gov").uri().getQuery()).isEqualTo("refused=provider-no-account");
        delegate("AZE");
        nextSignIn("aze-gov", "delegate-aze", null);
        assertThat(signInThrough("aze-gov").uri().getQuery()).isEqualTo("refused=provider-state-missing");
    }

    @Test
    void aDeactivatedDelegateCannotSignInThroughItsProvider() throws Exception {
        var colleague = "registered-aze-departed";
        as(colleague, Role.DELEGATE, "AZE");
        jdbc.sql("UPDATE accounts SET deactivated_at = '2026-01-20T12:00:00.000000Z' WHERE username = ?").param(colleague).update();
        nextSignIn("aze-gov", colleague, "AZE");
        assertThat(signInThrough("aze-gov").uri().getQuery()).isEqualTo("refused=provider-no-account");
    }
}

@OnSqlite
class GovernmentSignInOnSqliteTests extends GovernmentSignInSpec {
}

@OnPostgres
class GovernmentSignInOnPostgresTests extends GovernmentSignInSpec {
}

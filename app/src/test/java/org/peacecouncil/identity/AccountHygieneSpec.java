package org.peacecouncil.identity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.peacecouncil.support.Api;
import org.peacecouncil.support.CouncilTest;
import org.peacecouncil.support.OnPostgres;
import org.peacecouncil.support.OnSqlite;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Account and web hygiene: a one-time password is good for choosing a password and nothing else, a reset revokes the
 * account's tokens, repeated failed sign-ins are held back, the API ignores other sites, metrics are not public, and
 * nothing a client sends in {@code Host} comes back to it.
 */
abstract class AccountHygieneSpec extends CouncilTest {

    @Test
    void anAccountWithAOneTimePasswordChoosesItsOwnThroughTheApiAndMayDoNothingElseBefore() {
        foundCouncil("USA", "AZE", "ARM");
        String username = "registered-otp-" + System.nanoTime() % 100_000;
        var issued = secretariat().post("/api/v1/accounts", Api.json("username", username, "role", "SECRETARIAT",
                "displayName", "New officer"));
        String oneTime = issued.json().get("oneTimePassword").asString();
        var withOneTime = api.basic(username, oneTime);
        assertThat(withOneTime.post("/api/v1/tokens").status()).as("not even a token").isEqualTo(403);
        assertThat(withOneTime.post("/api/v1/observers", Api.json("state", "GBR")).status()).isEqualTo(403);

        var changed = withOneTime.post("/api/v1/account/password", Api.json("current", oneTime, "replacement", "chosen-by-the-officer"));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(204);
        assertThat(api.basic(username, "chosen-by-the-officer").post("/api/v1/observers", Api.json("state", "GBR")).status())
                .isEqualTo(201);
        assertThat(api.basic(username, "chosen-by-the-officer").post("/api/v1/account/password",
                Api.json("current", "wrong", "replacement", "another-one-entirely")).status()).isEqualTo(400);
    }

    @Test
    void onThePagesTooAOneTimePasswordIsGoodForChoosingOneAndNothingElse() throws Exception {
        String username = "page-otp-" + System.nanoTime() % 100_000;
        accounts.create(username, Role.SECRETARIAT, null, "Officer with a one-time password", "one-time-password-456", true);
        var browser = java.net.http.HttpClient.newBuilder().cookieHandler(new java.net.CookieManager())
                .followRedirects(java.net.http.HttpClient.Redirect.NEVER).build();
        var signIn = form(browser, "/login", "username=" + username + "&password=one-time-password-456&_csrf=" + csrf(browser, "/login"));
        assertThat(signIn.statusCode()).isEqualTo(302);

        var token = form(browser, "/account/tokens", "label=sneaky&_csrf=" + csrf(browser, "/account"));
        assertThat(token.statusCode()).isEqualTo(302);
        assertThat(token.headers().firstValue("Location").orElseThrow()).isEqualTo("/account#password");
        assertThat(jdbc.sql("SELECT count(*) FROM api_tokens WHERE username = ?").param(username).query(Long.class).single())
                .as("no token made with a one-time password").isZero();
        var observer = form(browser, "/workspace/observers", "organisation=Someone&_csrf=" + csrf(browser, "/account"));
        assertThat(observer.headers().firstValue("Location").orElseThrow()).isEqualTo("/account#password");

        var chosen = form(browser, "/account/password", "current=one-time-password-456&replacement=an-officer-chose-this&_csrf="
                + csrf(browser, "/account"));
        assertThat(chosen.headers().firstValue("Location").orElseThrow()).endsWith("/workspace");
        assertThat(accounts.find(username).orElseThrow().mustChangePassword()).isFalse();
    }

    private String csrf(java.net.http.HttpClient browser, String page) throws Exception {
        var html = browser.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + page)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString()).body();
        var found = java.util.regex.Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"|value=\"([^\"]+)\"\\s+name=\"_csrf\"")
                .matcher(html);
        assertThat(found.find()).as("a CSRF token on " + page).isTrue();
        return java.net.URLEncoder.encode(found.group(1) != null ? found.group(1) : found.group(2), StandardCharsets.UTF_8);
    }

    private java.net.http.HttpResponse<String> form(java.net.http.HttpClient browser, String path, String body) throws Exception {
        return browser.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aPasswordResetRevokesEveryTokenOfTheAccount() {
        foundCouncil("USA", "AZE", "ARM");
        String token = delegate("ARM").post("/api/v1/tokens", Api.json("label", "script")).json().get("token").asString();
        assertThat(api.bearer(token).get("/api/v1/tokens").status()).isEqualTo(200);

        var reset = secretariat().post("/api/v1/accounts/delegate-arm/password-reset");
        assertThat(reset.status()).isEqualTo(200);
        assertThat(api.bearer(token).get("/api/v1/tokens").status()).as("the token made with the old password").isEqualTo(401);
        accounts.changePassword("delegate-arm", reset.json().get("oneTimePassword").asString(), PASSWORD);
    }

    @Test
    void repeatedFailedSignInsAreHeldBackWithABackoffEvenForTheRightPassword() {
        String username = "throttled-" + System.nanoTime() % 100_000;
        accounts.create(username, Role.SECRETARIAT, null, "Throttled officer", PASSWORD, false);
        var wrong = api.basic(username, "not-the-password");
        for (int attempt = 1; attempt <= 6; attempt++) {
            assertThat(wrong.get("/api/v1/tokens").status()).as("attempt " + attempt).isEqualTo(401);
        }
        var heldBack = api.basic(username, PASSWORD).get("/api/v1/tokens");
        assertThat(heldBack.status()).isEqualTo(429);
        assertThat(heldBack.isProblem()).isTrue();
        assertThat(heldBack.json().get("type").asString()).endsWith(":too-many-sign-ins");
        assertThat(Long.parseLong(heldBack.header("Retry-After"))).isBetween(1L, 2L);

        clock.set(clock.instant().plus(Duration.ofSeconds(3)));
        assertThat(api.basic(username, PASSWORD).get("/api/v1/tokens").status()).as("after the wait").isEqualTo(200);
        assertThat(wrong.get("/api/v1/tokens").status()).as("a success starts the count again").isEqualTo(401);
    }

    @Test
    void theApiActsOnNoRequestAnotherSitesPageMadeABrowserSend() {
        foundCouncil("USA", "AZE", "ARM");
        var before = snapshot();
        var fromElsewhere = chair().post("/api/v1/invitations", Api.json("state", "NOR"), "Origin", "https://elsewhere.example");
        assertThat(fromElsewhere.status()).isEqualTo(403);
        assertThat(fromElsewhere.json().get("type").asString()).endsWith(":cross-site-request");
        var fetchedCrossSite = chair().post("/api/v1/invitations", Api.json("state", "NOR"), "Sec-Fetch-Site", "cross-site");
        assertThat(fetchedCrossSite.status()).isEqualTo(403);
        assertThat(snapshot()).isEqualTo(before);
        assertThat(chair().post("/api/v1/invitations", Api.json("state", "NOR"), "Origin", "http://localhost:" + port).status())
                .as("this server's own pages").isEqualTo(201);
    }

    @Test
    void metricsAreForTheSecretariatAndHealthForAnyone() {
        assertThat(anonymous().get("/actuator/health").status()).isEqualTo(200);
        var anonymousMetrics = anonymous().getAny("/actuator/prometheus");
        assertThat(anonymousMetrics.status()).isEqualTo(401);
        assertThat(anonymousMetrics.isProblem()).isTrue();
        assertThat(delegate("AZE").getAny("/actuator/prometheus").status()).isEqualTo(403);
        var metrics = secretariat().getAny("/actuator/prometheus");
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_memory_used_bytes");
    }

    @Test
    void pagesSayWhereTheyMaySendReferrersAndWhatTheyMayUse() {
        var page = anonymous().getAny("/");
        assertThat(page.header("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
        assertThat(page.header("Permissions-Policy")).contains("camera=()").contains("geolocation=()");
        assertThat(anonymous().get("/api/v1/council").header("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
    }

    @Test
    void aHostHeaderIsNeverEchoedInRedirectsOrTheApiDocument() {
        String redirect = raw("GET /workspace HTTP/1.1", "evil.example:666");
        assertThat(redirect).startsWith("HTTP/1.1 302").doesNotContain("evil.example");
        String document = raw("GET /v3/api-docs HTTP/1.1", "evil.example:666");
        assertThat(document).startsWith("HTTP/1.1 200").doesNotContain("evil.example");
    }

    /** The whole answer to a request sent as it is, with a {@code Host} no HTTP client library lets one choose. */
    private String raw(String requestLine, String host) {
        try (var socket = new Socket("localhost", port)) {
            socket.getOutputStream().write((requestLine + "\r\nHost: " + host + "\r\nAccept: */*\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            socket.setSoTimeout(30_000);
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

@OnSqlite
class AccountHygieneOnSqliteTests extends AccountHygieneSpec {
}

@OnPostgres
class AccountHygieneOnPostgresTests extends AccountHygieneSpec {
}

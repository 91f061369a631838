package org.peacecouncil.membership;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peacecouncil.support.Api;
import org.peacecouncil.support.CouncilTest;
import org.peacecouncil.support.OnPostgres;
import org.peacecouncil.support.OnSqlite;

import static org.assertj.core.api.Assertions.assertThat;

/** Bad input is refused with a problem+json that says what is wrong, and changes nothing. */
abstract class BadInputSpec extends CouncilTest {

    private String norway;

    @BeforeEach
    void councilInForceWithNorwayInvited() {
        foundCouncil("USA", "AZE", "ARM");
        norway = chair().post("/api/v1/invitations", Api.json("state", "NOR")).json().get("id").asString();
        delegate("NOR");
    }

    private void assertRefused(Api.Response response, int status, String detailContains) {
        var before = snapshot();
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.isProblem()).as(response.toString()).isTrue();
        assertThat(response.json().get("status").asInt()).isEqualTo(status);
        assertThat(response.json().get("detail").asString()).contains(detailContains);
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void anUnknownCountryIsRefused() {
        var before = snapshot();
        var response = chair().post("/api/v1/invitations", Api.json("state", "ZZZ"));
        assertRefused(response, 400, "'ZZZ' is not an ISO 3166-1 alpha-3");
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void aTextLongerThanItsFieldIsRefusedWithItsSlugAndChangesNothing() {
        var before = snapshot();
        var response = chair().post("/api/v1/invitations", Api.json("state", "SWE", "note", "x".repeat(2001)));
        assertRefused(response, 400, "at most 2000 characters");
        assertThat(response.json().get("type").asString()).endsWith(":field-too-long");
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void malformedJsonIsRefused() {
        var before = snapshot();
        assertRefused(chair().post("/api/v1/invitations", "{\"state\": \"SWE\""), 400, "not valid JSON");
        assertRefused(chair().post("/api/v1/invitations", "[1, 2]"), 400, "not valid JSON");
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void aMissingFieldIsNamed() {
        var before = snapshot();
        assertRefused(chair().post("/api/v1/invitations", "{}"), 400, "state:");
        assertRefused(chair().post("/api/v1/removals", Api.json("state", "ARM")), 400, "reason:");
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void anOversizedBodyIsRefusedBeforeAnythingReadsIt() {
        var before = snapshot();
        byte[] big = ("{\"state\":\"SWE\",\"note\":\"" + "x".repeat(70_000) + "\"}").getBytes();
        assertRefused(chair().postBytes("/api/v1/invitations", big), 413, "larger than 65536 bytes");
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void aSecondConsentIsRefused() {
        assertThat(delegate("NOR").post("/api/v1/invitations/" + norway + "/consent").status()).isEqualTo(201);
        var before = snapshot();
        assertRefused(delegate("NOR").post("/api/v1/invitations/" + norway + "/consent"), 409, "can no longer be answered");
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void anUnknownInvitationIsNotFound() {
        var before = snapshot();
        assertRefused(delegate("NOR").post("/api/v1/invitations/no-such-invitation/consent"), 404, "No invitation");
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void anUnknownStatusFilterIsRefused() {
        var response = anonymous().get("/api/v1/members?status=ASLEEP");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.isProblem()).isTrue();
    }

    @Test
    void wrongCredentialsAreRefusedWithAProblem() {
        var before = snapshot();
        assertRefused(api.basic("chair", "not-the-password").post("/api/v1/invitations", Api.json("state", "SWE")), 401,
                "Sign in");
        assertRefused(api.bearer("pct_forged").post("/api/v1/invitations", Api.json("state", "SWE")), 401, "Sign in");
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void whatNoHandlerAnswersIsAProblemWithAStableTypeToo() {
        var unknown = anonymous().get("/api/v1/no-such-thing");
        assertRefused(unknown, 404, "nothing at this address");
        assertThat(unknown.json().get("type").asString()).endsWith(":not-found");
        var wrongMethod = chair().delete("/api/v1/invitations");
        assertRefused(wrongMethod, 405, "does not take that method");
        assertThat(wrongMethod.json().get("type").asString()).endsWith(":method-not-allowed");
        var badParameter = anonymous().get("/api/v1/members?limit=many");
        assertRefused(badParameter, 400, "");
        assertThat(badParameter.json().get("type").asString()).doesNotEndWith("about:blank").startsWith("urn:peace-council:problem:");
        var badEncoding = raw("GET /api/v1/members/%zz HTTP/1.1");
        assertThat(badEncoding).as("a path that is not URL-encoded").startsWith("HTTP/1.1 400").contains("application/problem+json");
        var farTile = anonymous().getAny("/log/tile/0/x999/x999/x999/x999/x999/x999/999");
        assertThat(farTile.status()).as("an index past 2^63 is not a tile path: " + farTile).isEqualTo(400);
        assertThat(farTile.isProblem()).isTrue();
        var noTile = anonymous().getAny("/log/tile/0/x999/999"); // well formed, but far past the log
        assertThat(noTile.status()).isEqualTo(404);
        assertThat(noTile.isProblem()).as(noTile.toString()).isTrue();
    }

    /** The status line and headers of a request sent as it is, which no HTTP client would send. */
    private String raw(String requestLine) {
        try (var socket = new java.net.Socket("localhost", port)) {
            socket.getOutputStream().write((requestLine + "\r\nHost: localhost\r\nAccept: application/json\r\nConnection: close\r\n\r\n")
                    .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            socket.setSoTimeout(30_000);
            String answer = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
            return answer.substring(0, Math.max(0, answer.indexOf("\r\n\r\n")));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void whatTheFirewallOrTheContainerRefusesIsAProblemToo() {
        assertThat(raw("GET /api/v1/members/..;/council HTTP/1.1")).as("a path the firewall rejects")
                .startsWith("HTTP/1.1 400").contains("application/problem+json");
        String hugeHeader = "GET /api/v1/council HTTP/1.1\r\nX-Padding: " + "x".repeat(20_000);
        assertThat(raw(hugeHeader)).as("headers larger than the server takes").startsWith("HTTP/1.1 400").contains("application/problem+json");
    }

    @Test
    void anElectionWithAMissingCandidateIsRefusedNotAFault() {
        String meeting = chair().post("/api/v1/meetings", Api.json("kind", "VOTING", "title", "T", "place", "P",
                "startsAt", "2026-02-19T15:00:00Z")).json().get("id").asString();
        var officer = secretariat();
        var before = snapshot();
        var response = officer.post("/api/v1/elections", "{\"meetingId\": \"" + meeting + "\", \"seat\": \"Vice-Chair\", "
                + "\"candidates\": [null]}");
        assertRefused(response, 400, "candidate");
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void anEnumIsGivenByItsNameNeverByItsNumber() {
        var before = snapshot();
        var response = chair().post("/api/v1/meetings", "{\"kind\": 0, \"title\": \"T\", \"place\": \"P\", "
                + "\"startsAt\": \"2026-02-19T15:00:00Z\"}");
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.isProblem()).isTrue();
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void aTextWithAControlCharacterOrABidirectionalOverrideIsRefusedOnEveryEngineAlike() {
        var officer = secretariat();
        var before = snapshot();
        var nul = chair().post("/api/v1/invitations", Api.json("state", "SWE", "note", "Welcome\u0000"));
        assertRefused(nul, 400, "U+0000");
        assertThat(nul.json().get("type").asString()).endsWith(":control-characters");
        assertRefused(chair().post("/api/v1/invitations", Api.json("state", "SWE", "note", "abc\u202Edcba")), 400, "U+202E");
        assertRefused(officer.post("/api/v1/accounts", Api.json("username", "someone", "role", "SECRETARIAT",
                "displayName", "Some\u0007one")), 400, "U+0007");
        assertThat(snapshot()).isEqualTo(before);
        var arabic = chair().post("/api/v1/invitations", Api.json("state", "SWE", "note", "\u0645\u0631\u062D\u0628\u0627\u200F\nWelcome"));
        assertThat(arabic.status()).as("a right-to-left mark and a line break are text").isEqualTo(201);
    }

    @Test
    void aTimeOutsideAnySaneRangeIsRefusedNotAFault() {
        var before = snapshot();
        var farFuture = chair().post("/api/v1/meetings", "{\"kind\": \"VOTING\", \"title\": \"T\", \"place\": \"P\", "
                + "\"startsAt\": \"+1000000000-01-01T00:00:00Z\"}");
        assertThat(farFuture.status()).as(farFuture.toString()).isEqualTo(400);
        assertThat(farFuture.isProblem()).isTrue();
        var ancient = chair().post("/api/v1/meetings", Api.json("kind", "VOTING", "title", "T", "place", "P",
                "startsAt", "1200-01-01T00:00:00Z"));
        assertRefused(ancient, 400, "1900 to 2999");
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void invitingAMemberOrAStateAlreadyInvitedIsRefused() {
        var before = snapshot();
        assertRefused(chair().post("/api/v1/invitations", Api.json("state", "AZE")), 409, "already a member");
        assertRefused(chair().post("/api/v1/invitations", Api.json("state", "NOR")), 409, "already has a pending invitation");
        assertThat(snapshot()).isEqualTo(before);
    }
}

@OnSqlite
class BadInputOnSqliteTests extends BadInputSpec {
}

@OnPostgres
class BadInputOnPostgresTests extends BadInputSpec {
}

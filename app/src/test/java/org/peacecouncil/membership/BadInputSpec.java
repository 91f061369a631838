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

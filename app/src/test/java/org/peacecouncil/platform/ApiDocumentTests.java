package org.peacecouncil.platform;

import org.junit.jupiter.api.Test;
import org.peacecouncil.support.CouncilTest;
import org.peacecouncil.support.OnSqlite;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API document declares what the API really answers: 201 for a creating POST, problem+json for refusals, how to
 * sign in, and its own root as its server. (Every specification's real requests are checked against it as well.)
 */
@OnSqlite
class ApiDocumentTests extends CouncilTest {

    @Test
    void theDocumentDeclaresRealStatusesProblemsAndHowToSignIn() {
        var document = anonymous().get("/v3/api-docs").json();
        var invite = document.get("paths").get("/api/v1/invitations").get("post").get("responses");
        assertThat(invite.has("201")).as("a creating POST is documented 201").isTrue();
        assertThat(invite.has("200")).isFalse();
        assertThat(invite.get("201").get("content").has("application/json")).as("not */*").isTrue();
        assertThat(invite.get("409").get("content").has("application/problem+json")).isTrue();
        assertThat(document.get("paths").get("/api/v1/tokens/{id}").get("delete").get("responses").has("204")).isTrue();
        assertThat(document.get("paths").get("/api/v1/council").get("get").get("responses").has("304")).isTrue();
        var schemes = document.get("components").get("securitySchemes");
        assertThat(schemes.get("basic").get("scheme").asString()).isEqualTo("basic");
        assertThat(schemes.get("bearer").get("scheme").asString()).isEqualTo("bearer");
        assertThat(document.get("servers").get(0).get("url").asString()).isEqualTo("/");
    }
}

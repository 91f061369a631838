package org.peacecouncil.demo;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.peacecouncil.PeaceCouncilApplication;
import org.peacecouncil.support.Api;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/** Demo mode starts under every bundled charter, acting through the offices each names (not always the Chair). */
class DemoUnderEveryCharterTests {

    @ParameterizedTest
    @ValueSource(strings = {"security-council", "consensus"})
    void theDemoCouncilIsSeededUnderTheCharter(String charter) throws Exception {
        Path dir = Files.createTempDirectory("peace-council-demo-");
        try (var app = new SpringApplicationBuilder(PeaceCouncilApplication.class).run("--server.port=0",
                "--peace-council.data-dir=" + dir, "--peace-council.db.url=", "--peace-council.charter=" + charter,
                "--peace-council.demo.enabled=true", "--peace-council.demo.password=demo-password-for-tests",
                "--peace-council.calendar.ticking=false")) {
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            var api = new Api(port).anonymous();
            assertThat(api.get("/api/v1/charter").json().get("id").asString()).isEqualTo(charter);
            assertThat(api.get("/api/v1/members").json().get("items").size()).isEqualTo(28);
            assertThat(api.get("/api/v1/meetings").json().get(0).get("title").asString()).isEqualTo("Demonstration sitting");
        } finally {
            FileSystemUtils.deleteRecursively(dir);
        }
    }
}

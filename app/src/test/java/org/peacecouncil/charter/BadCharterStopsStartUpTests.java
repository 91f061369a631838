package org.peacecouncil.charter;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peacecouncil.PeaceCouncilApplication;
import org.springframework.boot.SpringApplication;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A charter file with an error stops the application before it serves anything. */
class BadCharterStopsStartUpTests {

    @Test
    void startUpFailsNamingTheFileLineAndField(@TempDir Path dir) throws Exception {
        Path charter = dir.resolve("broken.yaml");
        Files.writeString(charter, """
                id: broken
                name: Broken charter
                membership:
                  invitedBy: CHAIR
                  consentsForEntryIntoForce: none
                decisions:
                  default: { threshold: MAJORITY }
                """);
        var app = new SpringApplication(PeaceCouncilApplication.class);
        assertThatThrownBy(() -> app.run("--peace-council.charter=" + charter, "--peace-council.data-dir=" + dir.resolve("data"),
                "--server.port=0", "--spring.main.banner-mode=off"))
                .rootCause()
                .isInstanceOf(CharterFileException.class)
                .hasMessage(charter + ":5: field 'membership.consentsForEntryIntoForce': must be a whole number, was 'none'");
    }
}

package org.peacecouncil.verifier;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The verifier remembers what it saw per origin and key: a new key on a known origin is a new log, not a rewrite. */
class StateFileTests {

    @TempDir
    Path dir;

    @Test
    void aCheckpointSeenUnderOneKeyIsNotExpectedOfAnotherKeyClaimingTheSameOrigin() {
        Path state = dir.resolve("state");
        StateFile.write(state, new LogVerifier.Verified("council.example/log", 73, new byte[32], 2, 0, 0), "aaaaaaaa");

        var sameKey = StateFile.read(state, "council.example/log", "aaaaaaaa");
        assertThat(sameKey.seen().size()).isEqualTo(73);
        assertThat(sameKey.otherKeys()).isEmpty();

        var newKey = StateFile.read(state, "council.example/log", "bbbbbbbb");
        assertThat(newKey.seen()).isNull();
        assertThat(newKey.otherKeys()).containsExactly("aaaaaaaa");

        StateFile.write(state, new LogVerifier.Verified("council.example/log", 5, new byte[32], 1, 0, 0), "bbbbbbbb");
        assertThat(StateFile.read(state, "council.example/log", "aaaaaaaa").seen().size()).as("the first log is still remembered")
                .isEqualTo(73);
        assertThat(StateFile.read(state, "council.example/log", "bbbbbbbb").seen().size()).isEqualTo(5);
    }

    @Test
    void aStateFileWrittenBeforeKeysWereRememberedIsReadAsTheKeysOwn() throws Exception {
        Path state = dir.resolve("old-state");
        Files.write(state, List.of("council.example/log.size=9", "council.example/log.root=" + "00".repeat(32)));
        assertThat(StateFile.read(state, "council.example/log", "aaaaaaaa").seen().size()).isEqualTo(9);
        StateFile.write(state, new LogVerifier.Verified("council.example/log", 10, new byte[32], 1, 0, 0), "aaaaaaaa");
        assertThat(Files.readString(state)).doesNotContain("council.example/log.size=");
    }
}

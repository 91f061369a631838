package org.peacecouncil.identity;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Failed sign-ins: free ones, then a wait that doubles up to a ceiling; a success clears an account's count. */
class SignInBackoffTests {

    private static final Instant NOON = Instant.parse("2026-02-19T12:00:00Z");

    private final SignInBackoff backoff = new SignInBackoff(5, Duration.ofMinutes(15), Duration.ofHours(1), 1000);

    @Test
    void fiveFailuresAreFreeThenTheWaitDoubles() {
        for (int i = 1; i <= 5; i++) {
            assertThat(backoff.failed("a", NOON)).as("failure " + i).isZero();
        }
        assertThat(backoff.failed("a", NOON)).isEqualTo(Duration.ofSeconds(1));
        assertThat(backoff.failed("a", NOON)).isEqualTo(Duration.ofSeconds(2));
        assertThat(backoff.failed("a", NOON)).isEqualTo(Duration.ofSeconds(4));
        assertThat(backoff.waitFor("a", NOON.plusSeconds(3))).isEqualTo(Duration.ofSeconds(1));
        assertThat(backoff.waitFor("a", NOON.plusSeconds(4))).isZero();
        assertThat(backoff.waitFor("b", NOON)).as("another key is not held back").isZero();
    }

    @Test
    void theWaitNeverExceedsItsCeiling() {
        Duration last = Duration.ZERO;
        for (int i = 0; i < 60; i++) {
            last = backoff.failed("a", NOON);
        }
        assertThat(last).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void aSuccessClearsTheCountAndAQuietWindowStartsItAgain() {
        for (int i = 0; i < 7; i++) {
            backoff.failed("a", NOON);
        }
        backoff.succeeded("a");
        assertThat(backoff.waitFor("a", NOON)).isZero();
        assertThat(backoff.failed("a", NOON)).as("counting from one again").isZero();

        for (int i = 0; i < 7; i++) {
            backoff.failed("b", NOON);
        }
        assertThat(backoff.failed("b", NOON.plus(Duration.ofHours(2)))).as("a new window").isZero();
    }

    @Test
    void aClockSetBackNeitherProlongsAWaitNorKeepsAnOldCount() {
        for (int i = 0; i < 8; i++) {
            backoff.failed("a", NOON);
        }
        assertThat(backoff.waitFor("a", NOON.minus(Duration.ofDays(30)))).as("not a 30-day wait").isZero();
        assertThat(backoff.failed("a", NOON.minus(Duration.ofDays(30)))).as("a new count").isZero();
    }

    @Test
    void itRemembersABoundedNumberOfKeys() {
        var small = new SignInBackoff(0, Duration.ofMinutes(15), Duration.ofHours(1), 2);
        small.failed("a", NOON);
        small.failed("b", NOON);
        small.failed("c", NOON);
        assertThat(small.waitFor("a", NOON)).as("the eldest forgotten").isZero();
        assertThat(small.waitFor("c", NOON)).isPositive();
    }
}

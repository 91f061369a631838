package org.peacecouncil.membership.web;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ToDoTests {

    private static final Instant NOW = Instant.parse("2026-02-19T15:00:00Z");

    @Test
    void aDeadlineReadsAsTheTimeLeftRoundedUpToTheMinute() {
        assertThat(ToDo.remaining(NOW.plusSeconds(65 * 60), NOW)).isEqualTo("closes in 1 h 5 min");
        assertThat(ToDo.remaining(NOW.plusSeconds(60 * 60), NOW)).isEqualTo("closes in 1 h");
        assertThat(ToDo.remaining(NOW.plusSeconds(59 * 60 + 30), NOW)).isEqualTo("closes in 1 h");
        assertThat(ToDo.remaining(NOW.plusSeconds(59), NOW)).isEqualTo("closes in 1 min");
        assertThat(ToDo.remaining(NOW.plusSeconds(47 * 3600), NOW)).isEqualTo("closes in 47 h");
        assertThat(ToDo.remaining(NOW.plusSeconds(3 * 86_400), NOW)).isEqualTo("closes in 3 days");
    }

    @Test
    void aPassedDeadlineSaysSoAndNoDeadlineSaysNothing() {
        assertThat(ToDo.remaining(NOW, NOW)).isEqualTo("deadline passed");
        assertThat(ToDo.remaining(NOW.minusSeconds(1), NOW)).isEqualTo("deadline passed");
        assertThat(ToDo.remaining(null, NOW)).isNull();
    }
}

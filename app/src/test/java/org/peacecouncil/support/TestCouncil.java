package org.peacecouncil.support;

import java.time.Instant;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** What every application test replaces: the clock, and the finance module's contributions. */
@TestConfiguration(proxyBeanMethods = false)
public class TestCouncil {

    public static final Instant START = Instant.parse("2026-01-20T12:00:00Z");

    @Bean
    @Primary
    MovableClock clock() {
        return new MovableClock(START);
    }

    @Bean
    RecordedContributions contributions() {
        return new RecordedContributions();
    }

}

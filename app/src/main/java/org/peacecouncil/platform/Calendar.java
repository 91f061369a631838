package org.peacecouncil.platform;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The one component that records the passing of time: every second it asks each module's {@link Due} to record
 * what has fallen due (votes and rounds that closed at their deadline, invitations that lapsed, terms that
 * expired, veto windows that ended). Reads never write; between two ticks they derive the same from the record and
 * the time. Tests call {@link #advance} directly.
 */
@Component
public class Calendar {

    /** What a module records when time passes; idempotent, and safe to run from several instances at once. */
    public interface Due {
        void recordDueBy(Instant now);
    }

    private static final Logger log = LoggerFactory.getLogger(Calendar.class);

    private final List<Due> duties;
    private final Clock clock;
    private final boolean ticking;

    /** {@code peace-council.calendar.ticking=false} stops the schedule (the tests advance the calendar themselves). */
    Calendar(List<Due> duties, Clock clock, @Value("${peace-council.calendar.ticking:true}") boolean ticking) {
        this.duties = duties;
        this.clock = clock;
        this.ticking = ticking;
    }

    @Scheduled(fixedDelay = 1000, initialDelay = 1000)
    void tick() {
        if (!ticking) {
            return;
        }
        try {
            advance(clock.instant());
        } catch (RuntimeException e) {
            // The next tick tries again; a failure (e.g. the database busy during start-up) must not stop the schedule.
            log.warn("The calendar could not record what fell due: {}", e.getMessage());
        }
    }

    /** Records everything that has fallen due by {@code now}. */
    public void advance(Instant now) {
        for (Due due : duties) {
            due.recordDueBy(now);
        }
    }
}

package org.peacecouncil.support;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * Waiting for something another thread or process does (a checkpoint signed, a server started): polls until the
 * condition holds, within a generous limit that is reported when hit, so that a slow machine is slower, not red.
 * The limit is {@code -Dpeace-council.test.wait-seconds} (default 180).
 */
public final class Eventually {

    public static final Duration LIMIT = Duration.ofSeconds(Long.getLong("peace-council.test.wait-seconds", 180));

    private Eventually() {
    }

    /** Waits until {@code condition} holds; {@code what} says in the failure what never happened. */
    public static void until(String what, BooleanSupplier condition) {
        long started = System.nanoTime();
        long deadline = started + LIMIT.toNanos();
        long pause = 5;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("waited " + LIMIT.toSeconds() + " s (the limit, -Dpeace-council.test.wait-seconds) for " + what);
            }
            try {
                Thread.sleep(pause);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + what, e);
            }
            pause = Math.min(pause * 2, 200);
        }
    }
}

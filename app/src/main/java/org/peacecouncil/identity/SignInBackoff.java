package org.peacecouncil.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Failed sign-ins, per account and per client address, and how long each must wait: after {@code freeFailures} failed
 * attempts in a row, every further failure doubles the wait (1 s, 2 s, 4 s … up to {@code longestWait}); while a wait
 * runs, attempts are refused without the password being checked. A success clears the account's count; an address's
 * count runs for a window of its own, so that signing in to one's own account does not clear it. Pure and in memory:
 * the caller gives the time.
 */
final class SignInBackoff {

    private record Failures(int count, Instant since, Instant blockedUntil) {
    }

    private final int freeFailures;
    private final Duration longestWait;
    private final Duration window;
    private final int remembered;
    private final Map<String, Failures> failures = new LinkedHashMap<>(256, 0.75f, true);

    SignInBackoff(int freeFailures, Duration longestWait, Duration window, int remembered) {
        this.freeFailures = freeFailures;
        this.longestWait = longestWait;
        this.window = window;
        this.remembered = remembered;
    }

    /** How long {@code key} must still wait at {@code now}; zero when it may try. */
    synchronized Duration waitFor(String key, Instant now) {
        var f = failures.get(key);
        if (f == null || f.blockedUntil() == null || !now.isBefore(f.blockedUntil())
                || Duration.between(now, f.blockedUntil()).compareTo(longestWait) > 0) { // the clock was set back: not a real wait
            return Duration.ZERO;
        }
        return Duration.between(now, f.blockedUntil());
    }

    /** Records a failed attempt of {@code key}; returns the wait it now has. */
    synchronized Duration failed(String key, Instant now) {
        var f = failures.get(key);
        if (f == null || now.isAfter(f.since().plus(window)) || now.isBefore(f.since())) {
            f = new Failures(0, now, null);
        }
        int count = f.count() + 1;
        Instant until = null;
        if (count > freeFailures) {
            long seconds = 1L << Math.min(30, count - freeFailures - 1);
            until = now.plus(Duration.ofSeconds(seconds).compareTo(longestWait) > 0 ? longestWait : Duration.ofSeconds(seconds));
        }
        failures.put(key, new Failures(count, f.since(), until));
        if (failures.size() > remembered) {
            var eldest = failures.keySet().iterator();
            eldest.next();
            eldest.remove();
        }
        return until == null ? Duration.ZERO : Duration.between(now, until);
    }

    /** Clears {@code key}'s failures (an account that signed in). */
    synchronized void succeeded(String key) {
        failures.remove(key);
    }
}

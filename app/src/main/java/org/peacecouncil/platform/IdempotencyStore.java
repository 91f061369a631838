package org.peacecouncil.platform;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Keeps the answers to idempotent requests in the database, so every application instance sees them. */
@Component
class IdempotencyStore {

    record Kept(String fingerprint, Integer status, String contentType, String body, String location) {
    }

    private static final Duration KEPT_FOR = Duration.ofHours(24);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final org.springframework.transaction.support.TransactionTemplate tx;

    IdempotencyStore(JdbcClient jdbc, Clock clock, org.springframework.transaction.support.TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.tx = tx;
    }

    /**
     * Claims the key for a request about to run, in the transaction it will run in; false when the key is already kept.
     * A claim by a transaction still running makes this one wait for it (the key's row is locked until it commits).
     */
    boolean claim(String principal, String key, String fingerprint) {
        return jdbc.sql("""
                INSERT INTO idempotency_keys (principal, idem_key, fingerprint, created_at) VALUES (?, ?, ?, ?)
                ON CONFLICT (principal, idem_key) DO NOTHING""")
                .params(principal, key, fingerprint, Timestamps.text(clock.instant()))
                .update() == 1;
    }

    Optional<Kept> find(String principal, String key) {
        return jdbc.sql("SELECT fingerprint, status, content_type, body, location FROM idempotency_keys WHERE principal = ? AND idem_key = ?")
                .params(principal, key)
                .query((rs, n) -> {
                    int status = rs.getInt(2);
                    return new Kept(rs.getString(1), rs.wasNull() ? null : status, rs.getString(3), rs.getString(4),
                            rs.getString(5));
                })
                .optional();
    }

    void complete(String principal, String key, int status, String contentType, String body, String location) {
        jdbc.sql("UPDATE idempotency_keys SET status = ?, content_type = ?, body = ?, location = ? WHERE principal = ? AND idem_key = ?")
                .params(status, contentType, body, location, principal, key)
                .update();
    }

    /**
     * In a transaction, so that on SQLite it queues fairly with the council's writes instead of meeting the busy
     * timeout behind a long one (the demo's seeding); a failure waits for the next hour rather than stopping anything.
     */
    @Scheduled(fixedDelay = 3_600_000, initialDelay = 60_000)
    void forgetOldAnswers() {
        try {
            tx.executeWithoutResult(status -> jdbc.sql("DELETE FROM idempotency_keys WHERE created_at < ?")
                    .param(Timestamps.text(clock.instant().minus(KEPT_FOR)))
                    .update());
        } catch (RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(IdempotencyStore.class).warn("Old idempotency answers not forgotten this hour: {}",
                    e.getMessage());
        }
    }
}

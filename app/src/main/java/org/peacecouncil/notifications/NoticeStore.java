package org.peacecouncil.notifications;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.peacecouncil.platform.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The notices, the accounts' read marks and the e-mail outbox. */
@Repository
class NoticeStore {

    /** An e-mail waiting to be sent. */
    record Mail(String id, String address, String subject, String body, int attempts) {
    }

    private final JdbcClient jdbc;

    NoticeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Set<String> keysOf(String recipient) {
        return new HashSet<>(jdbc.sql("SELECT item_key FROM notices WHERE recipient = ?").param(recipient).query(String.class).list());
    }

    /** Adds the notice unless another instance noticed the same item first; true when this one did. */
    boolean add(Notice notice, String key) {
        return jdbc.sql("INSERT INTO notices (id, recipient, item_key, kind, title, detail, href, since, deadline, noticed_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (recipient, item_key) DO NOTHING")
                .params(notice.id(), notice.recipient(), key, notice.kind(), notice.title(), notice.detail(), notice.href(),
                        Timestamps.text(notice.since()), Timestamps.text(notice.deadline()), Timestamps.text(notice.noticedAt()))
                .update() == 1;
    }

    List<Notice> of(String recipient, int limit) {
        return jdbc.sql("SELECT id, recipient, kind, title, detail, href, since, deadline, noticed_at FROM notices WHERE recipient = ? "
                + "ORDER BY noticed_at DESC, since DESC, id LIMIT ?").params(recipient, limit).query(NoticeStore::notice).list();
    }

    long unread(String recipient, Instant readUpTo) {
        return jdbc.sql("SELECT count(*) FROM notices WHERE recipient = ? AND noticed_at > ?")
                .params(recipient, readUpTo == null ? "" : Timestamps.text(readUpTo)).query(Long.class).single();
    }

    Optional<Instant> readUpTo(String username) {
        return jdbc.sql("SELECT read_up_to FROM inbox_reads WHERE username = ?").param(username).query(String.class).optional()
                .map(Timestamps::instant);
    }

    Optional<Instant> newest(String recipient) {
        return jdbc.sql("SELECT max(noticed_at) FROM notices WHERE recipient = ?").param(recipient).query(String.class).optional()
                .filter(t -> t != null).map(Timestamps::instant);
    }

    void markRead(String username, Instant upTo) {
        jdbc.sql("INSERT INTO inbox_reads (username, read_up_to) VALUES (?, ?) ON CONFLICT (username) DO UPDATE SET read_up_to = ?")
                .params(username, Timestamps.text(upTo), Timestamps.text(upTo)).update();
    }

    void queue(String noticeId, String address, String subject, String body, Instant now) {
        jdbc.sql("INSERT INTO mail_outbox (id, notice_id, address, subject, body, queued_at, attempts) VALUES (?, ?, ?, ?, ?, ?, 0)")
                .params(java.util.UUID.randomUUID().toString(), noticeId, address, subject, body, Timestamps.text(now)).update();
    }

    List<Mail> unsent(Instant now, int maxAttempts, int limit) {
        return jdbc.sql("SELECT id, address, subject, body, attempts FROM mail_outbox WHERE sent_at IS NULL AND attempts < ? "
                        + "AND (next_attempt_at IS NULL OR next_attempt_at <= ?) ORDER BY queued_at, id LIMIT ?")
                .params(maxAttempts, Timestamps.text(now), limit)
                .query((rs, n) -> new Mail(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5))).list();
    }

    void sent(String id, Instant at) {
        jdbc.sql("UPDATE mail_outbox SET sent_at = ?, attempts = attempts + 1, last_error = NULL WHERE id = ?").params(Timestamps.text(at), id).update();
    }

    void failed(String id, String error, Instant retryAt) {
        jdbc.sql("UPDATE mail_outbox SET attempts = attempts + 1, last_error = ?, next_attempt_at = ? WHERE id = ?")
                .params(error, Timestamps.text(retryAt), id).update();
    }

    private static Notice notice(ResultSet rs, int n) throws SQLException {
        return new Notice(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                Timestamps.instant(rs.getString(7)), Timestamps.instant(rs.getString(8)), Timestamps.instant(rs.getString(9)));
    }
}

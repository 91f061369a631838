package org.peacecouncil.notifications;

import java.time.Instant;

import org.peacecouncil.platform.AwaitingWork;

/**
 * A to-do item as it was when it first awaited {@code recipient} (a state's alpha-3 code, "CHAIR" or "SECRETARIAT"),
 * kept after the work is done.
 */
public record Notice(String id, String recipient, String kind, String title, String detail, String href, Instant since,
        Instant deadline, Instant noticedAt) {

    /** The same item is noticed once: its kind, where it is done, and since when it waits. */
    static String key(AwaitingWork.Item item) {
        return item.kind() + "|" + item.href() + "|" + (item.since() == null ? "" : item.since().toString());
    }

    static Notice of(String recipient, AwaitingWork.Item item, Instant now) {
        return new Notice(java.util.UUID.randomUUID().toString(), recipient, item.kind(), item.title(),
                item.detail() == null ? "" : item.detail(), item.href(), item.since(), item.deadline(), now);
    }
}

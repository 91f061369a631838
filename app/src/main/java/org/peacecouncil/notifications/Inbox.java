package org.peacecouncil.notifications;

import java.util.List;

import org.peacecouncil.identity.Actor;
import org.peacecouncil.identity.NoticeAddresses;
import org.peacecouncil.platform.CouncilProblem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An account's inbox: the notices of the delegation or office it reads for, newest first, and which it has not read.
 * Every account of a delegation sees the same notices and keeps its own read mark.
 */
@Service
public class Inbox {

    /** A notice as this account sees it. */
    public record Message(Notice notice, boolean unread) {
    }

    /** The inbox's newest notices, how many there are unread, and the e-mail address they also go to, if any. */
    public record View(List<Message> messages, long unread, String email) {
    }

    static final int SHOWN = 200;

    private final NoticeStore store;
    private final NoticeAddresses addresses;
    private final TransactionTemplate tx;

    Inbox(NoticeStore store, NoticeAddresses addresses, TransactionTemplate tx) {
        this.store = store;
        this.addresses = addresses;
        this.tx = tx;
    }

    public View of(Actor actor) {
        String recipient = recipient(actor);
        var readUpTo = store.readUpTo(actor.username()).orElse(null);
        var messages = store.of(recipient, SHOWN).stream()
                .map(n -> new Message(n, readUpTo == null || n.noticedAt().isAfter(readUpTo))).toList();
        return new View(messages, store.unread(recipient, readUpTo), addresses.of(actor.username()).orElse(null));
    }

    public long unread(Actor actor) {
        return store.unread(recipient(actor), store.readUpTo(actor.username()).orElse(null));
    }

    /** Marks every notice so far read for this account (the others of its delegation keep their own marks). */
    public void markAllRead(Actor actor) {
        String recipient = recipient(actor);
        store.newest(recipient).ifPresent(newest -> tx.executeWithoutResult(s -> store.markRead(actor.username(), newest)));
    }

    private static String recipient(Actor actor) {
        if (actor.isAnonymous()) {
            throw new CouncilProblem.NotSignedIn("Sign in to read your inbox.");
        }
        return actor.isDelegate() ? actor.state() : actor.role().name();
    }

}

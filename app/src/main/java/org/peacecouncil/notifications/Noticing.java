package org.peacecouncil.notifications;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.peacecouncil.identity.NoticeAddresses;
import org.peacecouncil.platform.AwaitingWork;
import org.peacecouncil.platform.Calendar;
import org.peacecouncil.platform.RecordedAct;
import org.peacecouncil.platform.StateCode;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns new to-do items into notices. It runs with the calendar: after any act was recorded, and at least once a minute
 * for what time alone brings (a sitting due to open). Each item is noticed once per delegation or office, whichever
 * instance sees it first; its e-mails are queued in the same transaction.
 */
@Component
class Noticing implements Calendar.Due {

    private static final Duration AT_LEAST_EVERY = Duration.ofMinutes(1);

    private final List<AwaitingWork> modules;
    private final NoticeStore store;
    private final NoticeAddresses addresses;
    private final MailOutbox outbox;
    private final TransactionTemplate tx;
    private final String publicUrl;
    private final boolean enabled;
    /** Set at start, so that what was recorded while the server was down is noticed at its first tick. */
    private final AtomicBoolean actRecorded = new AtomicBoolean(true);
    private volatile Instant lastRun;

    private final org.springframework.context.MessageSource messages;

    Noticing(List<AwaitingWork> modules, NoticeStore store, NoticeAddresses addresses, MailOutbox outbox, TransactionTemplate tx,
            org.peacecouncil.platform.CouncilProperties properties,
            @Value("${peace-council.notifications.enabled:true}") boolean enabled, org.springframework.context.MessageSource messages) {
        this.messages = messages;
        this.modules = modules;
        this.store = store;
        this.addresses = addresses;
        this.outbox = outbox;
        this.tx = tx;
        this.publicUrl = properties.publicUrl();
        this.enabled = enabled;
    }

    @TransactionalEventListener
    void actRecorded(RecordedAct act) {
        actRecorded.set(true);
    }

    @Override
    public void recordDueBy(Instant now) {
        if (!enabled) {
            return;
        }
        var last = lastRun;
        if (actRecorded.getAndSet(false) || last == null || Duration.between(last, now).abs().compareTo(AT_LEAST_EVERY) >= 0) {
            lastRun = now;
            try {
                noticeNewItems(now);
            } catch (RuntimeException e) {
                actRecorded.set(true);
                throw e;
            }
        }
        outbox.sendPending(now);
    }

    private void noticeNewItems(Instant now) {
        var recipients = addresses.recipients();
        boolean mail = outbox.enabled();
        for (String reader : addresses.readers()) {
            var known = store.keysOf(reader);
            var fresh = new ArrayList<AwaitingWork.Item>();
            for (var item : itemsOf(reader, now)) {
                if (!known.contains(Notice.key(item))) {
                    fresh.add(item);
                }
            }
            if (fresh.isEmpty()) {
                continue;
            }
            var mailTo = recipients.stream().filter(r -> reader.equals(r.readsFor())).toList();
            tx.executeWithoutResult(s -> {
                for (var item : fresh) {
                    var notice = Notice.of(reader, item, now);
                    if (store.add(notice, Notice.key(item)) && mail) {
                        for (var recipient : mailTo) {
                            var message = NoticeMail.of(notice, recipient, publicUrl, messages);
                            store.queue(notice.id(), recipient.email(), message.subject(), message.body(), now);
                        }
                    }
                }
            });
        }
    }

    private List<AwaitingWork.Item> itemsOf(String reader, Instant now) {
        var items = new ArrayList<AwaitingWork.Item>();
        boolean state = reader.length() == 3;
        for (var module : modules) {
            items.addAll(state ? module.forDelegation(StateCode.of(reader), now) : module.forOffice(reader, now));
        }
        return items;
    }
}

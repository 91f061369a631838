package org.peacecouncil.notifications.web;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.peacecouncil.identity.Actor;
import org.peacecouncil.notifications.Inbox;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in account's inbox, for a delegation's own tools. */
@RestController
@RequestMapping("/api/v1/inbox")
@Tag(name = "Inbox", description = "What awaits the signed-in account's delegation or office, as notices")
class InboxApi {

    /** One notice: what awaited, where to do it, since and until when, when it was noticed, and whether this account read it. */
    record Message(String id, String kind, String title, String detail, String href, Instant since, Instant deadline,
            Instant noticedAt, boolean unread) {
    }

    record Messages(long unread, List<Message> messages) {
    }

    private final Inbox inbox;

    InboxApi(Inbox inbox) {
        this.inbox = inbox;
    }

    @GetMapping
    @Operation(summary = "The newest 200 notices of the signed-in account's delegation or office, newest first")
    Messages messages(Actor actor) {
        var view = inbox.of(actor);
        return new Messages(view.unread(), view.messages().stream().map(m -> new Message(m.notice().id(), m.notice().kind(),
                m.notice().title(), m.notice().detail(), m.notice().href(), m.notice().since(), m.notice().deadline(),
                m.notice().noticedAt(), m.unread())).toList());
    }

    @PostMapping("/read")
    @Operation(summary = "Mark every notice so far read for the signed-in account")
    ResponseEntity<Void> markRead(Actor actor) {
        inbox.markAllRead(actor);
        return ResponseEntity.noContent().build();
    }
}

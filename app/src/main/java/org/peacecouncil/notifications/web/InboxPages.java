package org.peacecouncil.notifications.web;

import java.time.Clock;

import org.peacecouncil.identity.Actor;
import org.peacecouncil.notifications.Inbox;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signed-in account's inbox: every notice of its delegation or office, newest first, unread ones marked. */
@Controller
class InboxPages {

    private final Inbox inbox;
    private final Clock clock;

    InboxPages(Inbox inbox, Clock clock) {
        this.inbox = inbox;
        this.clock = clock;
    }

    @GetMapping("/workspace/inbox")
    String inbox(Actor actor, Model model) {
        var view = inbox.of(actor);
        model.addAttribute("view", view);
        model.addAttribute("now", clock.instant());
        return "inbox";
    }

    @PostMapping("/workspace/inbox/read")
    String markRead(Actor actor, RedirectAttributes flash) {
        inbox.markAllRead(actor);
        flash.addFlashAttribute("notice", "Every notice so far is marked read for your account.");
        return "redirect:/workspace/inbox";
    }
}

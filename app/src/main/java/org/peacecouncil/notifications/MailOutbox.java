package org.peacecouncil.notifications;

import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends the queued e-mails through the SMTP server Spring Boot's {@code spring.mail.*} names, from
 * {@code peace-council.mail.from}. Without both, nothing is queued. A failed attempt is tried again later, waiting
 * twice as long each time (one minute, two, four… at most six hours), twelve times in all.
 */
@Component
class MailOutbox {

    static final int MAX_ATTEMPTS = 12;
    private static final Logger log = LoggerFactory.getLogger(MailOutbox.class);

    private final NoticeStore store;
    private final ObjectProvider<JavaMailSender> sender;
    private final String from;

    MailOutbox(NoticeStore store, ObjectProvider<JavaMailSender> sender, @Value("${peace-council.mail.from:}") String from) {
        this.store = store;
        this.sender = sender;
        this.from = from;
    }

    boolean enabled() {
        return !from.isBlank() && sender.getIfAvailable() != null;
    }

    /** Sends what is due; each e-mail is marked sent as soon as the server took it. */
    void sendPending(Instant now) {
        var mailer = sender.getIfAvailable();
        if (from.isBlank() || mailer == null) {
            return;
        }
        for (var mail : store.unsent(now, MAX_ATTEMPTS, 100)) {
            var message = new SimpleMailMessage();
            message.setFrom(from);
            message.setTo(mail.address());
            message.setSubject(mail.subject());
            message.setText(mail.body());
            try {
                mailer.send(message);
                store.sent(mail.id(), now);
            } catch (MailException e) {
                var wait = Duration.ofMinutes(Math.min(1L << Math.min(mail.attempts(), 9), 360));
                store.failed(mail.id(), String.valueOf(e.getMessage()), now.plus(wait));
                log.warn("An e-mail to {} could not be sent (attempt {}): {}", mail.address(), mail.attempts() + 1, e.getMessage());
            }
        }
    }
}

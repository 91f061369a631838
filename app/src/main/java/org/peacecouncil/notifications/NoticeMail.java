package org.peacecouncil.notifications;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.peacecouncil.identity.NoticeAddresses;
import org.peacecouncil.platform.Countries;
import org.springframework.context.MessageSource;

/**
 * A notice as plain-text e-mail, in the language its recipient reads the platform in: what awaits, by when, the link
 * to do it, and why this address receives it. The item's own title and line are the record's words, as the module
 * wrote them.
 */
record NoticeMail(String subject, String body) {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    /** @param base the council's public address, without a trailing slash */
    static NoticeMail of(Notice notice, NoticeAddresses.Recipient recipient, String base, MessageSource messages) {
        Locale language = recipient.language() == null ? Locale.ENGLISH : recipient.language();
        java.util.function.BiFunction<String, Object[], String> say = (key, args) -> messages.getMessage(key, args, language);
        String councilName = say.apply("brand", null);
        String kind = messages.getMessage("todo.kind." + notice.kind().replace(' ', '-'), null, notice.kind(), language);
        var body = new StringBuilder().append(kind).append(": ").append(notice.title()).append("\n\n");
        if (!notice.detail().isBlank()) {
            body.append(notice.detail()).append("\n\n");
        }
        if (notice.deadline() != null) {
            body.append(say.apply("mail.deadline", new Object[] {UTC.format(notice.deadline())})).append("\n");
        }
        String readsFor = recipient.state() == null ? say.apply("mail.office." + recipient.role().name(), null)
                : say.apply("mail.forDelegation", new Object[] {Countries.name(recipient.state(), language)});
        body.append(say.apply("mail.doIt", new Object[] {base + notice.href()})).append("\n")
                .append(say.apply("mail.inbox", new Object[] {base + "/workspace/inbox"})).append("\n\n")
                .append("-- \n")
                .append(say.apply("mail.why", new Object[] {recipient.username(), readsFor, councilName, base + "/account"})).append("\n");
        return new NoticeMail("[" + councilName + "] " + kind + ": " + notice.title(), body.toString());
    }
}

package org.peacecouncil.notifications;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import org.peacecouncil.identity.NoticeAddresses;
import org.peacecouncil.platform.Countries;

/** A notice as plain-text e-mail: what awaits, by when, the link to do it, and why this address receives it. */
record NoticeMail(String subject, String body) {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    static NoticeMail of(Notice notice, NoticeAddresses.Recipient recipient, String publicUrl) {
        String councilName = "Peace Council";
        String base = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        var body = new StringBuilder()
                .append(notice.kind()).append(": ").append(notice.title()).append("\n\n");
        if (!notice.detail().isBlank()) {
            body.append(notice.detail()).append("\n\n");
        }
        if (notice.deadline() != null) {
            body.append("Deadline: ").append(UTC.format(notice.deadline())).append("\n");
        }
        body.append("Do it here: ").append(base).append(notice.href()).append("\n")
                .append("Your inbox: ").append(base).append("/workspace/inbox\n\n")
                .append("-- \nYou receive this because the account ").append(recipient.username()).append(" reads for ")
                .append(recipient.state() == null ? "the " + recipient.role().name().toLowerCase(java.util.Locale.ROOT)
                        : "the delegation of " + Countries.name(recipient.state()))
                .append(" on ").append(councilName).append(". Change or clear the address on your account page: ")
                .append(base).append("/account\n");
        return new NoticeMail("[" + councilName + "] " + notice.kind() + ": " + notice.title(), body.toString());
    }
}

package org.peacecouncil.notifications;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import biweekly.Biweekly;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.peacecouncil.identity.Role;
import org.peacecouncil.support.Api;
import org.peacecouncil.support.OnPostgres;
import org.peacecouncil.support.OnSqlite;
import org.peacecouncil.support.WithProviders;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What awaits a delegation is told to it: in its inbox, and by e-mail through a real SMTP server to each of its accounts
 * that gave an address; and its meetings are a calendar feed.
 */
abstract class NotificationsSpec extends WithProviders {

    private static final String AZE_ADDRESS = "delegation@aze.example.org";

    private void noticeNow() {
        calendar.advance(clock.instant());
    }

    private List<MimeMessage> received() {
        return Arrays.asList(SMTP.getReceivedMessages());
    }

    private static String body(MimeMessage message) {
        try {
            return message.getContent().toString();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aVoteOpenedIsInTheDelegationsInboxAndInItsEmail() throws Exception {
        assertThat(delegate("AZE").put("/api/v1/account/email", Api.json("email", AZE_ADDRESS)).status()).isEqualTo(200);
        var sitting = aVoteOnABudget(30, "AZE");
        noticeNow();

        var inbox = delegate("AZE").get("/api/v1/inbox");
        assertThat(inbox.status()).isEqualTo(200);
        var vote = inbox.json().get("messages").valueStream().filter(m -> m.get("kind").asString().equals("Vote open")).toList();
        assertThat(vote).hasSize(1);
        assertThat(vote.get(0).get("href").asString()).isEqualTo("/motions/" + sitting.motion());
        assertThat(vote.get(0).get("unread").asBoolean()).isTrue();
        assertThat(inbox.json().get("unread").asLong()).isGreaterThanOrEqualTo(1);

        var mails = received();
        assertThat(mails).hasSize(1);
        var mail = mails.get(0);
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo(AZE_ADDRESS);
        assertThat(mail.getFrom()[0].toString()).isEqualTo("notices@council.example.org");
        assertThat(mail.getSubject()).isEqualTo("[Peace Council] Vote open: Budget");
        assertThat(body(mail)).contains("https://council.example.org/motions/" + sitting.motion())
                .contains("Deadline: 2026-02-19 15:30 UTC").contains("delegation of Azerbaijan");
    }

    @Test
    void aDelegateWhoReadsInArabicIsWrittenToInArabic() throws Exception {
        assertThat(delegate("AZE").put("/api/v1/account/email", Api.json("email", AZE_ADDRESS), "Accept-Language", "ar").status())
                .isEqualTo(200);
        var sitting = aVoteOnABudget(30, "AZE");
        noticeNow();

        var mail = received().get(0);
        assertThat(mail.getSubject()).isEqualTo("[Peace Council] تصويت مفتوح: Budget");
        assertThat(body(mail)).as("dates and links set apart from the Arabic around them").contains("الموعد النهائي: \u20682026-02-19 15:30 UTC\u2069");
        assertThat(body(mail).replaceAll("[\u2066-\u2069]", "")).contains("الموعد النهائي: 2026-02-19 15:30 UTC")
                .contains("أنجزه هنا: https://council.example.org/motions/" + sitting.motion()).contains("وفد أذربيجان");
    }

    @Test
    void anItemIsNoticedOnceHoweverOftenTheCalendarRunsAndWhateverChangesInIt() {
        delegate("AZE").put("/api/v1/account/email", Api.json("email", AZE_ADDRESS));
        var sitting = aVoteOnABudget(30, "AZE");
        noticeNow();
        noticeNow();
        delegate("AZE").post("/api/v1/motions/" + sitting.motion() + "/ballots", Api.json("vote", "YES"));
        clock.set(clock.instant().plus(Duration.ofMinutes(2)));
        noticeNow();

        var votes = delegate("AZE").get("/api/v1/inbox").json().get("messages").valueStream()
                .filter(m -> m.get("kind").asString().equals("Vote open")).toList();
        assertThat(votes).hasSize(1);
        assertThat(received()).hasSize(1);
    }

    @Test
    void onlyAccountsThatGaveAnAddressAreEmailedAndEveryStateHasItsOwnInbox() {
        delegate("AZE").put("/api/v1/account/email", Api.json("email", AZE_ADDRESS));
        aVoteOnABudget(30, "AZE");
        noticeNow();

        assertThat(received()).extracting(m -> m.getAllRecipients()[0].toString()).containsExactly(AZE_ADDRESS);
        var armenia = delegate("ARM").get("/api/v1/inbox").json().get("messages").valueStream()
                .filter(m -> m.get("kind").asString().equals("Vote open")).toList();
        assertThat(armenia).as("Armenia, a member not registered as present, is told too").hasSize(1);
        assertThat(armenia.get(0).get("detail").asString()).contains("not registered as present");
    }

    @Test
    void readMarksAreEachAccountsOwn() {
        aVoteOnABudget(30, "AZE");
        var colleague = as("registered-aze-colleague", Role.DELEGATE, "AZE");
        noticeNow();

        assertThat(delegate("AZE").post("/api/v1/inbox/read").status()).isEqualTo(204);
        assertThat(delegate("AZE").get("/api/v1/inbox").json().get("unread").asLong()).isZero();
        assertThat(colleague.get("/api/v1/inbox").json().get("unread").asLong()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void theInboxIsOnlyForTheSignedIn() {
        var answer = anonymous().get("/api/v1/inbox");
        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.isProblem()).isTrue();
    }

    @Test
    void anAddressThatIsNoAddressIsRefusedAndChangesNothing() {
        delegate("AZE").put("/api/v1/account/email", Api.json("email", AZE_ADDRESS));
        for (String bad : List.of("not-an-address", "two@@example.org", "Someone <a@example.org>", "a@example.org, b@example.org")) {
            var answer = delegate("AZE").put("/api/v1/account/email", Api.json("email", bad));
            assertThat(answer.status()).as(bad).isEqualTo(400);
            assertThat(answer.isProblem()).isTrue();
            assertThat(answer.json().get("type").asString()).endsWith("invalid-email");
        }
        assertThat(delegate("AZE").get("/api/v1/account/email").json().get("email").asString()).isEqualTo(AZE_ADDRESS);
        assertThat(delegate("AZE").put("/api/v1/account/email", Api.json("email", "")).status()).isEqualTo(200);
        assertThat(delegate("AZE").get("/api/v1/account/email").json().has("email")).isFalse();
    }

    @Test
    void anEmailTheServerDidNotTakeIsKeptAndSentAtALaterAttempt() throws Exception {
        delegate("AZE").put("/api/v1/account/email", Api.json("email", AZE_ADDRESS));
        SMTP.stop();
        aVoteOnABudget(30, "AZE");
        noticeNow();
        var queued = jdbc.sql("SELECT attempts, last_error, sent_at FROM mail_outbox").query().listOfRows();
        assertThat(queued).hasSize(1);
        assertThat(((Number) queued.get(0).get("attempts")).intValue()).isEqualTo(1);
        assertThat(queued.get(0).get("last_error")).isNotNull();
        assertThat(queued.get(0).get("sent_at")).isNull();

        SMTP.start();
        clock.set(clock.instant().plusSeconds(30));
        noticeNow();
        assertThat(received()).as("the next attempt waits a minute").isEmpty();
        clock.set(clock.instant().plusSeconds(40));
        noticeNow();
        assertThat(received()).hasSize(1);
        assertThat(jdbc.sql("SELECT count(*) FROM mail_outbox WHERE sent_at IS NOT NULL").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aDelegationsMeetingsAreAnICalendarFeed() {
        var sitting = aVoteOnABudget(30, "AZE");
        var feed = anonymous().getAny("/calendars/AZE.ics");
        assertThat(feed.status()).isEqualTo(200);
        assertThat(feed.contentType()).startsWith("text/calendar");
        var calendar = Biweekly.parse(feed.body()).first();
        assertThat(calendar.getEvents()).hasSize(1);
        var event = calendar.getEvents().get(0);
        assertThat(event.getSummary().getValue()).isEqualTo("Sitting");
        assertThat(event.getLocation().getValue()).isEqualTo("Washington");
        assertThat(event.getDateStart().getValue().toInstant()).isEqualTo(Instant.parse("2026-02-19T15:00:00Z"));
        assertThat(event.getUrl().getValue()).isEqualTo("https://council.example.org/meetings/" + sitting.meeting());

        var unknown = anonymous().getAny("/calendars/ZZZ.ics");
        assertThat(unknown.status()).isIn(400, 404);
    }
}

@OnSqlite
class NotificationsOnSqliteTests extends NotificationsSpec {
}

@OnPostgres
class NotificationsOnPostgresTests extends NotificationsSpec {
}

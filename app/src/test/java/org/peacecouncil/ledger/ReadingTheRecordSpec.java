package org.peacecouncil.ledger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.peacecouncil.platform.Countries;
import org.peacecouncil.support.CouncilTest;
import org.peacecouncil.support.OnPostgres;
import org.peacecouncil.support.OnSqlite;

import static org.assertj.core.api.Assertions.assertThat;

/** A reader pages through the public record, newest first, and filters it by act type, state and day. */
abstract class ReadingTheRecordSpec extends CouncilTest {

    private static final Pattern ENTRY_LINK = Pattern.compile("href=\"/log/entries/(\\d+)\"");
    private static final Pattern OLDER = Pattern.compile("id=\"log-older\" rel=\"next\" href=\"([^\"]+)\"");

    private long logSize() {
        return anonymous().get("/api/v1/log").json().get("entriesAppended").asLong();
    }

    private String page(String path) {
        var page = anonymous().get(path, "Cache-Control", "no-cache");
        assertThat(page.status()).as(path).isEqualTo(200);
        return page.body();
    }

    private static List<Long> indexes(String html) {
        var found = new ArrayList<Long>();
        var m = ENTRY_LINK.matcher(html);
        while (m.find()) {
            found.add(Long.parseLong(m.group(1)));
        }
        return found;
    }

    private static List<String> each(tools.jackson.databind.JsonNode entries, String field) {
        var values = new ArrayList<String>();
        entries.forEach(entry -> values.add(entry.path(field).asString(null)));
        return values;
    }

    /** Enough acts that the record runs to more than two pages. */
    private void aRecordOfMoreThan(long entries) {
        foundCouncil("USA", "AZE", "ARM");
        var states = Countries.states().iterator();
        while (logSize() <= entries) {
            String next = states.next().alpha3();
            if (!List.of("USA", "AZE", "ARM").contains(next)) {
                admit(next);
            }
        }
    }

    @Test
    void theRecordIsReadAPageOfFiftyAtATimeNewestFirstEachEntryOnce() {
        aRecordOfMoreThan(120);
        long size = logSize();
        var seen = new ArrayList<Long>();
        String path = "/log";
        int pages = 0;
        while (path != null) {
            String html = page(path.replace("&amp;", "&"));
            var shown = indexes(html);
            assertThat(shown).as(path).hasSizeLessThanOrEqualTo(50).isNotEmpty();
            assertThat(html.contains("id=\"log-newest\"")).as("a way back to the newest from " + path).isEqualTo(pages > 0);
            seen.addAll(shown);
            var older = OLDER.matcher(html);
            path = older.find() ? older.group(1) : null;
            pages++;
        }
        var expected = new ArrayList<Long>();
        for (long i = size - 1; i >= 0; i--) {
            expected.add(i);
        }
        assertThat(seen).as("every entry once, newest first").isEqualTo(expected);
        assertThat(pages).isEqualTo((int) ((size + 49) / 50));

        var api = anonymous().get("/api/v1/log/entries?before=" + (size - 10) + "&limit=5").json();
        assertThat(each(api, "index")).containsExactly(String.valueOf(size - 11), String.valueOf(size - 12), String.valueOf(size - 13),
                String.valueOf(size - 14), String.valueOf(size - 15));
    }

    @Test
    void theRecordFiltersByActTypeStateAndDay() {
        foundCouncil("USA", "AZE");
        LocalDate day = LocalDate.of(2031, 3, 15);
        clock.setDay(day);
        admit("ARM");
        admit("KAZ");
        clock.setDay(day.plusDays(1));
        admit("NOR");

        var thatDay = anonymous().get("/api/v1/log/entries?from=2031-03-15&until=2031-03-15&limit=500").json();
        assertThat(each(thatDay, "state")).as("entries recorded on 15 March 2031 (UTC)").isNotEmpty()
                .containsOnly("ARM", "KAZ");
        var fromThen = anonymous().get("/api/v1/log/entries?from=2031-03-15&limit=500").json();
        assertThat(each(fromThen, "state")).contains("ARM", "KAZ", "NOR");
        var consents = anonymous().get("/api/v1/log/entries?type=ConsentGiven&from=2031-03-15").json();
        assertThat(each(consents, "type")).containsOnly("ConsentGiven");
        assertThat(each(consents, "state")).containsExactly("NOR", "KAZ", "ARM");

        String html = page("/log?type=ConsentGiven&state=KAZ&from=2031-03-15&until=2031-03-15"); // the log is shared by the context's tests
        assertThat(html).contains("<h1>Public record about Kazakhstan</h1>").contains("Entries found")
                .contains("<option value=\"ConsentGiven\" selected=\"selected\">ConsentGiven</option>")
                .contains("<option value=\"KAZ\" selected=\"selected\">Kazakhstan (KAZ)</option>")
                .contains("<input id=\"filter-from\" name=\"from\" type=\"date\" value=\"2031-03-15\">");
        assertThat(indexes(html)).hasSize(1);
        assertThat(page("/log?type=ConsentGiven&state=KAZ&lang=fr")).contains("Registre public concernant Kazakhstan");
        String none = page("/log?type=StateRemoved&state=KAZ&from=2031-03-15");
        assertThat(indexes(none)).isEmpty();
        assertThat(none).contains("No entry matches.").contains("id=\"filter-clear\"");
    }

    @Test
    void aFilterTheRecordCannotAnswerIsRefusedWithItsReason() {
        foundCouncil("USA", "AZE");
        long size = logSize();
        record Case(String query, String problem, String said) {
        }
        for (var c : List.of(new Case("type=NoSuchAct", "unknown-act-type", "The record has no act type “NoSuchAct”."),
                new Case("from=2026-13-01", "bad-date", "“2026-13-01” is not a day (from, YYYY-MM-DD)."),
                new Case("from=2026-03-02&until=2026-03-01", "bad-dates", "The last day (2026-03-01) is before the first (2026-03-02)."),
                new Case("before=ten", "bad-index", "“ten” is not an entry’s index."),
                new Case("before=-1", "bad-index", "An entry’s index is 0 or more."),
                new Case("state=QQQ", "unknown-country", "QQQ"))) {
            var problem = anonymous().get("/api/v1/log/entries?" + c.query());
            assertThat(problem.status()).as(c.query()).isEqualTo(400);
            assertThat(problem.isProblem()).as(c.query()).isTrue();
            assertThat(problem.json().get("type").asString()).as(c.query()).endsWith(":" + c.problem());
            var page = anonymous().get("/log?" + c.query(), "Cache-Control", "no-cache");
            assertThat(page.status()).as(c.query()).isEqualTo(400);
            assertThat(page.body()).as(c.query()).contains(c.said());
        }
        assertThat(logSize()).as("a refused read records nothing").isEqualTo(size);
    }
}

@OnSqlite
class ReadingTheRecordOnSqliteTests extends ReadingTheRecordSpec {
}

@OnPostgres
class ReadingTheRecordOnPostgresTests extends ReadingTheRecordSpec {
}

package org.peacecouncil.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peacecouncil.support.Api;
import org.peacecouncil.support.CouncilTest;
import org.peacecouncil.support.OnPostgres;
import org.peacecouncil.support.OnSqlite;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** One search over members, meetings, motions, funds and missions, by kind, the closest first; in the reader's language. */
abstract class SearchSpec extends CouncilTest {

    private String meeting;
    private String motion;
    private String fund;
    private String mission;

    @BeforeEach
    void aCouncilWithSomethingOfEveryKind() {
        foundCouncil("USA", "AZE", "CIV");
        meeting = chair().post("/api/v1/meetings", Api.json("kind", "VOTING", "title", "Second meeting of the Board of Peace", "place",
                "Washington", "startsAt", "2026-02-19T15:00:00Z", "agenda", List.of("Reconstruction budget"))).json().get("id").asString();
        motion = chair().post("/api/v1/meetings/" + meeting + "/motions", Api.json("kind", "BUDGET", "title", "Budget for the first year",
                "text", "The Board adopts the budget for Rafah.")).json().get("id").asString();
        fund = secretariat().post("/api/v1/funds", Api.json("name", "Gaza reconstruction package", "currency", "USD", "administeredBy",
                "COUNCIL")).json().get("id").asString();
        secretariat().post("/api/v1/funds/" + fund + "/projects", Api.json("name", "Power grid, northern Gaza", "modality", "GRANT",
                "channel", "THROUGH_COUNCIL", "implementer", "UNOPS", "location", "Gaza", "sector", "Energy"));
        mission = secretariat().post("/api/v1/missions", Api.json("name", "International Stabilization Force", "command",
                "Maj. Gen. Jasper Jeffers (USA)", "leadState", "USA", "authorities", List.of(Map.of("body", "UN Security Council",
                        "reference", "Resolution 2803", "adoptedOn", "2025-11-17", "vote", "13-0-2", "authorizedUntil", "2027-12-31")),
                "mandate", Map.of("tasks", List.of("demilitarization"), "area", "Gaza, Rafah first", "authorizedStrength",
                        Map.of("TROOPS", 20_000), "useOfForce", "all necessary measures", "start", "2025-11-17", "end", "2027-12-31",
                        "reportingMonths", 6, "documents", List.of("UN Security Council resolution 2803 (2025)")))).json().get("id").asString();
    }

    private JsonNode search(String q, String... headers) {
        var found = anonymous().get("/api/v1/search?q=" + java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8), headers);
        assertThat(found.status()).as(found.toString()).isEqualTo(200);
        return found.json();
    }

    private static List<String> kinds(JsonNode found) {
        var kinds = new ArrayList<String>();
        found.get("groups").forEach(g -> kinds.add(g.get("kind").asString()));
        return kinds;
    }

    private static List<String> hrefs(JsonNode found, String kind) {
        var hrefs = new ArrayList<String>();
        found.get("groups").forEach(g -> {
            if (g.get("kind").asString().equals(kind)) {
                g.get("hits").forEach(h -> hrefs.add(h.get("href").asString()));
            }
        });
        return hrefs;
    }

    @Test
    void eachKindIsFoundByWhatItsRecordSaysWhateverTheCaseOrAccents() {
        var ivory = search("cote d'ivoire");
        assertThat(kinds(ivory)).containsExactly("Member");
        assertThat(hrefs(ivory, "Member")).containsExactly("/members/CIV");
        assertThat(hrefs(search("aze"), "Member")).containsExactly("/members/AZE");

        var rafah = search("RAFAH");
        assertThat(kinds(rafah)).containsExactly("Motion", "Mission");
        assertThat(hrefs(rafah, "Motion")).containsExactly("/motions/" + motion);
        assertThat(hrefs(rafah, "Mission")).containsExactly("/missions/" + mission);

        var reconstruction = search("reconstruction");
        assertThat(kinds(reconstruction)).as("by the meeting's agenda and the fund's name").containsExactly("Meeting", "Fund");
        assertThat(hrefs(reconstruction, "Meeting")).containsExactly("/meetings/" + meeting);
        assertThat(hrefs(search("unops energy"), "Fund")).as("by its projects").containsExactly("/funds/" + fund);
        assertThat(hrefs(search("demilitarization jeffers"), "Mission")).containsExactly("/missions/" + mission);
        assertThat(search("budget rafah washington").get("groups")).as("every word, in one record").isEmpty();
    }

    @Test
    void aStateIsFoundByItsNameInTheReadersLanguageAndNamedInIt() {
        var french = search("Azerbaïdjan", "Accept-Language", "fr");
        assertThat(hrefs(french, "Member")).containsExactly("/members/AZE");
        assertThat(french.get("groups").get(0).get("hits").get(0).get("title").asString()).isEqualTo("Azerbaïdjan");
        assertThat(hrefs(search("Azerbaijan", "Accept-Language", "fr"), "Member")).as("and by its English name").containsExactly("/members/AZE");
        assertThat(search("Azerbaïdjan").get("groups")).as("an English reader's names are English").isEmpty();
    }

    @Test
    void theSearchPageListsWhatWasFoundByKindAndSaysWhenNothingWas() {
        var before = snapshot();
        String page = anonymous().get("/search?q=rafah", "Cache-Control", "no-cache").body();
        assertThat(page).contains("<h1>Found for “rafah”</h1>").contains("id=\"found-motion\"").contains("id=\"found-mission\"")
                .contains("href=\"/motions/" + motion + "\">Budget for the first year</a>")
                .contains("<input id=\"q\" name=\"q\" type=\"search\" value=\"rafah\"");
        assertThat(anonymous().get("/search?q=zzqqxx").body()).contains("id=\"search-none\"");
        var empty = anonymous().get("/search");
        assertThat(empty.status()).isEqualTo(200);
        assertThat(empty.body()).contains("<h1>Search</h1>").doesNotContain("id=\"search-none\"");
        assertThat(anonymous().get("/search?q=rafah&lang=ar").body()).contains("نتائج البحث عن «\u2068rafah\u2069»").contains("المقترحات");
        assertThat(snapshot()).as("a search records nothing").isEqualTo(before);
    }

    @Test
    void aSearchWithoutWordsOrTooLongIsRefusedWithItsReason() {
        for (String q : new String[] {"", "%20%20", "x".repeat(201)}) {
            var refused = anonymous().get("/api/v1/search?q=" + q);
            assertThat(refused.status()).as(q).isEqualTo(400);
            assertThat(refused.isProblem()).isTrue();
            assertThat(refused.json().get("type").asString()).isEqualTo("urn:peace-council:problem:bad-query");
        }
        assertThat(anonymous().get("/api/v1/search").status()).isEqualTo(400);
        var page = anonymous().get("/search?q=" + "x".repeat(201));
        assertThat(page.status()).isEqualTo(400);
        assertThat(page.body()).contains("A search is at most 200 characters.");
    }
}

@OnSqlite
class SearchOnSqliteTests extends SearchSpec {
}

@OnPostgres
class SearchOnPostgresTests extends SearchSpec {
}

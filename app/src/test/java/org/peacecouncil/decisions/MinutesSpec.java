package org.peacecouncil.decisions;

import java.net.http.HttpResponse;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.peacecouncil.support.Api;
import org.peacecouncil.support.CouncilTest;
import org.peacecouncil.support.OnPostgres;
import org.peacecouncil.support.OnSqlite;

import static org.assertj.core.api.Assertions.assertThat;

/** A meeting's minutes as a PDF: attendance, each motion with its rule, arithmetic and roll-call, and how to check them. */
abstract class MinutesSpec extends CouncilTest {

    private static String text(HttpResponse<byte[]> pdf) throws Exception {
        try (var document = Loader.loadPDF(pdf.body())) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    @Test
    void theMinutesOfAMeetingHoldItsAttendanceAndEachMotionWithItsRuleArithmeticAndRollCall() throws Exception {
        var sitting = aVoteOnABudget(30, "AZE", "ARM");
        delegate("AZE").post("/api/v1/motions/" + sitting.motion() + "/ballots", Api.json("vote", "YES", "explanation",
                "Azerbaijan supports the budget."));
        delegate("ARM").post("/api/v1/motions/" + sitting.motion() + "/ballots", Api.json("vote", "NO"));
        clock.set(clock.instant().plusSeconds(600));
        assertThat(secretariat().post("/api/v1/motions/" + sitting.motion() + "/closing").status()).isEqualTo(200);
        var motion = anonymous().get("/api/v1/motions/" + sitting.motion()).json();

        var before = snapshot();
        var pdf = anonymous().getRaw("/meetings/" + sitting.meeting() + "/minutes.pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        String minutes = text(pdf);
        assertThat(minutes).contains("Sitting").contains("Washington").contains("Voting meeting")
                .contains("Azerbaijan (AZE)").contains("Head of AZE").contains("Armenia (ARM)")
                .contains("Budget").contains(motion.get("rule").asString())
                .contains(motion.get("outcome").get("tally").get("arithmetic").asString())
                .contains("Azerbaijan supports the budget.").contains("Vote closed (UTC) 2026-02-19 15:10:00")
                .contains("How to check these minutes");
        assertThat(minutes.indexOf("Azerbaijan (AZE) YES")).as("the roll-call: each state and its vote").isPositive();
        assertThat(minutes.indexOf("Armenia (ARM) NO")).isPositive();
        assertThat(snapshot()).as("reading the minutes records nothing").isEqualTo(before);
    }

    @Test
    void namesPrintAsWrittenAndAMeetingNotOnTheRecordHasNoMinutes() throws Exception {
        foundCouncil("USA", "AZE");
        String meeting = chair().post("/api/v1/meetings", Api.json("kind", "CONSULTATIVE", "title", "Консультации в Баку", "place",
                "Bakı, Azərbaycan", "startsAt", "2026-02-19T15:00:00Z")).json().get("id").asString();
        secretariat().post("/api/v1/meetings/" + meeting + "/opening");
        delegate("AZE").post("/api/v1/meetings/" + meeting + "/attendance", Api.json("state", "AZE", "capacity",
                "HEAD_OF_STATE_OR_GOVERNMENT", "representative", "İlham Əliyev"));
        String minutes = text(anonymous().getRaw("/meetings/" + meeting + "/minutes.pdf"));
        assertThat(minutes).contains("Консультации в Баку").contains("Bakı, Azərbaycan").contains("İlham Əliyev")
                .contains("Consultative meeting (no votes)").contains("No motion was tabled.");

        var missing = anonymous().get("/meetings/00000000-0000-0000-0000-000000000000/minutes.pdf");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.body()).contains("No meeting 00000000-0000-0000-0000-000000000000.").doesNotContain("Exception");
    }
}

@OnSqlite
class MinutesOnSqliteTests extends MinutesSpec {
}

@OnPostgres
class MinutesOnPostgresTests extends MinutesSpec {
}

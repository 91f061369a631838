package org.peacecouncil.decisions.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Base64;
import java.util.Locale;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.peacecouncil.charter.Charter;
import org.peacecouncil.decisions.ElectionId;
import org.peacecouncil.decisions.MeetingId;
import org.peacecouncil.decisions.Elections;
import org.peacecouncil.decisions.Meetings;
import org.peacecouncil.decisions.MotionId;
import org.peacecouncil.decisions.Motions;
import org.peacecouncil.ledger.Checkpoints;
import org.peacecouncil.ledger.Ledger;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;

/**
 * The minutes of a meeting as a PDF, from the public record as it stands: attendance, and each motion with its rule,
 * its arithmetic and its roll-call, each act with its log entries to check it by. The text is the record's own, in
 * English; the font (Liberation Sans) is embedded, so names in Latin, Greek and Cyrillic letters print as written.
 */
@Controller
class MeetingMinutes {

    private static final String FONT = "Liberation Sans";

    private final Meetings meetings;
    private final Motions motions;
    private final Elections elections;
    private final Charter charter;
    private final Checkpoints checkpoints;
    private final Ledger ledger;
    private final SpringTemplateEngine templates;
    private final Clock clock;
    private final String publicUrl;

    MeetingMinutes(Meetings meetings, Motions motions, Elections elections, Charter charter, Checkpoints checkpoints, Ledger ledger,
            SpringTemplateEngine templates, Clock clock, org.peacecouncil.platform.CouncilProperties properties) {
        this.meetings = meetings;
        this.motions = motions;
        this.elections = elections;
        this.charter = charter;
        this.checkpoints = checkpoints;
        this.ledger = ledger;
        this.templates = templates;
        this.clock = clock;
        this.publicUrl = properties.publicUrl();
    }

    @GetMapping("/meetings/{id}/minutes.pdf")
    ResponseEntity<byte[]> minutes(@PathVariable String id) {
        var meeting = meetings.meeting(new MeetingId(id));
        var context = new Context(Locale.ENGLISH);
        context.setVariable("meeting", meeting);
        context.setVariable("motions", meeting.motions().stream().map(m -> motions.motion(new MotionId(m.id()))).toList());
        context.setVariable("elections", meeting.elections().stream().map(e -> elections.election(new ElectionId(e.id()))).toList());
        context.setVariable("council", charter.name());
        context.setVariable("asOf", clock.instant().toString().substring(0, 19).replace('T', ' '));
        context.setVariable("logSize", ledger.size());
        context.setVariable("publicUrl", publicUrl);
        context.setVariable("checkpoint", checkpoints.latest().map(c -> "size " + c.size() + ", root hash "
                + Base64.getEncoder().encodeToString(c.rootHash()) + ", signed " + c.createdAt()).orElse(null));
        byte[] pdf = pdf(templates.process("minutes", context));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename("minutes-" + id + ".pdf").build().toString())
                .body(pdf);
    }

    private static byte[] pdf(String xhtml) {
        var out = new ByteArrayOutputStream();
        try {
            var builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(() -> font("LiberationSans-Regular.ttf"), FONT, 400, PdfRendererBuilder.FontStyle.NORMAL, true);
            builder.useFont(() -> font("LiberationSans-Bold.ttf"), FONT, 700, PdfRendererBuilder.FontStyle.NORMAL, true);
            builder.useFont(() -> font("LiberationSans-Italic.ttf"), FONT, 400, PdfRendererBuilder.FontStyle.ITALIC, true);
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The three font files, read from the class path once and kept (about 1.2 MB). */
    private static final class Fonts {
        static final java.util.Map<String, byte[]> BYTES = java.util.Map.of(
                "LiberationSans-Regular.ttf", read("LiberationSans-Regular.ttf"),
                "LiberationSans-Bold.ttf", read("LiberationSans-Bold.ttf"),
                "LiberationSans-Italic.ttf", read("LiberationSans-Italic.ttf"));

        private static byte[] read(String file) {
            try (var in = MeetingMinutes.class.getResourceAsStream("/liberation/" + file)) {
                if (in == null) {
                    throw new IllegalStateException("The font " + file + " (openpdf-fonts-extra) is missing from the class path");
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static java.io.InputStream font(String file) {
        return new java.io.ByteArrayInputStream(Fonts.BYTES.get(file));
    }
}

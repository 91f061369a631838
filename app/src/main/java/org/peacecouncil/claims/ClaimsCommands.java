package org.peacecouncil.claims;

import java.time.LocalDate;
import java.util.List;

import org.peacecouncil.platform.ActSignature;
import org.peacecouncil.platform.CouncilProblem.InvalidRequest;
import org.peacecouncil.platform.StateCode;
import org.peacecouncil.platform.Texts;
import org.peacecouncil.platform.Timestamps;

/** The claims acts, one self-validating record each, shared by the API and the pages. */
public final class ClaimsCommands {

    private ClaimsCommands() {
    }

    /** A typed assertion and the states it is made about. */
    public record StatedAssertion(Assertion assertion, List<StateCode> states) {
        public StatedAssertion {
            if (assertion == null) {
                throw new InvalidRequest("missing-field", "assertions.assertion: what is asserted.");
            }
            if (states == null || states.isEmpty() || states.stream().anyMatch(java.util.Objects::isNull)) {
                throw new InvalidRequest("missing-field", "assertions.states: the ISO 3166-1 alpha-3 codes of the states it is about.");
            }
            if (states.size() > 300) {
                throw new InvalidRequest("too-many", "assertions.states: at most 300.");
            }
            states = List.copyOf(new java.util.LinkedHashSet<>(states));
        }
    }

    /**
     * A public statement about states: who said it, in what office, for whom; when (and the date as reported, when it
     * was reported less precisely: "2025-12"); where (the source); its words; and the typed assertions that get verdicts.
     */
    public record NewStatement(String speaker, String office, String speaksFor, LocalDate saidOn, String dateAsReported,
            String sourceUrl, String sourceTitle, String text, List<StatedAssertion> assertions) {
        public NewStatement {
            speaker = Texts.required(speaker, "speaker", 300);
            office = Texts.optional(office, "office", 300);
            speaksFor = Texts.optional(speaksFor, "speaksFor", 200);
            if (saidOn == null) {
                throw new InvalidRequest("missing-field", "saidOn: the date it was said (YYYY-MM-DD).");
            }
            saidOn = Timestamps.sane(saidOn, "saidOn");
            dateAsReported = Texts.optional(dateAsReported, "dateAsReported", 50);
            sourceUrl = url(sourceUrl);
            sourceTitle = Texts.optional(sourceTitle, "sourceTitle", 500);
            text = Texts.required(text, "text", 8000);
            assertions = assertions == null ? List.of() : List.copyOf(assertions);
            if (assertions.size() > 50) {
                throw new InvalidRequest("too-many", "assertions: at most 50.");
            }
        }
    }

    /** The state's position on one assertion about itself: it affirms it or denies it. */
    public record Position(Assertion assertion, Boolean affirms) {
        public Position {
            if (assertion == null || affirms == null) {
                throw new InvalidRequest("missing-field", "positions: each names the assertion and whether the state affirms it.");
            }
        }
    }

    /**
     * A state's own clarification of its position: recorded by its delegation, or entered on its behalf with the
     * source ({@code document}) and counted only once its delegation confirms it.
     */
    /** A state's confirmation of a clarification entered on its behalf, signed by its delegation or not. */
    @io.swagger.v3.oas.annotations.media.Schema(name = "ClarificationConfirmationRequest")
    public record Confirmation(ActSignature signature) {
        public static final Confirmation UNSIGNED = new Confirmation(null);
    }

    public record NewClarification(StateCode state, String speaker, LocalDate saidOn, String sourceUrl, String sourceTitle, String text,
            List<Position> positions, String document, ActSignature signature) {
        public NewClarification(StateCode state, String speaker, LocalDate saidOn, String sourceUrl, String sourceTitle, String text,
                List<Position> positions, String document) {
            this(state, speaker, saidOn, sourceUrl, sourceTitle, text, positions, document, null);
        }

        public NewClarification {
            if (state == null) {
                throw new InvalidRequest("missing-field", "state: the clarifying state's ISO 3166-1 alpha-3 code.");
            }
            speaker = Texts.required(speaker, "speaker", 300);
            if (saidOn == null) {
                throw new InvalidRequest("missing-field", "saidOn: the date it was said (YYYY-MM-DD).");
            }
            saidOn = Timestamps.sane(saidOn, "saidOn");
            sourceUrl = url(sourceUrl);
            sourceTitle = Texts.optional(sourceTitle, "sourceTitle", 500);
            text = Texts.required(text, "text", 8000);
            positions = positions == null ? List.of() : List.copyOf(positions);
            if (positions.isEmpty()) {
                throw new InvalidRequest("missing-field", "positions: what the state affirms or denies about itself.");
            }
            if (positions.size() > 50) {
                throw new InvalidRequest("too-many", "positions: at most 50.");
            }
            document = Texts.optional(document, "document", 1000);
        }
    }

    private static String url(String url) {
        url = Texts.optional(url, "sourceUrl", 2000);
        if (url != null && !(url.startsWith("https://") || url.startsWith("http://"))) {
            throw new InvalidRequest("invalid-field", "sourceUrl: an http(s) address.");
        }
        return url;
    }
}

package org.peacecouncil.claims.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.peacecouncil.claims.Verdict;
import org.peacecouncil.claims.Views;
import tools.jackson.databind.json.JsonMapper;

/**
 * A statement's verdicts as schema.org ClaimReview markup (JSON-LD), one review per assertion and state: the claim
 * reviewed in words, the claim itself (who said it, when, where it appeared), the rating with the verdict as its
 * alternate name, and the log entries it is based on. Addresses are relative to the statement's page, so that the
 * markup never repeats a Host a client sent; a JSON-LD processor resolves them against the page.
 */
final class ClaimReviewJsonLd {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The verdict as a number on a scale of three, worst first, for readers that want one. */
    private static final Map<Verdict.VerdictStatus, Integer> RATING = Map.of(Verdict.VerdictStatus.CONTRADICTED, 1,
            Verdict.VerdictStatus.UNBACKED, 2, Verdict.VerdictStatus.BACKED, 3);

    private ClaimReviewJsonLd() {
    }

    /** The markup as the text of a script element: JSON with every '<' escaped, so no text can end the element. */
    static String of(Views.Statement statement, Map<String, String> subjects) {
        var graph = new ArrayList<Object>();
        int i = 0;
        for (var v : statement.verdicts()) {
            var review = new LinkedHashMap<String, Object>();
            review.put("@type", "ClaimReview");
            review.put("url", "#verdict-" + v.state() + "-" + i++);
            review.put("claimReviewed", claimed(v, subjects));
            review.put("datePublished", statement.computedAt().toString().substring(0, 10));
            review.put("author", Map.of("@type", "Organization", "name", "Peace Council (computed from the council's record)"));
            var claim = new LinkedHashMap<String, Object>();
            claim.put("@type", "Claim");
            claim.put("author", Map.of("@type", "Person", "name", statement.speaker()));
            claim.put("datePublished", statement.saidOn().toString());
            if (statement.sourceUrl() != null) {
                claim.put("appearance", Map.of("@type", "CreativeWork", "url", statement.sourceUrl()));
            }
            claim.put("about", Map.of("@type", "Country", "name", v.name(), "identifier", v.state()));
            review.put("itemReviewed", claim);
            review.put("reviewRating", Map.of("@type", "Rating", "ratingValue", RATING.get(v.status()), "bestRating", 3, "worstRating", 1,
                    "alternateName", v.status().name(), "ratingExplanation", explanation(v)));
            var basedOn = new ArrayList<String>();
            for (var r : v.reasons()) {
                for (long e : r.logEntries()) {
                    basedOn.add("/log/entries/" + e);
                }
            }
            review.put("isBasedOn", basedOn.stream().distinct().toList());
            graph.add(review);
        }
        var document = new LinkedHashMap<String, Object>();
        document.put("@context", "https://schema.org");
        document.put("@graph", graph);
        return JSON.writeValueAsString(document).replace("<", "\\u003c");
    }

    private static String claimed(Views.StateVerdict v, Map<String, String> subjects) {
        var a = v.assertion();
        String subject = a.fund() != null ? subjects.get(a.fund()) : a.mission() != null ? subjects.get(a.mission()) : null;
        String phrase = ClaimPages.PHRASES.get(a.type().name());
        return v.name() + (phrase.startsWith("a ") || phrase.startsWith("present") ? " is " : " ") + phrase
                + (subject == null ? "" : " " + subject);
    }

    private static String explanation(Views.StateVerdict v) {
        var words = new ArrayList<String>();
        for (var r : v.reasons()) {
            words.add(r.text());
        }
        return String.join(" ", words);
    }
}

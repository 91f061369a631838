package org.peacecouncil.platform;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The words a reader looks for: each must appear in what a record says of itself, whatever the case or accents
 * ("cote d'ivoire" finds Côte d’Ivoire). Self-validating: at least one word, at most {@link #MAX_WORDS}, the whole at
 * most {@link #MAX_LENGTH} characters.
 */
public record SearchTerms(String query, List<String> words) {

    public static final int MAX_LENGTH = 200;
    public static final int MAX_WORDS = 10;
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern APOSTROPHES = Pattern.compile("[’‘`´]");

    public SearchTerms {
        words = List.copyOf(words);
    }

    public static SearchTerms of(String query) {
        if (query == null || query.isBlank()) {
            throw new CouncilProblem.InvalidRequest("bad-query", "Say what to look for: one word or more.");
        }
        if (query.length() > MAX_LENGTH) {
            throw new CouncilProblem.InvalidRequest("bad-query", "A search is at most " + MAX_LENGTH + " characters.");
        }
        var words = Arrays.stream(fold(query).split("[\\s,;]+")).filter(w -> !w.isEmpty()).distinct().toList();
        if (words.isEmpty()) {
            throw new CouncilProblem.InvalidRequest("bad-query", "Say what to look for: one word or more.");
        }
        if (words.size() > MAX_WORDS) {
            throw new CouncilProblem.InvalidRequest("bad-query", "A search is at most " + MAX_WORDS + " words.");
        }
        return new SearchTerms(query.strip(), words);
    }

    /** Lower case without accents, one kind of apostrophe: how both the words and the records are compared. */
    static String fold(String text) {
        String plain = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        return APOSTROPHES.matcher(plain).replaceAll("'").toLowerCase(Locale.ROOT);
    }

    /** Whether every word appears in one of the texts (nulls are nothing). */
    public boolean matches(String... texts) {
        var all = new StringBuilder();
        for (String text : texts) {
            if (text != null) {
                all.append(fold(text)).append('\n');
            }
        }
        String haystack = all.toString();
        return words.stream().allMatch(haystack::contains);
    }
}

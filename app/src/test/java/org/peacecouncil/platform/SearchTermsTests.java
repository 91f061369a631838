package org.peacecouncil.platform;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SearchTermsTests {

    @Test
    void everyWordMustAppearInOneOfTheTextsWhateverItsCaseOrAccents() {
        var terms = SearchTerms.of("  cote   D'IVOIRE ");
        assertThat(terms.words()).containsExactly("cote", "d'ivoire");
        assertThat(terms.query()).isEqualTo("cote   D'IVOIRE");
        assertThat(terms.matches("Côte d’Ivoire")).isTrue();
        assertThat(terms.matches("Côte", "d’Ivoire")).as("the words may be in different texts").isTrue();
        assertThat(terms.matches("Ivory Coast")).isFalse();
        assertThat(terms.matches((String) null)).isFalse();
        assertThat(SearchTerms.of("МИССИЯ").matches("Миссия по стабилизации")).isTrue();
        assertThat(SearchTerms.of("budget, rafah").matches("The reconstruction budget", "Gaza, Rafah first")).isTrue();
        assertThat(SearchTerms.of("budget budget").words()).containsExactly("budget");
    }

    @Test
    void aSearchWithoutAWordOrTooLongIsRefused() {
        for (String bad : new String[] {null, "", "   ", " ,; ", "x".repeat(SearchTerms.MAX_LENGTH + 1), "a b c d e f g h i j k"}) {
            assertThatThrownBy(() -> SearchTerms.of(bad)).as(String.valueOf(bad)).isInstanceOf(CouncilProblem.InvalidRequest.class)
                    .hasFieldOrPropertyWithValue("type", "bad-query");
        }
        assertThat(SearchTerms.of("x".repeat(SearchTerms.MAX_LENGTH)).words()).hasSize(1);
        assertThat(SearchTerms.of("a b c d e f g h i j").words()).hasSize(SearchTerms.MAX_WORDS);
    }
}

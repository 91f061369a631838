package org.peacecouncil.platform;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;

import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

class LanguagesTests {

    private static Properties bundle(String suffix) throws Exception {
        var properties = new Properties();
        try (var in = LanguagesTests.class.getResourceAsStream("/i18n/messages" + suffix + ".properties")) {
            assertThat(in).as("messages" + suffix).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void everyLanguageHasEveryKeyOfTheEnglishBundleAndNoOther() throws Exception {
        var english = bundle("");
        for (String language : new String[] {"ar", "zh", "fr", "ru", "es"}) {
            var other = bundle("_" + language);
            assertThat(other.stringPropertyNames()).as(language).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
            other.forEach((key, value) -> assertThat(value.toString()).as(language + " " + key).isNotBlank());
        }
    }

    @Test
    void theTranslationsAreInTheirOwnScript() throws Exception {
        assertThat(bundle("_ar").getProperty("nav.members")).matches("[\\p{IsArabic} ]+");
        assertThat(bundle("_zh").getProperty("nav.members")).matches("\\p{IsHan}+");
        assertThat(bundle("_ru").getProperty("nav.members")).matches("\\p{IsCyrillic}+");
        assertThat(bundle("_fr").getProperty("nav.members")).isEqualTo("Membres");
        assertThat(bundle("_es").getProperty("nav.members")).isEqualTo("Miembros");
    }

    private static Locale asked(String header) {
        var request = new MockHttpServletRequest();
        if (header != null) {
            request.addHeader("Accept-Language", header);
        }
        return Languages.asked((HttpServletRequest) request);
    }

    @Test
    void theBrowsersFirstSupportedLanguageIsTheReadersElseEnglish() {
        assertThat(asked("ar-EG,ar;q=0.9,en;q=0.8").getLanguage()).isEqualTo("ar");
        assertThat(asked("de-CH, fr;q=0.7, en;q=0.5").getLanguage()).isEqualTo("fr");
        assertThat(asked("zh-Hans-CN").getLanguage()).isEqualTo("zh");
        assertThat(asked("de, it")).isEqualTo(Locale.ENGLISH);
        assertThat(asked(null)).isEqualTo(Locale.ENGLISH);
        assertThat(asked("not a language range;;q=x")).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void onlyArabicIsWrittenRightToLeft() {
        for (Locale language : Languages.SUPPORTED) {
            assertThat(Languages.direction(language)).as(language.toString()).isEqualTo(language.getLanguage().equals("ar") ? "rtl" : "ltr");
        }
    }

    @Test
    void stateNamesAreCldrsInTheReadersLanguage() {
        assertThat(Countries.name("AZE", Locale.forLanguageTag("ar"))).isEqualTo("أذربيجان");
        assertThat(Countries.name("AZE", Locale.FRENCH)).isEqualTo("Azerbaïdjan");
        assertThat(Countries.name("AZE", Locale.forLanguageTag("ru"))).isEqualTo("Азербайджан");
        assertThat(Countries.name("XKX", Locale.forLanguageTag("es"))).isEqualTo("Kosovo");
        assertThat(Countries.name("AZE", Locale.ENGLISH)).isEqualTo("Azerbaijan");
    }

    @Test
    void numbersInMessagesAreInWesternDigitsInEveryLanguageWhateverTheJdk() {
        var messages = Languages.messageSource();
        for (Locale language : Languages.SUPPORTED) {
            assertThat(messages.getMessage("workspace.awaiting", new Object[] {"X", 12}, language)).as(language.toString()).contains("12");
        }
        assertThat(messages.getMessage("workspace.awaiting", new Object[] {"وفد", 1}, Locale.forLanguageTag("ar"))).isEqualTo("\u2068وفد\u2069 — 1 بانتظارك");
    }

    @Test
    void aKeyMissingInALanguageFallsBackToEnglishNotToTheServersLocale() {
        var before = Locale.getDefault();
        Locale.setDefault(Locale.FRENCH);
        try {
            assertThat(Languages.messageSource().getMessage("nav.members", null, Locale.GERMAN)).isEqualTo(bundleValue("nav.members"));
        } finally {
            Locale.setDefault(before);
        }
    }

    private static String bundleValue(String key) {
        try {
            return bundle("").getProperty(key);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void inArabicADateOrANameInLatinLettersIsSetApartSoThatItReadsAsWritten() {
        var messages = Languages.messageSource();
        String member = messages.getMessage("ws.member", new Object[] {"أذربيجان", java.time.LocalDate.of(2026, 1, 22)}, Locale.forLanguageTag("ar"));
        assertThat(member).isEqualTo("\u2068أذربيجان\u2069 عضو منذ \u20682026-01-22\u2069.");
        assertThat(messages.getMessage("ws.member", new Object[] {"Azerbaijan", java.time.LocalDate.of(2026, 1, 22)}, Locale.ENGLISH))
                .as("left-to-right languages need nothing").isEqualTo("Azerbaijan is a member since 2026-01-22.");
    }
}

package org.peacecouncil.platform;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The six UN languages. A reader's language is the one chosen with the header's switch ({@code ?lang=ar}, kept in a
 * cookie), else the first of these its browser asks for ({@code Accept-Language}), else English. Arabic is written right
 * to left ({@link #direction}).
 */
@Configuration(proxyBeanMethods = false)
public class Languages implements WebMvcConfigurer {

    public static final List<Locale> SUPPORTED = List.of(Locale.forLanguageTag("ar"), Locale.forLanguageTag("zh"), Locale.ENGLISH,
            Locale.FRENCH, Locale.forLanguageTag("ru"), Locale.forLanguageTag("es"));
    public static final String COOKIE = "peace-council-lang";

    /**
     * The pages' words, from {@code i18n/messages*.properties}; a key missing in one language falls back to English, never to
     * the server's locale. Numbers in messages are written in Western digits in every language, as the figures, dates and
     * times beside them are: the JDK's own choice for Arabic changed between releases (Arabic-Indic on 17, Western on 25).
     */
    @Bean
    public static MessageSource messageSource() {
        var source = new ResourceBundleMessageSource() {
            @Override
            protected MessageFormat createMessageFormat(String message, Locale locale) {
                return new MessageFormat(message, withWesternDigits(locale));
            }

            @Override
            protected Object[] resolveArguments(Object[] args, Locale locale) {
                return isolated(super.resolveArguments(args, locale), locale);
            }
        };
        source.setBasename("i18n/messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }

    /**
     * In a right-to-left language, each argument that is not a number is set apart as its own bidirectional run
     * (Unicode FSI … PDI): a date such as 2026-01-22, an identifier or a name in Latin letters then reads as written
     * instead of being reordered by the Arabic text around it.
     */
    static Object[] isolated(Object[] args, Locale locale) {
        if (args == null || !"rtl".equals(direction(locale))) {
            return args;
        }
        var out = args.clone();
        for (int i = 0; i < out.length; i++) {
            if (out[i] != null && !(out[i] instanceof Number)) {
                out[i] = "\u2068" + out[i] + "\u2069";
            }
        }
        return out;
    }

    static Locale withWesternDigits(Locale locale) {
        return new Locale.Builder().setLocale(locale).setUnicodeLocaleKeyword("nu", "latn").build();
    }

    @Bean
    LocaleResolver localeResolver() {
        var resolver = new CookieLocaleResolver(COOKIE);
        resolver.setDefaultLocaleFunction(Languages::asked);
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        var change = new LocaleChangeInterceptor();
        change.setParamName("lang");
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(new SupportedOnly(change));
    }

    /** The first supported language the request asks for, else English. */
    static Locale asked(HttpServletRequest request) {
        String header = request.getHeader("Accept-Language");
        if (header == null || header.isBlank()) {
            return Locale.ENGLISH;
        }
        try {
            var match = Locale.lookup(Locale.LanguageRange.parse(header), SUPPORTED);
            return match == null ? Locale.ENGLISH : match;
        } catch (IllegalArgumentException malformed) {
            return Locale.ENGLISH;
        }
    }

    public static String direction(Locale locale) {
        return "ar".equals(locale.getLanguage()) ? "rtl" : "ltr";
    }

    /** A {@code lang} parameter names one of the six, or is ignored. */
    private record SupportedOnly(LocaleChangeInterceptor change) implements org.springframework.web.servlet.HandlerInterceptor {
        @Override
        public boolean preHandle(HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response, Object handler)
                throws jakarta.servlet.ServletException {
            String lang = request.getParameter("lang");
            if (lang != null && SUPPORTED.stream().noneMatch(l -> l.getLanguage().equals(lang))) {
                return true;
            }
            return change.preHandle(request, response, handler);
        }
    }
}

package org.peacecouncil.platform;

import java.util.Collection;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * ISO 3166-1 alpha-3 codes and English short names, from the JDK's own ISO tables, plus XKX for Kosovo (a
 * user-assigned code used by the EU and others, as ISO 3166-1 has none).
 */
public final class Countries {

    /** One country: its alpha-3 code and English name. */
    public record Country(String alpha3, String name) {
    }

    private static final Map<String, Country> BY_ALPHA3;
    /** The region of each alpha-3 code, whose name CLDR (the JDK's locale data) gives in every language. */
    private static final Map<String, Locale> REGIONS = new java.util.HashMap<>();

    static {
        var all = new TreeMap<String, Country>();
        for (String alpha2 : Locale.getISOCountries()) {
            @SuppressWarnings("deprecation") // Locale.of is Java 19+; we compile for 17
            var locale = new Locale("", alpha2);
            all.put(locale.getISO3Country(), new Country(locale.getISO3Country(), locale.getDisplayCountry(Locale.ENGLISH)));
            REGIONS.put(locale.getISO3Country(), locale);
        }
        all.put("XKX", new Country("XKX", "Kosovo"));
        @SuppressWarnings("deprecation")
        var kosovo = new Locale("", "XK");
        REGIONS.put("XKX", kosovo);
        BY_ALPHA3 = Collections.unmodifiableMap(all);
    }

    private Countries() {
    }

    /** Every ISO 3166-1 code, territories included (a code on the record is read with its name whatever it is). */
    public static Collection<Country> all() {
        return BY_ALPHA3.values();
    }

    /**
     * The states a council deals with, in code order: the 193 UN member states, the two observer states (Holy See,
     * State of Palestine) and Kosovo; never a territory such as Bouvet Island. The list is {@code states/states.txt}.
     */
    public static java.util.List<Country> states() {
        return States.LIST;
    }

    private static final class States {
        static final java.util.List<Country> LIST = load();

        private static java.util.List<Country> load() {
            try (var in = Countries.class.getResourceAsStream("/states/states.txt")) {
                if (in == null) {
                    throw new IllegalStateException("states/states.txt is missing from the class path");
                }
                return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines().map(String::strip)
                        .filter(line -> !line.isEmpty() && !line.startsWith("#")).map(line -> line.split("\\s+")[1])
                        .map(Countries::require).sorted(java.util.Comparator.comparing(Country::alpha3)).toList();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    public static Optional<Country> find(String alpha3) {
        return alpha3 == null ? Optional.empty() : Optional.ofNullable(BY_ALPHA3.get(alpha3.strip().toUpperCase(Locale.ROOT)));
    }

    /** The country with this code, or an {@link CouncilProblem.InvalidRequest} naming the bad code. */
    public static Country require(String alpha3) {
        return find(alpha3).orElseThrow(() -> new CouncilProblem.InvalidRequest("unknown-country",
                "'" + alpha3 + "' is not an ISO 3166-1 alpha-3 country code (XKX is Kosovo)."));
    }

    public static String name(String alpha3) {
        return find(alpha3).map(Country::name).orElse(alpha3);
    }

    /** The state's name in the reader's language, from CLDR; in English, the name above. */
    public static String name(String alpha3, Locale language) {
        var region = alpha3 == null ? null : REGIONS.get(alpha3.toUpperCase(Locale.ROOT));
        if (region == null || language == null || "en".equals(language.getLanguage())) {
            return name(alpha3);
        }
        String name = region.getDisplayCountry(language);
        return name.isBlank() || name.equals(region.getCountry()) ? name(alpha3) : name;
    }
}

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

    static {
        var all = new TreeMap<String, Country>();
        for (String alpha2 : Locale.getISOCountries()) {
            @SuppressWarnings("deprecation") // Locale.of is Java 19+; we compile for 17
            var locale = new Locale("", alpha2);
            all.put(locale.getISO3Country(), new Country(locale.getISO3Country(), locale.getDisplayCountry(Locale.ENGLISH)));
        }
        all.put("XKX", new Country("XKX", "Kosovo"));
        BY_ALPHA3 = Collections.unmodifiableMap(all);
    }

    private Countries() {
    }

    public static Collection<Country> all() {
        return BY_ALPHA3.values();
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
}

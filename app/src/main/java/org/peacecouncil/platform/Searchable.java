package org.peacecouncil.platform;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * What one module holds that a reader may look for (members, meetings and motions, funds, missions): each module says
 * which of its records the words match, and the search page lists them all. Reads only.
 */
public interface Searchable {

    /**
     * One record found: what it is, its name, a line about it, where it is and when it happened or began.
     *
     * @param kind one of {@code Member}, {@code Meeting}, {@code Motion}, {@code Fund}, {@code Mission}
     */
    record Hit(String kind, String title, String detail, String href, Instant when) {
    }

    List<Hit> search(SearchTerms terms, Locale reader);
}

package org.peacecouncil.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.peacecouncil.platform.SearchTerms;
import org.peacecouncil.platform.Searchable;
import org.peacecouncil.platform.Searchable.Hit;
import org.springframework.stereotype.Service;

/** Asks every module for what the words match and groups it by kind: members, meetings, motions, funds, missions. */
@Service
public class Search {

    public static final List<String> KINDS = List.of("Member", "Meeting", "Motion", "Fund", "Mission");
    /** How many of one kind a page lists; the rest are counted, for the reader to narrow the words. */
    public static final int SHOWN = 25;

    /** What one kind found: how many in all, and the closest {@link #SHOWN}. */
    public record Group(String kind, int total, List<Hit> hits) {
    }

    public record Found(String query, List<Group> groups) {
        public int total() {
            return groups.stream().mapToInt(Group::total).sum();
        }
    }

    private final List<Searchable> modules;

    Search(List<Searchable> modules) {
        this.modules = modules;
    }

    public Found find(SearchTerms terms, Locale reader) {
        var all = new ArrayList<Hit>();
        modules.forEach(m -> all.addAll(m.search(terms, reader)));
        var groups = new ArrayList<Group>();
        for (String kind : KINDS) {
            var ofKind = all.stream().filter(h -> h.kind().equals(kind)).sorted(closestFirst(terms)).toList();
            if (!ofKind.isEmpty()) {
                groups.add(new Group(kind, ofKind.size(), ofKind.subList(0, Math.min(SHOWN, ofKind.size()))));
            }
        }
        return new Found(terms.query(), groups);
    }

    /** Those whose name holds every word before those that hold them elsewhere; then the latest first. */
    static Comparator<Hit> closestFirst(SearchTerms terms) {
        Comparator<Hit> byName = Comparator.comparing(h -> !terms.matches(h.title()));
        Comparator<Hit> byTime = Comparator.comparing(Hit::when, Comparator.nullsLast(Comparator.reverseOrder()));
        return byName.thenComparing(byTime).thenComparing(Hit::title);
    }
}

package org.peacecouncil.decisions;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.peacecouncil.platform.Countries;
import org.peacecouncil.platform.SearchTerms;
import org.peacecouncil.platform.Searchable;
import org.springframework.stereotype.Component;

/** Meetings by their title, place, kind and agenda; motions by their title, text, kind and sponsor. */
@Component
class MeetingsFound implements Searchable {

    private final DecisionStore store;

    MeetingsFound(DecisionStore store) {
        this.store = store;
    }

    @Override
    public List<Hit> search(SearchTerms terms, Locale reader) {
        var hits = new ArrayList<Hit>();
        var meetings = store.meetings();
        var agendas = store.agendas();
        var titles = new java.util.HashMap<String, String>();
        for (var m : meetings) {
            titles.put(m.id(), m.title());
            var agenda = agendas.getOrDefault(m.id(), List.of());
            if (terms.matches(m.title(), m.place(), m.kind().name(), String.join("\n", agenda))) {
                hits.add(new Hit("Meeting", m.title(), m.place() + ", " + m.startsAt().toString().substring(0, 16).replace('T', ' ') + " UTC — "
                        + m.status().name().toLowerCase(Locale.ROOT), "/meetings/" + m.id(), m.startsAt()));
            }
        }
        for (Motion m : store.motions()) {
            String sponsor = m.sponsor() == null ? null : Countries.find(m.sponsor()).map(c -> Countries.name(c.alpha3(), reader) + "\n"
                    + Countries.name(c.alpha3())).orElse(m.sponsor());
            if (terms.matches(m.title(), m.body(), m.kind().name(), sponsor)) {
                hits.add(new Hit("Motion", m.title(), m.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ') + ", "
                        + m.status().name().toLowerCase(Locale.ROOT).replace('_', ' ') + " — " + titles.getOrDefault(m.meetingId().value(), ""),
                        "/motions/" + m.id().value(), m.closedAt() != null ? m.closedAt() : m.recordedAt()));
            }
        }
        return hits;
    }
}

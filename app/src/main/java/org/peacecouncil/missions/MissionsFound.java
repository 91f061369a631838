package org.peacecouncil.missions;

import java.util.List;
import java.util.Locale;

import org.peacecouncil.platform.Countries;
import org.peacecouncil.platform.SearchTerms;
import org.peacecouncil.platform.Searchable;
import org.springframework.stereotype.Component;

/** Missions by their name, command, lead and deputy states, the area and tasks of their mandate in force. */
@Component
class MissionsFound implements Searchable {

    private final MissionStore store;

    MissionsFound(MissionStore store) {
        this.store = store;
    }

    @Override
    public List<Hit> search(SearchTerms terms, Locale reader) {
        return store.missions().stream().flatMap(m -> {
            var mandate = store.currentMandate(m.id());
            String area = mandate.map(md -> md.terms().area()).orElse(null);
            String tasks = mandate.map(md -> String.join("\n", md.terms().tasks())).orElse(null);
            if (!terms.matches(m.name(), m.command(), state(m.leadState(), reader), state(m.deputyState(), reader), area, tasks)) {
                return java.util.stream.Stream.empty();
            }
            return java.util.stream.Stream.of(new Hit("Mission", m.name(), (area == null ? "" : area + "; ") + "led by "
                    + (m.leadState() == null ? "—" : Countries.name(m.leadState().alpha3(), reader)), "/missions/" + m.id().value(), m.recordedAt()));
        }).toList();
    }

    private static String state(org.peacecouncil.platform.StateCode state, Locale reader) {
        return state == null ? null : state.alpha3() + "\n" + Countries.name(state.alpha3()) + "\n" + Countries.name(state.alpha3(), reader);
    }
}

package org.peacecouncil.finance;

import java.util.List;
import java.util.Locale;

import org.peacecouncil.platform.SearchTerms;
import org.peacecouncil.platform.Searchable;
import org.springframework.stereotype.Component;

/** Funds by their name, currency and who administers them, and by their projects' names, places and sectors. */
@Component
class FundsFound implements Searchable {

    private final FinanceStore store;

    FundsFound(FinanceStore store) {
        this.store = store;
    }

    @Override
    public List<Hit> search(SearchTerms terms, Locale reader) {
        return store.funds().stream().filter(f -> {
            var projects = new StringBuilder();
            store.projects(f.id()).forEach(p -> projects.append(p.name()).append('\n').append(p.location()).append('\n').append(p.sector())
                    .append('\n').append(p.implementer()).append('\n'));
            return terms.matches(f.name(), f.currency(), f.administeredBy().name(), f.administrator(), projects.toString());
        }).map(f -> new Hit("Fund", f.name(), f.currency() + ", administered by " + (f.administrator() != null ? f.administrator()
                : f.administeredBy().name().toLowerCase(Locale.ROOT).replace('_', ' ')), "/funds/" + f.id().value(), f.recordedAt())).toList();
    }
}

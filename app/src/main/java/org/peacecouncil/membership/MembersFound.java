package org.peacecouncil.membership;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

import org.peacecouncil.platform.Countries;
import org.peacecouncil.platform.SearchTerms;
import org.peacecouncil.platform.Searchable;
import org.springframework.stereotype.Component;

/** States that have consented, by their code and their name in English and in the reader's language. */
@Component
class MembersFound implements Searchable {

    private final MemberRecords records;

    MembersFound(MemberRecords records) {
        this.records = records;
    }

    @Override
    public List<Hit> search(SearchTerms terms, Locale reader) {
        return records.members(null).stream()
                .filter(m -> terms.matches(m.state(), m.name(), Countries.name(m.state(), reader)))
                .map(m -> new Hit("Member", Countries.name(m.state(), reader), m.status().name().toLowerCase(Locale.ROOT)
                        + (m.since() == null ? "" : " since " + m.since()) + (m.founding() ? ", founding member" : "")
                        + (m.permanent() ? ", permanent" : ""), "/members/" + m.state(),
                        m.since() == null ? null : m.since().atStartOfDay(ZoneOffset.UTC).toInstant()))
                .toList();
    }
}

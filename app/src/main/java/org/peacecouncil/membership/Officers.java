package org.peacecouncil.membership;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.peacecouncil.identity.Actor;
import org.peacecouncil.identity.Role;
import org.peacecouncil.platform.CouncilProblem;
import org.peacecouncil.platform.Countries;
import org.peacecouncil.platform.Timestamps;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The council's officers: who holds the chair, and the Executive Board the chair appoints for two-year terms
 * (Board of Peace charter, as reported).
 */
@Service
public class Officers {

    public enum Office {
        CHAIR, EXECUTIVE_BOARD
    }

    public record Officer(String id, Office office, String person, String title, String state, LocalDate appointedOn,
            LocalDate termEnds) {
    }

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final org.peacecouncil.charter.Charter charter;

    Officers(JdbcClient jdbc, ApplicationEventPublisher events, org.peacecouncil.charter.Charter charter) {
        this.jdbc = jdbc;
        this.events = events;
        this.charter = charter;
    }

    /** Records who holds the chair; the secretariat records it as the charter names the chair. */
    @Transactional
    public Officer recordChair(Actor actor, String person, String title, String state, LocalDate since, Instant at) {
        if (!actor.is(Role.SECRETARIAT)) {
            throw new CouncilProblem.NotPermitted("secretariat-only", "Only the secretariat records who holds the chair.");
        }
        return insert(Office.CHAIR, person, title, state, since, null, actor, at);
    }

    /** The office the charter names appoints a member of the Executive Board for the charter's term. */
    @Transactional
    public Officer appointToExecutiveBoard(Actor actor, String person, LocalDate on, Instant at) {
        var rules = charter.officers();
        if (!actor.holds(rules.executiveBoardAppointedBy())) {
            throw new CouncilProblem.NotPermitted("office-required", "Only the " + charter.nameOf(rules.executiveBoardAppointedBy())
                    + " appoints Executive Board members.");
        }
        return insert(Office.EXECUTIVE_BOARD, person, "Member of the Executive Board", null, on,
                on.plusYears(rules.executiveBoardTermYears()).minusDays(1), actor, at);
    }

    public List<Officer> current(LocalDate today) {
        return jdbc.sql("""
                SELECT id, office, person, title, state, appointed_on, term_ends FROM officers
                WHERE term_ends IS NULL OR term_ends >= ? ORDER BY office, appointed_on, person""")
                .param(Timestamps.text(today))
                .query((rs, n) -> new Officer(rs.getString(1), Office.valueOf(rs.getString(2)), rs.getString(3),
                        rs.getString(4), rs.getString(5), Timestamps.date(rs.getString(6)), Timestamps.date(rs.getString(7))))
                .list();
    }

    private Officer insert(Office office, String person, String title, String state, LocalDate on, LocalDate termEnds,
            Actor actor, Instant at) {
        if (person == null || person.isBlank() || person.length() > 200) {
            throw new CouncilProblem.InvalidRequest("person-required", "Name the person (at most 200 characters).");
        }
        String alpha3 = state == null ? null : Countries.require(state).alpha3();
        var officer = new Officer(UUID.randomUUID().toString(), office, person.strip(), title, alpha3, on, termEnds);
        jdbc.sql("""
                INSERT INTO officers (id, office, person, title, state, appointed_on, term_ends, recorded_by, recorded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(officer.id(), office.name(), officer.person(), title, alpha3, Timestamps.text(on),
                        Timestamps.text(termEnds), actor.username(), Timestamps.text(at))
                .update();
        events.publishEvent(new MembershipEvent.OfficerRecorded(alpha3 == null ? "" : alpha3, officer.id(), office.name(),
                officer.person(), title, termEnds, on, at, actor.describe()));
        return officer;
    }
}

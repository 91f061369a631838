package org.peacecouncil.membership;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.peacecouncil.platform.StateCode;
import org.peacecouncil.platform.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import static org.peacecouncil.platform.Timestamps.date;
import static org.peacecouncil.platform.Timestamps.text;

/**
 * The membership module's tables, in plain SQL that runs unchanged on SQLite and PostgreSQL.
 * (Its length: every statement of six tables, one short method each, kept in one place so the SQL can be read whole.)
 */
@Repository
class MembershipStore {

    private final JdbcClient jdbc;

    MembershipStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Waits for, then holds until commit, the right to write membership acts. */
    void takeTurn() {
        jdbc.sql("UPDATE membership_lock SET version = version + 1 WHERE id = 1").update();
    }

    // --- the council

    Optional<LocalDate> enteredIntoForce() {
        return jdbc.sql("SELECT entered_into_force_on FROM council WHERE id = 1").query(String.class).optional()
                .map(Timestamps::date);
    }

    /** Records entry into force; false if it was already recorded. */
    boolean enterIntoForce(String charterId, LocalDate on) {
        return jdbc.sql("INSERT INTO council (id, charter_id, entered_into_force_on) VALUES (1, ?, ?) ON CONFLICT (id) DO NOTHING")
                .params(charterId, text(on)).update() == 1;
    }

    long consents() {
        return jdbc.sql("SELECT count(*) FROM memberships").query(Long.class).single();
    }

    // --- invitations

    void insertInvitation(Invitation row, Instant recordedAt) {
        jdbc.sql("""
                INSERT INTO invitations (id, state, status, invited_on, lapses_on, invited_by, note, recorded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(row.id().value(), row.state().alpha3(), row.status().name(), text(row.invitedOn()), text(row.lapsesOn()),
                        row.invitedBy(), row.note(), Timestamps.text(recordedAt))
                .update();
    }

    Optional<Invitation> invitation(InvitationId id) {
        return jdbc.sql(INVITATION + " WHERE id = ?").param(id.value()).query(MembershipStore::invitation).optional();
    }

    Optional<Invitation> pendingInvitation(StateCode state) {
        return jdbc.sql(INVITATION + " WHERE state = ? AND status = 'PENDING'").param(state.alpha3()).query(MembershipStore::invitation).optional();
    }

    List<Invitation> invitations(InvitationStatus status) {
        return status == null
                ? jdbc.sql(INVITATION + " ORDER BY invited_on DESC, state").query(MembershipStore::invitation).list()
                : jdbc.sql(INVITATION + " WHERE status = ? ORDER BY invited_on DESC, state").param(status.name())
                        .query(MembershipStore::invitation).list();
    }

    List<Invitation> invitationsOf(StateCode state) {
        return jdbc.sql(INVITATION + " WHERE state = ? ORDER BY invited_on DESC").param(state.alpha3()).query(MembershipStore::invitation).list();
    }

    List<Invitation> invitationsLapsingBefore(LocalDate day) {
        return jdbc.sql(INVITATION + " WHERE status = 'PENDING' AND lapses_on < ?").param(text(day)).query(MembershipStore::invitation).list();
    }

    /** Records the answer of an invitation that was pending; false when it is no longer pending. */
    boolean answer(Invitation answered) {
        return jdbc.sql("UPDATE invitations SET status = ?, answered_on = ?, answered_by = ? WHERE id = ? AND status = 'PENDING'")
                .params(answered.status().name(), text(answered.answeredOn()), answered.answeredBy(), answered.id().value())
                .update() == 1;
    }

    private static final String INVITATION = """
            SELECT id, state, status, invited_on, lapses_on, invited_by, note, answered_on, answered_by FROM invitations""";

    private static Invitation invitation(ResultSet rs, int n) throws SQLException {
        return new Invitation(new InvitationId(rs.getString(1)), StateCode.of(rs.getString(2)), InvitationStatus.valueOf(rs.getString(3)),
                date(rs.getString(4)), date(rs.getString(5)), rs.getString(6), rs.getString(7), date(rs.getString(8)),
                rs.getString(9));
    }

    // --- memberships

    void admit(StateCode state, LocalDate consentedOn, LocalDate termEnds, InvitationId invitationId) {
        jdbc.sql("""
                INSERT INTO memberships (state, status, consented_on, since, term_ends, ended_on, invitation_id)
                VALUES (?, 'MEMBER', ?, ?, ?, NULL, ?)
                ON CONFLICT (state) DO UPDATE SET status = 'MEMBER', consented_on = excluded.consented_on,
                    since = excluded.since, term_ends = excluded.term_ends, ended_on = NULL,
                    invitation_id = excluded.invitation_id""")
                .params(state.alpha3(), text(consentedOn), text(consentedOn), text(termEnds), invitationId.value())
                .update();
    }

    Optional<Membership> member(StateCode state) {
        return jdbc.sql(MEMBER + " WHERE state = ?").param(state.alpha3()).query(MembershipStore::member).optional();
    }

    List<Membership> members() {
        return jdbc.sql(MEMBER + " ORDER BY state").query(MembershipStore::member).list();
    }

    /** Whether the calendar has anything to record before {@code day}: a lapse, an expiry or a closed veto window. */
    boolean anythingDueBefore(LocalDate day) {
        return jdbc.sql("""
                SELECT (SELECT count(*) FROM invitations WHERE status = 'PENDING' AND lapses_on < :day)
                     + (SELECT count(*) FROM memberships WHERE status = 'MEMBER' AND term_ends < :day)
                     + (SELECT count(*) FROM removals WHERE status = 'OPEN' AND veto_ends_on < :day)""")
                .param("day", text(day))
                .query(Long.class).single() > 0;
    }

    List<Membership> membersWithTermEndingBefore(LocalDate day) {
        return jdbc.sql(MEMBER + " WHERE status = 'MEMBER' AND term_ends IS NOT NULL AND term_ends < ?")
                .param(text(day)).query(MembershipStore::member).list();
    }

    long memberStates() {
        return jdbc.sql("SELECT count(*) FROM memberships WHERE status = 'MEMBER'").query(Long.class).single();
    }

    /** Records a current member's term as it now ends. */
    void saveTerm(Membership member) {
        jdbc.sql("UPDATE memberships SET term_ends = ? WHERE state = ? AND status = 'MEMBER'")
                .params(text(member.termEnds()), member.state().alpha3()).update();
    }

    /** Records the end of a membership that was current; false when the state was not a member any more. */
    boolean end(Membership ended) {
        return jdbc.sql("UPDATE memberships SET status = ?, ended_on = ? WHERE state = ? AND status = 'MEMBER'")
                .params(ended.status().name(), text(ended.endedOn()), ended.state().alpha3())
                .update() == 1;
    }

    private static final String MEMBER = "SELECT state, status, consented_on, since, term_ends, ended_on FROM memberships";

    private static Membership member(ResultSet rs, int n) throws SQLException {
        return new Membership(StateCode.of(rs.getString(1)), MemberStatus.valueOf(rs.getString(2)), date(rs.getString(3)),
                date(rs.getString(4)), date(rs.getString(5)), date(rs.getString(6)));
    }

    // --- removals

    void insertRemoval(Removal row, Instant recordedAt) {
        jdbc.sql("""
                INSERT INTO removals (id, state, status, reason, proposed_on, veto_ends_on, proposed_by, recorded_at)
                VALUES (?, ?, 'OPEN', ?, ?, ?, ?, ?)""")
                .params(row.id().value(), row.state().alpha3(), row.reason(), text(row.proposedOn()), text(row.vetoEndsOn()),
                        row.proposedBy(), Timestamps.text(recordedAt))
                .update();
    }

    Optional<Removal> removal(RemovalId id) {
        return jdbc.sql(REMOVAL + " WHERE id = ?").param(id.value()).query(MembershipStore::removal).optional();
    }

    Optional<Removal> openRemovalOf(StateCode state) {
        return jdbc.sql(REMOVAL + " WHERE state = ? AND status = 'OPEN'").param(state.alpha3()).query(MembershipStore::removal).optional();
    }

    List<Removal> removals(RemovalStatus status) {
        return status == null
                ? jdbc.sql(REMOVAL + " ORDER BY proposed_on DESC, state").query(MembershipStore::removal).list()
                : jdbc.sql(REMOVAL + " WHERE status = ? ORDER BY proposed_on DESC, state").param(status.name())
                        .query(MembershipStore::removal).list();
    }

    List<Removal> removalsOf(StateCode state) {
        return jdbc.sql(REMOVAL + " WHERE state = ? ORDER BY proposed_on DESC").param(state.alpha3()).query(MembershipStore::removal).list();
    }

    List<Removal> removalsWithWindowEndedBefore(LocalDate day) {
        return jdbc.sql(REMOVAL + " WHERE status = 'OPEN' AND veto_ends_on < ?").param(text(day)).query(MembershipStore::removal).list();
    }

    /** Records the decision of a removal that was open, with the member states it was decided against; false if it was not. */
    boolean closeRemoval(Removal decided) {
        return jdbc.sql("UPDATE removals SET status = ?, decided_on = ?, member_states = ? WHERE id = ? AND status = 'OPEN'")
                .params(decided.status().name(), text(decided.decidedOn()), decided.memberStates(), decided.id().value())
                .update() == 1;
    }

    void insertVeto(RemovalId removalId, StateCode state, String castBy, Instant at) {
        jdbc.sql("INSERT INTO removal_vetoes (removal_id, state, cast_by, cast_at) VALUES (?, ?, ?, ?)")
                .params(removalId.value(), state.alpha3(), castBy, Timestamps.text(at))
                .update();
    }

    List<String> vetoes(RemovalId removalId) {
        return jdbc.sql("SELECT state FROM removal_vetoes WHERE removal_id = ? ORDER BY state").param(removalId.value())
                .query(String.class).list();
    }

    private static final String REMOVAL = "SELECT id, state, status, reason, proposed_on, veto_ends_on, proposed_by, decided_on, member_states FROM removals";

    private static Removal removal(ResultSet rs, int n) throws SQLException {
        return new Removal(new RemovalId(rs.getString(1)), StateCode.of(rs.getString(2)), RemovalStatus.valueOf(rs.getString(3)), rs.getString(4),
                date(rs.getString(5)), date(rs.getString(6)), rs.getString(7), date(rs.getString(8)),
                rs.getObject(9) == null ? null : rs.getInt(9));
    }

    // --- history and observers

    void history(String id, String state, String act, LocalDate effectiveOn, Instant recordedAt, String actor, String detail) {
        jdbc.sql("""
                INSERT INTO membership_history (id, position, state, act, effective_on, recorded_at, actor, detail)
                SELECT ?, COALESCE(MAX(position), 0) + 1, ?, ?, ?, ?, ?, ? FROM membership_history""")
                .params(id, state, act, text(effectiveOn), Timestamps.text(recordedAt), actor, detail)
                .update();
    }

    List<Views.Act> recentActs(int limit) {
        return jdbc.sql("""
                SELECT state, act, effective_on, recorded_at, actor, detail FROM membership_history
                ORDER BY position DESC LIMIT ?""")
                .param(limit)
                .query((rs, n) -> new Views.Act(rs.getString(1), org.peacecouncil.platform.Countries.name(rs.getString(1)),
                        rs.getString(2), date(rs.getString(3)), Timestamps.instant(rs.getString(4)), rs.getString(5),
                        rs.getString(6)))
                .list();
    }

    List<Views.HistoryEntry> historyOf(String state) {
        return jdbc.sql("""
                SELECT act, effective_on, recorded_at, actor, detail FROM membership_history
                WHERE state = ? ORDER BY position""")
                .param(state)
                .query((rs, n) -> new Views.HistoryEntry(rs.getString(1), date(rs.getString(2)),
                        Timestamps.instant(rs.getString(3)), rs.getString(4), rs.getString(5)))
                .list();
    }

    void insertObserver(String id, String state, String organisation, LocalDate since, String note, String by, Instant at) {
        jdbc.sql("""
                INSERT INTO observers (id, state, organisation, since, note, recorded_by, recorded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(id, state, organisation, text(since), note, by, Timestamps.text(at))
                .update();
    }

    List<Views.Observer> observers() {
        return jdbc.sql("SELECT id, state, organisation, since, note FROM observers ORDER BY since, id")
                .query((rs, n) -> new Views.Observer(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(2) == null ? rs.getString(3) : org.peacecouncil.platform.Countries.name(rs.getString(2)),
                        date(rs.getString(4)), rs.getString(5)))
                .list();
    }
}

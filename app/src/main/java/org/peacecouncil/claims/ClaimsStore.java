package org.peacecouncil.claims;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.peacecouncil.platform.StateCode;
import org.peacecouncil.platform.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import static org.peacecouncil.platform.Timestamps.text;

/** The claims tables, in plain SQL that runs unchanged on SQLite and PostgreSQL; assertions and positions are JSON text. */
@Repository
class ClaimsStore {

    /** The store's own mapper, so that no change to the API's JSON settings changes what is stored. */
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<ClaimsCommands.StatedAssertion>> ASSERTIONS = new TypeReference<>() {
    };
    private static final TypeReference<List<ClaimsCommands.Position>> POSITIONS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;

    ClaimsStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void takeTurn() {
        jdbc.sql("UPDATE claims_lock SET turns = turns + 1 WHERE id = 1").update();
    }

    void insertStatement(Statement s) {
        jdbc.sql("""
                INSERT INTO statements (id, seq, status, speaker, office, speaks_for, said_on, date_as_reported, source_url, source_title,
                                        text, assertions, proposed_by, recorded_by, recorded_at)
                VALUES (?, (SELECT COALESCE(MAX(seq), 0) + 1 FROM statements), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(s.id().value(), s.status().name(), s.speaker(), s.office(), s.speaksFor(), text(s.saidOn()), s.dateAsReported(),
                        s.sourceUrl(), s.sourceTitle(), s.text(), JSON.writeValueAsString(s.assertions()), s.proposedBy(), s.recordedBy(),
                        text(s.recordedAt()))
                .update();
    }

    boolean record(Statement before, Statement after) {
        return jdbc.sql("UPDATE statements SET status = ?, recorded_by = ?, recorded_at = ? WHERE id = ? AND status = ?")
                .params(after.status().name(), after.recordedBy(), text(after.recordedAt()), after.id().value(), before.status().name())
                .update() == 1;
    }

    Optional<Statement> statement(StatementId id) {
        return jdbc.sql("SELECT * FROM statements WHERE id = ?").param(id.value()).query(ClaimsStore::statement).optional();
    }

    List<Statement> statements() {
        return jdbc.sql("SELECT * FROM statements ORDER BY seq").query(ClaimsStore::statement).list();
    }

    void insertClarification(Clarification c) {
        jdbc.sql("""
                INSERT INTO clarifications (id, seq, state, speaker, said_on, source_url, source_title, text, positions, document, confirmed,
                                            recorded_by, recorded_at, confirmed_at)
                VALUES (?, (SELECT COALESCE(MAX(seq), 0) + 1 FROM clarifications), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(c.id().value(), c.state().alpha3(), c.speaker(), text(c.saidOn()), c.sourceUrl(), c.sourceTitle(), c.text(),
                        JSON.writeValueAsString(c.positions()), c.document(), c.confirmed(), c.recordedBy(), text(c.recordedAt()),
                        c.confirmedAt() == null ? null : text(c.confirmedAt()))
                .update();
    }

    boolean confirm(Clarification after) {
        return jdbc.sql("UPDATE clarifications SET confirmed = ?, confirmed_at = ? WHERE id = ? AND confirmed = ?")
                .params(true, text(after.confirmedAt()), after.id().value(), false).update() == 1;
    }

    Optional<Clarification> clarification(ClarificationId id) {
        return jdbc.sql("SELECT * FROM clarifications WHERE id = ?").param(id.value()).query(ClaimsStore::clarification).optional();
    }

    List<Clarification> clarifications() {
        return jdbc.sql("SELECT * FROM clarifications ORDER BY seq").query(ClaimsStore::clarification).list();
    }

    List<Clarification> clarificationsOf(StateCode state) {
        return jdbc.sql("SELECT * FROM clarifications WHERE state = ? ORDER BY seq").param(state.alpha3())
                .query(ClaimsStore::clarification).list();
    }

    void noteEntry(long seq, String subject, String type) {
        jdbc.sql("INSERT INTO claims_log (seq, subject_id, type) VALUES (?, ?, ?)").params(seq, subject, type).update();
    }

    /** The log entries of each statement and clarification, by its id. */
    /** The log entries about each of {@code subjects}, oldest first. */
    Map<String, List<Long>> entriesOf(java.util.Collection<String> subjects) {
        var all = new java.util.HashMap<String, List<Long>>();
        if (subjects.isEmpty()) {
            return all;
        }
        jdbc.sql("SELECT subject_id, seq FROM claims_log WHERE subject_id IN (" + String.join(", ", java.util.Collections.nCopies(subjects.size(), "?"))
                + ") ORDER BY seq").params(List.copyOf(subjects))
                .query((rs, n) -> all.computeIfAbsent(rs.getString(1), k -> new java.util.ArrayList<>()).add(rs.getLong(2))).list();
        return all;
    }

    Map<String, List<Long>> entries() {
        var all = new java.util.HashMap<String, List<Long>>();
        jdbc.sql("SELECT subject_id, seq FROM claims_log ORDER BY seq")
                .query((rs, n) -> all.computeIfAbsent(rs.getString(1), k -> new java.util.ArrayList<>()).add(rs.getLong(2))).list();
        return all;
    }

    private static Statement statement(ResultSet rs, int n) throws SQLException {
        return new Statement(new StatementId(rs.getString("id")), rs.getLong("seq"), Statement.StatementStatus.valueOf(rs.getString("status")),
                rs.getString("speaker"), rs.getString("office"), rs.getString("speaks_for"), Timestamps.date(rs.getString("said_on")),
                rs.getString("date_as_reported"), rs.getString("source_url"), rs.getString("source_title"), rs.getString("text"),
                JSON.readValue(rs.getString("assertions"), ASSERTIONS), rs.getString("proposed_by"), rs.getString("recorded_by"),
                Timestamps.instant(rs.getString("recorded_at")));
    }

    private static Clarification clarification(ResultSet rs, int n) throws SQLException {
        String confirmedAt = rs.getString("confirmed_at");
        return new Clarification(new ClarificationId(rs.getString("id")), rs.getLong("seq"), StateCode.of(rs.getString("state")),
                rs.getString("speaker"), Timestamps.date(rs.getString("said_on")), rs.getString("source_url"), rs.getString("source_title"),
                rs.getString("text"), JSON.readValue(rs.getString("positions"), POSITIONS), rs.getString("document"),
                rs.getBoolean("confirmed"), rs.getString("recorded_by"), Timestamps.instant(rs.getString("recorded_at")),
                confirmedAt == null ? null : Timestamps.instant(confirmedAt));
    }
}

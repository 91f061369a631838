package org.peacecouncil.missions;

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

/**
 * The missions tables, in plain SQL that runs unchanged on SQLite and PostgreSQL; lists and strengths are JSON text.
 * (Its length: every statement of nine tables, one short method each, kept in one place so the SQL can be read whole.)
 */
@Repository
class MissionStore {

    /** The store's own mapper, so that no change to the API's JSON settings changes what is stored. */
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<PersonnelType, Integer>> STRENGTH = new TypeReference<>() {
    };
    private static final TypeReference<List<String>> TEXTS = new TypeReference<>() {
    };
    private static final TypeReference<List<MissionCommands.Caveat>> CAVEATS = new TypeReference<>() {
    };
    private static final TypeReference<List<MissionCommands.Authority>> AUTHORITIES = new TypeReference<>() {
    };

    private final JdbcClient jdbc;

    MissionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Serializes the missions' writers, so that each act reads the record it changes as no other act is changing it. */
    void takeTurn() {
        jdbc.sql("UPDATE mission_lock SET turns = turns + 1 WHERE id = 1").update();
    }

    // --- missions and mandates

    void insertMission(Mission m) {
        jdbc.sql("""
                INSERT INTO missions (id, seq, name, command, lead_state, deputy_state, decision, authorities, recorded_by, recorded_at)
                VALUES (?, (SELECT COALESCE(MAX(seq), 0) + 1 FROM missions), ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(m.id().value(), m.name(), m.command(), code(m.leadState()), code(m.deputyState()), m.decision(),
                        json(m.authorities()), m.recordedBy(), text(m.recordedAt()))
                .update();
    }

    List<Mission> missions() {
        return jdbc.sql("SELECT * FROM missions ORDER BY seq").query(MissionStore::mission).list();
    }

    Optional<Mission> mission(MissionId id) {
        return jdbc.sql("SELECT * FROM missions WHERE id = ?").param(id.value()).query(MissionStore::mission).optional();
    }

    void insertMandate(Mandate m) {
        var t = m.terms();
        jdbc.sql("""
                INSERT INTO mandates (mission_id, version, tasks, area, strength, use_of_force, start_on, end_on, reporting_months,
                                      documents, reason, recorded_by, recorded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(m.mission().value(), m.version(), json(t.tasks()), t.area(), json(t.authorizedStrength()), t.useOfForce(),
                        text(t.start()), t.end() == null ? null : text(t.end()), t.reportingMonths(), json(t.documents()), m.reason(),
                        m.recordedBy(), text(m.recordedAt()))
                .update();
    }

    /** Every version of the mission's mandate, oldest first. */
    List<Mandate> mandates(MissionId mission) {
        return jdbc.sql("SELECT * FROM mandates WHERE mission_id = ? ORDER BY version").param(mission.value())
                .query(MissionStore::mandate).list();
    }

    Optional<Mandate> currentMandate(MissionId mission) {
        return jdbc.sql("SELECT * FROM mandates WHERE mission_id = ? ORDER BY version DESC LIMIT 1").param(mission.value())
                .query(MissionStore::mandate).optional();
    }

    // --- participation

    Optional<Participation> participation(MissionId mission, StateCode state) {
        return jdbc.sql("SELECT status FROM participations WHERE mission_id = ? AND state = ?").params(mission.value(), state.alpha3())
                .query(String.class).optional().map(Participation::valueOf);
    }

    void keepParticipation(MissionId mission, StateCode state, Participation status, Instant since) {
        jdbc.sql("""
                INSERT INTO participations (mission_id, state, status, since) VALUES (?, ?, ?, ?)
                ON CONFLICT (mission_id, state) DO UPDATE SET status = excluded.status, since = excluded.since""")
                .params(mission.value(), state.alpha3(), status.name(), text(since)).update();
    }

    record ParticipationRow(String state, Participation status, Instant since) {
    }

    /** Each engaged state's status and since when, in alpha-3 order. */
    List<ParticipationRow> participations(MissionId mission) {
        return jdbc.sql("SELECT state, status, since FROM participations WHERE mission_id = ? ORDER BY state").param(mission.value())
                .query((rs, n) -> new ParticipationRow(rs.getString(1), Participation.valueOf(rs.getString(2)),
                        Timestamps.instant(rs.getString(3)))).list();
    }

    // --- questions

    void insertQuestion(MissionQuestion q) {
        jdbc.sql("""
                INSERT INTO mission_questions (id, seq, mission_id, state, text, confidential, filed_by, filed_at)
                VALUES (?, (SELECT COALESCE(MAX(seq), 0) + 1 FROM mission_questions), ?, ?, ?, ?, ?, ?)""")
                .params(q.id().value(), q.mission().value(), q.state().alpha3(), q.text(), q.confidential(), q.filedBy(),
                        text(q.filedAt()))
                .update();
    }

    boolean answer(MissionQuestion q) {
        return jdbc.sql("UPDATE mission_questions SET answer = ?, answered_by = ?, answered_at = ? WHERE id = ? AND answered_at IS NULL")
                .params(q.answer(), q.answeredBy(), text(q.answeredAt()), q.id().value()).update() == 1;
    }

    Optional<MissionQuestion> question(QuestionId id) {
        return jdbc.sql("SELECT * FROM mission_questions WHERE id = ?").param(id.value()).query(MissionStore::question).optional();
    }

    List<MissionQuestion> questions(MissionId mission) {
        return jdbc.sql("SELECT * FROM mission_questions WHERE mission_id = ? ORDER BY seq").param(mission.value())
                .query(MissionStore::question).list();
    }

    int openQuestions(MissionId mission, StateCode state) {
        return jdbc.sql("SELECT COUNT(*) FROM mission_questions WHERE mission_id = ? AND state = ? AND answered_at IS NULL")
                .params(mission.value(), state.alpha3()).query(Integer.class).single();
    }

    // --- offers and deployments

    void insertOffer(Offer o) {
        jdbc.sql("""
                INSERT INTO mission_offers (id, seq, mission_id, state, status, mandate_version, personnel, units, readiness, caveats,
                                            notes, document, recorded_by, recorded_at, offered_at)
                VALUES (?, (SELECT COALESCE(MAX(seq), 0) + 1 FROM mission_offers), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(o.id().value(), o.mission().value(), o.state().alpha3(), o.status().name(), o.mandateVersion(),
                        json(o.personnel()), json(o.units()), o.readiness().name(), json(o.caveats()), o.notes(), o.document(),
                        o.recordedBy(), text(o.recordedAt()), o.offeredAt() == null ? null : text(o.offeredAt()))
                .update();
    }

    /** Writes the offer's new status; false when another act changed it first. */
    boolean updateOffer(Offer before, Offer after) {
        return jdbc.sql("""
                UPDATE mission_offers SET status = ?, offered_at = ?, accepted_at = ?, withdrawn_at = ?, conflicts = ?, acceptance_note = ?
                 WHERE id = ? AND status = ?""")
                .params(after.status().name(), nullableText(after.offeredAt()), nullableText(after.acceptedAt()),
                        nullableText(after.withdrawnAt()), after.conflicts() == null ? null : json(after.conflicts()), after.acceptanceNote(),
                        after.id().value(), before.status().name())
                .update() == 1;
    }

    Optional<Offer> offer(OfferId id) {
        return jdbc.sql("SELECT * FROM mission_offers WHERE id = ?").param(id.value()).query(MissionStore::offer).optional();
    }

    List<Offer> offers(MissionId mission) {
        return jdbc.sql("SELECT * FROM mission_offers WHERE mission_id = ? ORDER BY seq").param(mission.value())
                .query(MissionStore::offer).list();
    }

    List<Offer> offersOf(MissionId mission, StateCode state) {
        return jdbc.sql("SELECT * FROM mission_offers WHERE mission_id = ? AND state = ? ORDER BY seq")
                .params(mission.value(), state.alpha3()).query(MissionStore::offer).list();
    }

    record DeploymentRow(String id, OfferId offer, StateCode state, Map<PersonnelType, Integer> personnel, java.time.LocalDate on,
            String location, String recordedBy, Instant recordedAt) {
    }

    void insertDeployment(MissionId mission, DeploymentRow d) {
        jdbc.sql("""
                INSERT INTO mission_deployments (id, seq, offer_id, mission_id, state, personnel, on_date, location, recorded_by, recorded_at)
                VALUES (?, (SELECT COALESCE(MAX(seq), 0) + 1 FROM mission_deployments), ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(d.id(), d.offer().value(), mission.value(), d.state().alpha3(), json(d.personnel()), text(d.on()), d.location(),
                        d.recordedBy(), text(d.recordedAt()))
                .update();
    }

    List<DeploymentRow> deployments(MissionId mission) {
        return jdbc.sql("SELECT * FROM mission_deployments WHERE mission_id = ? ORDER BY on_date, seq").param(mission.value())
                .query((rs, n) -> new DeploymentRow(rs.getString("id"), new OfferId(rs.getString("offer_id")), StateCode.of(rs.getString("state")),
                        read(rs.getString("personnel"), STRENGTH), Timestamps.date(rs.getString("on_date")), rs.getString("location"),
                        rs.getString("recorded_by"), Timestamps.instant(rs.getString("recorded_at")))).list();
    }

    // --- a state's standing caveats, the mission's reports

    record DeclaredCaveats(String state, List<MissionCommands.Caveat> caveats, String declaredBy, Instant declaredAt) {
    }

    void keepCaveats(MissionId mission, DeclaredCaveats declared) {
        jdbc.sql("""
                INSERT INTO mission_caveats (mission_id, state, caveats, declared_by, declared_at) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (mission_id, state) DO UPDATE SET caveats = excluded.caveats, declared_by = excluded.declared_by,
                                                              declared_at = excluded.declared_at""")
                .params(mission.value(), declared.state(), json(declared.caveats()), declared.declaredBy(), text(declared.declaredAt()))
                .update();
    }

    /** The caveats each state declared for the mission, by state. */
    Map<String, DeclaredCaveats> declaredCaveats(MissionId mission) {
        var all = new java.util.TreeMap<String, DeclaredCaveats>();
        jdbc.sql("SELECT state, caveats, declared_by, declared_at FROM mission_caveats WHERE mission_id = ?").param(mission.value())
                .query((rs, n) -> new DeclaredCaveats(rs.getString(1), read(rs.getString(2), CAVEATS), rs.getString(3),
                        Timestamps.instant(rs.getString(4))))
                .list().forEach(d -> all.put(d.state(), d));
        return all;
    }

    List<MissionCommands.Caveat> declaredCaveats(MissionId mission, StateCode state) {
        return jdbc.sql("SELECT caveats FROM mission_caveats WHERE mission_id = ? AND state = ?").params(mission.value(), state.alpha3())
                .query(String.class).optional().map(text -> read(text, CAVEATS)).orElse(List.of());
    }

    record ReportRow(java.time.LocalDate dueOn, String title, String document, java.time.LocalDate submittedOn, String recordedBy,
            Instant recordedAt) {
    }

    void insertReport(MissionId mission, ReportRow r) {
        jdbc.sql("""
                INSERT INTO mission_reports (mission_id, due_on, title, document, submitted_on, recorded_by, recorded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(mission.value(), text(r.dueOn()), r.title(), r.document(), text(r.submittedOn()), r.recordedBy(), text(r.recordedAt()))
                .update();
    }

    /** The reports filed, by due date. */
    Map<java.time.LocalDate, ReportRow> reports(MissionId mission) {
        var all = new java.util.TreeMap<java.time.LocalDate, ReportRow>();
        jdbc.sql("SELECT * FROM mission_reports WHERE mission_id = ?").param(mission.value())
                .query((rs, n) -> new ReportRow(Timestamps.date(rs.getString("due_on")), rs.getString("title"), rs.getString("document"),
                        Timestamps.date(rs.getString("submitted_on")), rs.getString("recorded_by"),
                        Timestamps.instant(rs.getString("recorded_at"))))
                .list().forEach(r -> all.put(r.dueOn(), r));
        return all;
    }

    // --- where acts are on the log

    void noteEntry(long seq, String mission, String state, String subject, String type) {
        jdbc.sql("INSERT INTO mission_log (seq, mission_id, state, subject_id, type) VALUES (?, ?, ?, ?, ?)")
                .params(seq, mission, state, subject, type).update();
    }

    /** The log entries of the mission's acts, by the record they are about (a question, an offer, or the mission's id). */
    Map<String, List<Long>> entries(MissionId mission) {
        var all = new java.util.HashMap<String, List<Long>>();
        jdbc.sql("SELECT subject_id, seq FROM mission_log WHERE mission_id = ? ORDER BY seq").param(mission.value())
                .query((rs, n) -> all.computeIfAbsent(rs.getString(1), k -> new java.util.ArrayList<>()).add(rs.getLong(2))).list();
        return all;
    }

    // --- rows

    private static Mission mission(ResultSet rs, int n) throws SQLException {
        return new Mission(new MissionId(rs.getString("id")), rs.getLong("seq"), rs.getString("name"), rs.getString("command"),
                state(rs.getString("lead_state")), state(rs.getString("deputy_state")), rs.getString("decision"),
                read(rs.getString("authorities"), AUTHORITIES), rs.getString("recorded_by"), Timestamps.instant(rs.getString("recorded_at")));
    }

    private static Mandate mandate(ResultSet rs, int n) throws SQLException {
        String end = rs.getString("end_on");
        var terms = new MissionCommands.MandateTerms(read(rs.getString("tasks"), TEXTS), rs.getString("area"),
                read(rs.getString("strength"), STRENGTH), rs.getString("use_of_force"), Timestamps.date(rs.getString("start_on")),
                end == null ? null : Timestamps.date(end), rs.getInt("reporting_months"), read(rs.getString("documents"), TEXTS));
        return new Mandate(new MissionId(rs.getString("mission_id")), rs.getInt("version"), terms, rs.getString("reason"),
                rs.getString("recorded_by"), Timestamps.instant(rs.getString("recorded_at")));
    }

    private static MissionQuestion question(ResultSet rs, int n) throws SQLException {
        String answered = rs.getString("answered_at");
        return new MissionQuestion(new QuestionId(rs.getString("id")), rs.getLong("seq"), new MissionId(rs.getString("mission_id")),
                StateCode.of(rs.getString("state")), rs.getString("text"), rs.getBoolean("confidential"), rs.getString("filed_by"),
                Timestamps.instant(rs.getString("filed_at")), rs.getString("answer"), rs.getString("answered_by"),
                answered == null ? null : Timestamps.instant(answered));
    }

    private static Offer offer(ResultSet rs, int n) throws SQLException {
        String conflicts = rs.getString("conflicts");
        return new Offer(new OfferId(rs.getString("id")), rs.getLong("seq"), new MissionId(rs.getString("mission_id")),
                StateCode.of(rs.getString("state")), OfferStatus.valueOf(rs.getString("status")), rs.getInt("mandate_version"),
                read(rs.getString("personnel"), STRENGTH), read(rs.getString("units"), TEXTS), Readiness.valueOf(rs.getString("readiness")),
                read(rs.getString("caveats"), CAVEATS), rs.getString("notes"), rs.getString("document"), rs.getString("recorded_by"),
                Timestamps.instant(rs.getString("recorded_at")), instant(rs.getString("offered_at")), instant(rs.getString("accepted_at")),
                instant(rs.getString("withdrawn_at")), conflicts == null ? List.of() : read(conflicts, TEXTS), rs.getString("acceptance_note"));
    }

    private static Instant instant(String text) {
        return text == null ? null : Timestamps.instant(text);
    }

    private static String nullableText(Instant instant) {
        return instant == null ? null : text(instant);
    }

    private static StateCode state(String code) {
        return code == null ? null : StateCode.of(code);
    }

    private static String code(StateCode state) {
        return state == null ? null : state.alpha3();
    }

    private static String json(Object value) {
        return JSON.writeValueAsString(value);
    }

    private static <T> T read(String text, TypeReference<T> type) {
        return JSON.readValue(text, type);
    }
}

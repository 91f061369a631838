package org.peacecouncil.decisions;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.peacecouncil.charter.MotionKind;
import org.peacecouncil.platform.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The decisions module's tables, in plain SQL that runs on SQLite and PostgreSQL alike.
 * (Its length: every statement of nine tables, one short method each, kept in one place so the SQL can be read whole.)
 */
@Repository
class DecisionStore {

    record MeetingRow(String id, MeetingKind kind, String title, String place, Instant startsAt, MeetingStatus status,
            String calledBy, Instant openedAt, Instant adjournedAt) {
    }

    record AttendanceRow(String meetingId, String attendee, String state, Capacity capacity, String representative,
            AttendanceStatus status, String registeredBy, String decidedBy) {
    }

    record BallotRow(String state, Vote vote, String explanation, String castBy, Instant castAt, int changes) {
    }

    record ElectionRow(String id, String meetingId, String seat, ElectionStatus status, String elected, String calledBy) {
    }

    record CandidateRow(String id, String name, String state, boolean withdrawn) {
    }

    record RoundRow(String electionId, int round, Instant openedAt, Instant closesAt, Instant closedAt, String result) {
    }

    record ElectionBallotRow(String state, String candidateId, Instant castAt) {
    }

    private final JdbcClient jdbc;

    DecisionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // --- meetings

    void insertMeeting(MeetingRow m, List<String> agenda, Instant at) {
        jdbc.sql("""
                INSERT INTO meetings (id, kind, title, place, starts_at, status, called_by, recorded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(m.id(), m.kind().name(), m.title(), m.place(), Timestamps.text(m.startsAt()), m.status().name(),
                        m.calledBy(), Timestamps.text(at))
                .update();
        for (int i = 0; i < agenda.size(); i++) {
            jdbc.sql("INSERT INTO agenda_items (meeting_id, position, item) VALUES (?, ?, ?)").params(m.id(), i + 1, agenda.get(i)).update();
        }
    }

    /** Locks the meeting's row for the rest of the transaction (PostgreSQL); false if there is no such meeting. */
    boolean lockMeeting(String id) {
        return jdbc.sql("UPDATE meetings SET version = version + 1 WHERE id = ?").param(id).update() == 1;
    }

    boolean moveMeeting(String id, MeetingStatus from, MeetingStatus to, Instant at) {
        String column = to == MeetingStatus.IN_SESSION ? "opened_at" : "adjourned_at";
        return jdbc.sql("UPDATE meetings SET status = ?, " + column + " = ? WHERE id = ? AND status = ?")
                .params(to.name(), Timestamps.text(at), id, from.name()).update() == 1;
    }

    Optional<MeetingRow> meeting(String id) {
        return jdbc.sql("SELECT * FROM meetings WHERE id = ?").param(id).query(this::meetingRow).optional();
    }

    List<MeetingRow> meetings() {
        return jdbc.sql("SELECT * FROM meetings ORDER BY starts_at DESC, id").query(this::meetingRow).list();
    }

    List<String> agenda(String meetingId) {
        return jdbc.sql("SELECT item FROM agenda_items WHERE meeting_id = ? ORDER BY position").param(meetingId)
                .query(String.class).list();
    }

    private MeetingRow meetingRow(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new MeetingRow(rs.getString("id"), MeetingKind.valueOf(rs.getString("kind")), rs.getString("title"),
                rs.getString("place"), Timestamps.instant(rs.getString("starts_at")), MeetingStatus.valueOf(rs.getString("status")),
                rs.getString("called_by"), Timestamps.instant(rs.getString("opened_at")),
                Timestamps.instant(rs.getString("adjourned_at")));
    }

    // --- attendance

    void upsertAttendance(AttendanceRow a, Instant at) {
        int updated = jdbc.sql("""
                UPDATE attendance SET capacity = ?, representative = ?, status = ?, registered_by = ?, decided_by = NULL,
                       recorded_at = ? WHERE meeting_id = ? AND attendee = ?""")
                .params(a.capacity().name(), a.representative(), a.status().name(), a.registeredBy(), Timestamps.text(at),
                        a.meetingId(), a.attendee())
                .update();
        if (updated == 0) {
            jdbc.sql("""
                    INSERT INTO attendance (meeting_id, attendee, state, capacity, representative, status, registered_by, recorded_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(a.meetingId(), a.attendee(), a.state(), a.capacity().name(), a.representative(), a.status().name(),
                            a.registeredBy(), Timestamps.text(at))
                    .update();
        }
    }

    boolean decideAttendance(String meetingId, String attendee, AttendanceStatus to, String decidedBy) {
        return jdbc.sql("""
                UPDATE attendance SET status = ?, decided_by = ?
                 WHERE meeting_id = ? AND attendee = ? AND status = 'AWAITING_APPROVAL'""")
                .params(to.name(), decidedBy, meetingId, attendee).update() == 1;
    }

    List<AttendanceRow> attendance(String meetingId) {
        return jdbc.sql("SELECT * FROM attendance WHERE meeting_id = ? ORDER BY capacity = 'OBSERVER', attendee")
                .param(meetingId).query(this::attendanceRow).list();
    }

    private AttendanceRow attendanceRow(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new AttendanceRow(rs.getString("meeting_id"), rs.getString("attendee"), rs.getString("state"),
                Capacity.valueOf(rs.getString("capacity")), rs.getString("representative"),
                AttendanceStatus.valueOf(rs.getString("status")), rs.getString("registered_by"), rs.getString("decided_by"));
    }

    Optional<AttendanceRow> attendanceOf(String meetingId, String attendee) {
        return attendance(meetingId).stream().filter(a -> a.attendee().equals(attendee)).findFirst();
    }

    boolean isPresent(String meetingId, String state) {
        return jdbc.sql("""
                SELECT count(*) FROM attendance
                 WHERE meeting_id = ? AND state = ? AND status = 'PRESENT' AND capacity <> 'OBSERVER'""")
                .params(meetingId, state).query(Long.class).single() > 0;
    }

    // --- motions

    void insertMotion(Motion m) {
        jdbc.sql("""
                INSERT INTO motions (id, meeting_id, amends, kind, title, body, sponsor, status, proposed_by, recorded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(m.id().value(), m.meetingId().value(), m.amends() == null ? null : m.amends().value(), m.kind().name(),
                        m.title(), m.body(), m.sponsor(), m.status().name(), m.proposedBy(), Timestamps.text(m.recordedAt()))
                .update();
    }

    /**
     * Locks the motion's row for the rest of the transaction if it is in {@code status}; false otherwise. A ballot,
     * the close and a tie-break on one motion thus take turns, and none acts on a stale status.
     */
    boolean lockMotion(String id, MotionStatus status) {
        return jdbc.sql("UPDATE motions SET version = version + 1 WHERE id = ? AND status = ?").params(id, status.name())
                .update() == 1;
    }

    /** Records a motion's transition (the motion locked in its earlier status by {@link #lockMotion}). */
    void save(Motion m) {
        jdbc.sql("""
                UPDATE motions SET status = ?, opened_at = ?, closes_at = ?, closed_at = ?, tally = ?, tie_break = ?, decided_by = ?
                WHERE id = ?""")
                .params(m.status().name(), Timestamps.text(m.openedAt()), Timestamps.text(m.closesAt()), Timestamps.text(m.closedAt()),
                        m.tally(), m.tieBreak() == null ? null : m.tieBreak().name(), m.decidedBy(), m.id().value())
                .update();
    }

    Optional<Motion> motion(String id) {
        return jdbc.sql("SELECT * FROM motions WHERE id = ?").param(id).query(this::motionRow).optional();
    }

    List<Motion> motionsOf(String meetingId) {
        return jdbc.sql("SELECT * FROM motions WHERE meeting_id = ? ORDER BY recorded_at, id").param(meetingId)
                .query(this::motionRow).list();
    }

    /** Every motion, the latest recorded first. */
    List<Motion> motions() {
        return jdbc.sql("SELECT * FROM motions ORDER BY recorded_at DESC, id").query(this::motionRow).list();
    }

    /** Every meeting's agenda, by meeting id. */
    java.util.Map<String, List<String>> agendas() {
        var all = new java.util.HashMap<String, List<String>>();
        jdbc.sql("SELECT meeting_id, item FROM agenda_items ORDER BY meeting_id, position")
                .query((rs, n) -> all.computeIfAbsent(rs.getString(1), k -> new java.util.ArrayList<>()).add(rs.getString(2))).list();
        return all;
    }

    /** Motions in this status, the latest recorded first. */
    List<Motion> motionsIn(MotionStatus status) {
        return jdbc.sql("SELECT * FROM motions WHERE status = ? ORDER BY recorded_at DESC, id").param(status.name()).query(this::motionRow).list();
    }

    /** Alternates awaiting approval to sit, in every meeting. */
    List<AttendanceRow> alternatesAwaitingApproval() {
        return jdbc.sql("SELECT * FROM attendance WHERE status = 'AWAITING_APPROVAL' ORDER BY meeting_id, attendee")
                .query(this::attendanceRow).list();
    }

    /** Motions whose vote is open at {@code now} (not past a deadline the calendar has yet to close), the latest opened first. */
    List<Motion> motionsVotingAt(Instant now) {
        return jdbc.sql("SELECT * FROM motions WHERE status = 'VOTING' ORDER BY opened_at DESC, id").query(this::motionRow).list().stream()
                .filter(m -> m.closesAt() == null || m.closesAt().isAfter(now)).toList();
    }

    List<Motion> amendmentsOf(String motionId) {
        return jdbc.sql("SELECT * FROM motions WHERE amends = ? ORDER BY recorded_at, id").param(motionId).query(this::motionRow).list();
    }

    /** How many votes and election rounds have passed their deadline but are not yet recorded as closed. */
    long deadlinesPassed(Instant at) {
        return jdbc.sql("""
                SELECT (SELECT count(*) FROM motions WHERE status = 'VOTING' AND closes_at <= :at)
                     + (SELECT count(*) FROM election_rounds WHERE closed_at IS NULL AND closes_at <= :at)""")
                .param("at", Timestamps.text(at)).query(Long.class).single();
    }

    List<String> votingEndedBy(Instant at) {
        return jdbc.sql("SELECT id FROM motions WHERE status = 'VOTING' AND closes_at <= ? ORDER BY closes_at")
                .param(Timestamps.text(at)).query(String.class).list();
    }

    /** The motion's version, which every ballot and change of status raises; empty if there is no such motion. */
    Optional<Long> version(String id) {
        return jdbc.sql("SELECT version FROM motions WHERE id = ?").param(id).query(Long.class).optional();
    }

    private Motion motionRow(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        String tieBreak = rs.getString("tie_break");
        return new Motion(new MotionId(rs.getString("id")), new MeetingId(rs.getString("meeting_id")), MotionId.given(rs.getString("amends")),
                MotionKind.valueOf(rs.getString("kind")), rs.getString("title"), rs.getString("body"), rs.getString("sponsor"),
                MotionStatus.valueOf(rs.getString("status")), Timestamps.instant(rs.getString("opened_at")),
                Timestamps.instant(rs.getString("closes_at")), Timestamps.instant(rs.getString("closed_at")),
                rs.getString("tally"), tieBreak == null ? null : Vote.valueOf(tieBreak), rs.getString("decided_by"),
                rs.getString("proposed_by"), Timestamps.instant(rs.getString("recorded_at")), rs.getLong("version"));
    }

    // --- ballots

    /** Records the state's ballot, replacing an earlier one; returns the vote it replaced, if any. */
    Optional<Vote> castBallot(String motionId, String state, Vote vote, String explanation, String castBy, Instant at) {
        var earlier = jdbc.sql("SELECT vote FROM ballots WHERE motion_id = ? AND state = ?").params(motionId, state)
                .query(String.class).optional().map(Vote::valueOf);
        if (earlier.isPresent()) {
            jdbc.sql("""
                    UPDATE ballots SET vote = ?, explanation = ?, cast_by = ?, cast_at = ?, changes = changes + 1
                     WHERE motion_id = ? AND state = ?""")
                    .params(vote.name(), explanation, castBy, Timestamps.text(at), motionId, state).update();
        } else {
            jdbc.sql("INSERT INTO ballots (motion_id, state, vote, explanation, cast_by, cast_at) VALUES (?, ?, ?, ?, ?, ?)")
                    .params(motionId, state, vote.name(), explanation, castBy, Timestamps.text(at)).update();
        }
        return earlier;
    }

    List<BallotRow> ballots(String motionId) {
        return jdbc.sql("SELECT * FROM ballots WHERE motion_id = ? ORDER BY state").param(motionId)
                .query((rs, n) -> new BallotRow(rs.getString("state"), Vote.valueOf(rs.getString("vote")), rs.getString("explanation"),
                        rs.getString("cast_by"), Timestamps.instant(rs.getString("cast_at")), rs.getInt("changes")))
                .list();
    }

    // --- elections

    void insertElection(ElectionRow e, List<CandidateRow> candidates, Instant at) {
        jdbc.sql("INSERT INTO elections (id, meeting_id, seat, status, called_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?)")
                .params(e.id(), e.meetingId(), e.seat(), e.status().name(), e.calledBy(), Timestamps.text(at)).update();
        for (CandidateRow c : candidates) {
            jdbc.sql("INSERT INTO candidates (election_id, candidate_id, name, state) VALUES (?, ?, ?, ?)")
                    .params(e.id(), c.id(), c.name(), c.state()).update();
        }
    }

    boolean lockElection(String id, ElectionStatus status) {
        return jdbc.sql("UPDATE elections SET version = version + 1 WHERE id = ? AND status = ?").params(id, status.name())
                .update() == 1;
    }

    void setElectionStatus(String id, ElectionStatus status, String elected) {
        jdbc.sql("UPDATE elections SET status = ?, elected = ? WHERE id = ?").params(status.name(), elected, id).update();
    }

    void withdrawCandidate(String electionId, String candidateId) {
        jdbc.sql("UPDATE candidates SET withdrawn = TRUE WHERE election_id = ? AND candidate_id = ?")
                .params(electionId, candidateId).update();
    }

    Optional<ElectionRow> election(String id) {
        return jdbc.sql("SELECT * FROM elections WHERE id = ?").param(id).query(this::electionRow).optional();
    }

    List<ElectionRow> elections(String meetingId) {
        if (meetingId == null) {
            return jdbc.sql("SELECT * FROM elections ORDER BY recorded_at DESC, id").query(this::electionRow).list();
        }
        return jdbc.sql("SELECT * FROM elections WHERE meeting_id = ? ORDER BY recorded_at, id").param(meetingId)
                .query(this::electionRow).list();
    }

    private ElectionRow electionRow(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new ElectionRow(rs.getString("id"), rs.getString("meeting_id"), rs.getString("seat"),
                ElectionStatus.valueOf(rs.getString("status")), rs.getString("elected"), rs.getString("called_by"));
    }

    List<CandidateRow> candidates(String electionId) {
        return jdbc.sql("SELECT * FROM candidates WHERE election_id = ? ORDER BY name").param(electionId)
                .query((rs, n) -> new CandidateRow(rs.getString("candidate_id"), rs.getString("name"), rs.getString("state"),
                        rs.getBoolean("withdrawn")))
                .list();
    }

    void openRound(String electionId, int round, Instant at, Instant closesAt) {
        jdbc.sql("INSERT INTO election_rounds (election_id, round, opened_at, closes_at) VALUES (?, ?, ?, ?)")
                .params(electionId, round, Timestamps.text(at), Timestamps.text(closesAt)).update();
    }

    void closeRound(String electionId, int round, Instant at, String result) {
        jdbc.sql("UPDATE election_rounds SET closed_at = ?, result = ? WHERE election_id = ? AND round = ?")
                .params(Timestamps.text(at), result, electionId, round).update();
    }

    List<RoundRow> rounds(String electionId) {
        return jdbc.sql("SELECT * FROM election_rounds WHERE election_id = ? ORDER BY round").param(electionId)
                .query((rs, n) -> new RoundRow(rs.getString("election_id"), rs.getInt("round"),
                        Timestamps.instant(rs.getString("opened_at")), Timestamps.instant(rs.getString("closes_at")),
                        Timestamps.instant(rs.getString("closed_at")), rs.getString("result")))
                .list();
    }

    List<RoundRow> roundsEndedBy(Instant at) {
        return jdbc.sql("SELECT * FROM election_rounds WHERE closed_at IS NULL AND closes_at <= ? ORDER BY closes_at")
                .param(Timestamps.text(at))
                .query((rs, n) -> new RoundRow(rs.getString("election_id"), rs.getInt("round"),
                        Timestamps.instant(rs.getString("opened_at")), Timestamps.instant(rs.getString("closes_at")), null, null))
                .list();
    }

    void castElectionBallot(String electionId, int round, String state, String candidateId, String castBy, Instant at) {
        int updated = jdbc.sql("""
                UPDATE election_ballots SET candidate_id = ?, cast_by = ?, cast_at = ?
                 WHERE election_id = ? AND round = ? AND state = ?""")
                .params(candidateId, castBy, Timestamps.text(at), electionId, round, state).update();
        if (updated == 0) {
            jdbc.sql("""
                    INSERT INTO election_ballots (election_id, round, state, candidate_id, cast_by, cast_at)
                    VALUES (?, ?, ?, ?, ?, ?)""")
                    .params(electionId, round, state, candidateId, castBy, Timestamps.text(at)).update();
        }
    }

    List<ElectionBallotRow> electionBallots(String electionId, int round) {
        return jdbc.sql("SELECT * FROM election_ballots WHERE election_id = ? AND round = ? ORDER BY state")
                .params(electionId, round)
                .query((rs, n) -> new ElectionBallotRow(rs.getString("state"), rs.getString("candidate_id"),
                        Timestamps.instant(rs.getString("cast_at"))))
                .list();
    }
}

package org.peacecouncil.decisions;

import java.util.List;

import org.peacecouncil.ledger.EntryAppended;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Where each meeting's, motion's and election's acts are on the transparency log: noted in the act's own
 * transaction when the ledger announces the entry, and read by the record pages to link to their entries.
 */
@Component
public class DecisionLog {

    /** One act on the log: its entry index and its type. */
    public record Entry(long index, String type) {
    }

    private final JdbcClient jdbc;

    DecisionLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(EntryAppended appended) {
        if (appended.act() instanceof DecisionEvent act) {
            jdbc.sql("INSERT INTO decision_log (seq, meeting_id, motion_id, election_id, type) VALUES (?, ?, ?, ?, ?)")
                    .params(appended.index(), act.meetingId(), DecisionEvent.motionOf(act), DecisionEvent.electionOf(act), appended.type())
                    .update();
        }
    }

    public List<Entry> ofMotion(String motionId) {
        return entries("motion_id", motionId);
    }

    public List<Entry> ofElection(String electionId) {
        return entries("election_id", electionId);
    }

    /** The meeting's own acts (called, opened, attendance, adjourned), without those of its motions and elections. */
    public List<Entry> ofMeeting(String meetingId) {
        return jdbc.sql("""
                SELECT seq, type FROM decision_log WHERE meeting_id = ? AND motion_id IS NULL AND election_id IS NULL
                 ORDER BY seq""").param(meetingId).query((rs, n) -> new Entry(rs.getLong(1), rs.getString(2))).list();
    }

    private List<Entry> entries(String column, String id) {
        return jdbc.sql("SELECT seq, type FROM decision_log WHERE " + column + " = ? ORDER BY seq").param(id)
                .query((rs, n) -> new Entry(rs.getLong(1), rs.getString(2))).list();
    }
}

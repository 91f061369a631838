-- Which transparency-log entries record which meeting, motion and election, so that their pages link to them.
-- Written in the transaction of each act, from the index the ledger announces after appending it.
CREATE TABLE decision_log (
    seq         BIGINT PRIMARY KEY,
    meeting_id  TEXT NOT NULL,
    motion_id   TEXT,
    election_id TEXT,
    type        TEXT NOT NULL
);
CREATE INDEX decision_log_by_meeting ON decision_log (meeting_id, seq);
CREATE INDEX decision_log_by_motion ON decision_log (motion_id, seq);
CREATE INDEX decision_log_by_election ON decision_log (election_id, seq);

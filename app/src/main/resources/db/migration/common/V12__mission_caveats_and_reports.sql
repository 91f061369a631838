-- A state's standing national caveats for a mission, as its own delegation last declared them (each declaration is
-- on the log; this row is the latest), and the reports the mission's office filed for the due dates of the
-- mandate's reporting cycle.
CREATE TABLE mission_caveats (
    mission_id  TEXT NOT NULL REFERENCES missions (id),
    state       TEXT NOT NULL,
    caveats     TEXT NOT NULL,
    declared_by TEXT NOT NULL,
    declared_at TEXT NOT NULL,
    PRIMARY KEY (mission_id, state)
);

CREATE TABLE mission_reports (
    mission_id   TEXT NOT NULL REFERENCES missions (id),
    due_on       TEXT NOT NULL,
    title        TEXT NOT NULL,
    document     TEXT NOT NULL,
    submitted_on TEXT NOT NULL,
    recorded_by  TEXT NOT NULL,
    recorded_at  TEXT NOT NULL,
    PRIMARY KEY (mission_id, due_on)
);

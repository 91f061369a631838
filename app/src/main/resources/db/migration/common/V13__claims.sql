-- Claims: public statements about states with their typed assertions (JSON text), the states' own clarifications
-- with their positions (JSON text), and where each is on the log. Verdicts are never stored: they are computed from
-- the records each time they are read.
CREATE TABLE claims_lock (
    id    INTEGER PRIMARY KEY,
    turns BIGINT NOT NULL
);
INSERT INTO claims_lock (id, turns) VALUES (1, 0);

CREATE TABLE statements (
    id               TEXT PRIMARY KEY,
    seq              BIGINT NOT NULL UNIQUE,
    status           TEXT NOT NULL CHECK (status IN ('PROPOSED', 'RECORDED')),
    speaker          TEXT NOT NULL,
    office           TEXT,
    speaks_for       TEXT,
    said_on          TEXT NOT NULL,
    date_as_reported TEXT,
    source_url       TEXT,
    source_title     TEXT,
    text             TEXT NOT NULL,
    assertions       TEXT NOT NULL,
    proposed_by      TEXT,
    recorded_by      TEXT,
    recorded_at      TEXT NOT NULL
);

CREATE TABLE clarifications (
    id           TEXT PRIMARY KEY,
    seq          BIGINT NOT NULL UNIQUE,
    state        TEXT NOT NULL,
    speaker      TEXT NOT NULL,
    said_on      TEXT NOT NULL,
    source_url   TEXT,
    source_title TEXT,
    text         TEXT NOT NULL,
    positions    TEXT NOT NULL,
    document     TEXT,
    confirmed    BOOLEAN NOT NULL,
    recorded_by  TEXT NOT NULL,
    recorded_at  TEXT NOT NULL,
    confirmed_at TEXT
);
CREATE INDEX clarifications_by_state ON clarifications (state, seq);

CREATE TABLE claims_log (
    seq        BIGINT NOT NULL,
    subject_id TEXT NOT NULL,
    type       TEXT NOT NULL,
    PRIMARY KEY (seq, subject_id)
);
CREATE INDEX claims_log_by_subject ON claims_log (subject_id, seq);

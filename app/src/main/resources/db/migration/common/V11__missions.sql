-- Missions under a mandate. A mission's mandate is versioned (each change a new row); a state's participation is
-- what its own delegation said (questions, offers, declines, withdrawals) and what the mission's office did with its
-- offers (acceptance, deployments). Lists (tasks, documents, units, caveats, authorities) and strengths by personnel
-- type are JSON text. Times are ISO 8601 text, as elsewhere.
CREATE TABLE mission_lock (
    id INTEGER PRIMARY KEY,
    turns BIGINT NOT NULL
);
INSERT INTO mission_lock (id, turns) VALUES (1, 0);

CREATE TABLE missions (
    id           TEXT PRIMARY KEY,
    seq          BIGINT NOT NULL UNIQUE,
    name         TEXT NOT NULL,
    command      TEXT,
    lead_state   TEXT,
    deputy_state TEXT,
    decision     TEXT,
    authorities  TEXT NOT NULL,
    recorded_by  TEXT NOT NULL,
    recorded_at  TEXT NOT NULL
);

CREATE TABLE mandates (
    mission_id       TEXT NOT NULL REFERENCES missions (id),
    version          INTEGER NOT NULL,
    tasks            TEXT NOT NULL,
    area             TEXT NOT NULL,
    strength         TEXT NOT NULL,
    use_of_force     TEXT NOT NULL,
    start_on         TEXT NOT NULL,
    end_on           TEXT,
    reporting_months INTEGER NOT NULL,
    documents        TEXT NOT NULL,
    reason           TEXT,
    recorded_by      TEXT NOT NULL,
    recorded_at      TEXT NOT NULL,
    PRIMARY KEY (mission_id, version)
);

CREATE TABLE participations (
    mission_id  TEXT NOT NULL REFERENCES missions (id),
    state       TEXT NOT NULL,
    status      TEXT NOT NULL CHECK (status IN ('NOT_ENGAGED', 'QUESTIONS_OPEN', 'OFFERED', 'ACCEPTED', 'DEPLOYED', 'WITHDRAWN', 'DECLINED')),
    since       TEXT NOT NULL,
    PRIMARY KEY (mission_id, state)
);

CREATE TABLE mission_questions (
    id           TEXT PRIMARY KEY,
    seq          BIGINT NOT NULL UNIQUE,
    mission_id   TEXT NOT NULL REFERENCES missions (id),
    state        TEXT NOT NULL,
    text         TEXT NOT NULL,
    confidential BOOLEAN NOT NULL,
    filed_by     TEXT NOT NULL,
    filed_at     TEXT NOT NULL,
    answer       TEXT,
    answered_by  TEXT,
    answered_at  TEXT
);
CREATE INDEX mission_questions_by_state ON mission_questions (mission_id, state, seq);

-- status: UNCONFIRMED (entered on the state's behalf, counts nowhere), OFFERED (the state's own, or confirmed by it),
-- ACCEPTED, WITHDRAWN. confirmed_at/accepted_at/withdrawn_at date each change so strength can be read as of a date.
CREATE TABLE mission_offers (
    id               TEXT PRIMARY KEY,
    seq              BIGINT NOT NULL UNIQUE,
    mission_id       TEXT NOT NULL REFERENCES missions (id),
    state            TEXT NOT NULL,
    status           TEXT NOT NULL CHECK (status IN ('UNCONFIRMED', 'OFFERED', 'ACCEPTED', 'WITHDRAWN')),
    mandate_version  INTEGER NOT NULL,
    personnel        TEXT NOT NULL,
    units            TEXT NOT NULL,
    readiness        TEXT NOT NULL,
    caveats          TEXT NOT NULL,
    notes            TEXT,
    document         TEXT,
    recorded_by      TEXT NOT NULL,
    recorded_at      TEXT NOT NULL,
    offered_at       TEXT,
    accepted_at      TEXT,
    withdrawn_at     TEXT,
    conflicts        TEXT,
    acceptance_note  TEXT
);
CREATE INDEX mission_offers_by_mission ON mission_offers (mission_id, seq);

CREATE TABLE mission_deployments (
    id          TEXT PRIMARY KEY,
    seq         BIGINT NOT NULL UNIQUE,
    offer_id    TEXT NOT NULL REFERENCES mission_offers (id),
    mission_id  TEXT NOT NULL REFERENCES missions (id),
    state       TEXT NOT NULL,
    personnel   TEXT NOT NULL,
    on_date     TEXT NOT NULL,
    location    TEXT,
    recorded_by TEXT NOT NULL,
    recorded_at TEXT NOT NULL
);
CREATE INDEX mission_deployments_by_mission ON mission_deployments (mission_id, on_date);

-- Which log entries record which mission's acts, and about which state and record (question, offer).
CREATE TABLE mission_log (
    seq        BIGINT NOT NULL,
    mission_id TEXT NOT NULL,
    state      TEXT,
    subject_id TEXT NOT NULL,
    type       TEXT NOT NULL,
    PRIMARY KEY (seq, subject_id)
);
CREATE INDEX mission_log_by_mission ON mission_log (mission_id, seq);
CREATE INDEX mission_log_by_subject ON mission_log (subject_id, seq);

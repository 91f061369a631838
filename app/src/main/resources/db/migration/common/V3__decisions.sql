-- Meetings, motions, ballots and elections. Every table is written only by the decisions module; membership
-- and presence are read through the membership module's API, never joined here.

CREATE TABLE meetings (
    id           TEXT PRIMARY KEY,
    kind         TEXT NOT NULL CHECK (kind IN ('VOTING', 'CONSULTATIVE')),
    title        TEXT NOT NULL,
    place        TEXT NOT NULL,
    starts_at    TEXT NOT NULL,
    status       TEXT NOT NULL CHECK (status IN ('CALLED', 'IN_SESSION', 'ADJOURNED')),
    called_by    TEXT NOT NULL,
    opened_at    TEXT,
    adjourned_at TEXT,
    recorded_at  TEXT NOT NULL,
    version      BIGINT NOT NULL DEFAULT 0
);

CREATE TABLE agenda_items (
    meeting_id TEXT NOT NULL REFERENCES meetings (id),
    position   INTEGER NOT NULL,
    item       TEXT NOT NULL,
    PRIMARY KEY (meeting_id, position)
);

-- Who sits in a meeting: a member state's delegation (its head of state or government, or an approved
-- alternate) or an observer, which never votes. attendee is the state's alpha-3 code or an organisation's name.
CREATE TABLE attendance (
    meeting_id     TEXT NOT NULL REFERENCES meetings (id),
    attendee       TEXT NOT NULL,
    state          TEXT,
    capacity       TEXT NOT NULL CHECK (capacity IN ('HEAD_OF_STATE_OR_GOVERNMENT', 'ALTERNATE', 'OBSERVER')),
    representative TEXT NOT NULL,
    status         TEXT NOT NULL CHECK (status IN ('PRESENT', 'AWAITING_APPROVAL', 'NOT_APPROVED')),
    registered_by  TEXT NOT NULL,
    decided_by     TEXT,
    recorded_at    TEXT NOT NULL,
    PRIMARY KEY (meeting_id, attendee)
);

CREATE TABLE motions (
    id          TEXT PRIMARY KEY,
    meeting_id  TEXT NOT NULL REFERENCES meetings (id),
    amends      TEXT REFERENCES motions (id),
    kind        TEXT NOT NULL,
    title       TEXT NOT NULL,
    body        TEXT NOT NULL,
    sponsor     TEXT NOT NULL,
    status      TEXT NOT NULL CHECK (status IN ('PROPOSED', 'VOTING', 'TIE_BREAK', 'PENDING_APPROVAL', 'ADOPTED',
                                                'REJECTED', 'NOT_APPROVED')),
    opened_at   TEXT,
    closes_at   TEXT,
    closed_at   TEXT,
    tally       TEXT,
    tie_break   TEXT CHECK (tie_break IS NULL OR tie_break IN ('YES', 'NO')),
    decided_by  TEXT,
    proposed_by TEXT NOT NULL,
    recorded_at TEXT NOT NULL,
    version     BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX motions_by_meeting ON motions (meeting_id, recorded_at);
CREATE INDEX motions_voting ON motions (status, closes_at);

-- One ballot per state and motion: a changed vote replaces the state's ballot (the log keeps every change).
CREATE TABLE ballots (
    motion_id   TEXT NOT NULL REFERENCES motions (id),
    state       TEXT NOT NULL,
    vote        TEXT NOT NULL CHECK (vote IN ('YES', 'NO', 'ABSTAIN')),
    explanation TEXT,
    cast_by     TEXT NOT NULL,
    cast_at     TEXT NOT NULL,
    changes     INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (motion_id, state)
);

CREATE TABLE elections (
    id          TEXT PRIMARY KEY,
    meeting_id  TEXT NOT NULL REFERENCES meetings (id),
    seat        TEXT NOT NULL,
    status      TEXT NOT NULL CHECK (status IN ('NOMINATING', 'VOTING', 'BETWEEN_ROUNDS', 'ELECTED')),
    elected     TEXT,
    called_by   TEXT NOT NULL,
    recorded_at TEXT NOT NULL,
    version     BIGINT NOT NULL DEFAULT 0
);

CREATE TABLE candidates (
    election_id  TEXT NOT NULL REFERENCES elections (id),
    candidate_id TEXT NOT NULL,
    name         TEXT NOT NULL,
    state        TEXT,
    withdrawn    BOOLEAN NOT NULL DEFAULT FALSE,
    PRIMARY KEY (election_id, candidate_id)
);

CREATE TABLE election_rounds (
    election_id TEXT NOT NULL REFERENCES elections (id),
    round       INTEGER NOT NULL,
    opened_at   TEXT NOT NULL,
    closes_at   TEXT NOT NULL,
    closed_at   TEXT,
    result      TEXT,
    PRIMARY KEY (election_id, round)
);
CREATE INDEX election_rounds_open ON election_rounds (closed_at, closes_at);

CREATE TABLE election_ballots (
    election_id  TEXT NOT NULL,
    round        INTEGER NOT NULL,
    state        TEXT NOT NULL,
    candidate_id TEXT,
    cast_by      TEXT NOT NULL,
    cast_at      TEXT NOT NULL,
    PRIMARY KEY (election_id, round, state),
    FOREIGN KEY (election_id, round) REFERENCES election_rounds (election_id, round)
);

-- One schema for SQLite and PostgreSQL: ids are application-generated text, instants are fixed-width
-- ISO 8601 text in UTC and dates are ISO 8601 text, so the same SQL compares and orders them on both.

CREATE TABLE idempotency_keys (
    principal    TEXT NOT NULL,
    idem_key     TEXT NOT NULL,
    fingerprint  TEXT NOT NULL,
    status       INTEGER,
    content_type TEXT,
    body         TEXT,
    location     TEXT,
    created_at   TEXT NOT NULL,
    PRIMARY KEY (principal, idem_key)
);

CREATE TABLE accounts (
    username             TEXT PRIMARY KEY,
    password_hash        TEXT NOT NULL,
    role                 TEXT NOT NULL CHECK (role IN ('CHAIR', 'SECRETARIAT', 'DELEGATE')),
    state                TEXT CHECK (state IS NULL OR length(state) = 3),
    display_name         TEXT NOT NULL,
    must_change_password BOOLEAN NOT NULL,
    created_at           TEXT NOT NULL,
    CHECK ((role = 'DELEGATE' AND state IS NOT NULL) OR (role <> 'DELEGATE' AND state IS NULL))
);

CREATE TABLE api_tokens (
    id         TEXT PRIMARY KEY,
    token_hash TEXT NOT NULL UNIQUE,
    username   TEXT NOT NULL REFERENCES accounts (username),
    label      TEXT NOT NULL,
    created_at TEXT NOT NULL,
    revoked_at TEXT
);

-- The council itself: one row, created when the charter first enters into force.
CREATE TABLE council (
    id                    INTEGER PRIMARY KEY CHECK (id = 1),
    charter_id            TEXT NOT NULL,
    entered_into_force_on TEXT NOT NULL
);

CREATE TABLE invitations (
    id          TEXT PRIMARY KEY,
    state       TEXT NOT NULL,
    status      TEXT NOT NULL CHECK (status IN ('PENDING', 'ACCEPTED', 'DECLINED', 'LAPSED')),
    invited_on  TEXT NOT NULL,
    lapses_on   TEXT NOT NULL,
    invited_by  TEXT NOT NULL,
    note        TEXT,
    answered_on TEXT,
    answered_by TEXT,
    recorded_at TEXT NOT NULL
);
CREATE UNIQUE INDEX invitations_one_pending_per_state ON invitations (state) WHERE status = 'PENDING';

-- One row per state that has ever consented: its current standing. How it got there is in membership_history.
-- Founding and permanent status are derived (from the entry-into-force date and from contributions), not stored.
CREATE TABLE memberships (
    state         TEXT PRIMARY KEY,
    status        TEXT NOT NULL CHECK (status IN ('MEMBER', 'EXPIRED', 'WITHDRAWN', 'REMOVED')),
    consented_on  TEXT NOT NULL,
    since         TEXT NOT NULL,
    term_ends     TEXT,
    ended_on      TEXT,
    invitation_id TEXT NOT NULL REFERENCES invitations (id)
);

CREATE TABLE removals (
    id            TEXT PRIMARY KEY,
    state         TEXT NOT NULL REFERENCES memberships (state),
    status        TEXT NOT NULL CHECK (status IN ('OPEN', 'VETOED', 'REMOVED', 'LAPSED')),
    reason        TEXT NOT NULL,
    proposed_on   TEXT NOT NULL,
    veto_ends_on  TEXT NOT NULL,
    proposed_by   TEXT NOT NULL,
    decided_on    TEXT,
    recorded_at   TEXT NOT NULL
);
CREATE UNIQUE INDEX removals_one_open_per_state ON removals (state) WHERE status = 'OPEN';

CREATE TABLE removal_vetoes (
    removal_id TEXT NOT NULL REFERENCES removals (id),
    state      TEXT NOT NULL,
    cast_by    TEXT NOT NULL,
    cast_at    TEXT NOT NULL,
    PRIMARY KEY (removal_id, state)
);

CREATE TABLE membership_history (
    id           TEXT PRIMARY KEY,
    position     BIGINT NOT NULL UNIQUE,
    state        TEXT NOT NULL,
    act          TEXT NOT NULL,
    effective_on TEXT NOT NULL,
    recorded_at  TEXT NOT NULL,
    actor        TEXT NOT NULL,
    detail       TEXT NOT NULL
);
CREATE INDEX membership_history_by_state ON membership_history (state, position);

CREATE TABLE observers (
    id           TEXT PRIMARY KEY,
    state        TEXT,
    organisation TEXT,
    since        TEXT NOT NULL,
    note         TEXT,
    recorded_by  TEXT NOT NULL,
    recorded_at  TEXT NOT NULL,
    CHECK ((state IS NULL AND organisation IS NOT NULL) OR (state IS NOT NULL AND organisation IS NULL))
);

-- The council's officers: its chair and the members of its executive board, appointed by the chair.
CREATE TABLE officers (
    id           TEXT PRIMARY KEY,
    office       TEXT NOT NULL CHECK (office IN ('CHAIR', 'EXECUTIVE_BOARD')),
    person       TEXT NOT NULL,
    title        TEXT,
    state        TEXT,
    appointed_on TEXT NOT NULL,
    term_ends    TEXT,
    recorded_by  TEXT NOT NULL,
    recorded_at  TEXT NOT NULL
);

-- Every membership write first updates this one row, so concurrent acts (also from several application
-- instances on one PostgreSQL) take their turn: counts such as "the third consent" or "two-thirds of member
-- states" and the history's positions are then computed over committed acts only.
CREATE TABLE membership_lock (
    id      INTEGER PRIMARY KEY CHECK (id = 1),
    version BIGINT NOT NULL
);
INSERT INTO membership_lock (id, version) VALUES (1, 0);

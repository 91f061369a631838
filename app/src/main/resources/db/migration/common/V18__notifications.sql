-- Where an account wants its notices by e-mail (its holder sets it; it is personal data, so never on the public log).
ALTER TABLE accounts ADD COLUMN email TEXT;

-- What a delegation or an office was told awaits it: one row per to-do item the first time it appeared, kept after
-- the item is done, as an inbox keeps its messages. recipient is a state's alpha-3 code, or CHAIR or SECRETARIAT.
CREATE TABLE notices (
    id         TEXT PRIMARY KEY,
    recipient  TEXT NOT NULL,
    item_key   TEXT NOT NULL,
    kind       TEXT NOT NULL,
    title      TEXT NOT NULL,
    detail     TEXT NOT NULL,
    href       TEXT NOT NULL,
    since      TEXT,
    deadline   TEXT,
    noticed_at TEXT NOT NULL,
    UNIQUE (recipient, item_key)
);
CREATE INDEX notices_by_recipient ON notices (recipient, noticed_at);

-- How far each account has read its inbox.
CREATE TABLE inbox_reads (
    username   TEXT PRIMARY KEY,
    read_up_to TEXT NOT NULL
);

-- E-mails of notices, queued in the transaction that records the notice and sent afterwards: a crash between the
-- two loses nothing (a crash between sending and marking sent sends it again).
CREATE TABLE mail_outbox (
    id        TEXT PRIMARY KEY,
    notice_id TEXT NOT NULL REFERENCES notices (id),
    address   TEXT NOT NULL,
    subject   TEXT NOT NULL,
    body      TEXT NOT NULL,
    queued_at TEXT NOT NULL,
    attempts  INTEGER NOT NULL DEFAULT 0,
    last_error TEXT,
    next_attempt_at TEXT,
    sent_at   TEXT
);
CREATE INDEX mail_outbox_unsent ON mail_outbox (sent_at, queued_at);

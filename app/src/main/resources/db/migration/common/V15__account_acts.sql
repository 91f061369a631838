-- Accounts can be taken out of use, and every account act is kept with who did it (on the log as well): the record
-- behind a delegation's notices of resets it did not make, and behind "this account was created or reset within a
-- day" on acts of that account.
ALTER TABLE accounts ADD COLUMN deactivated_at TEXT;

CREATE TABLE account_changes (
    id          TEXT PRIMARY KEY,
    username    TEXT NOT NULL,
    role        TEXT NOT NULL,
    state       TEXT,
    change      TEXT NOT NULL CHECK (change IN ('CREATED', 'RESET', 'DEACTIVATED', 'TOKEN_ISSUED', 'TOKEN_REVOKED')),
    via         TEXT NOT NULL CHECK (via IN ('ACCOUNT', 'OPERATOR')),
    actor       TEXT NOT NULL,
    told        BOOLEAN NOT NULL,
    recorded_at TEXT NOT NULL
);
CREATE INDEX account_changes_by_account ON account_changes (username, recorded_at);
CREATE INDEX account_changes_by_state ON account_changes (state, recorded_at);

-- the accounts already made, as their creation: by the operator (the first start, the demo, the command line)
INSERT INTO account_changes (id, username, role, state, change, via, actor, told, recorded_at)
SELECT 'created-' || username, username, role, state, 'CREATED', 'OPERATOR', 'operator', FALSE, created_at FROM accounts;

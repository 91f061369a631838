-- The Ed25519 public keys delegations register: each with its name, its proof (the key's own signature over its
-- registration, at signed_at) and, once revoked, when, by whom and why. Written only by the keys module; every row
-- and revocation is on the log.
CREATE TABLE delegation_keys (
    key_id        TEXT PRIMARY KEY,
    state         TEXT NOT NULL CHECK (length(state) = 3),
    name          TEXT NOT NULL,
    public_key    TEXT NOT NULL UNIQUE,
    registered_at TEXT NOT NULL,
    registered_by TEXT NOT NULL,
    signed_at     TEXT NOT NULL,
    proof         TEXT NOT NULL,
    revoked_at    TEXT,
    revoked_by    TEXT,
    revoke_reason TEXT
);
CREATE INDEX delegation_keys_by_state ON delegation_keys (state, registered_at);

-- The transparency log on SQLite: the same tables as on PostgreSQL, stored so that an append dirties as few
-- pages as possible (every page a commit dirties is written to the WAL and synced): the entry table keys on the
-- rowid itself and the hash table is clustered on its key.
-- The transparency log. Sequence numbers come from log_head, whose one row every append updates inside the
-- transaction of the act it records: a rolled-back act gives its number back, so numbers are gapless, and
-- appends from several instances on one database queue on that row. The row also holds the tree's frontier:
-- the hashes of the complete subtrees at its right edge (one per 1-bit of size, largest first), which are
-- exactly the left halves the next append combines with.
CREATE TABLE log_head (
    id       INTEGER PRIMARY KEY CHECK (id = 1),
    size     BIGINT NOT NULL,
    frontier BLOB NOT NULL
);
INSERT INTO log_head (id, size, frontier) VALUES (1, 0, X'');

-- Each entry is the RFC 8785 canonical JSON of one act, exactly the bytes that are hashed, with its leaf hash
-- SHA-256(0x00 || body) beside it.
CREATE TABLE log_entries (
    seq           INTEGER PRIMARY KEY,
    body          TEXT NOT NULL,
    module        TEXT NOT NULL,
    type          TEXT NOT NULL,
    subject_state TEXT,
    recorded_at   TEXT NOT NULL,
    leaf_hash     BLOB NOT NULL CHECK (length(leaf_hash) = 32)
);
CREATE INDEX log_entries_by_state ON log_entries (subject_state, seq);

-- Hashes of complete subtrees above the leaves (RFC 9162): node (level, idx) covers leaves
-- [idx * 2^level, (idx + 1) * 2^level). Level 0, the leaf hashes, is log_entries.leaf_hash.
CREATE TABLE log_hashes (
    level INTEGER NOT NULL CHECK (level > 0),
    idx   BIGINT NOT NULL,
    hash  BLOB NOT NULL CHECK (length(hash) = 32),
    PRIMARY KEY (level, idx)
) WITHOUT ROWID;

-- Every signed checkpoint is kept.
CREATE TABLE log_checkpoints (
    size       INTEGER PRIMARY KEY,
    root_hash  TEXT NOT NULL,
    note       TEXT NOT NULL,
    created_at TEXT NOT NULL
);

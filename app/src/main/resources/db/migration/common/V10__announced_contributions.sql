-- Contributions announced without naming a fund ("the United States will contribute USD 10 billion"): what was
-- said, by whom and where, recorded by the office that opens funds. A statement, not a flow: it makes no one a
-- contributor and counts in no total; only the state's own pledge to a fund does. log_entry is the transparency
-- log's entry of the act, noted in the act's own transaction.
CREATE TABLE announced_contributions (
    id           TEXT PRIMARY KEY,
    seq          BIGINT NOT NULL UNIQUE,
    state        TEXT NOT NULL,
    minor_units  BIGINT NOT NULL,
    currency     TEXT NOT NULL,
    announced_on TEXT NOT NULL,
    announced_by TEXT NOT NULL,
    source       TEXT,
    recorded_by  TEXT NOT NULL,
    recorded_at  TEXT NOT NULL,
    log_entry    BIGINT
);

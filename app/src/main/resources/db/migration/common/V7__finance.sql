-- Funds, their projects, the flows of money and goods into and out of them, and the exchange rates the secretariat
-- records. Written only by the finance module. A flow's facts never change once recorded; its status does (an
-- on-behalf entry confirmed or withdrawn), and each status is kept as a version in flow_versions and on the log.

CREATE TABLE finance_lock (
    id      INTEGER PRIMARY KEY,
    version BIGINT NOT NULL
);
INSERT INTO finance_lock (id, version) VALUES (1, 0);

CREATE TABLE funds (
    id                 TEXT PRIMARY KEY,
    name               TEXT NOT NULL,
    currency           TEXT NOT NULL,
    administered_by    TEXT NOT NULL CHECK (administered_by IN ('COUNCIL', 'UN_AGENCY', 'BILATERAL')),
    administrator      TEXT,
    announced_minor    BIGINT,
    announced_currency TEXT,
    announced_by       TEXT,
    announced_source   TEXT,
    opened_by          TEXT NOT NULL,
    recorded_at        TEXT NOT NULL
);

CREATE TABLE projects (
    id           TEXT PRIMARY KEY,
    fund_id      TEXT NOT NULL REFERENCES funds (id),
    name         TEXT NOT NULL,
    modality     TEXT NOT NULL CHECK (modality IN ('GRANT', 'INVESTMENT', 'IN_KIND')),
    channel      TEXT NOT NULL CHECK (channel IN ('THROUGH_COUNCIL', 'UN_AGENCY', 'BILATERAL')),
    implementer  TEXT NOT NULL,
    location     TEXT NOT NULL,
    sector       TEXT NOT NULL,
    status       TEXT NOT NULL CHECK (status IN ('PIPELINE', 'IMPLEMENTATION', 'FINALISATION', 'CLOSED')),
    recorded_by  TEXT NOT NULL,
    recorded_at  TEXT NOT NULL
);
CREATE INDEX projects_by_fund ON projects (fund_id, id);

-- seq orders flows for cursor pages; contributor is the giving state's alpha-3 code (null for a disbursement).
-- minor_units/currency for cash; item/quantity/unit (and an optional valuation in minor_units/currency) in kind.
-- usd_minor is the USD equivalent at the rate recorded for the value date, fixed when the flow was recorded.
CREATE TABLE flows (
    id            TEXT PRIMARY KEY,
    seq           BIGINT NOT NULL UNIQUE,
    fund_id       TEXT NOT NULL REFERENCES funds (id),
    kind          TEXT NOT NULL CHECK (kind IN ('PLEDGE', 'COMMITMENT', 'PAID', 'DISBURSEMENT')),
    contributor   TEXT,
    status        TEXT NOT NULL CHECK (status IN ('CONFIRMED', 'UNCONFIRMED', 'WITHDRAWN')),
    minor_units   BIGINT,
    currency      TEXT,
    usd_minor     BIGINT,
    rate_used     TEXT,
    item          TEXT,
    quantity      BIGINT,
    unit          TEXT,
    value_date    TEXT NOT NULL,
    agreement     TEXT,
    document      TEXT,
    project_id    TEXT REFERENCES projects (id),
    commitment_id TEXT REFERENCES flows (id),
    recorded_by   TEXT NOT NULL,
    recorded_at   TEXT NOT NULL,
    version       INTEGER NOT NULL
);
CREATE INDEX flows_by_fund ON flows (fund_id, seq);
CREATE INDEX flows_by_contributor ON flows (contributor, value_date);
CREATE INDEX flows_by_fund_and_contributor ON flows (fund_id, contributor, seq);

CREATE TABLE flow_versions (
    flow_id     TEXT NOT NULL REFERENCES flows (id),
    version     INTEGER NOT NULL,
    status      TEXT NOT NULL,
    actor       TEXT NOT NULL,
    reason      TEXT,
    recorded_at TEXT NOT NULL,
    PRIMARY KEY (flow_id, version)
);

-- USD per one unit of the currency, as a decimal text, from the date on until a later rate is recorded.
CREATE TABLE exchange_rates (
    currency    TEXT NOT NULL,
    on_date     TEXT NOT NULL,
    usd_per_unit TEXT NOT NULL,
    source      TEXT NOT NULL,
    recorded_by TEXT NOT NULL,
    recorded_at TEXT NOT NULL,
    PRIMARY KEY (currency, on_date)
);

-- Which log entries record which fund's acts and which flow's, so that lists and pages link to them.
-- contributor is the state a flow's act is about, so that a contributors list finds each line's latest entries
-- without reading every flow of the fund.
CREATE TABLE finance_log (
    seq         BIGINT PRIMARY KEY,
    fund_id     TEXT,
    flow_id     TEXT,
    contributor TEXT,
    type        TEXT NOT NULL
);
CREATE INDEX finance_log_by_flow ON finance_log (flow_id, seq);
CREATE INDEX finance_log_by_contributor ON finance_log (fund_id, contributor, seq);

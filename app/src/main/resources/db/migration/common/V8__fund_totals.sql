-- A fund's totals, kept as flows are written (in the same transaction): per fund, contributor ('' for a
-- disbursement, which has none) and kind, the USD cents and the number of the CONFIRMED flows (goods without a
-- valuation count as flows with no USD amount). Reads of a fund's totals and of its
-- contributors list then cost as many rows as it has contributors, not as many as it has flows.
CREATE TABLE fund_totals (
    fund_id     TEXT NOT NULL REFERENCES funds (id),
    contributor TEXT NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('PLEDGE', 'COMMITMENT', 'PAID', 'DISBURSEMENT')),
    usd_minor   BIGINT NOT NULL,
    flows       BIGINT NOT NULL,
    PRIMARY KEY (fund_id, contributor, kind)
);

-- When each flow of a state counted (from its confirmation until its withdrawal), and what a state's counted flows to
-- a fund added up to after every change, kept as the flows are confirmed and withdrawn (in the same transaction).
-- A claim check about a state and a fund then reads a handful of rows, not every flow the state has in the fund.

ALTER TABLE flows ADD COLUMN counted_from TEXT;
ALTER TABLE flows ADD COLUMN counted_until TEXT;

UPDATE flows SET counted_from = (SELECT MIN(v.recorded_at) FROM flow_versions v WHERE v.flow_id = flows.id AND v.status = 'CONFIRMED');
UPDATE flows SET counted_until = (
    SELECT MIN(w.recorded_at) FROM flow_versions w
     WHERE w.flow_id = flows.id AND w.status = 'WITHDRAWN'
       AND w.version > (SELECT MIN(c.version) FROM flow_versions c WHERE c.flow_id = flows.id AND c.status = 'CONFIRMED'))
 WHERE counted_from IS NOT NULL;
CREATE INDEX flows_counted ON flows (fund_id, contributor, counted_from, seq);

-- One row per change, numbered per fund and contributor (ord) in time order. The figures are those after the change:
-- how many of the state's flows counted, by kind; their value in USD (cash in USD, else its USD equivalent) and in the
-- fund's currency (cash in that currency; for a USD fund, else the USD equivalent); the latest time one of the
-- counted flows began to count. crossings says which numbers went from none to some or back: 1 any flow, 2
-- commitments and receipts, 4 receipts.
CREATE TABLE counted_changes (
    fund_id        TEXT NOT NULL REFERENCES funds (id),
    contributor    TEXT NOT NULL,
    ord            BIGINT NOT NULL,
    at             TEXT NOT NULL,
    flow_id        TEXT NOT NULL REFERENCES flows (id),
    sign           INTEGER NOT NULL CHECK (sign IN (1, -1)),
    pledges        BIGINT NOT NULL,
    commitments    BIGINT NOT NULL,
    receipts       BIGINT NOT NULL,
    pledged_usd    BIGINT NOT NULL,
    committed_usd  BIGINT NOT NULL,
    received_usd   BIGINT NOT NULL,
    pledged_fund   BIGINT NOT NULL,
    committed_fund BIGINT NOT NULL,
    received_fund  BIGINT NOT NULL,
    latest_from    TEXT,
    crossings      INTEGER NOT NULL,
    PRIMARY KEY (fund_id, contributor, ord)
);
CREATE INDEX counted_changes_by_time ON counted_changes (fund_id, contributor, at, ord);
CREATE INDEX counted_crossings ON counted_changes (fund_id, contributor, crossings, at);

-- backfill: the changes of the flows already recorded
INSERT INTO counted_changes (fund_id, contributor, ord, at, flow_id, sign, pledges, commitments, receipts, pledged_usd, committed_usd,
                             received_usd, pledged_fund, committed_fund, received_fund, latest_from, crossings)
SELECT fund_id, contributor, ord, at, flow_id, sign, pledges, commitments, receipts, pledged_usd, committed_usd, received_usd,
       pledged_fund, committed_fund, received_fund,
       CASE WHEN sign = 1 THEN at ELSE (
           SELECT MAX(o.counted_from) FROM flows o
            WHERE o.fund_id = r.fund_id AND o.contributor = r.contributor AND o.counted_from <= r.at
              AND (o.counted_until IS NULL OR o.counted_until > r.at) AND (o.counted_until IS NULL OR o.counted_until > o.counted_from)) END,
       (CASE WHEN (pledges + commitments + receipts > 0) <> (prev_any > 0) THEN 1 ELSE 0 END)
     + (CASE WHEN (commitments + receipts > 0) <> (prev_committed > 0) THEN 2 ELSE 0 END)
     + (CASE WHEN (receipts > 0) <> (prev_received > 0) THEN 4 ELSE 0 END)
  FROM (SELECT n.*,
               COALESCE(LAG(pledges + commitments + receipts) OVER (PARTITION BY fund_id, contributor ORDER BY ord), 0) AS prev_any,
               COALESCE(LAG(commitments + receipts) OVER (PARTITION BY fund_id, contributor ORDER BY ord), 0) AS prev_committed,
               COALESCE(LAG(receipts) OVER (PARTITION BY fund_id, contributor ORDER BY ord), 0) AS prev_received
          FROM (SELECT e.fund_id, e.contributor, e.at, e.flow_id, e.sign,
                       ROW_NUMBER() OVER (PARTITION BY e.fund_id, e.contributor ORDER BY e.at, e.seq, e.sign DESC) AS ord,
                       SUM(CASE WHEN e.kind = 'PLEDGE' THEN e.sign ELSE 0 END) OVER running AS pledges,
                       SUM(CASE WHEN e.kind = 'COMMITMENT' THEN e.sign ELSE 0 END) OVER running AS commitments,
                       SUM(CASE WHEN e.kind = 'PAID' THEN e.sign ELSE 0 END) OVER running AS receipts,
                       SUM(CASE WHEN e.kind = 'PLEDGE' THEN e.sign * e.usd_value ELSE 0 END) OVER running AS pledged_usd,
                       SUM(CASE WHEN e.kind = 'COMMITMENT' THEN e.sign * e.usd_value ELSE 0 END) OVER running AS committed_usd,
                       SUM(CASE WHEN e.kind = 'PAID' THEN e.sign * e.usd_value ELSE 0 END) OVER running AS received_usd,
                       SUM(CASE WHEN e.kind = 'PLEDGE' THEN e.sign * e.fund_value ELSE 0 END) OVER running AS pledged_fund,
                       SUM(CASE WHEN e.kind = 'COMMITMENT' THEN e.sign * e.fund_value ELSE 0 END) OVER running AS committed_fund,
                       SUM(CASE WHEN e.kind = 'PAID' THEN e.sign * e.fund_value ELSE 0 END) OVER running AS received_fund
                  FROM (SELECT f.fund_id, f.contributor, f.counted_from AS at, f.id AS flow_id, f.seq, f.kind, 1 AS sign,
                               CASE WHEN f.minor_units IS NULL THEN 0 WHEN f.currency = 'USD' THEN f.minor_units
                                    ELSE COALESCE(f.usd_minor, 0) END AS usd_value,
                               CASE WHEN f.minor_units IS NULL THEN 0 WHEN f.currency = d.currency THEN f.minor_units
                                    WHEN d.currency = 'USD' THEN COALESCE(f.usd_minor, 0) ELSE 0 END AS fund_value
                          FROM flows f JOIN funds d ON d.id = f.fund_id
                         WHERE f.counted_from IS NOT NULL AND f.contributor IS NOT NULL AND f.kind <> 'DISBURSEMENT'
                           AND (f.counted_until IS NULL OR f.counted_until > f.counted_from)
                        UNION ALL
                        SELECT f.fund_id, f.contributor, f.counted_until, f.id, f.seq, f.kind, -1,
                               CASE WHEN f.minor_units IS NULL THEN 0 WHEN f.currency = 'USD' THEN f.minor_units
                                    ELSE COALESCE(f.usd_minor, 0) END,
                               CASE WHEN f.minor_units IS NULL THEN 0 WHEN f.currency = d.currency THEN f.minor_units
                                    WHEN d.currency = 'USD' THEN COALESCE(f.usd_minor, 0) ELSE 0 END
                          FROM flows f JOIN funds d ON d.id = f.fund_id
                         WHERE f.counted_until > f.counted_from AND f.contributor IS NOT NULL AND f.kind <> 'DISBURSEMENT') AS e
                WINDOW running AS (PARTITION BY e.fund_id, e.contributor ORDER BY e.at, e.seq, e.sign DESC
                                   ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)) AS n) AS r;

-- Each contributors-list line's latest log entries (of the contributor's CONFIRMED flows in the fund, at most
-- twenty, as comma-separated log indices), kept as the entries are written, so that a list reads one row per
-- contributor instead of querying the log once per line. Filled here from the entries already written.
CREATE TABLE contributor_lines (
    fund_id        TEXT NOT NULL REFERENCES funds (id),
    contributor    TEXT NOT NULL,
    latest_entries TEXT NOT NULL,
    PRIMARY KEY (fund_id, contributor)
);

INSERT INTO contributor_lines (fund_id, contributor, latest_entries)
SELECT fund_id, contributor, string_agg(CAST(seq AS TEXT), ',' ORDER BY seq DESC)
  FROM (SELECT l.fund_id, l.contributor, l.seq,
               ROW_NUMBER() OVER (PARTITION BY l.fund_id, l.contributor ORDER BY l.seq DESC) AS n
          FROM finance_log l JOIN flows f ON f.id = l.flow_id
         WHERE f.status = 'CONFIRMED' AND l.contributor IS NOT NULL AND l.contributor <> '') AS numbered
 WHERE n <= 20
 GROUP BY fund_id, contributor;

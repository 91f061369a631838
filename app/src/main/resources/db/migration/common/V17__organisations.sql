-- Organisations that give to the council's funds (the charter allows contributions from states and organisations):
-- registered by the secretariat under their IATI organisation identifier (org-id.guide form, e.g. XM-DAC-41114),
-- with their name and IATI OrganisationType code. A government is never registered here: a state gives as a state,
-- through its own delegation.
-- From now on a flow's contributor, and the contributor of fund_totals, contributor_lines, finance_log and
-- counted_changes, is the giving state's alpha-3 code or a registered organisation's identifier; an identifier
-- always holds a hyphen, an alpha-3 code never does.
CREATE TABLE organisations (
    ref         TEXT PRIMARY KEY,
    seq         BIGINT NOT NULL UNIQUE,
    name        TEXT NOT NULL,
    type        TEXT NOT NULL,
    recorded_by TEXT NOT NULL,
    recorded_at TEXT NOT NULL
);

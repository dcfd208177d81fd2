-- The review workflow: when the finance bureau approved a version (批复) and who did, and what validation found in
-- a version, finding by finding, with the table cell it concerns, so that the findings can be shown at their cells.
-- Plain SQL, as V1: PostgreSQL, PostgreSQL-compatible databases and H2 in PostgreSQL mode all accept it.

-- 批复时间: the coverage tracker counts the 20 days within which a department publishes from approved_at
ALTER TABLE versions ADD COLUMN approved_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE versions ADD COLUMN approved_by VARCHAR(64);

-- 校验发现: one row per finding of a version, in the order validation listed them; table_id, row_id and column_id
-- name the cell of the derived tables (empty for a check outside the tables), source where the figure was read
-- (e.g. 填报.xlsx!公开01表!D9 or dataset.yaml:380:12)
CREATE TABLE version_findings (
    id BIGSERIAL PRIMARY KEY,
    version_id BIGINT NOT NULL REFERENCES versions (id),
    finding_number INTEGER NOT NULL,
    severity VARCHAR(8) NOT NULL,
    rule_id VARCHAR(64) NOT NULL,
    table_id VARCHAR(64) NOT NULL,
    row_id VARCHAR(200) NOT NULL,
    column_id VARCHAR(200) NOT NULL,
    place TEXT NOT NULL,
    source TEXT NOT NULL,
    message TEXT NOT NULL,
    CONSTRAINT version_findings_number UNIQUE (version_id, finding_number),
    CONSTRAINT version_findings_severity CHECK (severity IN ('ERROR', 'WARNING', 'INFO'))
);

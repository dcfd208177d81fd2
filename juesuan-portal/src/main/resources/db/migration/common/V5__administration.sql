-- Administration: each region's default regional profile, the approval date and publication deadline of each region
-- and fiscal year (the 20-day rule of 《预算法》第十四条), and the audit log read newest first.
-- Plain SQL for PostgreSQL, PostgreSQL-compatible databases and H2 in PostgreSQL mode.

-- 默认地区口径: the profile a unit's document uses unless its dataset states one
ALTER TABLE regions ADD COLUMN default_profile VARCHAR(64);

-- 公开时限: the finance bureau's approval (批复日期) and the date by which the region's units must publish; the
-- deadline is approval + 20 days unless an administrator set another, with a note
CREATE TABLE deadlines (
    id BIGSERIAL PRIMARY KEY,
    region_id BIGINT NOT NULL REFERENCES regions (id),
    fiscal_year INTEGER NOT NULL,
    approved_on DATE NOT NULL,
    publish_by DATE NOT NULL,
    note TEXT NOT NULL,
    updated_by VARCHAR(64) NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT deadlines_region_year UNIQUE (region_id, fiscal_year),
    CONSTRAINT deadlines_order CHECK (publish_by >= approved_on)
);

CREATE INDEX regions_parent ON regions (parent_id);
CREATE INDEX audit_log_happened ON audit_log (happened_at);

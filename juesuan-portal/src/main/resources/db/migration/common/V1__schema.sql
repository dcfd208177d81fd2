-- The portal's schema: regions, units, users, documents, their versions and rendered files, and the audit log.
-- Plain SQL that PostgreSQL, PostgreSQL-compatible databases (openGauss, Kingbase) and H2 in PostgreSQL mode all
-- accept: BIGSERIAL keys, VARCHAR/TEXT, BYTEA, TIMESTAMP WITH TIME ZONE, CHECK constraints. What one database needs
-- in its own words (the triggers that keep published versions immutable) is in db/migration/{vendor}.

-- 地区: a region by its full name, e.g. 湖北省武汉市青山区
CREATE TABLE regions (
    id BIGSERIAL PRIMARY KEY,
    name VARCHAR(200) NOT NULL,
    parent_id BIGINT REFERENCES regions (id),
    CONSTRAINT regions_name UNIQUE (name)
);

-- 单位: a department or unit of a region; gov_level is its level of government (中央, 省, 市, 区, 县)
CREATE TABLE units (
    id BIGSERIAL PRIMARY KEY,
    name VARCHAR(200) NOT NULL,
    short_name VARCHAR(200) NOT NULL,
    gov_level VARCHAR(8) NOT NULL,
    region_id BIGINT NOT NULL REFERENCES regions (id),
    parent_id BIGINT REFERENCES units (id),
    CONSTRAINT units_name UNIQUE (region_id, name)
);

-- 用户: editors belong to a unit, reviewers to a region; passwords are stored hashed only
CREATE TABLE users (
    id BIGSERIAL PRIMARY KEY,
    username VARCHAR(64) NOT NULL,
    display_name VARCHAR(100) NOT NULL,
    password_hash VARCHAR(200) NOT NULL,
    role VARCHAR(16) NOT NULL,
    unit_id BIGINT REFERENCES units (id),
    region_id BIGINT REFERENCES regions (id),
    enabled BOOLEAN NOT NULL DEFAULT TRUE,
    failed_logins INTEGER NOT NULL DEFAULT 0,
    locked_until TIMESTAMP WITH TIME ZONE,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT users_username UNIQUE (username),
    CONSTRAINT users_role CHECK (role IN ('EDITOR', 'REVIEWER', 'ADMIN'))
);

-- 决算公开文件: one unit's disclosure of one fiscal year, under a regional profile
CREATE TABLE documents (
    id BIGSERIAL PRIMARY KEY,
    unit_id BIGINT NOT NULL REFERENCES units (id),
    fiscal_year INTEGER NOT NULL,
    profile VARCHAR(64) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT documents_unit_year UNIQUE (unit_id, fiscal_year)
);

-- 版本: the dataset of one version of a document, what validation found, and its way through review.
-- A correction is a new version with its reason; a PUBLISHED version never changes (see the vendor triggers).
CREATE TABLE versions (
    id BIGSERIAL PRIMARY KEY,
    document_id BIGINT NOT NULL REFERENCES documents (id),
    version_number INTEGER NOT NULL,
    state VARCHAR(16) NOT NULL,
    dataset TEXT NOT NULL,
    dataset_format VARCHAR(8) NOT NULL,
    validation_errors INTEGER NOT NULL,
    validation_warnings INTEGER NOT NULL,
    validation_infos INTEGER NOT NULL,
    validation_summary TEXT NOT NULL,
    validation_report TEXT NOT NULL,
    draft_marked BOOLEAN NOT NULL,
    reason TEXT,
    created_by VARCHAR(64) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    published_by VARCHAR(64),
    published_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT versions_number UNIQUE (document_id, version_number),
    CONSTRAINT versions_number_positive CHECK (version_number >= 1),
    CONSTRAINT versions_state CHECK (state IN ('DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED', 'PUBLISHED')),
    CONSTRAINT versions_dataset_format CHECK (dataset_format IN ('yaml', 'json')),
    CONSTRAINT versions_published CHECK (
        state <> 'PUBLISHED' OR (published_at IS NOT NULL AND published_by IS NOT NULL))
);

-- 版本文件: a rendered file of a version with its SHA-256 (lowercase hex) and size
CREATE TABLE version_files (
    id BIGSERIAL PRIMARY KEY,
    version_id BIGINT NOT NULL REFERENCES versions (id),
    file_format VARCHAR(8) NOT NULL,
    file_name VARCHAR(255) NOT NULL,
    media_type VARCHAR(128) NOT NULL,
    sha256 CHAR(64) NOT NULL,
    size_bytes BIGINT NOT NULL,
    content BYTEA NOT NULL,
    CONSTRAINT version_files_format UNIQUE (version_id, file_format),
    CONSTRAINT version_files_known_format CHECK (file_format IN ('PDF', 'DOCX', 'XLSX', 'HTML', 'JSON'))
);

-- 操作日志: who did what to which object, and when
CREATE TABLE audit_log (
    id BIGSERIAL PRIMARY KEY,
    happened_at TIMESTAMP WITH TIME ZONE NOT NULL,
    actor VARCHAR(64) NOT NULL,
    action VARCHAR(64) NOT NULL,
    object_type VARCHAR(32) NOT NULL,
    object_id BIGINT,
    details TEXT NOT NULL
);

CREATE INDEX units_region ON units (region_id);
CREATE INDEX versions_document ON versions (document_id);
CREATE INDEX audit_log_object ON audit_log (object_type, object_id);

-- The findings of a published version never change, as its files do not: the database refuses any INSERT, UPDATE
-- or DELETE of a finding of a published version, whoever asks.

CREATE TRIGGER version_findings_published_immutable
    BEFORE INSERT, UPDATE, DELETE ON version_findings
    FOR EACH ROW CALL 'org.juesuan.portal.store.PublishedGuard';

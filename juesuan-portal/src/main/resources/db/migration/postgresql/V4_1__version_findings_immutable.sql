-- The findings of a published version never change, as its files do not: the database refuses any INSERT, UPDATE
-- or DELETE of a finding of a published version, whoever asks.

CREATE FUNCTION juesuan_refuse_published_finding_change() RETURNS trigger AS $$
DECLARE
    version_state VARCHAR(16);
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        -- FOR SHARE waits for a transaction publishing the version, so a finding cannot slip in or out meanwhile
        SELECT state INTO version_state FROM versions WHERE id = OLD.version_id FOR SHARE;
        IF version_state = 'PUBLISHED' THEN
            RAISE EXCEPTION '已公开版本的校验发现不可修改或删除（版本 %）', OLD.version_id USING ERRCODE = '23001';
        END IF;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        SELECT state INTO version_state FROM versions WHERE id = NEW.version_id FOR SHARE;
        IF version_state = 'PUBLISHED' THEN
            RAISE EXCEPTION '已公开版本的校验发现不可修改或删除（版本 %）', NEW.version_id USING ERRCODE = '23001';
        END IF;
        RETURN NEW;
    END IF;
    RETURN OLD;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER version_findings_published_immutable
    BEFORE INSERT OR UPDATE OR DELETE ON version_findings
    FOR EACH ROW EXECUTE PROCEDURE juesuan_refuse_published_finding_change();

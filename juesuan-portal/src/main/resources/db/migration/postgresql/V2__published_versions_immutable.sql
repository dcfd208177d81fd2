-- A published version and its files never change: the database itself refuses any UPDATE or DELETE of a
-- PUBLISHED version row, and any INSERT, UPDATE or DELETE of a file of a published version, whoever asks.
-- EXECUTE PROCEDURE (not FUNCTION) so that PostgreSQL-compatible databases on older grammars accept it too.

CREATE FUNCTION juesuan_refuse_published_version_change() RETURNS trigger AS $$
BEGIN
    IF OLD.state = 'PUBLISHED' THEN
        RAISE EXCEPTION '已公开的版本不可修改或删除（版本 %）', OLD.id USING ERRCODE = '23001';
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER versions_published_immutable
    BEFORE UPDATE OR DELETE ON versions
    FOR EACH ROW EXECUTE PROCEDURE juesuan_refuse_published_version_change();

CREATE FUNCTION juesuan_refuse_published_file_change() RETURNS trigger AS $$
DECLARE
    version_state VARCHAR(16);
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        -- FOR SHARE waits for a transaction publishing the version, so a file cannot slip in or out meanwhile
        SELECT state INTO version_state FROM versions WHERE id = OLD.version_id FOR SHARE;
        IF version_state = 'PUBLISHED' THEN
            RAISE EXCEPTION '已公开版本的文件不可修改或删除（版本 %）', OLD.version_id USING ERRCODE = '23001';
        END IF;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        SELECT state INTO version_state FROM versions WHERE id = NEW.version_id FOR SHARE;
        IF version_state = 'PUBLISHED' THEN
            RAISE EXCEPTION '已公开版本的文件不可修改或删除（版本 %）', NEW.version_id USING ERRCODE = '23001';
        END IF;
        RETURN NEW;
    END IF;
    RETURN OLD;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER version_files_published_immutable
    BEFORE INSERT OR UPDATE OR DELETE ON version_files
    FOR EACH ROW EXECUTE PROCEDURE juesuan_refuse_published_file_change();

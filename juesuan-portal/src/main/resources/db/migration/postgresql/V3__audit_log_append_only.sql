-- The audit log is only ever added to: the database itself refuses any UPDATE, DELETE or TRUNCATE of it, whoever
-- asks. EXECUTE PROCEDURE (not FUNCTION) so that PostgreSQL-compatible databases on older grammars accept it too.

CREATE FUNCTION juesuan_refuse_audit_log_change() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION '操作日志只能追加，不可修改或删除' USING ERRCODE = '23001';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER audit_log_append_only
    BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE PROCEDURE juesuan_refuse_audit_log_change();

CREATE TRIGGER audit_log_no_truncate
    BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE PROCEDURE juesuan_refuse_audit_log_change();

-- The audit log is only ever added to: the database itself refuses any UPDATE or DELETE of an entry, whoever asks.
-- (H2 fires no row trigger on TRUNCATE; the portal never truncates, and PostgreSQL refuses that too.)

CREATE TRIGGER audit_log_append_only
    BEFORE UPDATE, DELETE ON audit_log
    FOR EACH ROW CALL 'org.juesuan.portal.store.AppendOnlyGuard';

-- A published version and its files never change: the database itself refuses any UPDATE or DELETE of a
-- PUBLISHED version row, and any INSERT, UPDATE or DELETE of a file of a published version, whoever asks.
-- H2 runs triggers written in Java: the class is in the portal's jar, which every H2 database of the portal runs with.

CREATE TRIGGER versions_published_immutable
    BEFORE UPDATE, DELETE ON versions
    FOR EACH ROW CALL 'org.juesuan.portal.store.PublishedGuard';

CREATE TRIGGER version_files_published_immutable
    BEFORE INSERT, UPDATE, DELETE ON version_files
    FOR EACH ROW CALL 'org.juesuan.portal.store.PublishedGuard';

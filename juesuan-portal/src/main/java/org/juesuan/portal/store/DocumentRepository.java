package org.juesuan.portal.store;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Documents, their versions and the versions' files (公开文件、版本与文件). A file's SHA-256 is computed here from the
 * bytes stored, so the digest shown always belongs to the content served. Once a version is published the database
 * refuses any change to it or its files.
 *
 * <p>Thread-safe; runs in the caller's transaction, if any.
 */
@Component
public final class DocumentRepository {

    private static final String DOCUMENT_COLUMNS = "d.id, u.name AS unit_name, u.gov_level, r.id AS region_id,"
            + " r.name AS region_name, d.fiscal_year, d.profile";
    private static final String DOCUMENT_JOINS =
            " FROM documents d JOIN units u ON u.id = d.unit_id JOIN regions r ON r.id = u.region_id";
    private static final String VERSION_COLUMNS = "id, document_id, version_number, state, validation_errors,"
            + " validation_warnings, validation_infos, validation_summary, validation_report, draft_marked, reason,"
            + " created_by, created_at, published_by, published_at";

    private final JdbcClient jdbc;

    /** Creates the repository over a JDBC client. */
    public DocumentRepository(JdbcClient jdbc) {
        this.jdbc = Objects.requireNonNull(jdbc, "jdbc");
    }

    /** Returns whether no document is stored at all. */
    public boolean isEmpty() {
        return jdbc.sql("SELECT COUNT(*) FROM documents").query(Long.class).single() == 0;
    }

    /** Returns the id of a unit's document of a year, creating it if there is none. */
    public long document(long unitId, int fiscalYear, String profile, OffsetDateTime at) {
        Optional<Long> found = jdbc.sql("SELECT id FROM documents WHERE unit_id = ? AND fiscal_year = ?")
                .params(unitId, fiscalYear)
                .query(Long.class)
                .optional();
        if (found.isPresent()) {
            return found.get();
        }
        return UnitRepository.insert(
                jdbc.sql("INSERT INTO documents (unit_id, fiscal_year, profile, created_at) VALUES (?, ?, ?, ?)")
                        .params(unitId, fiscalYear, profile, at));
    }

    /** Returns a document, if there is one of that id. */
    public Optional<DocumentInfo> find(long documentId) {
        return jdbc.sql("SELECT " + DOCUMENT_COLUMNS + DOCUMENT_JOINS + " WHERE d.id = ?")
                .param(documentId)
                .query((row, n) -> document(row))
                .optional();
    }

    /**
     * Stores a new version as a draft under the next free number and returns it. Two versions created at once for
     * the same document cannot both succeed: the number is unique per document.
     */
    public VersionRecord addVersion(NewVersion version) {
        int number = jdbc.sql("SELECT COALESCE(MAX(version_number), 0) + 1 FROM versions WHERE document_id = ?")
                .param(version.documentId())
                .query(Integer.class)
                .single();
        ValidationSummary validation = version.validation();
        long id = UnitRepository.insert(jdbc.sql("INSERT INTO versions (document_id, version_number, state, dataset,"
                        + " dataset_format, validation_errors, validation_warnings, validation_infos,"
                        + " validation_summary, validation_report, draft_marked, reason, created_by, created_at)"
                        + " VALUES (?, ?, 'DRAFT', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        version.documentId(),
                        number,
                        version.dataset(),
                        version.datasetFormat(),
                        validation.errors(),
                        validation.warnings(),
                        validation.infos(),
                        validation.summary(),
                        validation.report(),
                        version.draftMarked(),
                        version.reason(),
                        version.createdBy(),
                        version.createdAt()));
        return version(id).orElseThrow();
    }

    /** Returns a version by its id. */
    public Optional<VersionRecord> version(long versionId) {
        return jdbc.sql("SELECT " + VERSION_COLUMNS + " FROM versions WHERE id = ?")
                .param(versionId)
                .query((row, n) -> version(row))
                .optional();
    }

    /** Returns a document's version of a number, if it is published. */
    public Optional<VersionRecord> publishedVersion(long documentId, int number) {
        return jdbc.sql("SELECT " + VERSION_COLUMNS
                        + " FROM versions WHERE document_id = ? AND version_number = ? AND state = 'PUBLISHED'")
                .params(documentId, number)
                .query((row, n) -> version(row))
                .optional();
    }

    /** Returns a document's published versions, the newest first. */
    public List<VersionRecord> publishedVersions(long documentId) {
        return jdbc.sql("SELECT " + VERSION_COLUMNS
                        + " FROM versions WHERE document_id = ? AND state = 'PUBLISHED' ORDER BY version_number DESC")
                .param(documentId)
                .query((row, n) -> version(row))
                .list();
    }

    /** Returns every version of the documents of a unit, drafts included: newest year first, newest version first. */
    public List<WorkItem> workOfUnit(long unitId) {
        return work(jdbc.sql("SELECT v.id FROM versions v JOIN documents d ON d.id = v.document_id"
                        + " WHERE d.unit_id = ? ORDER BY d.fiscal_year DESC, d.id, v.version_number DESC")
                .param(unitId)
                .query(Long.class)
                .list());
    }

    /** Returns the versions of a state of the documents of a region's units: newest year first. */
    public List<WorkItem> workOfRegion(long regionId, VersionState state) {
        return work(jdbc.sql("SELECT v.id FROM versions v JOIN documents d ON d.id = v.document_id"
                        + " JOIN units u ON u.id = d.unit_id WHERE u.region_id = ? AND v.state = ?"
                        + " ORDER BY d.fiscal_year DESC, d.id, v.version_number DESC")
                .params(regionId, state.name())
                .query(Long.class)
                .list());
    }

    /** Returns a version with its document and unit, whatever its state. */
    public Optional<WorkItem> workItem(long versionId) {
        return version(versionId).flatMap(version -> {
            long unit = jdbc.sql("SELECT unit_id FROM documents WHERE id = ?")
                    .param(version.documentId())
                    .query(Long.class)
                    .single();
            return find(version.documentId()).map(document -> new WorkItem(document, unit, version));
        });
    }

    private List<WorkItem> work(List<Long> versionIds) {
        return versionIds.stream().map(id -> workItem(id).orElseThrow()).toList();
    }

    /** Returns the dataset stored with a version, if there is a version of that id. */
    public Optional<StoredDataset> storedDataset(long versionId) {
        return jdbc.sql("SELECT dataset, dataset_format, draft_marked, state FROM versions WHERE id = ?")
                .param(versionId)
                .query((row, n) -> new StoredDataset(
                        row.getString(1),
                        row.getString(2),
                        row.getBoolean(3),
                        VersionState.valueOf(row.getString(4)) == VersionState.PUBLISHED))
                .optional();
    }

    /**
     * Publishes a version: from now on the database refuses to change it or its files.
     *
     * @return whether it was published now (false if it was already published or does not exist)
     */
    public boolean publish(long versionId, String by, OffsetDateTime at) {
        return jdbc.sql("UPDATE versions SET state = 'PUBLISHED', published_by = ?, published_at = ?"
                                + " WHERE id = ? AND state <> 'PUBLISHED'")
                        .params(by, at, versionId)
                        .update()
                == 1;
    }

    /** Stores a file of a version, with the SHA-256 and size of its content, and returns its description. */
    public VersionFile addFile(long versionId, FileFormat format, String fileName, byte[] content) {
        VersionFile file = new VersionFile(format, fileName, format.mediaType(), sha256(content), content.length);
        jdbc.sql("INSERT INTO version_files (version_id, file_format, file_name, media_type, sha256, size_bytes,"
                        + " content) VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(
                        versionId,
                        format.name(),
                        file.fileName(),
                        file.mediaType(),
                        file.sha256(),
                        file.size(),
                        content)
                .update();
        return file;
    }

    /** Returns the files of a version, in the order of {@link FileFormat}. */
    public List<VersionFile> files(long versionId) {
        return jdbc
                .sql("SELECT file_format, file_name, media_type, sha256, size_bytes FROM version_files"
                        + " WHERE version_id = ?")
                .param(versionId)
                .query((row, n) -> new VersionFile(
                        FileFormat.valueOf(row.getString("file_format")),
                        row.getString("file_name"),
                        row.getString("media_type"),
                        row.getString("sha256").strip(),
                        row.getLong("size_bytes")))
                .list()
                .stream()
                .sorted((a, b) -> a.format().compareTo(b.format()))
                .toList();
    }

    /** Returns the content of a version's file of a format, if there is one. */
    public Optional<byte[]> content(long versionId, FileFormat format) {
        return jdbc.sql("SELECT content FROM version_files WHERE version_id = ? AND file_format = ?")
                .params(versionId, format.name())
                .query((row, n) -> row.getBytes(1))
                .optional();
    }

    /** Returns every document that has a published version, with its latest one: newest year first. */
    public List<PublishedListing> published() {
        return jdbc.sql("SELECT " + DOCUMENT_COLUMNS + ", v.version_number, v.published_at" + DOCUMENT_JOINS
                        + " JOIN versions v ON v.document_id = d.id"
                        + " WHERE v.state = 'PUBLISHED' AND v.version_number = (SELECT MAX(p.version_number)"
                        + " FROM versions p WHERE p.document_id = d.id AND p.state = 'PUBLISHED')"
                        + " ORDER BY d.fiscal_year DESC, r.name, u.name")
                .query((row, n) -> new PublishedListing(
                        document(row),
                        row.getInt("version_number"),
                        row.getObject("published_at", OffsetDateTime.class)))
                .list();
    }

    private static DocumentInfo document(ResultSet row) throws SQLException {
        return new DocumentInfo(
                row.getLong("id"),
                row.getString("unit_name"),
                row.getString("gov_level"),
                row.getLong("region_id"),
                row.getString("region_name"),
                row.getInt("fiscal_year"),
                row.getString("profile"));
    }

    private static VersionRecord version(ResultSet row) throws SQLException {
        return new VersionRecord(
                row.getLong("id"),
                row.getLong("document_id"),
                row.getInt("version_number"),
                VersionState.valueOf(row.getString("state")),
                new ValidationSummary(
                        row.getInt("validation_errors"),
                        row.getInt("validation_warnings"),
                        row.getInt("validation_infos"),
                        row.getString("validation_summary"),
                        row.getString("validation_report")),
                row.getBoolean("draft_marked"),
                row.getString("reason"),
                row.getString("created_by"),
                row.getObject("created_at", OffsetDateTime.class),
                row.getString("published_by"),
                row.getObject("published_at", OffsetDateTime.class));
    }

    /** Returns the SHA-256 of bytes, lowercase hex. */
    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}

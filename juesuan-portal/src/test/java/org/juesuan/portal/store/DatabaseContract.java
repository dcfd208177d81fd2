package org.juesuan.portal.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.juesuan.core.issue.Severity;
import org.juesuan.core.rule.Finding;
import org.juesuan.core.source.SourceRef;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What every database the portal runs on must do (数据库约定): the migrations apply, the repositories store and list
 * versions, and the database itself refuses to change a published version or its files. Run against H2 in
 * PostgreSQL mode and against a real PostgreSQL.
 */
abstract class DatabaseContract {

    private static final OffsetDateTime AT = OffsetDateTime.of(2025, 10, 30, 9, 0, 0, 0, ZoneOffset.ofHours(8));
    private static final AtomicInteger UNITS = new AtomicInteger();

    /** Returns the database, migrated once for the class. */
    abstract DataSource database();

    UnitRepository units;
    DocumentRepository documents;
    AuditLogRepository audit;
    UserRepository users;

    /** Applies the common migrations and those of a vendor's folder, as the portal does at start. */
    static MigrateResult migrate(DataSource database, String vendor) {
        return Flyway.configure()
                .dataSource(database)
                .locations("classpath:db/migration/common", "classpath:db/migration/" + vendor)
                .failOnMissingLocations(true)
                .load()
                .migrate();
    }

    @BeforeEach
    void repositories() {
        JdbcClient jdbc = JdbcClient.create(database());
        units = new UnitRepository(jdbc);
        documents = new DocumentRepository(jdbc);
        audit = new AuditLogRepository(jdbc);
        users = new UserRepository(jdbc);
    }

    /** Creates a document of a unit of its own, so that tests do not meet each other's rows. */
    long newDocument() {
        long region = units.region("湖北省武汉市青山区");
        long unit = units.unit(region, "测试单位" + UNITS.incrementAndGet(), "测试单位", "区");
        return documents.document(unit, 2024, "hubei-2024", AT);
    }

    VersionRecord draft(long document) {
        return documents.addVersion(new NewVersion(
                document,
                "format: juesuan-dataset/1\n",
                "yaml",
                new ValidationSummary(1, 2, 3, "校验发现：错误 1 项，警告 2 项，提示 3 项。", "[错误] T05-1 …\n"),
                true,
                null,
                "editor",
                AT));
    }

    /** Creates a version with two files and publishes it. */
    VersionRecord published(long document) {
        VersionRecord version = draft(document);
        documents.addFile(version.id(), FileFormat.PDF, "a.pdf", "%PDF-1.7 test".getBytes(StandardCharsets.US_ASCII));
        documents.addFile(version.id(), FileFormat.HTML, "a.html", "<p>公开</p>".getBytes(StandardCharsets.UTF_8));
        assertThat(documents.publish(version.id(), "reviewer", AT.plusDays(1))).isTrue();
        return documents.version(version.id()).orElseThrow();
    }

    /** Runs a statement straight through JDBC, as any client of the database could, and returns the rows changed. */
    int execute(String sql, Object... parameters) throws SQLException {
        try (Connection connection = database().getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        }
    }

    List<String> tables() throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection connection = database().getConnection();
                ResultSet tables = connection.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
            while (tables.next()) {
                names.add(tables.getString("TABLE_NAME").toLowerCase(java.util.Locale.ROOT));
            }
        }
        return names;
    }

    @Test
    void migrationsCreateEveryTable() throws SQLException {
        assertThat(tables())
                .contains("regions", "units", "users", "documents", "versions", "version_files", "audit_log");
    }

    @Test
    void migrationsAreNotAppliedTwice() {
        MigrateResult again = migrate(database(), vendor());
        assertThat(again.success).isTrue();
        assertThat(again.migrationsExecuted).isZero();
    }

    /** Returns the name of the vendor folder of this database. */
    abstract String vendor();

    @Test
    void findsRegionsAndUnitsByName() {
        long region = units.region("湖北省武汉市武昌区");
        assertThat(units.region("湖北省武汉市武昌区")).isEqualTo(region);
        long unit = units.unit(region, "武昌区某局", "某局", "区");
        assertThat(units.unit(region, "武昌区某局", "某局", "区")).isEqualTo(unit);
        assertThat(units.unit(units.region("湖北省武汉市洪山区"), "武昌区某局", "某局", "区")).isNotEqualTo(unit);
        assertThat(units.unitName(unit)).contains("武昌区某局");
    }

    @Test
    void numbersVersionsOfADocumentFromOne() {
        long document = newDocument();
        assertThat(draft(document).number()).isEqualTo(1);
        assertThat(draft(document).number()).isEqualTo(2);
        assertThat(draft(newDocument()).number()).isEqualTo(1);
    }

    @Test
    void storesAVersionWithItsFindingsAndDataset() {
        VersionRecord version = draft(newDocument());
        assertThat(version.state()).isEqualTo(VersionState.DRAFT);
        assertThat(version.validation().errors()).isEqualTo(1);
        assertThat(version.validation().warnings()).isEqualTo(2);
        assertThat(version.validation().infos()).isEqualTo(3);
        assertThat(version.validation().report()).isEqualTo("[错误] T05-1 …\n");
        assertThat(version.createdAt()).isEqualTo(AT);
        assertThat(version.publishedAt()).isNull();
        assertThat(documents.storedDataset(version.id()).orElseThrow().text()).isEqualTo("format: juesuan-dataset/1\n");
    }

    @Test
    void storesEachFileWithTheDigestOfItsBytes() {
        VersionRecord version = draft(newDocument());
        byte[] content = "第一部分 部门概况".getBytes(StandardCharsets.UTF_8);
        VersionFile file = documents.addFile(version.id(), FileFormat.DOCX, "某局.docx", content);
        // SHA-256 of the UTF-8 bytes of “第一部分 部门概况”, computed independently
        assertThat(file.sha256()).isEqualTo(DocumentRepository.sha256(content)).hasSize(64);
        assertThat(file.size()).isEqualTo(content.length);
        assertThat(documents.files(version.id())).containsExactly(file);
        assertThat(documents.content(version.id(), FileFormat.DOCX))
                .hasValueSatisfying(bytes -> assertThat(bytes).isEqualTo(content));
        assertThat(documents.content(version.id(), FileFormat.PDF)).isEmpty();
    }

    @Test
    void listsOnlyPublishedVersions() {
        long document = newDocument();
        draft(document);
        assertThat(documents.published())
                .noneMatch(listing -> listing.document().id() == document);
        assertThat(documents.publishedVersion(document, 1)).isEmpty();

        VersionRecord second = published(document);
        draft(document);
        assertThat(documents.published())
                .filteredOn(listing -> listing.document().id() == document)
                .singleElement()
                .satisfies(listing -> {
                    assertThat(listing.versionNumber()).isEqualTo(second.number());
                    assertThat(listing.publishedAt()).isEqualTo(AT.plusDays(1));
                    assertThat(listing.document().regionName()).isEqualTo("湖北省武汉市青山区");
                    assertThat(listing.document().fiscalYear()).isEqualTo(2024);
                });
        assertThat(documents.publishedVersions(document))
                .extracting(VersionRecord::number)
                .containsExactly(2);
    }

    @Test
    void recordsAuditEntries() {
        VersionRecord version = published(newDocument());
        audit.record(AT, "系统", "示例导入", AuditLogRepository.VERSION, version.id(), "第1版公开");
        assertThat(audit.entries(AuditLogRepository.VERSION, version.id()))
                .singleElement()
                .satisfies(entry -> {
                    assertThat(entry.actor()).isEqualTo("系统");
                    assertThat(entry.action()).isEqualTo("示例导入");
                    assertThat(entry.at()).isEqualTo(AT);
                    assertThat(entry.details()).isEqualTo("第1版公开");
                });
    }

    @Test
    void storesUsersWithTheirRoleAndCountsTheirFailedLogins() {
        String name = "user-" + UNITS.incrementAndGet();
        long unit = units.unit(units.region("湖北省武汉市青山区"), "测试单位" + UNITS.incrementAndGet(), "测试单位", "区");
        long id = users.create(name, "张三", "$2a$10$hash", Role.EDITOR, unit, null, AT);
        assertThat(users.find(name)).hasValueSatisfying(account -> {
            assertThat(account.id()).isEqualTo(id);
            assertThat(account.role()).isEqualTo(Role.EDITOR);
            assertThat(account.unitId()).isEqualTo(unit);
            assertThat(account.regionId()).isNull();
            assertThat(account.enabled()).isTrue();
            assertThat(account.failedLogins()).isZero();
            assertThat(account.lockedUntil()).isNull();
        });
        assertThat(users.countFailure(name, 3, AT.plusMinutes(15))).isFalse();
        assertThat(users.countFailure(name, 3, AT.plusMinutes(15))).isFalse();
        assertThat(users.find(name).orElseThrow().failedLogins()).isEqualTo(2);
        assertThat(users.countFailure(name, 3, AT.plusMinutes(15))).isTrue();
        UserAccount locked = users.find(name).orElseThrow();
        assertThat(locked.lockedUntil()).isEqualTo(AT.plusMinutes(15));
        assertThat(locked.lockedAt(AT)).isTrue();
        assertThat(locked.lockedAt(AT.plusMinutes(16))).isFalse();
        users.clearFailures(name);
        assertThat(users.find(name).orElseThrow().lockedUntil()).isNull();
        assertThat(users.all()).extracting(UserAccount::username).contains(name);
    }

    /** The database, not the code, keeps the audit log append-only. */
    @Nested
    class AuditLogIsAppendOnly {

        @Test
        void refusesAnUpdateOfAnEntry() {
            long id = audit.record(AT, "系统", "示例导入", AuditLogRepository.VERSION, 1L, "原记录");
            assertThatThrownBy(() -> execute("UPDATE audit_log SET details = 'forged' WHERE id = ?", id))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("操作日志只能追加");
            assertThat(audit.entries(AuditLogRepository.VERSION, 1L))
                    .filteredOn(entry -> entry.id() == id)
                    .singleElement()
                    .satisfies(entry -> assertThat(entry.details()).isEqualTo("原记录"));
        }

        @Test
        void refusesToDeleteAnEntry() {
            long id = audit.record(AT, "admin", "创建用户", AuditLogRepository.USER, 2L, "创建用户 a");
            assertThatThrownBy(() -> execute("DELETE FROM audit_log WHERE id = ?", id))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("操作日志只能追加");
            assertThatThrownBy(() -> execute("DELETE FROM audit_log")).isInstanceOf(SQLException.class);
            assertThat(audit.entries(AuditLogRepository.USER, 2L))
                    .extracting(AuditEntry::id)
                    .contains(id);
        }

        @Test
        void stillTakesNewEntries() {
            long first = audit.record(AT, "系统", "a", AuditLogRepository.USER, 3L, "一");
            long second = audit.record(AT.plusSeconds(1), "系统", "b", AuditLogRepository.USER, 3L, "二");
            assertThat(audit.entries(AuditLogRepository.USER, 3L))
                    .extracting(AuditEntry::id)
                    .containsSubsequence(first, second);
        }
    }

    /** The database, not the code, keeps a published version as it was published. */
    @Nested
    class PublishedVersionsAreImmutable {

        @Test
        void refusesAnUpdateOfAPublishedVersion() {
            VersionRecord version = published(newDocument());
            assertThatThrownBy(() -> execute("UPDATE versions SET reason = 'changed' WHERE state = 'PUBLISHED'"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("已公开的版本不可修改或删除");
            assertThat(documents.version(version.id()).orElseThrow().reason()).isNull();
        }

        @Test
        void refusesAnUpdateThatTakesBackThePublication() {
            VersionRecord version = published(newDocument());
            assertThatThrownBy(() -> execute(
                            "UPDATE versions SET state = 'DRAFT', published_at = NULL, published_by = NULL"
                                    + " WHERE id = ?",
                            version.id()))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("已公开的版本不可修改或删除");
            assertThat(documents.version(version.id()).orElseThrow().state()).isEqualTo(VersionState.PUBLISHED);
        }

        @Test
        void refusesToDeleteAPublishedVersion() {
            // no files: no foreign key holds the row, only the immutability rule does
            VersionRecord version = draft(newDocument());
            assertThat(documents.publish(version.id(), "reviewer", AT)).isTrue();
            assertThatThrownBy(() -> execute("DELETE FROM versions WHERE id = ?", version.id()))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("已公开的版本不可修改或删除");
            assertThat(documents.version(version.id())).isPresent();
        }

        @Test
        void refusesToDeleteAFileOfAPublishedVersion() {
            VersionRecord version = published(newDocument());
            assertThatThrownBy(() -> execute("DELETE FROM version_files WHERE version_id = ?", version.id()))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("已公开版本的文件不可修改或删除");
            assertThat(documents.files(version.id())).hasSize(2);
        }

        @Test
        void refusesToReplaceTheContentOfAPublishedFile() {
            VersionRecord version = published(newDocument());
            byte[] forged = "%PDF-1.7 forged".getBytes(StandardCharsets.US_ASCII);
            assertThatThrownBy(() -> execute(
                            "UPDATE version_files SET content = ?, sha256 = ? WHERE version_id = ? AND file_format = 'PDF'",
                            forged,
                            DocumentRepository.sha256(forged),
                            version.id()))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("已公开版本的文件不可修改或删除");
            assertThat(documents.content(version.id(), FileFormat.PDF))
                    .hasValueSatisfying(bytes -> assertThat(new String(bytes, StandardCharsets.US_ASCII))
                            .isEqualTo("%PDF-1.7 test"));
        }

        @Test
        void refusesANewFileInAPublishedVersion() {
            VersionRecord version = published(newDocument());
            assertThatThrownBy(() -> documents.addFile(
                            version.id(), FileFormat.JSON, "a.json", "{}".getBytes(StandardCharsets.UTF_8)))
                    .isInstanceOf(DataAccessException.class)
                    .hasMessageContaining("已公开版本的文件不可修改或删除");
            assertThat(documents.files(version.id())).hasSize(2);
        }

        @Test
        void refusesToMarkAVersionPublishedWithoutWhenAndWhom() {
            VersionRecord version = draft(newDocument());
            assertThatThrownBy(() -> execute("UPDATE versions SET state = 'PUBLISHED' WHERE id = ?", version.id()))
                    .isInstanceOf(SQLException.class);
            assertThat(documents.version(version.id()).orElseThrow().state()).isEqualTo(VersionState.DRAFT);
        }

        @Test
        void stillLetsADraftChange() throws SQLException {
            long document = newDocument();
            published(document);
            VersionRecord draft = draft(document);
            documents.addFile(
                    draft.id(), FileFormat.PDF, "b.pdf", "%PDF-1.7 draft".getBytes(StandardCharsets.US_ASCII));
            assertThat(execute("UPDATE versions SET reason = '更正公开05表合计' WHERE state = 'DRAFT' AND id = ?", draft.id()))
                    .isEqualTo(1);
            assertThat(documents.version(draft.id()).orElseThrow().reason()).isEqualTo("更正公开05表合计");
            assertThat(execute("DELETE FROM version_files WHERE version_id = ?", draft.id()))
                    .isEqualTo(1);
            assertThat(execute("DELETE FROM versions WHERE id = ?", draft.id())).isEqualTo(1);
        }

        @Test
        void freezesADraftOnceItIsPublished() {
            VersionRecord version = draft(newDocument());
            assertThat(documents.publish(version.id(), "reviewer", AT)).isTrue();
            assertThat(documents.publish(version.id(), "reviewer", AT.plusDays(1)))
                    .isFalse();
            assertThatThrownBy(() -> execute("UPDATE versions SET reason = 'late' WHERE id = ?", version.id()))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("已公开的版本不可修改或删除");
            assertThat(documents.version(version.id()).orElseThrow().publishedAt())
                    .isEqualTo(AT);
        }
    }

    /** Migration V4: the review workflow's states, approval time and findings at their cells. */
    @Nested
    class ReviewWorkflow {

        WorkflowRepository workflow() {
            return new WorkflowRepository(JdbcClient.create(database()));
        }

        private Finding finding(Severity severity, String table, String row, String column, String message) {
            return new Finding(
                    "T01-1",
                    severity,
                    "检查",
                    message,
                    table,
                    row,
                    column,
                    "公开01表 " + row,
                    SourceRef.file("填报.xlsx"),
                    null,
                    null,
                    List.of(),
                    0);
        }

        @Test
        void storesFindingsInTheirOrderWithTheirCells() {
            WorkflowRepository workflow = workflow();
            VersionRecord version = draft(newDocument());
            workflow.addFindings(
                    version.id(),
                    List.of(
                            finding(Severity.ERROR, "T01", "total", "amount", "合计不符：差 0.01 万元"),
                            finding(Severity.INFO, "", "", "", "表外提示")),
                    source -> source + "!公开01表!D9");
            assertThat(workflow.findings(version.id()))
                    .extracting(
                            StoredFinding::number,
                            StoredFinding::severity,
                            StoredFinding::table,
                            StoredFinding::row,
                            StoredFinding::column,
                            StoredFinding::source,
                            StoredFinding::message)
                    .containsExactly(
                            tuple(1, Severity.ERROR, "T01", "total", "amount", "填报.xlsx!公开01表!D9", "合计不符：差 0.01 万元"),
                            tuple(2, Severity.INFO, "", "", "", "填报.xlsx!公开01表!D9", "表外提示"));
            assertThat(workflow.findings(draft(newDocument()).id())).isEmpty();
        }

        @Test
        void movesAVersionOnlyFromTheStatesAStepStartsFrom() {
            WorkflowRepository workflow = workflow();
            VersionRecord version = draft(newDocument());
            assertThat(workflow.approve(version.id(), "reviewer", AT))
                    .as("a draft is not approved")
                    .isFalse();
            assertThat(workflow.publish(version.id(), "editor", AT))
                    .as("a draft is not published")
                    .isFalse();
            assertThat(workflow.move(
                            version.id(), Set.of(VersionState.DRAFT, VersionState.RETURNED), VersionState.SUBMITTED))
                    .isTrue();
            assertThat(workflow.move(
                            version.id(), Set.of(VersionState.DRAFT, VersionState.RETURNED), VersionState.SUBMITTED))
                    .as("already submitted")
                    .isFalse();
            assertThat(workflow.approvedAt(version.id())).isEmpty();
            assertThat(workflow.approve(version.id(), "reviewer", AT.plusDays(1)))
                    .isTrue();
            assertThat(workflow.approvedAt(version.id()))
                    .hasValueSatisfying(at -> assertThat(at).isAtSameInstantAs(AT.plusDays(1)));
            assertThat(workflow.publish(version.id(), "editor", AT.plusDays(2))).isTrue();
            VersionRecord published = documents.version(version.id()).orElseThrow();
            assertThat(published.state()).isEqualTo(VersionState.PUBLISHED);
            assertThat(published.publishedBy()).isEqualTo("editor");
        }

        @Test
        void refusesToChangeTheApprovalTimeOfAPublishedVersion() {
            WorkflowRepository workflow = workflow();
            VersionRecord version = draft(newDocument());
            workflow.move(version.id(), Set.of(VersionState.DRAFT), VersionState.SUBMITTED);
            workflow.approve(version.id(), "reviewer", AT);
            workflow.publish(version.id(), "editor", AT.plusDays(3));
            assertThatThrownBy(() ->
                            execute("UPDATE versions SET approved_at = ? WHERE id = ?", AT.plusDays(2), version.id()))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("已公开的版本不可修改或删除");
            assertThat(workflow.approvedAt(version.id()))
                    .hasValueSatisfying(at -> assertThat(at).isAtSameInstantAs(AT));
        }

        @Test
        void refusesToChangeTheFindingsOfAPublishedVersion() throws SQLException {
            WorkflowRepository workflow = workflow();
            long document = newDocument();
            VersionRecord version = draft(document);
            workflow.addFindings(version.id(), List.of(finding(Severity.ERROR, "T01", "total", "amount", "原文")));
            documents.publish(version.id(), "editor", AT);
            assertThatThrownBy(() -> execute(
                            "UPDATE version_findings SET message = 'changed' WHERE version_id = ?", version.id()))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("已公开版本的校验发现不可修改或删除");
            assertThatThrownBy(() -> execute("DELETE FROM version_findings WHERE version_id = ?", version.id()))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("已公开版本的校验发现不可修改或删除");
            assertThatThrownBy(
                            () -> workflow.addFindings(version.id(), List.of(finding(Severity.INFO, "", "", "", "补充"))))
                    .isInstanceOf(DataAccessException.class);
            assertThat(workflow.findings(version.id()))
                    .singleElement()
                    .extracting(StoredFinding::message)
                    .isEqualTo("原文");
            // a draft's findings still change
            VersionRecord draft = draft(document);
            workflow.addFindings(draft.id(), List.of(finding(Severity.INFO, "", "", "", "草稿")));
            assertThat(execute("DELETE FROM version_findings WHERE version_id = ?", draft.id()))
                    .isEqualTo(1);
        }

        @Test
        void findsADocumentWithoutCreatingOneAndTellsWhetherItIsPublished() {
            WorkflowRepository workflow = workflow();
            long document = newDocument();
            long unit = JdbcClient.create(database())
                    .sql("SELECT unit_id FROM documents WHERE id = ?")
                    .param(document)
                    .query(Long.class)
                    .single();
            assertThat(workflow.document(unit, 2024)).contains(document);
            assertThat(workflow.document(unit, 2023)).isEmpty();
            assertThat(workflow.hasPublished(document)).isFalse();
            published(document);
            assertThat(workflow.hasPublished(document)).isTrue();
        }
    }
}

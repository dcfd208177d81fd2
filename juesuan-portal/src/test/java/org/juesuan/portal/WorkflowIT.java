package org.juesuan.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.juesuan.core.issue.Severity;
import org.juesuan.portal.ExampleFixtures.SpoiledWorkbook;
import org.juesuan.portal.security.PortalUser;
import org.juesuan.portal.store.AuditEntry;
import org.juesuan.portal.store.AuditLogRepository;
import org.juesuan.portal.store.DocumentRepository;
import org.juesuan.portal.store.Role;
import org.juesuan.portal.store.StoredFinding;
import org.juesuan.portal.store.UnitRepository;
import org.juesuan.portal.store.UserRepository;
import org.juesuan.portal.store.VersionRecord;
import org.juesuan.portal.store.VersionState;
import org.juesuan.portal.store.WorkflowRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The review workflow end to end (审核流程): an editor uploads the example's workbook and sees its errors at their
 * cells and the submission refused; uploads a corrected dataset, submits; the reviewer returns it with a comment;
 * the editor submits again; the reviewer approves; the editor publishes; the public sees it; a correction with its
 * reason goes the same way and the public sees the changed cells. A corrupted workbook and another unit's dataset
 * are refused with their messages and store nothing.
 */
@SpringBootTest
@AutoConfigureMockMvc
class WorkflowIT {

    private static final String UNIT = ExampleFixtures.UNIT;
    private static final String REGION = ExampleFixtures.REGION;
    private static final Path DATA = TestDirectories.fresh("workflow-it", "data-");
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("juesuan.data", DATA::toString);
        registry.add("juesuan.examples", () -> DATA.resolve("no-examples").toString());
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    DocumentRepository documents;

    @Autowired
    WorkflowRepository workflow;

    @Autowired
    UnitRepository units;

    @Autowired
    UserRepository users;

    @Autowired
    AuditLogRepository audit;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    JdbcClient jdbc;

    private static boolean created;

    @BeforeEach
    void users() {
        if (created) {
            return;
        }
        long region = units.region(REGION);
        long unit = units.unit(region, UNIT, "青山区国资局", "区");
        long other = units.region("湖北省武汉市武昌区");
        OffsetDateTime now = OffsetDateTime.now();
        users.create("editor-q", "填报员", encoder.encode("x-password-1"), Role.EDITOR, unit, null, now);
        users.create("reviewer-q", "审核员", encoder.encode("x-password-1"), Role.REVIEWER, null, region, now);
        users.create("reviewer-w", "外区审核员", encoder.encode("x-password-1"), Role.REVIEWER, null, other, now);
        created = true;
    }

    private PortalUser principal(String name) {
        return new PortalUser(users.find(name).orElseThrow(), false);
    }

    private MockHttpServletResponse upload(String who, String name, byte[] content, @Nullable String reason)
            throws Exception {
        var request = multipart("/workspace/upload")
                .file(new MockMultipartFile("file", name, name.endsWith(".xlsx") ? XLSX : "text/yaml", content))
                .with(csrf())
                .with(user(principal(who)));
        if (reason != null) {
            request.param("reason", reason);
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    @SuppressWarnings("unchecked")
    private List<String> problems(MvcResult result) {
        Object problems = result.getFlashMap().get("problems");
        return problems == null ? List.of() : (List<String>) problems;
    }

    private MvcResult uploadResult(String who, String name, byte[] content, @Nullable String reason) throws Exception {
        var request = multipart("/workspace/upload")
                .file(new MockMultipartFile("file", name, XLSX, content))
                .with(csrf())
                .with(user(principal(who)));
        if (reason != null) {
            request.param("reason", reason);
        }
        return mvc.perform(request).andReturn();
    }

    private static long versionOf(MockHttpServletResponse response) {
        String location = response.getRedirectedUrl();
        assertThat(location).startsWith("/workspace/versions/");
        return Long.parseLong(location.substring("/workspace/versions/".length()));
    }

    private MvcResult step(String who, long version, String step, @Nullable String comment) throws Exception {
        var request =
                post("/workspace/versions/" + version + "/" + step).with(csrf()).with(user(principal(who)));
        if (comment != null) {
            request.param("comment", comment);
        }
        MvcResult result = mvc.perform(request).andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/workspace/versions/" + version);
        return result;
    }

    private VersionState state(long version) {
        return documents.version(version).orElseThrow().state();
    }

    private String page(@Nullable String who, String path) throws Exception {
        var request = get(path);
        if (who != null) {
            request.with(user(principal(who)));
        }
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    private long versions() {
        return jdbc.sql("SELECT COUNT(*) FROM versions").query(Long.class).single();
    }

    @Test
    void aDisclosureGoesFromUploadToPublicationAndIsCorrectedWithItsReason() throws Exception {
        Path scratch = Files.createTempDirectory(DATA, "fixtures-");

        // the example's workbook keeps the published document's errors: a draft, shown at its cells, not submitted
        MockHttpServletResponse first =
                upload("editor-q", "填报.xlsx", ExampleFixtures.workbook(ExampleFixtures.example(), scratch), null);
        long draft = versionOf(first);
        VersionRecord withErrors = documents.version(draft).orElseThrow();
        assertThat(withErrors.state()).isEqualTo(VersionState.DRAFT);
        assertThat(withErrors.validation().errors()).isPositive();
        assertThat(withErrors.draftMarked()).isTrue();
        List<StoredFinding> findings = workflow.findings(draft);
        assertThat(findings)
                .hasSize(withErrors.validation().errors()
                        + withErrors.validation().warnings()
                        + withErrors.validation().infos());
        StoredFinding error = findings.stream()
                .filter(finding -> finding.severity() == Severity.ERROR && finding.inTable())
                .findFirst()
                .orElseThrow();
        assertThat(findings)
                .as("findings point into the workbook, never into the directory it was read from")
                .anySatisfy(finding -> assertThat(finding.source()).startsWith("填报.xlsx!"))
                .allSatisfy(finding -> assertThat(finding.source()).doesNotContain("juesuan-upload"));
        String draftPage = page("editor-q", "/workspace/versions/" + draft);
        assertThat(draftPage)
                .contains(error.message())
                .contains("flagged error")
                .contains("[" + error.number() + "]")
                .contains("不能报送");
        assertThat(problems(step("editor-q", draft, "submit", null)))
                .singleElement()
                .asString()
                .contains("错误 " + withErrors.validation().errors() + " 项")
                .contains("不能报送");
        assertThat(state(draft)).isEqualTo(VersionState.DRAFT);

        // the corrected dataset: no errors; submitted, returned with a comment, submitted again, approved, published
        MockHttpServletResponse second =
                upload("editor-q", "dataset.yaml", ExampleFixtures.correct().getBytes(StandardCharsets.UTF_8), null);
        long version = versionOf(second);
        assertThat(documents.version(version).orElseThrow().validation().errors())
                .isZero();
        assertThat(documents.version(version).orElseThrow().draftMarked()).isFalse();
        assertThat(problems(step("editor-q", version, "submit", null))).isEmpty();
        assertThat(state(version)).isEqualTo(VersionState.SUBMITTED);
        assertThat(problems(step("editor-q", version, "approve", null)))
                .as("an editor does not approve")
                .singleElement()
                .asString()
                .contains("财政审核人员");
        assertThat(problems(step("reviewer-q", version, "return", " ")))
                .singleElement()
                .asString()
                .contains("退回须填写审核意见");
        assertThat(state(version)).isEqualTo(VersionState.SUBMITTED);
        String comment = "请核对公开06表<b>工资福利支出</b>的明细。";
        assertThat(problems(step("reviewer-q", version, "return", comment))).isEmpty();
        assertThat(state(version)).isEqualTo(VersionState.RETURNED);
        assertThat(page("editor-q", "/workspace/versions/" + version))
                .contains("已退回")
                .contains("请核对公开06表&lt;b&gt;工资福利支出&lt;/b&gt;的明细。");
        assertThat(problems(step("editor-q", version, "publish", null)))
                .singleElement()
                .asString()
                .contains("只有已审核的版本可以公开");
        assertThat(problems(step("editor-q", version, "submit", null))).isEmpty();
        assertThat(workflow.approvedAt(version)).isEmpty();
        assertThat(problems(step("reviewer-q", version, "approve", "同意公开。"))).isEmpty();
        assertThat(state(version)).isEqualTo(VersionState.APPROVED);
        assertThat(workflow.approvedAt(version)).isPresent();
        assertThat(problems(step("editor-q", version, "publish", null))).isEmpty();
        VersionRecord published = documents.version(version).orElseThrow();
        assertThat(published.state()).isEqualTo(VersionState.PUBLISHED);
        assertThat(published.publishedBy()).isEqualTo("editor-q");
        assertThat(audit.entries(AuditLogRepository.VERSION, version))
                .extracting(AuditEntry::action)
                .containsExactly("上传", "报送", "退回", "报送", "审核通过", "公开");
        assertThat(audit.entries(AuditLogRepository.VERSION, version))
                .filteredOn(entry -> entry.action().equals("退回"))
                .singleElement()
                .satisfies(entry -> {
                    assertThat(entry.actor()).isEqualTo("reviewer-q");
                    assertThat(entry.details()).contains(comment).contains("已报送 → 已退回");
                });
        long document = published.documentId();
        assertThat(page(null, "/disclosures/" + document)).contains(UNIT).contains("2024年度部门决算");

        // the approval is the unit's 批复: the coverage tracker gives it its own deadline, 20 days later, and it was
        // published on time (no deadline was set for the region, which would otherwise leave it unjudged)
        LocalDate approvedOn = workflow.approvedAt(version)
                .orElseThrow()
                .atZoneSameInstant(ZoneId.of("Asia/Shanghai"))
                .toLocalDate();
        String coverage = page(null, "/coverage?year=2024&region=" + units.region(REGION));
        assertThat(coverage)
                .contains(approvedOn.toString())
                .contains(approvedOn.plusDays(20).toString())
                .contains("<td class=\"status on-time\">已按时公开</td>");

        // a new upload now corrects the published disclosure: refused without a reason, stored with one
        String corrected = ExampleFixtures.correct()
                .replace("\"30101\": 33.73", "\"30101\": 34.73")
                .replace("\"30102\": 83.75", "\"30102\": 82.75");
        byte[] correction = corrected.getBytes(StandardCharsets.UTF_8);
        long before = versions();
        MvcResult noReason = uploadResult("editor-q", "dataset.yaml", correction, "");
        assertThat(problems(noReason)).singleElement().asString().contains("须填写更正原因");
        assertThat(versions()).isEqualTo(before);
        String reason = "基本工资与津贴补贴分列有误，更正公开06表。";
        long fix = versionOf(upload("editor-q", "dataset.yaml", correction, reason));
        assertThat(documents.version(fix).orElseThrow().correctionReason()).contains(reason);
        assertThat(documents.version(fix).orElseThrow().documentId()).isEqualTo(document);
        step("editor-q", fix, "submit", null);
        step("reviewer-q", fix, "approve", null);
        step("editor-q", fix, "publish", null);
        assertThat(state(fix)).isEqualTo(VersionState.PUBLISHED);
        int from = published.number();
        int to = documents.version(fix).orElseThrow().number();

        String documentPage = page(null, "/disclosures/" + document);
        assertThat(documentPage).contains(reason).contains("/disclosures/" + document + "/changes");
        String changes = page(null, "/disclosures/" + document + "/changes");
        assertThat(changes)
                .contains(reason)
                .contains("第 <span>" + from + "</span> 版")
                .contains("第 <span>" + to + "</span> 版")
                .contains("公开06表")
                .contains("33.73")
                .contains("34.73")
                .contains("83.75")
                .contains("82.75");
        assertThat(changes.split("<tr>", -1))
                .as("a header row and the two changed cells")
                .hasSize(4);
        assertThat(page(null, "/disclosures/" + document + "/changes?from=" + from + "&to=" + to))
                .isEqualTo(changes);
        assertThat(mvc.perform(get("/disclosures/" + document + "/changes?from=1&to=" + to))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .as("version 1 is a draft that was never published")
                .isEqualTo(404);
    }

    @Test
    void aCorruptedWorkbookIsRefusedAtItsCellAndStoresNothing() throws Exception {
        Path scratch = Files.createTempDirectory(DATA, "fixtures-");
        SpoiledWorkbook spoiled = ExampleFixtures.spoiled(ExampleFixtures.workbook(ExampleFixtures.correct(), scratch));
        long before = versions();
        MvcResult result = uploadResult("editor-q", "填报.xlsx", spoiled.content(), null);
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/workspace");
        assertThat(problems(result))
                .anySatisfy(problem -> assertThat(problem).startsWith(spoiled.place()))
                .allSatisfy(problem -> assertThat(problem).doesNotContain("juesuan-upload"));
        assertThat(versions()).isEqualTo(before);
        // the page shows the messages as text
        String page = mvc.perform(get("/workspace")
                        .flashAttr("problems", problems(result))
                        .with(user(principal("editor-q"))))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains(spoiled.place()).contains("未保存任何内容");
    }

    @Test
    void aDatasetOfAnotherUnitIsRefused() throws Exception {
        String other = ExampleFixtures.correct().replace("name: " + UNIT, "name: 武汉市青山区财政局");
        long before = versions();
        MvcResult result = uploadResult("editor-q", "dataset.yaml", other.getBytes(StandardCharsets.UTF_8), null);
        assertThat(problems(result))
                .singleElement()
                .asString()
                .contains("武汉市青山区财政局")
                .contains(UNIT)
                .contains("只能上传本单位的决算");
        assertThat(versions()).isEqualTo(before);
        MvcResult wrongType = uploadResult("editor-q", "填报.pdf", new byte[] {1, 2, 3}, null);
        assertThat(problems(wrongType)).singleElement().asString().contains(".xlsx");
        assertThat(versions()).isEqualTo(before);
    }
}

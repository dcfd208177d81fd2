package org.juesuan.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.RequestDispatcher;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.juesuan.portal.security.FirstAdministrator;
import org.juesuan.portal.security.PortalUser;
import org.juesuan.portal.store.AuditEntry;
import org.juesuan.portal.store.AuditLogRepository;
import org.juesuan.portal.store.DocumentRepository;
import org.juesuan.portal.store.FileFormat;
import org.juesuan.portal.store.NewVersion;
import org.juesuan.portal.store.Role;
import org.juesuan.portal.store.UnitRepository;
import org.juesuan.portal.store.UserAccount;
import org.juesuan.portal.store.UserRepository;
import org.juesuan.portal.store.ValidationSummary;
import org.juesuan.portal.store.VersionRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.mock.web.MockServletContext;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Who may reach what (权限矩阵): every endpoint of the portal, as Spring maps them, against anonymous visitors, the
 * editors of two units, the reviewer of their region and an administrator; CSRF-less POSTs; login, lockout and the
 * password hashes; the first administrator. Runs without examples, over data of its own.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SecurityIT {

    private static final String PASSWORD = "正确的密码-Correct-1";
    private static final Path DATA = TestDirectories.fresh("security-it", "data-");

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
    UnitRepository units;

    @Autowired
    UserRepository users;

    @Autowired
    AuditLogRepository audit;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    /** The users of the matrix. */
    enum Who {
        ANONYMOUS,
        EDITOR_A,
        EDITOR_B,
        REVIEWER,
        ADMIN
    }

    /** What a cell of the matrix expects. */
    enum Outcome {
        OK(200),
        LOGIN(302),
        REDIRECT(302),
        FORBIDDEN(403),
        NOT_FOUND(404);

        final int status;

        Outcome(int status) {
            this.status = status;
        }
    }

    private static final Outcome OK = Outcome.OK;
    private static final Outcome LOGIN = Outcome.LOGIN;
    private static final Outcome REDIRECT = Outcome.REDIRECT;
    private static final Outcome FORBIDDEN = Outcome.FORBIDDEN;
    private static final Outcome NOT_FOUND = Outcome.NOT_FOUND;

    /** The fixture, created once for the context's database. */
    private static @Nullable Fixture fixture;

    /** A region and a unit of the fixture (unit A, which has documents), for the administration pages. */
    private record Places(long region, long unit) {}

    private static @Nullable Places places;

    private static Places places() {
        return java.util.Objects.requireNonNull(places, "places");
    }

    private record Fixture(
            long published,
            long unpublished,
            long draftA,
            long submittedA,
            long draftB,
            long draftBDocument,
            long submittedOtherRegion,
            long unitA,
            long unitB,
            long region,
            long otherRegion) {}

    @BeforeEach
    void fixture() {
        if (fixture != null) {
            return;
        }
        OffsetDateTime at = OffsetDateTime.now();
        long region = units.region("测试省测试市甲区");
        long other = units.region("测试省测试市乙区");
        long unitA = units.unit(region, "甲区财政局", "财政局", "区");
        long unitB = units.unit(region, "甲区教育局", "教育局", "区");
        long unitC = units.unit(other, "乙区卫生健康局", "卫生健康局", "区");

        long publishedDocument = documents.document(unitA, 2023, "hubei-2024", at);
        // the published version holds a real dataset (the example's), so that its tables can be derived
        VersionRecord published = version(publishedDocument, exampleDataset(), at);
        documents.addFile(
                published.id(),
                FileFormat.HTML,
                "甲区财政局.html",
                "<html><head></head><body><p>公开</p></body></html>".getBytes(StandardCharsets.UTF_8));
        documents.addFile(published.id(), FileFormat.PDF, "甲区财政局.pdf", pdf());
        documents.publish(published.id(), "reviewer", at);

        long documentA = documents.document(unitA, 2024, "hubei-2024", at);
        VersionRecord submittedA = version(documentA, at);
        submit(submittedA.id());
        VersionRecord draftA = version(documentA, at);

        long documentB = documents.document(unitB, 2024, "hubei-2024", at);
        VersionRecord draftB = version(documentB, at);
        documents.addFile(draftB.id(), FileFormat.PDF, "甲区教育局.pdf", pdf());

        VersionRecord submittedC = version(documents.document(unitC, 2024, "hubei-2024", at), at);
        submit(submittedC.id());

        createUser("editor-a", Role.EDITOR, unitA, null);
        createUser("editor-b", Role.EDITOR, unitB, null);
        createUser("reviewer", Role.REVIEWER, null, region);
        createUser("admin-2", Role.ADMIN, null, null);
        places = new Places(region, unitA);
        fixture = new Fixture(
                publishedDocument,
                documentA,
                draftA.id(),
                submittedA.id(),
                draftB.id(),
                documentB,
                submittedC.id(),
                unitA,
                unitB,
                region,
                other);
    }

    private static byte[] pdf() {
        return "%PDF-1.7 test".getBytes(StandardCharsets.US_ASCII);
    }

    private static String exampleDataset() {
        try {
            return Files.readString(Path.of("..", "examples", "qingshan-guozi-2024", "dataset.yaml"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private VersionRecord version(long document, OffsetDateTime at) {
        return version(document, "format: juesuan-dataset/1\n", at);
    }

    private VersionRecord version(long document, String dataset, OffsetDateTime at) {
        return documents.addVersion(new NewVersion(
                document, dataset, "yaml", new ValidationSummary(0, 0, 0, "校验通过", ""), false, null, "editor", at));
    }

    private void submit(long versionId) {
        jdbc.sql("UPDATE versions SET state = 'SUBMITTED' WHERE id = ?")
                .param(versionId)
                .update();
    }

    private void createUser(String name, Role role, @Nullable Long unit, @Nullable Long region) {
        users.create(name, name, encoder.encode(PASSWORD), role, unit, region, OffsetDateTime.now());
    }

    /** One row of the matrix: an endpoint, one request to it, and the outcome for each user. */
    private record Cell(
            String endpoint, Function<Fixture, MockHttpServletRequestBuilder> request, Outcome... outcomes) {}

    private static Cell cell(
            String endpoint, Function<Fixture, MockHttpServletRequestBuilder> request, Outcome... outcomes) {
        assertThat(outcomes).hasSize(Who.values().length);
        return new Cell(endpoint, request, outcomes);
    }

    /** The matrix. Columns: anonymous, editor of unit A, editor of unit B, reviewer of their region, administrator. */
    private static List<Cell> matrix() {
        List<Cell> cells = new ArrayList<>();
        // public pages: published documents only, the same for everyone; drafts never, not even for their own unit
        cells.add(cell("GET /", f -> get("/"), OK, OK, OK, OK, OK));
        cells.add(cell("GET /disclosures/{id}", f -> get("/disclosures/" + f.published()), OK, OK, OK, OK, OK));
        cells.add(cell(
                "GET /disclosures/{id}",
                f -> get("/disclosures/" + f.unpublished()),
                NOT_FOUND,
                NOT_FOUND,
                NOT_FOUND,
                NOT_FOUND,
                NOT_FOUND));
        cells.add(cell(
                "GET /disclosures/{id}/versions/{number}",
                f -> get("/disclosures/" + f.published() + "/versions/1"),
                OK,
                OK,
                OK,
                OK,
                OK));
        cells.add(cell(
                "GET /disclosures/{id}/versions/{number}",
                f -> get("/disclosures/" + f.draftBDocument() + "/versions/1"),
                NOT_FOUND,
                NOT_FOUND,
                NOT_FOUND,
                NOT_FOUND,
                NOT_FOUND));
        cells.add(cell(
                "GET /disclosures/{id}/versions/{number}/{format}",
                f -> get("/disclosures/" + f.published() + "/versions/1/pdf"),
                OK,
                OK,
                OK,
                OK,
                OK));
        cells.add(cell(
                "GET /disclosures/{id}/versions/{number}/{format}",
                f -> get("/disclosures/" + f.draftBDocument() + "/versions/1/pdf"),
                NOT_FOUND,
                NOT_FOUND,
                NOT_FOUND,
                NOT_FOUND,
                NOT_FOUND));
        cells.add(cell("GET /assets/**", f -> get("/assets/site.css"), OK, OK, OK, OK, OK));
        // search and comparisons: published documents only, the same for everyone
        cells.add(cell("GET /search", f -> get("/search?q=甲区"), OK, OK, OK, OK, OK));
        cells.add(cell("GET /compare/units/{unitId}", f -> get("/compare/units/" + f.unitA()), OK, OK, OK, OK, OK));
        cells.add(cell(
                "GET /compare/units/{unitId}",
                f -> get("/compare/units/" + f.unitB()),
                NOT_FOUND,
                NOT_FOUND,
                NOT_FOUND,
                NOT_FOUND,
                NOT_FOUND));
        cells.add(cell(
                "GET /compare/regions/{regionId}/{year}",
                f -> get("/compare/regions/" + f.region() + "/2023"),
                OK,
                OK,
                OK,
                OK,
                OK));
        cells.add(cell(
                "GET /compare/regions/{regionId}/{year}",
                f -> get("/compare/regions/" + f.otherRegion() + "/2024"),
                NOT_FOUND,
                NOT_FOUND,
                NOT_FOUND,
                NOT_FOUND,
                NOT_FOUND));
        cells.add(cell("GET /login", f -> get("/login"), OK, OK, OK, OK, OK));
        cells.add(cell(
                "* /error",
                f -> get("/error").requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 404),
                NOT_FOUND,
                NOT_FOUND,
                NOT_FOUND,
                NOT_FOUND,
                NOT_FOUND));
        // the workspace: editors their unit's versions, drafts included; the reviewer the region's submissions
        cells.add(cell("GET /workspace", f -> get("/workspace"), LOGIN, OK, OK, OK, FORBIDDEN));
        cells.add(cell(
                "GET /workspace/versions/{id}",
                f -> get("/workspace/versions/" + f.draftA()),
                LOGIN,
                OK,
                NOT_FOUND,
                NOT_FOUND,
                FORBIDDEN));
        cells.add(cell(
                "GET /workspace/versions/{id}",
                f -> get("/workspace/versions/" + f.submittedA()),
                LOGIN,
                OK,
                NOT_FOUND,
                OK,
                FORBIDDEN));
        cells.add(cell(
                "GET /workspace/versions/{id}",
                f -> get("/workspace/versions/" + f.draftB()),
                LOGIN,
                NOT_FOUND,
                OK,
                NOT_FOUND,
                FORBIDDEN));
        cells.add(cell(
                "GET /workspace/versions/{id}",
                f -> get("/workspace/versions/" + f.submittedOtherRegion()),
                LOGIN,
                NOT_FOUND,
                NOT_FOUND,
                NOT_FOUND,
                FORBIDDEN));
        cells.add(cell(
                "GET /workspace/versions/{id}",
                f -> get("/workspace/versions/999999"),
                LOGIN,
                NOT_FOUND,
                NOT_FOUND,
                NOT_FOUND,
                FORBIDDEN));
        // the workflow: an upload without a file changes nothing and returns to the workspace with a message
        cells.add(cell(
                "POST /workspace/upload",
                f -> multipart("/workspace/upload").with(csrf()),
                LOGIN,
                REDIRECT,
                REDIRECT,
                REDIRECT,
                FORBIDDEN));
        cells.add(cell(
                "POST /workspace/upload",
                f -> multipart("/workspace/upload")
                        .file(new MockMultipartFile("file", "dataset.yaml", "text/yaml", new byte[] {'x'})),
                FORBIDDEN,
                FORBIDDEN,
                FORBIDDEN,
                FORBIDDEN,
                FORBIDDEN));
        // a step on a version nobody may see is 404; one a user may see but not take returns with a message and
        // changes nothing (publishing a draft, returning without a comment)
        cells.add(cell(
                "POST /workspace/versions/{id}/{step}",
                f -> post("/workspace/versions/" + f.draftA() + "/publish").with(csrf()),
                LOGIN,
                REDIRECT,
                NOT_FOUND,
                NOT_FOUND,
                FORBIDDEN));
        cells.add(cell(
                "POST /workspace/versions/{id}/{step}",
                f -> post("/workspace/versions/" + f.submittedA() + "/return").with(csrf()),
                LOGIN,
                REDIRECT,
                NOT_FOUND,
                REDIRECT,
                FORBIDDEN));
        cells.add(cell(
                "POST /workspace/versions/{id}/{step}",
                f -> post("/workspace/versions/" + f.draftB() + "/publish").with(csrf()),
                LOGIN,
                NOT_FOUND,
                REDIRECT,
                NOT_FOUND,
                FORBIDDEN));
        cells.add(cell(
                "POST /workspace/versions/{id}/{step}",
                f -> post("/workspace/versions/" + f.submittedOtherRegion() + "/approve")
                        .with(csrf()),
                LOGIN,
                NOT_FOUND,
                NOT_FOUND,
                NOT_FOUND,
                FORBIDDEN));
        cells.add(cell(
                "POST /workspace/versions/{id}/{step}",
                f -> post("/workspace/versions/" + f.draftA() + "/erase").with(csrf()),
                LOGIN,
                NOT_FOUND,
                NOT_FOUND,
                NOT_FOUND,
                FORBIDDEN));
        cells.add(cell(
                "POST /workspace/versions/{id}/{step}",
                f -> post("/workspace/versions/" + f.submittedA() + "/approve"),
                FORBIDDEN,
                FORBIDDEN,
                FORBIDDEN,
                FORBIDDEN,
                FORBIDDEN));
        // 更正说明: public, between published versions only; a document with fewer than two is 404 for everyone
        cells.add(cell(
                "GET /disclosures/{id}/changes",
                f -> get("/disclosures/" + f.published() + "/changes"),
                NOT_FOUND,
                NOT_FOUND,
                NOT_FOUND,
                NOT_FOUND,
                NOT_FOUND));
        cells.add(cell(
                "GET /disclosures/{id}/changes",
                f -> get("/disclosures/" + f.draftBDocument() + "/changes?from=1&to=2"),
                NOT_FOUND,
                NOT_FOUND,
                NOT_FOUND,
                NOT_FOUND,
                NOT_FOUND));
        // one's own password: every logged-in user; a wrong current password changes nothing and returns to the form
        cells.add(cell("GET /account/password", f -> get("/account/password"), LOGIN, OK, OK, OK, OK));
        cells.add(cell(
                "POST /account/password",
                f -> post("/account/password")
                        .with(csrf())
                        .param("current", "not-the-password")
                        .param("password", "0123456789abc")
                        .param("repeat", "0123456789abc"),
                LOGIN,
                REDIRECT,
                REDIRECT,
                REDIRECT,
                REDIRECT));
        cells.add(cell(
                "POST /account/password",
                f -> post("/account/password")
                        .param("current", PASSWORD)
                        .param("password", "0123456789abc")
                        .param("repeat", "0123456789abc"),
                FORBIDDEN,
                FORBIDDEN,
                FORBIDDEN,
                FORBIDDEN,
                FORBIDDEN));
        // administration
        cells.add(cell("GET /admin/users", f -> get("/admin/users"), LOGIN, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK));
        // an incomplete form: the administrator is sent back to the form, nobody is created
        cells.add(cell(
                "POST /admin/users",
                f -> post("/admin/users").with(csrf()).param("username", ""),
                LOGIN,
                FORBIDDEN,
                FORBIDDEN,
                FORBIDDEN,
                REDIRECT));
        // every POST without its CSRF token is refused, whoever sends it
        cells.add(cell(
                "POST /admin/users",
                f -> post("/admin/users")
                        .param("username", "intruder")
                        .param("displayName", "intruder")
                        .param("password", "0123456789abc")
                        .param("role", "ADMIN"),
                FORBIDDEN,
                FORBIDDEN,
                FORBIDDEN,
                FORBIDDEN,
                FORBIDDEN));
        cells.add(cell(
                "POST /login",
                f -> post("/login").param("username", "editor-a").param("password", PASSWORD),
                FORBIDDEN,
                FORBIDDEN,
                FORBIDDEN,
                FORBIDDEN,
                FORBIDDEN));
        // open data: published documents only, the same for everyone; drafts and unknown ids never
        cells.add(cell("GET /api/units", f -> get("/api/units"), OK, OK, OK, OK, OK));
        cells.add(cell("GET /api/documents", f -> get("/api/documents"), OK, OK, OK, OK, OK));
        cells.add(cell("GET /api/openapi.json", f -> get("/api/openapi.json"), OK, OK, OK, OK, OK));
        cells.add(cell("GET /api/documents", f -> get("/api/documents?year=2023"), OK, OK, OK, OK, OK));
        cells.add(cell(
                "GET /api/documents/{id}/versions",
                f -> get("/api/documents/" + f.published() + "/versions"),
                OK,
                OK,
                OK,
                OK,
                OK));
        cells.add(cell(
                "GET /api/documents/{id}/versions",
                f -> get("/api/documents/" + f.unpublished() + "/versions"),
                NOT_FOUND,
                NOT_FOUND,
                NOT_FOUND,
                NOT_FOUND,
                NOT_FOUND));
        cells.add(cell(
                "GET /api/documents/{id}/versions",
                f -> get("/api/documents/" + f.draftBDocument() + "/versions"),
                NOT_FOUND,
                NOT_FOUND,
                NOT_FOUND,
                NOT_FOUND,
                NOT_FOUND));
        cells.add(cell(
                "GET /api/documents/{id}/versions",
                f -> get("/api/documents/987654/versions"),
                NOT_FOUND,
                NOT_FOUND,
                NOT_FOUND,
                NOT_FOUND,
                NOT_FOUND));
        // open data of a version's tables: the published version's, never a draft's or an unknown one's
        String tables = "/api/documents/{id}/versions/{number}/tables";
        Map<String, String> tableEndpoints = new LinkedHashMap<>();
        tableEndpoints.put(tables, "");
        tableEndpoints.put(tables + "/{tableId}", "/T01");
        tableEndpoints.put(tables + "/{tableId}.csv", "/T05.csv");
        tableEndpoints.put(tables + "/{tableId}/cells/{lineId}/{columnId}", "/T03/cells/total/basic");
        tableEndpoints.put("/api/documents/{id}/versions/{number}/datapackage.zip", "");
        tableEndpoints.forEach((endpoint, suffix) -> {
            String rest = endpoint.endsWith("datapackage.zip") ? "/datapackage.zip" : "/tables" + suffix;
            cells.add(cell(
                    "GET " + endpoint,
                    f -> get("/api/documents/" + f.published() + "/versions/1" + rest),
                    OK,
                    OK,
                    OK,
                    OK,
                    OK));
            cells.add(cell(
                    "GET " + endpoint,
                    f -> get("/api/documents/" + f.unpublished() + "/versions/1" + rest),
                    NOT_FOUND,
                    NOT_FOUND,
                    NOT_FOUND,
                    NOT_FOUND,
                    NOT_FOUND));
            cells.add(cell(
                    "GET " + endpoint,
                    f -> get("/api/documents/" + f.draftBDocument() + "/versions/1" + rest),
                    NOT_FOUND,
                    NOT_FOUND,
                    NOT_FOUND,
                    NOT_FOUND,
                    NOT_FOUND));
            cells.add(cell(
                    "GET " + endpoint,
                    f -> get("/api/documents/" + f.published() + "/versions/2" + rest),
                    NOT_FOUND,
                    NOT_FOUND,
                    NOT_FOUND,
                    NOT_FOUND,
                    NOT_FOUND));
        });
        cells.add(cell(
                "GET /api/documents/{id}/versions/{number}/tables/{tableId}",
                f -> get("/api/documents/" + f.published() + "/versions/1/tables/T99"),
                NOT_FOUND,
                NOT_FOUND,
                NOT_FOUND,
                NOT_FOUND,
                NOT_FOUND));
        cells.add(cell(
                "GET /api/documents/{id}/versions/{number}/tables/{tableId}/cells/{lineId}/{columnId}",
                f -> get("/api/documents/" + f.published() + "/versions/1/tables/T03/cells/total/nowhere"),
                NOT_FOUND,
                NOT_FOUND,
                NOT_FOUND,
                NOT_FOUND,
                NOT_FOUND));
        cells.add(cell(
                "GET /api/regions/{regionId}/years/{year}/datapackage.zip",
                f -> get("/api/regions/" + f.region() + "/years/2023/datapackage.zip"),
                OK,
                OK,
                OK,
                OK,
                OK));
        cells.add(cell(
                "GET /api/regions/{regionId}/years/{year}/datapackage.zip",
                f -> get("/api/regions/" + f.region() + "/years/2024/datapackage.zip"),
                NOT_FOUND,
                NOT_FOUND,
                NOT_FOUND,
                NOT_FOUND,
                NOT_FOUND));
        cells.add(cell("POST /logout", f -> post("/logout"), FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN));
        cells.add(cell(
                "POST /logout", f -> post("/logout").with(csrf()), REDIRECT, REDIRECT, REDIRECT, REDIRECT, REDIRECT));
        // administration of regions, units, profiles and deadlines, and the audit log: administrators only. The
        // administrator's POSTs are refused forms (nothing changes) or, for deletion, a unit with documents
        cells.addAll(administration());
        // the coverage tracker: public
        cells.add(cell("GET /coverage", f -> get("/coverage"), OK, OK, OK, OK, OK));
        cells.add(
                cell("GET /coverage", f -> get("/coverage?year=2023&region=" + places().region()), OK, OK, OK, OK, OK));
        return cells;
    }

    /** The rows of the administration pages: every GET and POST, and each POST again without its CSRF token. */
    private static List<Cell> administration() {
        List<Cell> cells = new ArrayList<>();
        List<String> pages =
                List.of("/admin/regions", "/admin/units", "/admin/profiles", "/admin/deadlines", "/admin/audit");
        for (String page : pages) {
            cells.add(cell("GET " + page, f -> get(page), LOGIN, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK));
        }
        cells.add(cell(
                "GET /admin/audit",
                f -> get("/admin/audit?actor=admin&object=user&page=2"),
                LOGIN,
                FORBIDDEN,
                FORBIDDEN,
                FORBIDDEN,
                OK));
        cells.add(cell(
                "GET /admin/regions/{id}",
                f -> get("/admin/regions/" + places().region()),
                LOGIN,
                FORBIDDEN,
                FORBIDDEN,
                FORBIDDEN,
                OK));
        cells.add(cell(
                "GET /admin/regions/{id}",
                f -> get("/admin/regions/999999"),
                LOGIN,
                FORBIDDEN,
                FORBIDDEN,
                FORBIDDEN,
                NOT_FOUND));
        cells.add(cell(
                "GET /admin/units/{id}",
                f -> get("/admin/units/" + places().unit()),
                LOGIN,
                FORBIDDEN,
                FORBIDDEN,
                FORBIDDEN,
                OK));
        cells.add(cell(
                "GET /admin/units/{id}",
                f -> get("/admin/units/999999"),
                LOGIN,
                FORBIDDEN,
                FORBIDDEN,
                FORBIDDEN,
                NOT_FOUND));
        List<Function<Fixture, MockHttpServletRequestBuilder>> posts = new ArrayList<>();
        List<String> endpoints = new ArrayList<>();
        endpoints.add("POST /admin/regions");
        posts.add(f -> post("/admin/regions").param("name", ""));
        endpoints.add("POST /admin/regions/{id}");
        posts.add(f -> post("/admin/regions/" + places().region()).param("name", ""));
        endpoints.add("POST /admin/units");
        posts.add(f -> post("/admin/units").param("name", ""));
        endpoints.add("POST /admin/units/{id}");
        posts.add(f -> post("/admin/units/" + places().unit()).param("name", ""));
        endpoints.add("POST /admin/units/{id}/delete");
        posts.add(f -> post("/admin/units/" + places().unit() + "/delete"));
        endpoints.add("POST /admin/profiles");
        posts.add(f -> post("/admin/profiles").param("profile", "no-such-profile"));
        endpoints.add("POST /admin/deadlines");
        posts.add(f -> post("/admin/deadlines")
                .param("regionId", Long.toString(places().region()))
                .param("year", "2024")
                .param("approvedOn", "not-a-date"));
        for (int i = 0; i < posts.size(); i++) {
            Function<Fixture, MockHttpServletRequestBuilder> request = posts.get(i);
            cells.add(cell(
                    endpoints.get(i),
                    f -> request.apply(f).with(csrf()),
                    LOGIN,
                    FORBIDDEN,
                    FORBIDDEN,
                    FORBIDDEN,
                    REDIRECT));
            cells.add(cell(endpoints.get(i), request, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN));
        }
        cells.add(cell(
                "POST /admin/units/{id}",
                f -> post("/admin/units/999999").with(csrf()).param("name", ""),
                LOGIN,
                FORBIDDEN,
                FORBIDDEN,
                FORBIDDEN,
                NOT_FOUND));
        return cells;
    }

    /** The endpoints served by filters, not by controllers, and the static resources. */
    private static final Set<String> NOT_CONTROLLERS = Set.of("POST /login", "POST /logout", "GET /assets/**");

    @Test
    void theMatrixCoversEveryEndpoint() {
        Set<String> mapped = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<String> methods = new TreeSet<>();
            info.getMethodsCondition().getMethods().forEach(method -> methods.add(method.name()));
            for (String pattern : info.getPatternValues()) {
                if (methods.isEmpty()) {
                    mapped.add("* " + pattern);
                }
                methods.forEach(method -> mapped.add(method + " " + pattern));
            }
        }
        Set<String> covered = new TreeSet<>();
        matrix().forEach(cell -> covered.add(cell.endpoint()));
        covered.removeAll(NOT_CONTROLLERS);
        assertThat(covered)
                .as("every endpoint Spring maps has rows in the matrix, and no other")
                .isEqualTo(mapped);
    }

    @Test
    void theOpenApiDocumentDescribesEveryOpenDataEndpoint() throws Exception {
        Set<String> mapped = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            for (String pattern : info.getPatternValues()) {
                if (pattern.startsWith("/api/")) {
                    info.getMethodsCondition()
                            .getMethods()
                            .forEach(method -> mapped.add(method.name() + " " + pattern));
                }
            }
        }
        MockHttpServletResponse response =
                mvc.perform(get("/api/openapi.json")).andReturn().getResponse();
        assertThat(response.getContentType()).startsWith("application/json");
        JsonNode openApi = new ObjectMapper().readTree(response.getContentAsString(StandardCharsets.UTF_8));
        assertThat(openApi.get("openapi").asText()).startsWith("3.");
        Set<String> described = new TreeSet<>();
        openApi.get("paths")
                .properties()
                .forEach(path -> path.getValue().properties().forEach(operation -> {
                    described.add(operation.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey());
                    assertThat(operation.getValue().get("summary").asText())
                            .as("the summary of %s %s is in Chinese", operation.getKey(), path.getKey())
                            .matches(".*\\p{IsHan}.*");
                }));
        assertThat(mapped).as("the /api endpoints are mapped").isNotEmpty();
        assertThat(described).isEqualTo(mapped);
    }

    @Test
    void theOpenDataListsOnlyWhatIsPublished() throws Exception {
        Fixture f = fixture;
        MockHttpServletResponse units =
                mvc.perform(get("/api/units")).andReturn().getResponse();
        assertThat(units.getContentAsString(StandardCharsets.UTF_8))
                .contains("甲区财政局")
                .doesNotContain("甲区教育局")
                .doesNotContain("乙区卫生健康局");
        assertThat(units.getHeader("Access-Control-Allow-Origin")).isEqualTo("*");
        assertThat(units.getHeader("Cache-Control")).contains("max-age=").contains("public");
        String documents =
                mvc.perform(get("/api/documents")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(documents)
                .contains("\"id\":" + f.published() + ",")
                .doesNotContain("\"id\":" + f.unpublished() + ",")
                .doesNotContain("\"id\":" + f.draftBDocument() + ",");
        String other = mvc.perform(get("/api/documents?year=2024"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(other).as("no document of 2024 is published").isEqualTo("[]");
    }

    @Test
    void everyCellOfTheMatrixHolds() throws Exception {
        Fixture f = fixture;
        List<String> wrong = new ArrayList<>();
        Map<Who, @Nullable PortalUser> principals = new EnumMap<>(Who.class);
        principals.put(Who.EDITOR_A, principal("editor-a"));
        principals.put(Who.EDITOR_B, principal("editor-b"));
        principals.put(Who.REVIEWER, principal("reviewer"));
        principals.put(Who.ADMIN, principal("admin-2"));
        for (Cell cell : matrix()) {
            for (Who who : Who.values()) {
                MockHttpServletRequestBuilder request = cell.request().apply(f);
                PortalUser principal = principals.get(who);
                RequestBuilder built = principal == null ? request : request.with(user(principal));
                MockHttpServletResponse response =
                        mvc.perform(built).andReturn().getResponse();
                Outcome expected = cell.outcomes()[who.ordinal()];
                String location = response.getRedirectedUrl();
                boolean toLogin = location != null && location.endsWith("/login");
                boolean holds = response.getStatus() == expected.status
                        && (expected != LOGIN || toLogin)
                        && (expected != REDIRECT || !toLogin);
                if (!holds) {
                    wrong.add(cell.endpoint() + " "
                            + request.buildRequest(new MockServletContext()).getRequestURI()
                            + " as " + who + ": expected " + expected + ", got " + response.getStatus() + " "
                            + location);
                }
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(users.find("intruder")).isEmpty();
        assertThat(units.unitName(places().unit()))
                .as("a unit with documents is not deleted")
                .isPresent();
        for (String name : List.of("editor-a", "editor-b", "reviewer", "admin-2")) {
            assertThat(encoder.matches(PASSWORD, users.find(name).orElseThrow().passwordHash()))
                    .as("the password of " + name + " is unchanged")
                    .isTrue();
        }
    }

    private PortalUser principal(String name) {
        return new PortalUser(users.find(name).orElseThrow(), false);
    }

    @Test
    void theWorkspaceListsTheOwnUnitsDraftsAndTheRegionsSubmissions() throws Exception {
        String editorA = page(get("/workspace").with(user(principal("editor-a"))));
        assertThat(editorA).contains("甲区财政局2024年度部门决算").contains("草稿").contains("已报送");
        assertThat(editorA).doesNotContain("甲区教育局").doesNotContain("乙区卫生健康局");
        String reviewer = page(get("/workspace").with(user(principal("reviewer"))));
        assertThat(reviewer).contains("甲区财政局2024年度部门决算").contains("已报送");
        assertThat(reviewer).doesNotContain("草稿").doesNotContain("甲区教育局").doesNotContain("乙区卫生健康局");
        assertThat(page(get("/"))).contains("甲区财政局").doesNotContain("甲区教育局");
    }

    @Test
    void loginWithTheRightPasswordOpensTheWorkspace() throws Exception {
        MockHttpServletResponse response = mvc.perform(
                        formLogin("/login").user("editor-b").password(PASSWORD))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(302);
        assertThat(response.getRedirectedUrl()).isEqualTo("/workspace");
        MockHttpServletResponse wrong = mvc.perform(
                        formLogin("/login").user("editor-b").password("wrong"))
                .andReturn()
                .getResponse();
        assertThat(wrong.getRedirectedUrl()).isEqualTo("/login?error");
        assertThat(page(get("/login").param("error", ""))).contains("用户名或密码错误");
    }

    @Test
    void fiveWrongPasswordsLockTheAccountEvenAgainstTheRightOne() throws Exception {
        createUser("locked-out", Role.EDITOR, null, null);
        for (int i = 0; i < 4; i++) {
            assertThat(login("locked-out", "wrong-" + i)).isEqualTo("/login?error");
        }
        assertThat(users.find("locked-out").orElseThrow().lockedUntil()).isNull();
        assertThat(login("locked-out", "wrong-4")).isEqualTo("/login?error");
        UserAccount locked = users.find("locked-out").orElseThrow();
        assertThat(locked.lockedUntil())
                .isNotNull()
                .isBetween(
                        OffsetDateTime.now().plusMinutes(14),
                        OffsetDateTime.now().plusMinutes(16));
        assertThat(login("locked-out", PASSWORD)).isEqualTo("/login?locked");
        assertThat(page(get("/login").param("locked", ""))).contains("账号已锁定").contains("15 分钟");
        assertThat(audit.entries(AuditLogRepository.USER, locked.id()))
                .extracting(AuditEntry::action)
                .containsExactly("账号锁定");

        // once the lock has run out, the right password opens the account again and clears the count
        jdbc.sql("UPDATE users SET locked_until = ? WHERE id = ?")
                .params(OffsetDateTime.now().minusSeconds(1), locked.id())
                .update();
        assertThat(login("locked-out", PASSWORD)).isEqualTo("/workspace");
        assertThat(users.find("locked-out").orElseThrow())
                .satisfies(account -> assertThat(account.failedLogins()).isZero())
                .satisfies(account -> assertThat(account.lockedUntil()).isNull());
    }

    @Test
    void anAdministratorCreatesAUserWithAHashedPassword() throws Exception {
        PortalUser admin = principal("admin-2");
        long unit = users.find("editor-a").orElseThrow().unitId();
        MockHttpServletResponse response = mvc.perform(post("/admin/users")
                        .with(csrf())
                        .with(user(admin))
                        .param("username", "new-editor")
                        .param("displayName", "张三")
                        .param("password", "初始密码-Initial-9")
                        .param("role", "EDITOR")
                        .param("unitId", Long.toString(unit)))
                .andReturn()
                .getResponse();
        assertThat(response.getRedirectedUrl()).isEqualTo("/admin/users");
        UserAccount created = users.find("new-editor").orElseThrow();
        assertThat(created.role()).isEqualTo(Role.EDITOR);
        assertThat(created.unitId()).isEqualTo(unit);
        assertThat(created.passwordHash()).startsWith("$2").doesNotContain("初始密码");
        assertThat(encoder.matches("初始密码-Initial-9", created.passwordHash())).isTrue();
        assertThat(audit.entries(AuditLogRepository.USER, created.id()))
                .singleElement()
                .satisfies(entry -> {
                    assertThat(entry.actor()).isEqualTo("admin-2");
                    assertThat(entry.action()).isEqualTo("创建用户");
                });
        assertThat(page(get("/admin/users").with(user(admin))))
                .contains("new-editor")
                .contains("张三");
        assertThat(login("new-editor", "初始密码-Initial-9")).isEqualTo("/workspace");

        // an editor without a unit is refused
        mvc.perform(post("/admin/users")
                .with(csrf())
                .with(user(admin))
                .param("username", "no-unit")
                .param("displayName", "李四")
                .param("password", "初始密码-Initial-9")
                .param("role", "EDITOR"));
        assertThat(users.find("no-unit")).isEmpty();
    }

    @Test
    void aUserChangesTheirOwnPassword() throws Exception {
        createUser("changer", Role.REVIEWER, null, null);
        PortalUser changer = principal("changer");
        String problem = mvc.perform(post("/account/password")
                        .with(csrf())
                        .with(user(changer))
                        .param("current", PASSWORD)
                        .param("password", "新的密码-New-Password-2")
                        .param("repeat", "另一个密码-Other-3"))
                .andReturn()
                .getFlashMap()
                .get("problem")
                .toString();
        assertThat(problem).isEqualTo("两次输入的新密码不一致。");
        assertThat(login("changer", PASSWORD)).isEqualTo("/workspace");

        mvc.perform(post("/account/password")
                .with(csrf())
                .with(user(changer))
                .param("current", PASSWORD)
                .param("password", "新的密码-New-Password-2")
                .param("repeat", "新的密码-New-Password-2"));
        UserAccount changed = users.find("changer").orElseThrow();
        assertThat(changed.passwordHash()).startsWith("$2").doesNotContain("新的密码");
        assertThat(login("changer", PASSWORD)).isEqualTo("/login?error");
        assertThat(login("changer", "新的密码-New-Password-2")).isEqualTo("/workspace");
        assertThat(audit.entries(AuditLogRepository.USER, changed.id()))
                .extracting(AuditEntry::action)
                .containsExactly("修改密码");
    }

    @Test
    void everyStoredPasswordIsABcryptHash() {
        assertThat(users.all()).isNotEmpty().allSatisfy(account -> assertThat(account.passwordHash())
                .matches("\\$2[aby]\\$\\d\\d\\$.{53}"));
        assertThat(encoder.matches(
                        PASSWORD, users.find("editor-a").orElseThrow().passwordHash()))
                .isTrue();
    }

    @Test
    void theFirstStartCreatedTheAdministrator() {
        UserAccount admin = users.find(FirstAdministrator.USERNAME).orElseThrow();
        assertThat(admin.role()).isEqualTo(Role.ADMIN);
        assertThat(audit.entries(AuditLogRepository.USER, admin.id()))
                .extracting(AuditEntry::action)
                .containsExactly("创建管理员");
    }

    @Test
    void securityHeadersComeWithEveryResponse() throws Exception {
        for (String path : List.of("/", "/login", "/workspace")) {
            MockHttpServletResponse response =
                    mvc.perform(get(path)).andReturn().getResponse();
            assertThat(response.getHeader("Content-Security-Policy")).contains("script-src 'self'");
            assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(response.getHeader("Referrer-Policy")).isEqualTo("same-origin");
        }
        assertThat(page(get("/login"))).contains("name=\"_csrf\"").contains("登录");
    }

    private String login(String username, String password) throws Exception {
        return mvc.perform(formLogin("/login").user(username).password(password))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
    }

    private String page(RequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}

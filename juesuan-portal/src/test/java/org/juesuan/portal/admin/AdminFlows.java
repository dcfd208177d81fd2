package org.juesuan.portal.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.jspecify.annotations.Nullable;
import org.juesuan.portal.security.PortalUser;
import org.juesuan.portal.store.AuditEntry;
import org.juesuan.portal.store.AuditLogRepository;
import org.juesuan.portal.store.DocumentRepository;
import org.juesuan.portal.store.NewVersion;
import org.juesuan.portal.store.Role;
import org.juesuan.portal.store.UserRepository;
import org.juesuan.portal.store.ValidationSummary;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

/**
 * The administration pages walked as an administrator (系统管理流程): regions and units created and edited, a
 * default profile and a deadline set, the coverage tracker showing them; every change, login and logout in the audit
 * log, read back row by row. Today is fixed at 2025-09-01 10:00 in Beijing. Run on H2 and on PostgreSQL.
 */
abstract class AdminFlows {

    /** Today for these tests: 2025-09-01 10:00 Beijing time. */
    static final Instant NOW = Instant.parse("2025-09-01T02:00:00Z");

    private static final String PASSWORD = "正确的密码-Correct-1";
    private static final AtomicInteger NAMES = new AtomicInteger();

    /** Fixes the clock of the application. */
    @TestConfiguration
    static class FixedClock {
        @Bean
        @Primary
        Clock fixedClock() {
            return Clock.fixed(NOW, ZoneOffset.UTC);
        }
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    AdminStore store;

    @Autowired
    DeadlineRepository deadlines;

    @Autowired
    AuditSearch search;

    @Autowired
    AuditLogRepository audit;

    @Autowired
    DocumentRepository documents;

    @Autowired
    UserRepository users;

    @Autowired
    PasswordEncoder encoder;

    /** Returns a name no other test uses. */
    private static String unique(String name) {
        return name + NAMES.incrementAndGet();
    }

    private PortalUser account(String prefix, Role role, @Nullable Long unit, @Nullable Long region) {
        String name = unique(prefix);
        users.create(name, name, encoder.encode(PASSWORD), role, unit, region, OffsetDateTime.now());
        return new PortalUser(users.find(name).orElseThrow(), false);
    }

    private MockHttpServletResponse send(RequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }

    private String page(RequestBuilder request) throws Exception {
        MockHttpServletResponse response = send(request);
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    private List<AuditEntry> entries(@Nullable String actor, @Nullable String action, String type, @Nullable Long id) {
        return search.search(new AuditSearch.Filter(actor, action, type, id), 0, 1000)
                .entries();
    }

    private long regionId(String name) {
        return store.regions().stream()
                .filter(region -> region.name().equals(name))
                .findFirst()
                .orElseThrow()
                .id();
    }

    private long unitId(String name) {
        return store.units().stream()
                .filter(unit -> unit.name().equals(name))
                .findFirst()
                .orElseThrow()
                .id();
    }

    private void createUnit(PortalUser admin, String name, long region) throws Exception {
        MockHttpServletResponse response = send(post("/admin/units")
                .with(csrf())
                .with(user(admin))
                .param("name", name)
                .param("shortName", name.substring(0, 2))
                .param("level", "区")
                .param("regionId", Long.toString(region)));
        assertThat(response.getRedirectedUrl()).isEqualTo("/admin/units");
    }

    private void publish(long unit, OffsetDateTime at) {
        long document = documents.document(unit, 2024, "hubei-2024", at.minusDays(1));
        long version = documents
                .addVersion(new NewVersion(
                        document,
                        "format: juesuan-dataset/1\n",
                        "yaml",
                        new ValidationSummary(0, 0, 0, "校验通过", ""),
                        false,
                        null,
                        "editor",
                        at.minusDays(1)))
                .id();
        assertThat(documents.publish(version, "reviewer", at)).isTrue();
    }

    @Test
    void anAdministratorSetsUpARegionAndTheCoverageTrackerShowsIt() throws Exception {
        PortalUser admin = account("admin-flow-", Role.ADMIN, null, null);
        String regionName = unique("测试省测试市丙区");
        String subName = regionName + "某街道";

        // a region and a sub-region
        assertThat(send(post("/admin/regions").with(csrf()).with(user(admin)).param("name", regionName))
                        .getRedirectedUrl())
                .isEqualTo("/admin/regions");
        long region = regionId(regionName);
        send(post("/admin/regions")
                .with(csrf())
                .with(user(admin))
                .param("name", subName)
                .param("parentId", Long.toString(region)));
        long sub = regionId(subName);
        assertThat(store.region(sub).orElseThrow().parentId()).isEqualTo(region);
        assertThat(entries(admin.getUsername(), "创建地区", AdminLog.REGION, sub))
                .singleElement()
                .satisfies(
                        entry -> assertThat(entry.details()).contains(subName).contains("上级地区：" + regionName));
        // a region cannot lie in itself or below itself
        MockHttpServletResponse cycle = send(post("/admin/regions/" + region)
                .with(csrf())
                .with(user(admin))
                .param("name", regionName)
                .param("parentId", Long.toString(sub)));
        assertThat(cycle.getRedirectedUrl()).isEqualTo("/admin/regions/" + region);
        assertThat(store.region(region).orElseThrow().parentId()).isNull();

        // units: created, one renamed, with the change before → after in the audit log
        String prefix = "丙区";
        createUnit(admin, prefix + "财政局" + region, region);
        createUnit(admin, prefix + "教育局" + region, region);
        createUnit(admin, prefix + "水务局" + region, region);
        createUnit(admin, "街道办事处" + sub, sub);
        long finance = unitId(prefix + "财政局" + region);
        assertThat(page(get("/admin/units").with(user(admin)))).contains(prefix + "教育局" + region);
        String renamed = prefix + "财政局（国资局）" + region;
        MockHttpServletResponse edit = send(post("/admin/units/" + finance)
                .with(csrf())
                .with(user(admin))
                .param("name", renamed)
                .param("shortName", "财政局")
                .param("level", "县")
                .param("regionId", Long.toString(region)));
        assertThat(edit.getRedirectedUrl()).isEqualTo("/admin/units");
        AdminStore.Unit unit = store.unit(finance).orElseThrow();
        assertThat(unit.name()).isEqualTo(renamed);
        assertThat(unit.level()).isEqualTo("县");
        assertThat(entries(admin.getUsername(), "修改单位", AdminLog.UNIT, finance))
                .singleElement()
                .satisfies(entry -> assertThat(entry.details())
                        .contains("名称：" + prefix + "财政局" + region + " → " + renamed)
                        .contains("简称：丙区 → 财政局")
                        .contains("层级：区 → 县")
                        .doesNotContain("地区："));
        // a unit without a region or level is refused with the reasons
        MockHttpServletResponse refused = send(post("/admin/units")
                .with(csrf())
                .with(user(admin))
                .param("name", "无地区的单位")
                .param("shortName", "无地区"));
        assertThat(refused.getRedirectedUrl()).isEqualTo("/admin/units");
        assertThat(mvc.perform(post("/admin/units")
                                .with(csrf())
                                .with(user(admin))
                                .param("name", "无地区的单位")
                                .param("shortName", "无地区"))
                        .andReturn()
                        .getFlashMap()
                        .get("problems"))
                .asInstanceOf(InstanceOfAssertFactories.LIST)
                .contains("请选择单位所在地区", "请选择层级（中央、省、市、区、县）");
        assertThat(store.units()).noneMatch(candidate -> candidate.name().equals("无地区的单位"));

        // the default profile: stored, shown, audited; an unknown profile is refused
        send(post("/admin/profiles")
                .with(csrf())
                .with(user(admin))
                .param("regionId", Long.toString(region))
                .param("profile", "no-such-profile"));
        assertThat(store.region(region).orElseThrow().defaultProfile()).isNull();
        send(post("/admin/profiles")
                .with(csrf())
                .with(user(admin))
                .param("regionId", Long.toString(region))
                .param("profile", "hubei-2024"));
        assertThat(store.region(region).orElseThrow().defaultProfile()).isEqualTo("hubei-2024");
        assertThat(entries(admin.getUsername(), "设置默认口径", AdminLog.REGION, region))
                .singleElement()
                .satisfies(entry -> assertThat(entry.details()).contains("默认口径：（无） → hubei-2024"));
        String profiles = page(get("/admin/profiles").with(user(admin)));
        assertThat(profiles)
                .contains("hubei-2024")
                .contains("shanghai-2024")
                .contains("2024年度")
                .contains(regionName);

        // deadlines: approval + 20 days by default; another date needs a note
        send(post("/admin/deadlines")
                .with(csrf())
                .with(user(admin))
                .param("regionId", Long.toString(region))
                .param("year", "2024")
                .param("approvedOn", "2025-08-01"));
        DeadlineRepository.Deadline deadline = deadlines.find(region, 2024).orElseThrow();
        assertThat(deadline.publishBy()).isEqualTo(LocalDate.of(2025, 8, 21));
        assertThat(deadline.updatedBy()).isEqualTo(admin.getUsername());
        send(post("/admin/deadlines")
                .with(csrf())
                .with(user(admin))
                .param("regionId", Long.toString(sub))
                .param("year", "2024")
                .param("approvedOn", "2025-08-20")
                .param("publishBy", "2025-09-12"));
        assertThat(deadlines.find(sub, 2024))
                .as("another deadline without a note")
                .isEmpty();
        send(post("/admin/deadlines")
                .with(csrf())
                .with(user(admin))
                .param("regionId", Long.toString(sub))
                .param("year", "2024")
                .param("approvedOn", "2025-08-20")
                .param("publishBy", "2025-09-12")
                .param("note", "财政局批复文件载明9月12日前公开"));
        assertThat(deadlines.find(sub, 2024).orElseThrow().publishBy()).isEqualTo(LocalDate.of(2025, 9, 12));
        assertThat(entries(admin.getUsername(), "设置公开时限", AdminLog.REGION, region))
                .singleElement()
                .satisfies(entry -> assertThat(entry.details())
                        .contains("2024年度")
                        .contains("批复日期：（无） → 2025-08-01")
                        .contains("公开截止日期：（无） → 2025-08-21"));
        assertThat(page(get("/admin/deadlines?year=2024").with(user(admin))))
                .contains("2025-08-21")
                .contains("财政局批复文件载明9月12日前公开");

        // publications: on the deadline day in Beijing (on time); at 01:00 Beijing the next day, still the 21st in
        // UTC (late by one day); the other unit of the region not at all (overdue 11 days on 1 September)
        publish(finance, OffsetDateTime.parse("2025-08-21T23:30:00+08:00"));
        publish(unitId(prefix + "教育局" + region), OffsetDateTime.parse("2025-08-21T17:00:00Z"));

        String coverage = page(get("/coverage?year=2024&region=" + region));
        assertThat(coverage)
                .contains(regionName + " 2024年度")
                .contains(renamed)
                .contains("已按时公开")
                .contains("逾期公开（逾期1天）")
                .contains("未公开（已逾期11天）")
                .contains("未公开（尚未到期，剩11天）")
                .contains("2025-08-01")
                .contains("2025-08-21")
                .contains("2025-08-22")
                .contains("2025-09-12");
        assertThat(coverage).containsPattern("应公开 <strong class=\"due\">4</strong>");
        assertThat(coverage).containsPattern("已公开 <strong class=\"published\">2</strong>");
        assertThat(coverage).containsPattern("按时 <strong class=\"on-time\">1</strong>");
        assertThat(coverage).containsPattern("逾期 <strong class=\"late\">1</strong>");
        assertThat(coverage).contains(">50.0%<").contains(">25.0%<");
        // the sub-region alone
        String subCoverage = page(get("/coverage?year=2024&region=" + sub));
        assertThat(subCoverage).contains("街道办事处" + sub).doesNotContain(renamed);
        assertThat(subCoverage).containsPattern("应公开 <strong class=\"due\">1</strong>");
        // a year without deadlines
        assertThat(page(get("/coverage?year=2023&region=" + region)))
                .contains("未设定批复日期")
                .doesNotContain("已按时公开");

        // a unit with documents is never deleted; one without is, and the deletion is recorded
        MockHttpServletResponse kept =
                send(post("/admin/units/" + finance + "/delete").with(csrf()).with(user(admin)));
        assertThat(kept.getRedirectedUrl()).isEqualTo("/admin/units/" + finance);
        assertThat(store.unit(finance)).isPresent();
        Object problems = mvc.perform(
                        post("/admin/units/" + finance + "/delete").with(csrf()).with(user(admin)))
                .andReturn()
                .getFlashMap()
                .get("problems");
        assertThat(Objects.toString(problems)).contains("已有 1 份决算公开文件，不能删除");
        long water = unitId(prefix + "水务局" + region);
        send(post("/admin/units/" + water + "/delete").with(csrf()).with(user(admin)));
        assertThat(store.unit(water)).isEmpty();
        assertThat(entries(admin.getUsername(), "删除单位", AdminLog.UNIT, water))
                .singleElement()
                .satisfies(entry -> assertThat(entry.details()).contains(prefix + "水务局" + region));

        // the audit page shows the changes, newest first, filtered by actor
        String log =
                page(get("/admin/audit").param("actor", admin.getUsername()).with(user(admin)));
        assertThat(log).contains("删除单位").contains("设置公开时限").contains("创建地区");
        assertThat(log.indexOf("<td>删除单位</td>")).isPositive().isLessThan(log.indexOf("<td>创建地区</td>"));
    }

    @Test
    void loginsFailuresLockoutAndLogoutAreRecorded() throws Exception {
        PortalUser reviewer = account("login-flow-", Role.REVIEWER, null, null);
        String name = reviewer.getUsername();
        String wrong = "错误的密码-Wrong-7";

        assertThat(send(formLogin("/login").user(name).password(PASSWORD)).getRedirectedUrl())
                .isEqualTo("/workspace");
        assertThat(entries(name, "登录成功", "login", reviewer.id()))
                .singleElement()
                .satisfies(entry -> {
                    assertThat(entry.at().toInstant()).isEqualTo(NOW);
                    assertThat(entry.details()).contains(name).contains("来自 127.0.0.1");
                });

        assertThat(send(formLogin("/login").user(name).password(wrong)).getRedirectedUrl())
                .isEqualTo("/login?error");
        assertThat(entries(name, "登录失败", "login", reviewer.id()))
                .singleElement()
                .satisfies(entry -> assertThat(entry.details())
                        .contains("用户名或密码错误")
                        .doesNotContain(wrong)
                        .doesNotContain("Wrong"));
        // a user name that does not exist is recorded as typed, with no account
        String typed = unique("no-such-user-");
        send(formLogin("/login").user(typed).password(wrong));
        assertThat(entries(typed, "登录失败", "login", null))
                .singleElement()
                .satisfies(entry -> assertThat(entry.objectId()).isNull());

        // an empty user name is recorded as such
        long empty = entries("（未填写）", "登录失败", "login", null).size();
        send(formLogin("/login").user("").password(wrong));
        assertThat(entries("（未填写）", "登录失败", "login", null)).hasSize((int) empty + 1);

        // four more failures lock the account; a further attempt, even with the right password, is refused
        for (int i = 0; i < 4; i++) {
            send(formLogin("/login").user(name).password(wrong));
        }
        assertThat(entries(name, "登录失败", "login", reviewer.id())).hasSize(5);
        assertThat(entries(name, "账号锁定", AuditLogRepository.USER, reviewer.id()))
                .hasSize(1);
        assertThat(send(formLogin("/login").user(name).password(PASSWORD)).getRedirectedUrl())
                .isEqualTo("/login?locked");
        assertThat(entries(name, "登录被拒", "login", reviewer.id())).hasSize(1);

        PortalUser other = account("logout-flow-", Role.EDITOR, null, null);
        assertThat(send(post("/logout").with(csrf()).with(user(other))).getRedirectedUrl())
                .isEqualTo("/?logout");
        assertThat(entries(other.getUsername(), "退出登录", "login", other.id()))
                .singleElement()
                .satisfies(entry -> assertThat(entry.details()).contains(other.getUsername()));
    }

    @Test
    void theAuditPageFiltersAndPagesNewestFirst() throws Exception {
        PortalUser admin = account("audit-page-", Role.ADMIN, null, null);
        String actor = unique("bulk-");
        OffsetDateTime start = OffsetDateTime.parse("2025-01-01T00:00:00Z");
        for (int i = 1; i <= 60; i++) {
            audit.record(start.plusMinutes(i), actor, "批量测试", "probe", (long) i, "第" + i + "条");
        }
        String first = page(get("/admin/audit").param("actor", actor).with(user(admin)));
        assertThat(first)
                .contains("共 <span class=\"total\">60</span> 条")
                .contains("第 1 / 2 页")
                .contains(">第60条<")
                .contains(">第11条<")
                .doesNotContain(">第10条<")
                .contains("page=2");
        assertThat(first.indexOf(">第60条<")).isLessThan(first.indexOf(">第59条<"));
        // the newest, 01:00 UTC, shown in Beijing time
        assertThat(first).contains(">2025-01-01 09:00:00<");
        String second = page(
                get("/admin/audit").param("actor", actor).param("page", "2").with(user(admin)));
        assertThat(second)
                .contains("第 2 / 2 页")
                .contains(">第10条<")
                .contains(">第1条<")
                .doesNotContain(">第11条<");
        String one = page(get("/admin/audit")
                .param("actor", actor)
                .param("object", "probe")
                .param("objectId", "7")
                .with(user(admin)));
        assertThat(one).contains("共 <span class=\"total\">1</span> 条").contains(">第7条<");
        assertThat(page(get("/admin/audit")
                        .param("actor", actor)
                        .param("action", "创建单位")
                        .with(user(admin))))
                .contains("没有符合条件的记录");
    }

    @Test
    void onlyAdministratorsReachTheAdministrationPages() throws Exception {
        PortalUser editor = account("editor-flow-", Role.EDITOR, null, null);
        PortalUser reviewer = account("reviewer-flow-", Role.REVIEWER, null, null);
        for (String path :
                List.of("/admin/regions", "/admin/units", "/admin/profiles", "/admin/deadlines", "/admin/audit")) {
            assertThat(send(get(path)).getRedirectedUrl()).as(path).endsWith("/login");
            assertThat(send(get(path).with(user(editor))).getStatus()).as(path).isEqualTo(403);
            assertThat(send(get(path).with(user(reviewer))).getStatus())
                    .as(path)
                    .isEqualTo(403);
        }
        int before = store.regions().size();
        assertThat(send(post("/admin/regions").with(csrf()).with(user(reviewer)).param("name", "越权创建的地区"))
                        .getStatus())
                .isEqualTo(403);
        assertThat(store.regions()).hasSize(before);
        // the coverage tracker is public
        assertThat(send(get("/coverage")).getStatus()).isEqualTo(200);
    }
}

package org.juesuan.core.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import org.juesuan.core.catalog.Catalogs;
import org.juesuan.core.issue.Result;
import org.juesuan.core.money.Ratio;
import org.juesuan.core.source.DataDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fixture profile loads; problems in profile.yaml are reported at their place. */
class ProfileLoaderTest {

    @TempDir
    Path dir;

    private TestProfiles files;

    @BeforeEach
    void setUp() {
        files = new TestProfiles(dir).profile(TestProfiles.PROFILE).table("T01", TestProfiles.TABLE);
    }

    @Test
    void loadsAValidProfile() {
        Result<Profile> result = files.load();
        assertThat(result.issues().toString()).isEmpty();
        Profile profile = result.value().orElseThrow();
        assertThat(profile.id()).isEqualTo(TestProfiles.ID);
        assertThat(profile.fiscalYear()).isEqualTo(2024);
        assertThat(profile.functions().year()).isEqualTo(2024);
        assertThat(profile.classLines()).extracting(Object::toString).containsExactly("201", "210");
        assertThat(profile.presentation().totalFirst()).isTrue();
        assertThat(profile.presentation().amountUnitLine()).isEqualTo("单位：万元");
        TableDefinition table = profile.table("T01").orElseThrow();
        assertThat(table.totalFirst()).isNull();
        assertThat(table.sections().get(0).columns())
                .extracting(ColumnDefinition::id)
                .containsExactly("total", "basic", "project");
        assertThat(table.source().display()).isEqualTo(files.at("tables/T01.yaml", 1, 1));
    }

    @Test
    void reportsAnUnknownField() {
        files.profile(TestProfiles.PROFILE + "colour: red\n");
        assertThat(files.issues())
                .containsExactly("PROFILE_UNKNOWN_FIELD " + files.at("profile.yaml", 8, 1) + " 未知字段“colour”");
    }

    @Test
    void reportsAnIdThatIsNotTheDirectoryName() {
        files.profile(TestProfiles.PROFILE.replace("id: test-2024", "id: other-2024"));
        assertThat(files.issues())
                .containsExactly(
                        "PROFILE_ID " + files.at("profile.yaml", 1, 5) + " 口径标识“other-2024”应与目录名“test-2024”一致");
    }

    @Test
    void reportsATableWhoseFileIsMissing() {
        files.profile(TestProfiles.PROFILE.replace("[T01]", "[T01, T02]"));
        assertThat(files.issues())
                .containsExactly("PROFILE_MISSING " + files.at("profile.yaml", 7, 15) + " 找不到表定义文件 "
                        + dir.resolve("test-2024/tables/T02.yaml"));
    }

    @Test
    void reportsAClassLineMissingFromTheCatalog() {
        files.profile(TestProfiles.PROFILE.replace("[201, 210]", "[201, 200, 2010, 201]"));
        assertThat(files.issues())
                .containsExactly(
                        "PROFILE_CLASS_LINE " + files.at("profile.yaml", 6, 19) + " 功能分类科目表中没有类 200",
                        "PROFILE_CLASS_LINE " + files.at("profile.yaml", 6, 24) + " “2010”不是功能分类类级编码（3 位）",
                        "PROFILE_CLASS_LINE " + files.at("profile.yaml", 6, 30) + " 类 201 重复");
    }

    @Test
    void reportsAYearWithoutCatalogs() {
        files.profile(TestProfiles.PROFILE.replace("fiscalYear: 2024", "fiscalYear: 1999"));
        assertThat(files.issues())
                .containsExactly(
                        "PROFILE_NO_CATALOG " + files.at("profile.yaml", 3, 13) + " 没有 1999 年度的支出功能分类科目",
                        "PROFILE_NO_CATALOG " + files.at("profile.yaml", 3, 13) + " 没有 1999 年度的部门预算支出经济分类科目");
    }

    @Test
    void reportsAYearWithoutCatalogsEvenWhenATableHasEconomicRows() {
        files.profile(TestProfiles.PROFILE.replace("fiscalYear: 2024", "fiscalYear: 1999"));
        files.table("T01", """
                id: T01
                title: 基本支出决算表
                sections:
                  - id: main
                    columns:
                      - {id: amount, header: 决算数, measure: economic}
                    body:
                      - economicGroup: {head: 301, items: all}
                """);
        assertThat(files.issues()).hasSize(2).allMatch(line -> line.startsWith("PROFILE_NO_CATALOG "));
    }

    @Test
    void reportsAPresentationValueThatIsNotAllowed() {
        files.profile(
                TestProfiles.PROFILE.replace("  totalFirst: true", "  totalFirst: yes please\n  zeroDisplay: none"));
        assertThat(files.issues())
                .containsExactly(
                        "PROFILE_VALUE " + files.at("profile.yaml", 5, 15) + " totalFirst 应为 true 或 false",
                        "PROFILE_VALUE " + files.at("profile.yaml", 6, 16) + " zeroDisplay 应为 blank、zero 或 dash");
    }

    @Test
    void reportsMissingRequiredFieldsAtTheTopOfTheFile() {
        files.profile("# no name, year, presentation\nid: test-2024\nclassLines: []\ntables: []\n");
        assertThat(files.issues())
                .containsExactly(
                        "PROFILE_MISSING_FIELD " + files.at("profile.yaml", 2, 1) + " 缺少必填字段“fiscalYear”",
                        "PROFILE_MISSING_FIELD " + files.at("profile.yaml", 2, 1) + " 缺少必填字段“name”",
                        "PROFILE_MISSING_FIELD " + files.at("profile.yaml", 2, 1) + " 缺少必填字段“presentation”");
    }

    @Test
    void reportsAMissingProfileFile() {
        assertThat(ProfileLoader.load(DataDirectory.of(dir), "nowhere-2024", Catalogs.bundled())
                        .issues()
                        .toString())
                .isEqualTo("错误 PROFILE_MISSING " + dir.resolve("nowhere-2024/profile.yaml") + ": 找不到地区口径文件\n");
    }

    @Test
    void readsTheChangeThatNeedsAReasonAsAPercentage() {
        files.profile(TestProfiles.PROFILE + "narrative: {changeThreshold: 12.5%}\n");
        assertThat(files.load().value().orElseThrow().narrative().changeThreshold())
                .isEqualTo(Ratio.ofPercent(new BigDecimal("12.5")));
    }

    @Test
    void takesTenPercentAsTheChangeThatNeedsAReasonWhenTheProfileIsSilent() {
        assertThat(files.load().value().orElseThrow().narrative().changeThreshold())
                .isEqualTo(Ratio.ofPercent(BigDecimal.TEN));
    }

    @Test
    void reportsAChangeThresholdThatIsNotAPercentageAndAnUnknownNarrativeSetting() {
        files.profile(TestProfiles.PROFILE + "narrative: {changeThreshold: 0.1, threshold: 10%}\n");
        assertThat(files.issues())
                .containsExactly(
                        "PROFILE_VALUE " + files.at("profile.yaml", 8, 30)
                                + " changeThreshold 应为 0% 到 100% 之间的百分比（如 10%），实为“0.1”",
                        "PROFILE_UNKNOWN_FIELD " + files.at("profile.yaml", 8, 35) + " 未知字段“threshold”");
    }
}

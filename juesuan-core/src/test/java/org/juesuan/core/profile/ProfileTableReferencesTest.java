package org.juesuan.core.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ids must be unique where the definition says, and economic groups and panels must refer to what exists. */
class ProfileTableReferencesTest {

    private static final String FILE = "tables/T01.yaml";

    /** Table 06 in small: personnel and public sections of basic expenditure by economic code. */
    private static final String ECONOMIC = """
            id: T01
            title: 一般公共预算财政拨款基本支出决算表
            sections:
              - id: personnel
                columns:
                  - {id: amount, header: 决算数, measure: economic}
                body:
                  - economicGroup: {head: 301, items: [30101, 30102]}
                totals:
                  - {id: P, label: 人员经费合计, formula: body}
              - id: public
                columns:
                  - {id: amount, header: 决算数, measure: economic}
                body:
                  - economicGroup: {head: 302, items: all}
                totals:
                  - {id: G, label: 公用经费合计, formula: body}
            panels:
              - {section: personnel, rows: [personnel], footer: [P]}
              - {section: public, rows: ["302"], footer: [G]}
            """;

    @TempDir
    Path dir;

    private TestProfiles files;

    @BeforeEach
    void setUp() {
        files = new TestProfiles(dir).profile(TestProfiles.PROFILE);
    }

    private String table(String text) {
        files.table("T01", text);
        return text;
    }

    private String at(String text, String marker) {
        return files.find(FILE, text, marker);
    }

    @Test
    void loadsEconomicGroupsAndPanels() {
        table(ECONOMIC);
        assertThat(files.issues()).isEmpty();
        TableDefinition t = files.load().value().orElseThrow().table("T01").orElseThrow();
        RowDefinition.EconomicGroup group =
                (RowDefinition.EconomicGroup) t.sections().get(0).body().get(0);
        assertThat(group.head().digits()).isEqualTo("301");
        assertThat(group.items()).extracting(Object::toString).containsExactly("30101", "30102");
        assertThat(group.allItems()).isFalse();
        assertThat(((RowDefinition.EconomicGroup) t.sections().get(1).body().get(0)).allItems())
                .isTrue();
        assertThat(t.panels()).extracting(TableDefinition.Panel::section).containsExactly("personnel", "public");
    }

    @Test
    void allowsTheSameColumnIdInTwoSections() {
        table(ECONOMIC);
        assertThat(files.issues()).noneMatch(line -> line.contains("列标识"));
    }

    @Test
    void reportsADuplicateColumnIdWithinASection() {
        String t = table(ECONOMIC.replace(
                "    body:\n      - economicGroup: {head: 301",
                "      - {id: amount, header: 再列, measure: \"(kind=basic)\"}\n"
                        + "    body:\n      - economicGroup: {head: 301"));
        assertThat(files.issues())
                .containsExactly("PROFILE_DUPLICATE_ID " + files.find(FILE, t, "amount", 2) + " 列标识“amount”重复（首次出现于 "
                        + at(t, "amount") + "）");
    }

    @Test
    void reportsADuplicateRowIdEvenAcrossSections() {
        String t = table(ECONOMIC.replace("{id: G, label: 公用经费合计", "{id: P, label: 公用经费合计")
                .replace("footer: [G]", "footer: []"));
        assertThat(files.issues())
                .containsExactly("PROFILE_DUPLICATE_ID " + at(t, "P, label: 公用") + " 行标识“P”重复（首次出现于 "
                        + at(t, "P, label: 人员") + "）");
    }

    @Test
    void reportsAnEconomicCodeThatCollidesWithARowId() {
        String t = table(ECONOMIC.replace("{id: P, label: 人员经费合计", "{id: \"30101\", label: 人员经费合计")
                .replace("footer: [P]", "footer: [\"30101\"]"));
        assertThat(files.issues())
                .containsExactly("PROFILE_DUPLICATE_ID " + at(t, "\"30101\", label") + " 行标识“30101”重复（首次出现于 "
                        + at(t, "30101, 30102") + "）");
    }

    @Test
    void reportsAnEconomicGroupWithAnUnknownHead() {
        String t = table(ECONOMIC.replace(
                "      - economicGroup: {head: 302, items: all}\n",
                "      - economicGroup: {head: 302, items: all}\n      - economicGroup: {head: 308, optional: true}\n"
                        + "      - economicGroup: {head: 30}\n"));
        assertThat(files.issues())
                .containsExactly(
                        "PROFILE_ECONOMIC_CODE " + at(t, "308") + " 经济分类科目表中没有类“308”",
                        "PROFILE_ECONOMIC_CODE " + at(t, "30}") + " 经济分类科目表中没有类“30”");
    }

    @Test
    void reportsAnEconomicItemOutsideItsHead() {
        String t = table(ECONOMIC.replace("[30101, 30102]", "[30101, 30201, 3010]"));
        assertThat(files.issues())
                .containsExactly(
                        "PROFILE_ECONOMIC_CODE " + at(t, "30201") + " “30201”不是类 301 下的经济分类款级科目",
                        "PROFILE_ECONOMIC_CODE " + at(t, "3010]") + " “3010”不是类 301 下的经济分类款级科目");
    }

    @Test
    void reportsAPanelReferringToAnUnknownSection() {
        String t = table(ECONOMIC.replace("{section: public,", "{section: publik,"));
        assertThat(files.issues())
                .containsExactly("PROFILE_UNKNOWN_REF " + at(t, "{section: publik") + " panel 引用了不存在的表块“publik”");
    }

    @Test
    void reportsAPanelFooterThatIsNotATotalOfItsSection() {
        String t = table(ECONOMIC.replace("footer: [G]", "footer: [P]"));
        assertThat(files.issues())
                .containsExactly(
                        "PROFILE_UNKNOWN_REF " + at(t, "{section: public") + " panel 的 footer 引用了该表块没有的合计行“P”");
    }

    @Test
    void reportsPanelRowsThatAreNeitherTheSectionNorOneOfItsGroups() {
        String t = table(ECONOMIC.replace("rows: [\"302\"]", "rows: [\"301\"]"));
        assertThat(files.issues())
                .containsExactly("PROFILE_UNKNOWN_REF " + at(t, "{section: public")
                        + " panel 的 rows 引用了“301”，应为表块标识或该表块的经济分类类级编码");
    }
}

package org.juesuan.core.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each problem of a table definition is reported at its file, line and column, with what is wrong. */
class ProfileTableProblemsTest {

    private static final String FILE = "tables/T01.yaml";

    /** The head of a table with one section {@code main}; a test appends columns, body and totals. */
    private static final String HEAD = """
            id: T01
            title: 支出决算表
            sections:
              - id: main
            """;

    private static final String COLUMNS = """
                columns:
                  - {id: total, header: 合计, formula: basic + project}
                  - {id: basic, header: 基本支出, measure: "spending(kind=basic)"}
                  - {id: project, header: 项目支出, measure: "spending(kind=project)"}
            """;

    @TempDir
    Path dir;

    private TestProfiles files;

    @BeforeEach
    void setUp() {
        files = new TestProfiles(dir).profile(TestProfiles.PROFILE);
    }

    /** Writes the table and returns its text. */
    private String table(String text) {
        files.table("T01", text);
        return text;
    }

    private String at(String text, String marker) {
        return files.find(FILE, text, marker);
    }

    @Test
    void reportsAnUnknownFieldAndAMissingHeaderOfAColumn() {
        String t = table(HEAD + """
                    columns:
                      - {id: amount, headr: 金额, measure: spending}
                    body:
                      - functionRows: true
                """);
        assertThat(files.issues())
                .containsExactly(
                        "PROFILE_MISSING_FIELD " + at(t, "{id: amount") + " 列缺少表头 header",
                        "PROFILE_UNKNOWN_FIELD " + at(t, "headr") + " 未知字段“headr”");
    }

    @Test
    void reportsATableWithoutTitle() {
        table(HEAD.replace("title: 支出决算表\n", "") + COLUMNS);
        assertThat(files.issues()).containsExactly("PROFILE_MISSING_FIELD " + files.at(FILE, 1, 1) + " 缺少必填字段“title”");
    }

    @Test
    void reportsATableWhoseIdIsNotItsFileName() {
        table(HEAD.replace("id: T01", "id: T02") + COLUMNS);
        assertThat(files.issues()).containsExactly("PROFILE_ID " + files.at(FILE, 1, 5) + " 表标识“T02”应与文件名“T01”一致");
    }

    @Test
    void reportsAMalformedMeasure() {
        String t = table(HEAD + COLUMNS.replace("spending(kind=project)", "spending(fund=general)"));
        assertThat(files.issues())
                .containsExactly("PROFILE_MEASURE " + at(t, "\"spending(fund=general)\"")
                        + " 数据口径“spending(fund=general)”有误：未知的资金来源“general”");
    }

    @Test
    void reportsAMalformedFormula() {
        String t = table(HEAD + COLUMNS + """
                    totals:
                      - {id: sum, label: 合计, formula: "body +"}
                """);
        assertThat(files.issues())
                .containsExactly("PROFILE_FORMULA " + at(t, "\"body +\"") + " 公式“body +”有误：只能是以 + 或 - 连接的行（列）标识");
    }

    @Test
    void reportsARowFormulaReferringToAnUnknownRow() {
        String t = table(HEAD + COLUMNS + """
                    body:
                      - {id: a, label: 甲, measure: "(fund=generalBudget)"}
                    totals:
                      - {id: sum, label: 合计, formula: a + nope}
                """);
        assertThat(files.issues())
                .containsExactly("PROFILE_UNKNOWN_REF " + at(t, "{id: sum") + " 行公式引用了本表块不存在的行“nope”");
    }

    @Test
    void reportsAColumnFormulaReferringToAnUnknownColumn() {
        String t = table(HEAD + COLUMNS.replace("formula: basic + project", "formula: basic + other") + """
                    body:
                      - functionRows: true
                """);
        assertThat(files.issues())
                .containsExactly("PROFILE_UNKNOWN_REF " + at(t, "{id: total") + " 列公式引用了本表块不存在的列“other”");
    }

    @Test
    void reportsACycleBetweenRows() {
        String t = table(HEAD + COLUMNS + """
                    body:
                      - {id: a, label: 甲, formula: b}
                      - {id: b, label: 乙, formula: a}
                """);
        assertThat(files.issues()).containsExactly("PROFILE_CYCLE " + at(t, "{id: a,") + " 行“a”的公式循环引用自身");
    }

    @Test
    void reportsACycleBetweenColumns() {
        String t = table(HEAD + COLUMNS.replace("formula: basic + project", "formula: basic + again") + """
                      - {id: again, header: 再计, formula: total}
                    body:
                      - functionRows: true
                """);
        assertThat(files.issues()).containsExactly("PROFILE_CYCLE " + at(t, "{id: total") + " 列“total”的公式循环引用自身");
    }

    @Test
    void reportsARowAndAColumnThatBothNameAKindOfFact() {
        String t = table(HEAD + COLUMNS + """
                    body:
                      - {id: income, label: 收入, measure: income}
                """);
        assertThat(files.issues())
                .containsExactly("PROFILE_CONFLICT " + at(t, "{id: income") + " 行和列都给出了数据类别，无法确定单元格口径");
    }

    @Test
    void acceptsANarrowingRowUnderColumnsThatNameTheKind() {
        table(HEAD + COLUMNS + """
                    body:
                      - {id: general, label: 一般公共预算财政拨款, measure: "(fund=generalBudget)"}
                      - {id: fund, label: 政府性基金预算财政拨款, measure: "(fund=governmentFund)"}
                    totals:
                      - {id: sum, label: 合计, formula: body}
                """);
        assertThat(files.issues()).isEmpty();
    }

    @Test
    void reportsARowWithNeitherMeasureNorFormulaUnderColumnsWithoutKind() {
        String t = table(HEAD + """
                    columns:
                      - {id: general, header: 一般公共预算, measure: "(fund=generalBudget)"}
                    body:
                      - {id: r, label: 收入}
                      - {id: spacer, label: ""}
                      - {id: f, label: 基金, measure: "(fund=governmentFund)"}
                """);
        assertThat(files.issues())
                .containsExactly(
                        "PROFILE_NO_MEASURE " + at(t, "{id: r,") + " 行“r”既无数据口径也无公式，且各列也未给出数据口径",
                        "PROFILE_NO_MEASURE " + at(t, "{id: f,") + " 行“f”既无数据口径也无公式，且各列也未给出数据口径");
    }

    @Test
    void reportsAFlagThatIsNeitherTrueNorFalse() {
        String t = table(HEAD.replace("title: 支出决算表", "title: 支出决算表\ntotalFirst: flase\nlineNumbers: ja") + """
                    columns:
                      - {id: amount, header: 决算数, measure: economic}
                    body:
                      - economicGroup: {head: 307, optional: 1}
                """);
        assertThat(files.issues())
                .containsExactly(
                        "PROFILE_VALUE " + at(t, "flase") + " totalFirst 应为 true 或 false",
                        "PROFILE_VALUE " + at(t, "ja") + " lineNumbers 应为 true 或 false",
                        "PROFILE_VALUE " + at(t, "1}") + " optional 应为 true 或 false");
    }
}

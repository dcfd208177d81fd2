package org.juesuan.core.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.juesuan.core.catalog.Catalogs;
import org.juesuan.core.dataset.Dataset;
import org.juesuan.core.dataset.DatasetReader;
import org.juesuan.core.issue.Result;
import org.juesuan.core.layout.GridCell;
import org.juesuan.core.layout.PrintedTable;
import org.juesuan.core.layout.TableLayout;
import org.juesuan.core.profile.Profiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The nine tables derived from the bundled example, compared cell by cell with the figures the published document
 * prints (武汉市青山区国资局 2024). The expected values are typed here from the document, not taken from Juesuan's
 * output; where the document does not foot, the derived value and the printed one are both stated, with the sum.
 */
class ExampleTablesTest {

    static final Path EXAMPLE = Path.of("../examples/qingshan-guozi-2024/dataset.yaml");

    private static Map<String, PrintedTable> printed;

    @BeforeAll
    static void derive() {
        Catalogs catalogs = Catalogs.bundled();
        Result<Dataset> dataset = new DatasetReader(catalogs).read(EXAMPLE, "dataset.yaml");
        assertThat(dataset.issues().toString()).isEmpty();
        TableSet tables = Deriver.derive(
                Profiles.bundled(catalogs).require("hubei-2024"),
                dataset.value().orElseThrow(),
                DisplayRoundingPolicy.LARGEST_REMAINDER);
        printed = new HashMap<>();
        for (PrintedTable table : TableLayout.layout(tables)) {
            printed.put(table.id(), table);
        }
    }

    /** Every non-blank amount cell of a table, as "row/column" → printed text. */
    private static Map<String, String> amounts(String tableId) {
        Map<String, String> cells = new HashMap<>();
        for (List<GridCell> row : printed.get(tableId).grid()) {
            for (GridCell cell : row) {
                if (cell.kind() == GridCell.Kind.AMOUNT && !cell.text().isEmpty()) {
                    cells.put(cell.rowId() + "/" + cell.columnId(), cell.text());
                }
            }
        }
        return cells;
    }

    @Test
    void table01MatchesThePublishedFiguresExceptTheTotalsThatDoNotFoot() {
        // the document prints 265.18 for I1, I27, I30, E57 and E60; its four 项 lines add up to
        // 207.87 + 56.81 + 0.09 + 0.42 = 265.19, which Juesuan prints
        assertThat(amounts("T01"))
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "I1/amount",
                        "265.19",
                        "I27/amount",
                        "265.19",
                        "I30/amount",
                        "265.19",
                        "201/amount",
                        "264.68",
                        "210/amount",
                        "0.51",
                        "E57/amount",
                        "265.19",
                        "E60/amount",
                        "265.19"));
    }

    @Test
    void table02MatchesThePublishedFiguresWithFullCodes() {
        // the document prints the 项 codes cut to six digits (201030, 210110) and 合计 265.18 (sum 265.19)
        assertThat(amounts("T02"))
                .containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                        Map.entry("total/total", "265.19"), Map.entry("total/fiscal", "265.19"),
                        Map.entry("201/total", "264.68"), Map.entry("201/fiscal", "264.68"),
                        Map.entry("20103/total", "264.68"), Map.entry("20103/fiscal", "264.68"),
                        Map.entry("2010301/total", "207.87"), Map.entry("2010301/fiscal", "207.87"),
                        Map.entry("2010302/total", "56.81"), Map.entry("2010302/fiscal", "56.81"),
                        Map.entry("210/total", "0.51"), Map.entry("210/fiscal", "0.51"),
                        Map.entry("21011/total", "0.51"), Map.entry("21011/fiscal", "0.51"),
                        Map.entry("2101101/total", "0.09"), Map.entry("2101101/fiscal", "0.09"),
                        Map.entry("2101103/total", "0.42"), Map.entry("2101103/fiscal", "0.42")));
    }

    @Test
    void table03IsFilledFromTheLinesWhereTheDocumentPrintedItEmpty() {
        assertThat(amounts("T03"))
                .containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                        Map.entry("total/total", "265.19"),
                        Map.entry("total/basic", "207.87"),
                        Map.entry("total/project", "57.32"),
                        Map.entry("201/total", "264.68"),
                        Map.entry("201/basic", "207.87"),
                        Map.entry("201/project", "56.81"),
                        Map.entry("20103/total", "264.68"),
                        Map.entry("20103/basic", "207.87"),
                        Map.entry("20103/project", "56.81"),
                        Map.entry("2010301/total", "207.87"),
                        Map.entry("2010301/basic", "207.87"),
                        Map.entry("2010302/total", "56.81"),
                        Map.entry("2010302/project", "56.81"),
                        Map.entry("210/total", "0.51"),
                        Map.entry("210/project", "0.51"),
                        Map.entry("21011/total", "0.51"),
                        Map.entry("21011/project", "0.51"),
                        Map.entry("2101101/total", "0.09"),
                        Map.entry("2101101/project", "0.09"),
                        Map.entry("2101103/total", "0.42"),
                        Map.entry("2101103/project", "0.42")));
    }

    @Test
    void table04MatchesThePublishedFiguresExceptTheTotalsThatDoNotFoot() {
        // printed 265.18 for I1, I27, I32, E59 and E64 (columns 2 and 3); the lines add up to 265.19
        assertThat(amounts("T04"))
                .containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                        Map.entry("I1/amount", "265.19"),
                        Map.entry("I27/amount", "265.19"),
                        Map.entry("I32/amount", "265.19"),
                        Map.entry("201/subtotal", "264.68"),
                        Map.entry("201/generalBudget", "264.68"),
                        Map.entry("210/subtotal", "0.51"),
                        Map.entry("210/generalBudget", "0.51"),
                        Map.entry("E59/subtotal", "265.19"),
                        Map.entry("E59/generalBudget", "265.19"),
                        Map.entry("E64/subtotal", "265.19"),
                        Map.entry("E64/generalBudget", "265.19")));
    }

    @Test
    void table05MatchesThePublishedFiguresExceptTheGrandTotal() {
        // the document prints 合计 265.18 / 207.87 / 57.32, yet 207.87 + 57.32 = 265.19
        assertThat(amounts("T05"))
                .containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                        Map.entry("total/subtotal", "265.19"),
                        Map.entry("total/basic", "207.87"),
                        Map.entry("total/project", "57.32"),
                        Map.entry("201/subtotal", "264.68"),
                        Map.entry("201/basic", "207.87"),
                        Map.entry("201/project", "56.81"),
                        Map.entry("20103/subtotal", "264.68"),
                        Map.entry("20103/basic", "207.87"),
                        Map.entry("20103/project", "56.81"),
                        Map.entry("2010301/subtotal", "207.87"),
                        Map.entry("2010301/basic", "207.87"),
                        Map.entry("2010302/subtotal", "56.81"),
                        Map.entry("2010302/project", "56.81"),
                        Map.entry("210/subtotal", "0.51"),
                        Map.entry("210/project", "0.51"),
                        Map.entry("21011/subtotal", "0.51"),
                        Map.entry("21011/project", "0.51"),
                        Map.entry("2101101/subtotal", "0.09"),
                        Map.entry("2101101/project", "0.09"),
                        Map.entry("2101103/subtotal", "0.42"),
                        Map.entry("2101103/project", "0.42")));
    }

    @Test
    void table06MatchesThePublishedItemsAndAddsThemUp() {
        // printed 301 198.73 and 人员经费合计 200.31, yet 33.73 + 83.75 + 24.27 + 6.48 + 15.18 + 5.88 + 12.47 + 0.19
        // + 16.77 = 198.72 and 198.72 + 1.58 = 200.30; printed 302 and 公用经费合计 7.56, yet 1.51 + 0.65 + 0.84
        // + 0.19 + 2.61 + 1.77 = 7.57
        assertThat(amounts("T06"))
                .containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                        Map.entry("301/amount", "198.72"),
                        Map.entry("30101/amount", "33.73"),
                        Map.entry("30102/amount", "83.75"),
                        Map.entry("30103/amount", "24.27"),
                        Map.entry("30106/amount", "6.48"),
                        Map.entry("30108/amount", "15.18"),
                        Map.entry("30110/amount", "5.88"),
                        Map.entry("30111/amount", "12.47"),
                        Map.entry("30112/amount", "0.19"),
                        Map.entry("30113/amount", "16.77"),
                        Map.entry("303/amount", "1.58"),
                        Map.entry("30302/amount", "1.15"),
                        Map.entry("30307/amount", "0.43"),
                        Map.entry("P/amount", "200.30"),
                        Map.entry("302/amount", "7.57"),
                        Map.entry("30201/amount", "1.51"),
                        Map.entry("30211/amount", "0.65"),
                        Map.entry("30226/amount", "0.84"),
                        Map.entry("30227/amount", "0.19"),
                        Map.entry("30229/amount", "2.61"),
                        Map.entry("30299/amount", "1.77"),
                        Map.entry("G/amount", "7.57")));
    }

    @Test
    void table06PrintsFullFiveDigitEconomicCodesWhereTheDocumentCutThemToFour() {
        List<String> codes = printed.get("T06").grid().stream()
                .flatMap(List::stream)
                .filter(cell -> cell.kind() == GridCell.Kind.CODE)
                .map(GridCell::text)
                .filter(text -> !text.isEmpty())
                .toList();
        assertThat(codes)
                .contains("30101", "30108", "30299", "31099")
                .allMatch(code -> code.length() == 3 || code.length() == 5);
    }

    @Test
    void emptyTablesCarryTheirStatementsAndNoFigures() {
        assertThat(amounts("T07")).isEmpty();
        assertThat(amounts("T08")).isEmpty();
        assertThat(amounts("T09")).isEmpty();
        assertThat(printed.get("T07").emptyStatement()).hasValue("本部门2024年度无政府性基金预算财政拨款收入支出。");
        assertThat(printed.get("T08").emptyStatement()).hasValue("本部门2024年度无国有资本经营预算财政拨款支出。");
        assertThat(printed.get("T09").emptyStatement()).hasValue("本部门2024年度无财政拨款“三公”经费支出。");
        assertThat(printed.get("T05").emptyStatement()).isEmpty();
    }

    @Test
    void titlesAndUnitLinesFollowTheProfile() {
        PrintedTable t01 = printed.get("T01");
        assertThat(t01.number()).isEqualTo("公开01表");
        assertThat(t01.title()).isEqualTo("2024年度收入支出决算总表");
        assertThat(t01.unitLine()).isEqualTo("部门：武汉市青山区人民政府国有资产监督管理局（汇总）");
        assertThat(t01.amountUnitLine()).isEqualTo("单位：万元");
        assertThat(t01.notes()).containsExactly("本表反映部门本年度的总收支和年末结转结余情况。", "本套报表金额单位转换时可能存在尾数误差。");
    }
}

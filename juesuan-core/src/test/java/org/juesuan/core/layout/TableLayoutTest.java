package org.juesuan.core.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.juesuan.core.catalog.Catalogs;
import org.juesuan.core.dataset.Dataset;
import org.juesuan.core.dataset.DatasetReader;
import org.juesuan.core.profile.Profiles;
import org.juesuan.core.table.Deriver;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class TableLayoutTest {

    private static final Catalogs CATALOGS = Catalogs.bundled();
    private static Dataset example;

    @BeforeAll
    static void read() {
        example = new DatasetReader(CATALOGS)
                .read(Path.of("../examples/qingshan-guozi-2024/dataset.yaml"), "dataset.yaml")
                .value()
                .orElseThrow();
    }

    static Map<String, PrintedTable> layout(String profileId) {
        Map<String, PrintedTable> tables = new HashMap<>();
        for (PrintedTable table : TableLayout.layout(
                Deriver.derive(Profiles.bundled(CATALOGS).require(profileId), example.withProfile(profileId)))) {
            tables.put(table.id(), table);
        }
        return tables;
    }

    /** Returns the texts of one grid column, top to bottom, skipping covered cells. */
    static List<String> column(PrintedTable table, int column) {
        return table.grid().stream()
                .map(row -> row.get(column))
                .filter(cell -> !cell.isCovered())
                .map(GridCell::text)
                .toList();
    }

    static String lineOf(PrintedTable table, String rowId, int lineColumn) {
        for (List<GridCell> row : table.grid()) {
            for (GridCell cell : row) {
                if (rowId.equals(cell.rowId())) {
                    return row.get(lineColumn).text();
                }
            }
        }
        throw new AssertionError("no row " + rowId);
    }

    @Nested
    class Hubei {
        private final Map<String, PrintedTable> tables = layout("hubei-2024");

        @Test
        void numbersTheLinesOfTable01AsTheDocumentDoes() {
            PrintedTable t01 = tables.get("T01");
            // 收入: 项目 | 行次 | 金额, 支出: 项目 | 行次 | 金额
            assertThat(lineOf(t01, "I1", 1)).isEqualTo("1");
            assertThat(lineOf(t01, "I27", 1)).isEqualTo("27");
            assertThat(lineOf(t01, "I30", 1)).isEqualTo("30");
            assertThat(lineOf(t01, "201", 4)).isEqualTo("31");
            assertThat(lineOf(t01, "234", 4)).isEqualTo("56");
            assertThat(lineOf(t01, "E57", 4)).isEqualTo("57");
            assertThat(lineOf(t01, "E60", 4)).isEqualTo("60");
        }

        @Test
        void numbersTheLinesOfTable04AsTheDocumentDoes() {
            PrintedTable t04 = tables.get("T04");
            assertThat(lineOf(t04, "I32", 1)).isEqualTo("32");
            assertThat(lineOf(t04, "201", 4)).isEqualTo("33");
            assertThat(lineOf(t04, "E59", 4)).isEqualTo("59");
            assertThat(lineOf(t04, "E64", 4)).isEqualTo("64");
        }

        @Test
        void mergesTheHeadersOfTable04() {
            List<GridCell> top = tables.get("T04").grid().get(0);
            assertThat(top.get(0)).extracting(GridCell::text, GridCell::colSpan).containsExactly("收入", 3);
            assertThat(top.get(3)).extracting(GridCell::text, GridCell::colSpan).containsExactly("支出", 6);
            List<GridCell> second = tables.get("T04").grid().get(1);
            assertThat(second.get(5))
                    .extracting(GridCell::text, GridCell::colSpan, GridCell::rowSpan)
                    .containsExactly("决算数", 4, 1);
            assertThat(second.get(3))
                    .extracting(GridCell::text, GridCell::rowSpan)
                    .containsExactly("项目", 2);
            assertThat(tables.get("T04").grid().get(2).get(6).text()).isEqualTo("一般公共预算财政拨款");
            // then the 栏次 row
            assertThat(tables.get("T04").grid().get(3).stream()
                            .map(GridCell::text)
                            .toList())
                    .containsExactly("栏次", "", "1", "栏次", "", "2", "3", "4", "5");
            assertThat(tables.get("T04").headerRows()).isEqualTo(4);
        }

        @Test
        void putsTheGrandTotalFirstInCodeTables() {
            PrintedTable t05 = tables.get("T05");
            List<GridCell> firstBodyRow = t05.grid().get(t05.headerRows());
            assertThat(firstBodyRow.get(0))
                    .extracting(GridCell::text, GridCell::colSpan)
                    .containsExactly("合计", 2);
            assertThat(column(t05, 0))
                    .containsSubsequence("201", "20103", "2010301", "2010302", "210", "21011", "2101101", "2101103");
        }

        @Test
        void laysTable06OutInThreePanelsWithTheTotalsOnOneLine() {
            PrintedTable t06 = tables.get("T06");
            assertThat(t06.grid().get(0).stream()
                            .filter(c -> !c.isCovered())
                            .map(GridCell::text)
                            .toList())
                    .containsExactly("人员经费", "公用经费");
            List<GridCell> last = t06.grid().get(t06.grid().size() - 1);
            assertThat(last.get(0).text()).isEqualTo("人员经费合计");
            assertThat(last.get(3).text()).isEqualTo("公用经费合计");
            assertThat(column(t06, 6)).contains("310", "31002", "31099");
            // 302 has 27 items, the tallest panel: header + 28 rows + footer
            assertThat(t06.grid()).hasSize(2 + 28 + 1);
        }
    }

    @Nested
    class Shanghai {
        private final Map<String, PrintedTable> tables = layout("shanghai-2024");

        @Test
        void printsNoLineNumbersNoColumnNumbersAndTwentyFourClassLines() {
            PrintedTable t01 = tables.get("T01");
            assertThat(t01.headerRows()).isEqualTo(2);
            assertThat(column(t01, 2)).contains("二十四、抗疫特别国债安排的支出").doesNotContain("二十四、债务还本支出");
            assertThat(t01.number()).isEmpty();
            assertThat(t01.title()).isEqualTo("收入支出决算总表");
        }

        @Test
        void alignsTheTotalsOfTable04AcrossBothSides() {
            PrintedTable t04 = tables.get("T04");
            List<GridCell> last = t04.grid().get(t04.grid().size() - 1);
            assertThat(last.get(0).text()).isEqualTo("总计");
            assertThat(last.get(2).text()).isEqualTo("总计");
        }

        @Test
        void putsTheGrandTotalLastInTable05() {
            PrintedTable t05 = tables.get("T05");
            assertThat(t05.grid().get(t05.grid().size() - 1).get(0).text()).isEqualTo("合计");
        }

        @Test
        void interleavesBudgetAndActualInTheThreePublicTable() {
            PrintedTable t09 = tables.get("T09");
            List<String> leaves = t09.grid().get(3).stream()
                    .filter(c -> !c.isCovered())
                    .map(GridCell::text)
                    .toList();
            assertThat(leaves).containsExactly("预算数", "决算数", "预算数", "决算数", "预算数", "决算数");
            assertThat(t09.emptyStatement()).hasValue("武汉市青山区人民政府国有资产监督管理局2024年度无“三公”经费财政拨款支出。");
        }
    }
}

package org.juesuan.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.juesuan.core.dataset.Dataset;
import org.juesuan.core.dataset.UnitInfo;
import org.juesuan.core.layout.PrintedTable;
import org.juesuan.render.ExampleTables;
import org.junit.jupiter.api.Test;

class HtmlTablesRendererTest {

    private static final List<PrintedTable> TABLES = ExampleTables.printed(ExampleTables.dataset(), "hubei-2024");

    @Test
    void writesMergedHeadersAsRowAndColumnSpans() {
        String html = HtmlTablesRenderer.render("示例", TABLES);
        assertThat(html)
                .contains(
                        "<th colspan=\"3\">收入</th>",
                        "<th colspan=\"6\">支出</th>",
                        "<th colspan=\"4\">决算数</th>",
                        "<th rowspan=\"2\">项目</th>");
    }

    @Test
    void marksEveryAmountWithItsTableCell() {
        String html = HtmlTablesRenderer.render("示例", TABLES);
        assertThat(html)
                .contains(
                        "<td class=\"amount\" data-row=\"2010301\" data-col=\"basic\">207.87</td>",
                        "<td class=\"amount\" data-row=\"P\" data-col=\"amount\">200.30</td>");
    }

    @Test
    void escapesTextSoThatAUnitNameCannotInjectMarkup() {
        Dataset dataset = ExampleTables.dataset();
        UnitInfo unit = dataset.unit();
        UnitInfo hostile = new UnitInfo(
                "<script>alert(1)</script>局",
                unit.shortName(),
                unit.region(),
                unit.level(),
                unit.unitKind(),
                unit.scope(),
                unit.fiscalYear(),
                LocalDate.of(2025, 10, 30),
                unit.duties(),
                unit.organization(),
                unit.subordinates());
        Dataset renamed = new Dataset(
                dataset.source(),
                hostile,
                dataset.profileId(),
                dataset.amountUnit(),
                dataset.lines(),
                dataset.basicByEconomic(),
                dataset.facts(),
                dataset.overallEvaluation(),
                dataset.projectEvaluations(),
                dataset.keyWork(),
                dataset.published());
        String html = HtmlTablesRenderer.render("<b>标题</b>", ExampleTables.printed(renamed, "hubei-2024"));
        assertThat(html)
                .doesNotContain("<script>", "<b>标题</b>")
                .contains("部门：&lt;script&gt;alert(1)&lt;/script&gt;局（汇总）", "&lt;b&gt;标题&lt;/b&gt;");
    }

    @Test
    void isOneSelfContainedPage() {
        String html = HtmlTablesRenderer.render("示例", TABLES);
        assertThat(html)
                .startsWith("<!DOCTYPE html>")
                .contains("<meta charset=\"UTF-8\">", "<style>")
                .doesNotContain("<script", "<link", "src=\"http");
        assertThat(html.split("<section class=\"table\"", -1)).hasSize(10);
    }
}

package org.juesuan.render;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.juesuan.core.document.Block;
import org.juesuan.core.document.ChartBlock;
import org.juesuan.core.document.Document;
import org.juesuan.core.document.DocumentInfo;
import org.juesuan.core.document.FigureRun;
import org.juesuan.core.document.GridBlock;
import org.juesuan.core.document.Heading;
import org.juesuan.core.document.Paragraph;
import org.juesuan.core.document.Part;
import org.juesuan.core.document.Run;
import org.juesuan.core.document.TableBlock;
import org.juesuan.core.document.TextRun;
import org.juesuan.core.layout.GridCell;
import org.juesuan.core.layout.PrintedTable;

/**
 * Test fixture: a document of every block kind, with the example's real printed tables and hand-written narrative,
 * so that renderers can be tested on their own. The documents Juesuan builds come from the document builder.
 */
public final class SampleDocument {

    private SampleDocument() {}

    /** Returns the sample document under the given profile's tables. */
    public static Document of(String profile, boolean draft) {
        List<Part> parts = new ArrayList<>();
        parts.add(new Part(
                Part.Kind.OVERVIEW,
                "第一部分",
                "武汉市青山区人民政府国有资产监督管理局概况",
                List.of(
                        new Heading(1, "一、部门主要职责"),
                        Paragraph.body(
                                "1. 根据区政府授权，依照《中华人民共和国公司法》《中华人民共和国企业国有资产法》等法律法规履行出资人职责，" + "监管出资企业国有资产，加强国有资产的管理工作。"),
                        Paragraph.body("2. 承担监督所监管企业国有资产保值增值的责任。"),
                        new Heading(1, "二、机构设置情况"),
                        Paragraph.body("武汉市青山区人民政府国有资产监督管理局部门决算为单位本级决算。"))));
        List<Block> tables = new ArrayList<>();
        for (PrintedTable table : ExampleTables.printed(ExampleTables.dataset(), profile)) {
            tables.add(new Heading(1, table.title().replaceFirst("^\\d{4}年度", "")));
            tables.add(new TableBlock(table));
        }
        parts.add(new Part(Part.Kind.TABLES, "第二部分", "武汉市青山区人民政府国有资产监督管理局2024年度部门决算表", tables));
        parts.add(new Part(
                Part.Kind.NARRATIVE,
                "第三部分",
                "武汉市青山区人民政府国有资产监督管理局2024年度部门决算情况说明",
                List.of(
                        new Heading(1, "一、收入支出决算总体情况说明"),
                        paragraph(
                                "2024年度收、支总计均为",
                                amount("一.total", "265.19"),
                                "万元。与2023年度相比，收、支总计减少",
                                amount("一.change", "4.68"),
                                "万元，下降",
                                percent("一.rate", "1.73"),
                                "%，主要原因是削减人员经费拨款与支出，厉行节约。"),
                        new ChartBlock(
                                1,
                                "图1：收、支决算总计变动情况",
                                ChartBlock.Kind.BAR,
                                List.of("2023年度", "2024年度"),
                                List.of(
                                        new ChartBlock.Series("收入总计", List.of(wan("269.87"), wan("265.19"))),
                                        new ChartBlock.Series("支出总计", List.of(wan("269.87"), wan("265.19")))),
                                "万元"),
                        new Heading(1, "二、收入决算情况说明"),
                        paragraph(
                                "2024年度收入合计",
                                amount("二.total", "265.19"),
                                "万元。其中：财政拨款收入",
                                amount("二.fiscal", "265.19"),
                                "万元，占本年收入",
                                percent("二.fiscalShare", "100.0"),
                                "%。"),
                        new ChartBlock(
                                2,
                                "图2：收入决算结构",
                                ChartBlock.Kind.PIE,
                                List.of("财政拨款收入"),
                                List.of(new ChartBlock.Series("收入", List.of(wan("265.19")))),
                                "万元"),
                        new Heading(1, "三、支出决算情况说明"),
                        paragraph(
                                "2024年度支出合计",
                                amount("三.total", "265.19"),
                                "万元。其中：基本支出",
                                amount("三.basic", "207.87"),
                                "万元，占本年支出",
                                percent("三.basicShare", "78.4"),
                                "%；项目支出",
                                amount("三.project", "57.32"),
                                "万元，占本年支出",
                                percent("三.projectShare", "21.6"),
                                "%。"),
                        new ChartBlock(
                                3,
                                "图3：支出决算结构",
                                ChartBlock.Kind.PIE,
                                List.of("基本支出", "项目支出"),
                                List.of(new ChartBlock.Series("支出", List.of(wan("207.87"), wan("57.32")))),
                                "万元"),
                        new Heading(2, "（一）一般公共预算财政拨款支出决算总体情况"),
                        new Heading(3, "1. 一般公共服务支出具体包括："),
                        Paragraph.of(Paragraph.Style.PLAIN, "（1）一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）。"),
                        new ChartBlock(
                                4,
                                "图4：财政拨款收、支决算总计变动情况",
                                ChartBlock.Kind.BAR,
                                List.of("2023年度", "2024年度"),
                                List.of(
                                        new ChartBlock.Series("财政拨款收入总计", List.of(wan("269.87"), wan("265.19"))),
                                        new ChartBlock.Series("财政拨款支出总计", List.of(wan("269.87"), wan("265.19")))),
                                "万元"))));
        parts.add(new Part(
                Part.Kind.KEY_WORK,
                "第四部分",
                "2024年度重点工作完成情况",
                List.of(
                        Paragraph.body("（一）规范管控机制，国企改革系统集成。"),
                        new GridBlock(
                                "keyWork",
                                List.of(
                                        List.of(header("序号"), header("重要事项"), header("工作内容及目标"), header("完成情况")),
                                        List.of(
                                                label("1"),
                                                label("服务企业"),
                                                label("服务驻区大企业、大单位，为企业解决困难问题，回告率100%"),
                                                label("全年为企业协调解决困难问题43件，做到件件有回复，回告率100%。"))),
                                1,
                                List.of(1, 3, 6, 8)))));
        parts.add(new Part(
                Part.Kind.GLOSSARY,
                "第五部分",
                "名词解释",
                List.of(
                        Paragraph.body("（一）一般公共预算财政拨款收入：指区级财政一般公共预算当年拨付的资金。"),
                        Paragraph.body("（二）本部门使用的支出功能分类科目（到项级）"),
                        Paragraph.of(
                                Paragraph.Style.PLAIN,
                                "1. 一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）：反映行政单位（包括实行公务员管理的事业单位）的基本支出。"))));
        parts.add(new Part(
                Part.Kind.ATTACHMENTS,
                "第六部分",
                "附件",
                List.of(
                        new Heading(1, "一、2024年度武汉市青山区人民政府国有资产监督管理局整体绩效自评表"),
                        Paragraph.of(Paragraph.Style.CENTERED, "2024年度武汉市青山区人民政府国有资产监督管理局整体绩效自评表"),
                        new GridBlock(
                                "evaluation.overall",
                                List.of(
                                        List.of(
                                                new GridCell(
                                                        "预算执行情况（万元）（20分）",
                                                        GridCell.Kind.HEADER,
                                                        2,
                                                        1,
                                                        null,
                                                        null,
                                                        null),
                                                header("预算数(A)"),
                                                header("执行数(B)"),
                                                header("执行率(B/A)"),
                                                header("得分")),
                                        List.of(
                                                GridCell.COVERED,
                                                amountCell("207.87"),
                                                amountCell("207.87"),
                                                label("100%"),
                                                label("20"))),
                                1,
                                List.of(4, 2, 2, 2, 2)),
                        Paragraph.of(
                                Paragraph.Style.NOTE, "备注：1. 预算执行情况口径：预算数为调整后财政资金总额（包括上年结余结转），执行数为资金使用单位财政资金实际支出数。"))));
        DocumentInfo info = new DocumentInfo(
                "武汉市青山区人民政府国有资产监督管理局2024年度部门决算公开",
                "武汉市青山区人民政府国有资产监督管理局",
                2024,
                LocalDate.of(2025, 10, 30),
                profile,
                "zh-CN",
                draft);
        return new Document(info, parts);
    }

    private static Paragraph paragraph(Object... pieces) {
        List<Run> runs = new ArrayList<>();
        for (Object piece : pieces) {
            runs.add(piece instanceof Run ? (Run) piece : new TextRun((String) piece));
        }
        return new Paragraph(Paragraph.Style.BODY, runs);
    }

    private static FigureRun amount(String key, String text) {
        return new FigureRun(key, FigureRun.Kind.AMOUNT, new BigDecimal(text), text);
    }

    private static FigureRun percent(String key, String text) {
        return new FigureRun(key, FigureRun.Kind.PERCENT, new BigDecimal(text), text);
    }

    private static BigDecimal wan(String text) {
        return new BigDecimal(text);
    }

    private static GridCell header(String text) {
        return GridCell.of(text, GridCell.Kind.HEADER);
    }

    private static GridCell label(String text) {
        return GridCell.of(text, GridCell.Kind.LABEL);
    }

    private static GridCell amountCell(String text) {
        return new GridCell(
                text,
                GridCell.Kind.AMOUNT,
                1,
                1,
                org.juesuan.core.money.Amount.parse(text, org.juesuan.core.money.AmountUnit.WAN_YUAN),
                null,
                null);
    }
}

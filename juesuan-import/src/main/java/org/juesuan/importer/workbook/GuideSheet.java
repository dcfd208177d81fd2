package org.juesuan.importer.workbook;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.juesuan.core.profile.Profile;

/**
 * The sheet 说明: how to fill in the workbook, in Chinese, for the clerk. The sheet lists are built from the
 * layout, so the text fits the profile.
 *
 * <p>Stateless and thread-safe.
 */
final class GuideSheet {

    private static final List<String> NUMERALS =
            List.of("一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三", "十四", "十五");

    private GuideSheet() {}

    static void write(Sheet sheet, WorkbookLayout layout, CellWriter out) {
        Profile profile = layout.profile();
        List<String> fixed = new ArrayList<>();
        List<String> function = new ArrayList<>();
        List<String> economic = new ArrayList<>();
        for (TablePlan plan : layout.tables()) {
            (plan.kind() == TablePlan.Kind.FIXED ? fixed : plan.kind() == TablePlan.Kind.FUNCTION ? function : economic)
                    .add(plan.sheetName());
        }
        List<String> items = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        lines.add("部门决算填报工作簿 填写说明");
        lines.add("地区口径：" + profile.name() + "（" + profile.id() + "）。本工作簿由 Juesuan 生成，填好后交由 Juesuan 导入，"
                + "系统据此生成全部公开表、情况说明和图表。");
        items.add("白色单元格是填报单元格；灰色单元格由系统计算（合计、小计、类级和款级汇总、跨表引用的数据等），" + "导入时忽略。灰色单元格中若填了与系统计算结果不同的数字，导入时会在该单元格处给出警告。");
        items.add("金额单位以“" + WorkbookLayout.UNIT + "”工作表中的“" + UnitSheet.AMOUNT_UNIT + "”为准（元 或 万元），"
                + "所有金额都按此单位填写：以元为单位最多两位小数，以万元为单位最多六位小数。多出的小数位不会被四舍五入，"
                + "而是报错。空白表示没有这项数据，与填 0 不同：确为零的数据请填 0。");
        items.add("功能分类科目只填项级科目（7 位编码），类、款合计由系统汇总，不要填写类、款行。科目名称可以不填；"
                + "填写时须与当年科目表一致。同一科目在同一张表中只能占一行；同一科目可以出现在不同的表中，数据自动合并。");
        if (!function.isEmpty()) {
            items.add(String.join("、", function) + "：每个项级科目一行，在编码列填写 7 位编码，可增删行、调整行序。" + "“合计”行由系统计算。");
        }
        if (!fixed.isEmpty()) {
            items.add(String.join("、", fixed) + "：按印制的行列填写，不要插入、删除或移动行，只填白色单元格。");
        }
        if (!economic.isEmpty()) {
            items.add(String.join("、", economic) + "：按经济分类款级科目（5 位编码）填写；类级行和合计行由系统计算。" + "表中未列出的款级科目，在表下方“"
                    + EconomicTableSheet.EXTRA_NOTE + "”之后逐行填写编码和金额。");
        }
        items.add("同一项数据只在一处填写。公开表中体现不了的数据：按科目的填在“" + WorkbookLayout.LINES + "”（每个科目一行，"
                + "按列标题识别，列的顺序可以调整），单位层面的填在“" + WorkbookLayout.FACTS + "”（按 A 列的键识别，B 列仅供参考）。"
                + (layout.needsEconomicSheet() ? "经济分类款级数据填在“" + WorkbookLayout.ECONOMIC + "”。" : ""));
        items.add(
                "“" + WorkbookLayout.UNIT + "”：按 A 列的项目名称识别；部门主要职责、所属单位每行一条，可插入更多行，" + "A 列照填项目名称。公开日期写作 YYYY-MM-DD。");
        items.add("“" + WorkbookLayout.PERFORMANCE + "”：A 列注明行类型（可从下拉列表选择）。每份绩效自评表以“"
                + PerformanceSheet.TYPE + "”行开始（B 列填“整体”或“项目”），其后依次是名称、预算数、执行数、偏差原因、"
                + "改进措施、主要产出和效果；“属性”行填表头栏目（B 列属性名，C 列属性值，如 主管部门 | 某某局）；"
                + "“原表所列”行填表上印出的得分（B 列项目，如 执行率、预算执行得分、总分，C 列数值）；"
                + "指标表中，“年度目标”行开始一个年度目标（B–D 列：年度目标、目标说明、目标分值），同一行 E–L 列可填该目标的"
                + "第一个指标（一级指标、二级指标、三级指标、年初目标值、实际完成值、权重、得分、完成情况），其余指标各占一个“指标”行"
                + "（B–D 列留空）。整份留空的绩效自评表导入时忽略。");
        items.add("“" + WorkbookLayout.KEY_WORK + "”：“段落”行在 B 列填一段文字；“事项”行填重点工作表的一行" + "（重要事项、工作内容及目标、完成情况）。");
        items.add("“" + WorkbookLayout.PUBLISHED + "”：仅在转录已公开的文件时填写，照录原文数字（即使有误），系统只用它们核对，"
                + "不用于生成报表。上半部分填公开表的单元格（表、行、栏、金额），下半部分填情况说明中的数字（按键识别），"
                + "百分比填百分点数（1.74 表示 1.74%）。");
        items.add("工作表名称和表头请勿修改；导入时发现的问题都会注明“工作簿!工作表!单元格”位置。");
        for (int i = 0; i < items.size(); i++) {
            lines.add(NUMERALS.get(i) + "、" + items.get(i));
        }
        for (int i = 0; i < lines.size(); i++) {
            out.text(sheet, i, 0, lines.get(i), i == 0 ? CellWriter.Style.TITLE : CellWriter.Style.NOTE);
        }
        out.widths(sheet, 120);
    }
}

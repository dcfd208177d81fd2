package org.juesuan.audit.recognize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.juesuan.core.catalog.Catalogs;
import org.juesuan.core.money.Amount;
import org.juesuan.core.money.AmountUnit;
import org.juesuan.core.profile.Profile;
import org.juesuan.core.profile.Profiles;
import org.junit.jupiter.api.Test;

/**
 * Printed tables as real documents vary them: codes split over 类/款/项 columns, 合计 at the bottom, thousands
 * separators, a dash for nothing, amounts in 元, a header cut short.
 */
class TableVariantsTest {

    static final Profile HUBEI = Profiles.bundled(Catalogs.bundled()).require("hubei-2024");

    private static RecoveredTable t05(String text) {
        DocumentRecognizer.Recognition recognition =
                DocumentRecognizer.recognize(TabText.read("t.txt", text), HUBEI, Map.of());
        return recognition.tables().stream()
                .filter(t -> t.definition().id().equals("T05"))
                .findFirst()
                .orElseThrow();
    }

    private static String cell(RecoveredTable table, String row, String column) {
        RecoveredTable.Row found = table.rows().stream()
                .filter(r -> r.rowId().equals(row))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no row " + row));
        RecoveredTable.Cell cell = found.cells().get(column);
        return cell.amount()
                .value()
                .map(a -> a.toWanYuan().stripTrailingZeros().toPlainString())
                .orElse(cell.amount().kind().name());
    }

    @Test
    void codesSplitOverThreeColumnsTotalAtTheBottomSeparatorsAndDashes() {
        RecoveredTable table = t05(String.join(
                "\n",
                "2024年度一般公共预算财政拨款支出决算表",
                "公开05表",
                "单位：万元",
                "项目\t\t\t\t本年支出\t\t",
                "功能分类科目编码\t\t\t科目名称\t小计\t基本支出\t项目支出",
                "类\t款\t项\t栏次\t1\t2\t3",
                "201\t03\t01\t行政运行\t1,207.87\t1,207.87\t-",
                "201\t03\t02\t一般行政管理事务\t56.81\t\t56.81",
                "\t\t\t合计\t1,264.68\t1,207.87\t56.81"));
        assertThat(table.rows()).extracting(RecoveredTable.Row::rowId).containsExactly("2010301", "2010302", "total");
        assertThat(cell(table, "2010301", "subtotal")).isEqualTo("1207.87");
        assertThat(cell(table, "2010301", "project")).isEqualTo("DASH");
        assertThat(cell(table, "2010302", "basic")).isEqualTo("BLANK");
        assertThat(cell(table, "total", "subtotal")).isEqualTo("1264.68");
    }

    @Test
    void withoutColumnNumbersColumnsAreFoundByTheirHeadersEvenCutShort() {
        // no 栏次 row; 基本支出 and 项目支出 printed cut short as 基本支 and 项目支
        RecoveredTable table = t05(String.join(
                "\n",
                "公开05表",
                "单位：万元",
                "功能分类科目编码\t科目名称\t小计\t基本支\t项目支",
                "2010301\t行政运行\t207.87\t207.87\t",
                "2010302\t一般行政管理事务\t56.81\t\t56.81"));
        assertThat(cell(table, "2010301", "basic")).isEqualTo("207.87");
        assertThat(cell(table, "2010302", "project")).isEqualTo("56.81");
    }

    @Test
    void amountsInYuanAreReadInYuan() {
        RecoveredTable table = t05(String.join(
                "\n", "公开05表", "单位：元", "类\t款\t项\t栏次\t1\t2\t3", "2010301\t\t\t行政运行\t2,078,700.00\t2,078,700.00\t"));
        assertThat(table.unit()).isEqualTo(AmountUnit.YUAN);
        assertThat(table.rows().get(0).cells().get("basic").amount().value()).contains(Amount.parse("2078700.00"));
    }

    @Test
    void aCellThatIsNotAnAmountIsReportedAtItsPlace() {
        DocumentRecognizer.Recognition recognition = DocumentRecognizer.recognize(
                TabText.read(
                        "t.txt",
                        String.join("\n", "公开05表", "类\t款\t项\t栏次\t1\t2\t3", "2010301\t\t\t行政运行\t约207万\t207.87\t")),
                HUBEI,
                Map.of());
        assertThat(recognition.issues().sorted())
                .filteredOn(i -> i.code().equals("AUDIT_NOT_AN_AMOUNT"))
                .singleElement()
                .satisfies(i -> {
                    assertThat(i.where().display()).isEqualTo("t.txt:3:16");
                    assertThat(i.message()).contains("约207万");
                });
    }

    @Test
    void readsPrintedAmounts() {
        assertThat(PrintedAmount.read("1,234.50", AmountUnit.WAN_YUAN).value())
                .contains(Amount.parse("1234.50", AmountUnit.WAN_YUAN));
        assertThat(PrintedAmount.read("（12.00）", AmountUnit.WAN_YUAN).value())
                .contains(Amount.parse("-12.00", AmountUnit.WAN_YUAN));
        assertThat(PrintedAmount.read("－", AmountUnit.WAN_YUAN).kind()).isEqualTo(PrintedAmount.Kind.DASH);
        assertThat(PrintedAmount.read(" ", AmountUnit.WAN_YUAN).kind()).isEqualTo(PrintedAmount.Kind.BLANK);
        for (String text : List.of("12.3.4", "(12.00", "1,23.00", "二十")) {
            assertThat(PrintedAmount.read(text, AmountUnit.WAN_YUAN).kind())
                    .as(text)
                    .isEqualTo(PrintedAmount.Kind.NOT_AN_AMOUNT);
        }
    }
}

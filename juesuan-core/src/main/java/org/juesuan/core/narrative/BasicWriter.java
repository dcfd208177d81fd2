package org.juesuan.core.narrative;

import java.util.ArrayList;
import java.util.List;
import org.juesuan.core.catalog.ClassCode;
import org.juesuan.core.dataset.FunctionLine;
import org.juesuan.core.document.Run;
import org.juesuan.core.money.Amount;
import org.juesuan.core.table.ReportRow;

/**
 * Writes 一般公共预算财政拨款基本支出决算情况 (六) and the two fund sections, 政府性基金 (七) and 国有资本经营 (八).
 *
 * <p>The 人员经费 and 公用经费 items listed are exactly the items of the basic-expenditure table that print an amount,
 * by their catalog names: no item of 0.00 is listed, whatever the profile's {@code zeroItems}.
 *
 * <p>Stateless and thread-safe.
 */
final class BasicWriter {

    private BasicWriter() {}

    /** 一般公共预算财政拨款基本支出决算情况. */
    static void basic(SectionOutput out) {
        Values v = out.values();
        List<Run> personnel = part(out, "personnel", "P");
        List<Run> publicCost = part(out, "public", "G");
        Bindings statement = out.bind("statement")
                .amount("total", "total", v.cell("T05", "total", "basic"))
                .runs("personnel", personnel)
                .runs("public", publicCost);
        out.paragraph("statement", statement);
        if (!out.isInserted("personnel")) {
            out.paragraph(personnel);
        }
        if (!out.isInserted("public")) {
            out.paragraph(publicCost);
        }
    }

    /** 人员经费 or 公用经费: the section of the basic-expenditure table, its total row and its non-zero items. */
    private static List<Run> part(SectionOutput out, String section, String totalRow) {
        Values v = out.values();
        List<SectionOutput.Item> items = new ArrayList<>();
        for (ReportRow row : v.rows("T06")) {
            if (row.section().equals(section)
                    && row.code() != null
                    && row.level() == 2
                    && !v.cell("T06", row.id(), "amount").isZero()) {
                items.add(new SectionOutput.Item("text", out.bind("item").text("name", row.label())));
            }
        }
        Bindings bindings = out.bind(section)
                .amount("amount", section, v.cell("T06", totalRow, "amount"))
                .runs("item", () -> out.list("item", items));
        return out.render(section, bindings);
    }

    /**
     * 政府性基金 or 国有资本经营预算财政拨款收入支出决算情况: income from 财政拨款收入支出决算总表, expenditure and its
     * 项 from the fund's own table; the {@code none} statement when the fund had neither.
     *
     * @param table the fund's table, T07 or T08
     * @param incomeRow the fund's income row of T04, I2 or I3
     */
    static void fund(SectionOutput out, String table, String incomeRow) {
        Values v = out.values();
        Amount income = v.cell("T04", incomeRow, "amount");
        Amount spending = v.cell(table, "total", "subtotal");
        if (income.isZero() && spending.isZero() && out.has("none")) {
            out.paragraph("none", out.bind("none"));
            return;
        }
        List<SectionOutput.Item> lines = new ArrayList<>();
        int number = 0;
        for (ReportRow row : v.codeRows(table, 3)) {
            ClassCode code = row.code();
            if (code == null) {
                continue;
            }
            number++;
            Bindings line = out.bind("line")
                    .text("number", String.valueOf(number))
                    .runs("chain", () -> out.chain(code))
                    .amount("actual", "line." + code.digits() + ".actual", v.cell(table, row.id(), "subtotal"))
                    .text(
                            "purpose",
                            v.dataset()
                                    .line(code)
                                    .map(FunctionLine::purpose)
                                    .map(t -> t.value())
                                    .orElse(null));
            lines.add(new SectionOutput.Item("text", line));
        }
        Bindings statement = out.bind("statement")
                .amount("income", "income", income)
                .amount("spending", "spending", spending)
                .runs("line", () -> out.list("line", lines));
        out.paragraph("statement", statement);
        out.paragraphs("line", lines);
    }
}

package org.juesuan.core.table;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.juesuan.core.layout.AmountFormat;
import org.juesuan.core.money.Amount;
import org.juesuan.core.profile.ColumnDefinition;
import org.juesuan.core.profile.Formula;
import org.juesuan.core.profile.RowDefinition;
import org.juesuan.core.profile.SectionDefinition;

/**
 * Test helper: checks that a table foots as printed in 万元 — each 类 and 款 row equals the sum of its children,
 * each economic head the sum of its items, each formula row and formula column the sum it names.
 */
final class Footing {

    private Footing() {}

    static List<String> violations(ReportTable table) {
        List<String> problems = new ArrayList<>();
        for (SectionDefinition section : table.definition().sections()) {
            List<ReportRow> rows = table.rows(section.id());
            for (ColumnDefinition column : section.columns()) {
                for (ReportRow row : rows) {
                    if (row.derived() && row.code() != null) {
                        BigDecimal sum = BigDecimal.ZERO;
                        for (ReportRow child : rows) {
                            if (child.level() == row.level() + 1
                                    && row.code()
                                            .contains(
                                                    child.code() == null
                                                            ? org.juesuan.core.catalog.ClassCode.of("0")
                                                            : child.code())) {
                                sum = sum.add(printed(table, child.id(), column.id()));
                            }
                        }
                        check(problems, table, row.id(), column.id(), sum);
                    }
                }
                for (RowDefinition definition : section.totals()) {
                    if (definition instanceof RowDefinition.Fixed && ((RowDefinition.Fixed) definition).isDerived()) {
                        RowDefinition.Fixed fixed = (RowDefinition.Fixed) definition;
                        BigDecimal sum = BigDecimal.ZERO;
                        for (Formula.Term term : fixed.formula().terms()) {
                            List<String> refs = new ArrayList<>();
                            if (term.ref().equals(Formula.BODY)) {
                                for (ReportRow row : rows) {
                                    if (!row.total() && (row.level() <= 1)) {
                                        refs.add(row.id());
                                    }
                                }
                            } else {
                                refs.add(term.ref());
                            }
                            for (String ref : refs) {
                                BigDecimal value = printed(table, ref, column.id());
                                sum = term.negative() ? sum.subtract(value) : sum.add(value);
                            }
                        }
                        check(problems, table, fixed.id(), column.id(), sum);
                    }
                }
            }
            for (ColumnDefinition column : section.columns()) {
                if (column.formula() == null) {
                    continue;
                }
                for (ReportRow row : rows) {
                    BigDecimal sum = BigDecimal.ZERO;
                    for (Formula.Term term : column.formula().terms()) {
                        BigDecimal value = printed(table, row.id(), term.ref());
                        sum = term.negative() ? sum.subtract(value) : sum.add(value);
                    }
                    check(problems, table, row.id(), column.id(), sum);
                }
            }
        }
        return problems;
    }

    private static void check(List<String> problems, ReportTable table, String row, String column, BigDecimal sum) {
        BigDecimal value = printed(table, row, column);
        if (value.compareTo(sum) != 0) {
            problems.add(
                    table.id() + "[" + row + "][" + column + "] prints " + value + " but its parts add up to " + sum);
        }
    }

    /** The value as printed, in 万元 (blank counts as zero). */
    static BigDecimal printed(ReportTable table, String row, String column) {
        return table.cell(row, column).amount().map(AmountFormat::wan).orElse(BigDecimal.ZERO);
    }

    static BigDecimal printed(ReportTable table, String row) {
        return printed(
                table,
                row,
                table.columns(table.row(row).orElseThrow().section()).get(0).id());
    }

    static Amount exact(ReportTable table, String row, String column) {
        return table.cell(row, column).amount().orElse(Amount.ZERO);
    }
}

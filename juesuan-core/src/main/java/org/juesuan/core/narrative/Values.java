package org.juesuan.core.narrative;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.juesuan.core.dataset.Count;
import org.juesuan.core.dataset.Dataset;
import org.juesuan.core.dataset.Text;
import org.juesuan.core.dataset.UnitFact;
import org.juesuan.core.money.Amount;
import org.juesuan.core.table.ReportRow;
import org.juesuan.core.table.ReportTable;
import org.juesuan.core.table.TableSet;

/**
 * The figures the narrative may state (数据来源): cells of the tables as printed, and unit facts rounded the way the
 * tables round them. A blank cell reads as zero here (the narrative prints 0.00 where a table prints nothing).
 *
 * <p>Immutable and thread-safe.
 */
final class Values {

    private final TableSet display;

    Values(TableSet display) {
        this.display = display;
    }

    /** Returns the dataset behind the tables. */
    Dataset dataset() {
        return display.dataset();
    }

    /** Returns the tables. */
    TableSet tables() {
        return display;
    }

    /** Returns a cell's amount, zero when blank or when the table or row does not exist. */
    Amount cell(String table, String row, String column) {
        return display.table(table).flatMap(t -> t.cell(row, column).amount()).orElse(Amount.ZERO);
    }

    /** Returns every row of a table, in table order; none if the profile has no such table. */
    List<ReportRow> rows(String table) {
        return display.table(table).map(ReportTable::rows).orElse(List.of());
    }

    /** Returns the code rows of a table at a level (1 类, 2 款, 3 项), in table order. */
    List<ReportRow> codeRows(String table, int level) {
        List<ReportRow> rows = new ArrayList<>();
        for (ReportRow row : display.table(table).map(ReportTable::rows).orElse(List.of())) {
            if (row.code() != null && row.level() == level && !row.total()) {
                rows.add(row);
            }
        }
        return rows;
    }

    /** Returns the label of a table row, empty if it does not exist. */
    String label(String table, String row) {
        return display.table(table)
                .flatMap(t -> t.row(row))
                .map(ReportRow::label)
                .orElse("");
    }

    /** Returns an amount fact as displayed (rounded half-up to 0.01 万元, as the tables round facts). */
    Optional<Amount> fact(UnitFact fact) {
        return dataset().facts().amount(fact).map(figure -> Numbers.displayed(figure.amount()));
    }

    /**
     * Returns the sum of amount facts as displayed: their exact sum rounded once, as a table rounds a total; empty if
     * none is stated.
     */
    Optional<Amount> sum(List<UnitFact> facts) {
        Amount sum = Amount.ZERO;
        boolean any = false;
        for (UnitFact fact : facts) {
            Optional<Amount> amount = dataset().facts().amount(fact).map(f -> f.amount());
            if (amount.isPresent()) {
                sum = sum.plus(amount.get());
                any = true;
            }
        }
        return any ? Optional.of(Numbers.displayed(sum)) : Optional.empty();
    }

    /** Returns a count fact. */
    Optional<Integer> count(UnitFact fact) {
        return dataset().facts().count(fact).map(Count::value);
    }

    /** Returns a text fact, if stated and not blank. */
    Optional<String> text(UnitFact fact) {
        return dataset().facts().text(fact).map(Text::value).filter(text -> !text.isBlank());
    }
}

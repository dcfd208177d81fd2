package org.juesuan.importer.workbook;

import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.juesuan.core.catalog.ClassCode;
import org.juesuan.core.dataset.Figure;
import org.juesuan.core.dataset.FunctionLine;
import org.juesuan.core.dataset.Fund;
import org.juesuan.core.dataset.IncomeSource;
import org.juesuan.core.dataset.Text;
import org.juesuan.core.source.SourceRef;

/**
 * A function line being gathered from the sheets that mention its code (科目行草稿).
 *
 * <p>Not thread-safe: a builder used by one import.
 */
final class LineDraft {

    final ClassCode code;
    final SourceRef source;
    String name = "";
    final Map<IncomeSource, Figure> income = new EnumMap<>(IncomeSource.class);
    final Map<FunctionLine.SpendingKey, Figure> spending = new TreeMap<>();
    final Map<Fund, Figure> opening = new EnumMap<>(Fund.class);
    final Map<Fund, Figure> closing = new EnumMap<>(Fund.class);

    @Nullable
    Figure annualBudget;

    @Nullable
    Text purpose;

    @Nullable
    Text budgetReason;

    LineDraft(ClassCode code, SourceRef source) {
        this.code = code;
        this.source = source;
    }

    FunctionLine toLine() {
        return new FunctionLine(
                code, name, income, spending, opening, closing, annualBudget, purpose, budgetReason, source);
    }
}

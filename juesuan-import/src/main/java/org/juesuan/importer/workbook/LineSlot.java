package org.juesuan.importer.workbook;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.juesuan.core.dataset.Figure;
import org.juesuan.core.dataset.FunctionLine;
import org.juesuan.core.dataset.Fund;
import org.juesuan.core.dataset.IncomeSource;
import org.juesuan.core.dataset.SpendingKind;
import org.juesuan.core.profile.Measure;

/**
 * A figure of one 项-level function code (科目数据): income of a source, expenditure of a fund and kind, a fund's
 * opening or closing balance, or the 年初预算.
 *
 * <p>Invariant: the dimensions set are exactly those of the kind, and a spending pair is one the fund allows.
 * Immutable and thread-safe.
 *
 * @param kind {@code INCOME}, {@code SPENDING}, {@code OPENING}, {@code CLOSING} or {@code ANNUAL_BUDGET}
 * @param source the income source, for income
 * @param fund the fund, for spending and balances
 * @param spendingKind the kind of expenditure, for spending
 */
record LineSlot(
        Measure.Kind kind,
        @Nullable IncomeSource source,
        @Nullable Fund fund,
        @Nullable SpendingKind spendingKind) implements Slot {

    private static final List<LineSlot> ALL = all0();

    /** Creates a slot. */
    LineSlot {
        Objects.requireNonNull(kind, "kind");
    }

    static LineSlot income(IncomeSource source) {
        return new LineSlot(Measure.Kind.INCOME, source, null, null);
    }

    static LineSlot spending(Fund fund, SpendingKind kind) {
        if (!kind.allowsFund(fund)) {
            throw new IllegalArgumentException(fund + " cannot be spent as " + kind);
        }
        return new LineSlot(Measure.Kind.SPENDING, null, fund, kind);
    }

    static LineSlot opening(Fund fund) {
        return new LineSlot(Measure.Kind.OPENING, null, fund, null);
    }

    static LineSlot closing(Fund fund) {
        return new LineSlot(Measure.Kind.CLOSING, null, fund, null);
    }

    static LineSlot annualBudget() {
        return new LineSlot(Measure.Kind.ANNUAL_BUDGET, null, null, null);
    }

    /** Returns every slot in canonical order: income, spending, opening, closing, annual budget. */
    static List<LineSlot> all() {
        return ALL;
    }

    private static List<LineSlot> all0() {
        List<LineSlot> all = new ArrayList<>();
        for (IncomeSource source : IncomeSource.values()) {
            all.add(income(source));
        }
        for (Fund fund : Fund.values()) {
            for (SpendingKind kind : SpendingKind.values()) {
                if (kind.allowsFund(fund)) {
                    all.add(spending(fund, kind));
                }
            }
        }
        for (Fund fund : Fund.values()) {
            all.add(opening(fund));
        }
        for (Fund fund : Fund.values()) {
            all.add(closing(fund));
        }
        all.add(annualBudget());
        return Collections.unmodifiableList(all);
    }

    /** Returns whether a measure of this slot's kind keeps this slot. */
    boolean selectedBy(Measure measure) {
        switch (kind) {
            case INCOME:
                return measure.keeps(Objects.requireNonNull(source));
            case SPENDING:
                return measure.keeps(Objects.requireNonNull(fund))
                        && measure.keeps(Objects.requireNonNull(spendingKind));
            case OPENING:
            case CLOSING:
                return measure.keeps(Objects.requireNonNull(fund));
            default:
                return measure.keeps(Fund.GENERAL_BUDGET);
        }
    }

    /** Returns whether this is an opening or closing balance. */
    boolean isBalance() {
        return kind == Measure.Kind.OPENING || kind == Measure.Kind.CLOSING;
    }

    /** Returns the Chinese column label, e.g. 一般公共预算财政拨款收入, 非财政拨款基本支出, 年初预算. */
    String label() {
        switch (kind) {
            case INCOME:
                return Objects.requireNonNull(source).label();
            case SPENDING:
                return Objects.requireNonNull(fund).label()
                        + Objects.requireNonNull(spendingKind).label();
            case OPENING:
                return Objects.requireNonNull(fund).label() + "年初结转和结余";
            case CLOSING:
                return Objects.requireNonNull(fund).label() + "年末结转和结余";
            default:
                return "年初预算";
        }
    }

    /** Returns the slot's figure on a line. */
    Optional<Figure> read(FunctionLine line) {
        switch (kind) {
            case INCOME:
                return Optional.ofNullable(line.income().get(source));
            case SPENDING:
                return line.spending(Objects.requireNonNull(fund), Objects.requireNonNull(spendingKind));
            case OPENING:
                return Optional.ofNullable(line.opening().get(fund));
            case CLOSING:
                return Optional.ofNullable(line.closing().get(fund));
            default:
                return line.annualBudgetFigure();
        }
    }

    /** Puts a figure into a line being built. */
    void write(LineDraft draft, Figure figure) {
        switch (kind) {
            case INCOME:
                draft.income.put(Objects.requireNonNull(source), figure);
                break;
            case SPENDING:
                draft.spending.put(
                        new FunctionLine.SpendingKey(
                                Objects.requireNonNull(fund), Objects.requireNonNull(spendingKind)),
                        figure);
                break;
            case OPENING:
                draft.opening.put(Objects.requireNonNull(fund), figure);
                break;
            case CLOSING:
                draft.closing.put(Objects.requireNonNull(fund), figure);
                break;
            default:
                draft.annualBudget = figure;
                break;
        }
    }
}

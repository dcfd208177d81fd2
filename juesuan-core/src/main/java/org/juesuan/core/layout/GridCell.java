package org.juesuan.core.layout;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.juesuan.core.money.Amount;

/**
 * One printed cell of a table grid, with its span and what it shows.
 *
 * <p>A cell covered by another cell's span is represented by {@link #COVERED}; renderers skip it. An amount cell
 * keeps the exact amount it prints and the table cell it comes from, so a rendered file can be read back and
 * checked figure by figure.
 *
 * <p>Immutable and thread-safe.
 *
 * @param text the printed text
 * @param kind what the cell is
 * @param rowSpan rows spanned, at least 1
 * @param colSpan columns spanned, at least 1
 * @param amount the amount printed, for amount cells that are not blank
 * @param rowId the table row, for body cells
 * @param columnId the table column, for amount cells
 */
public record GridCell(
        String text,
        Kind kind,
        int rowSpan,
        int colSpan,
        @Nullable Amount amount,
        @Nullable String rowId,
        @Nullable String columnId) {

    /** A position covered by a spanning cell. */
    public static final GridCell COVERED = new GridCell("", Kind.COVERED, 1, 1, null, null, null);

    /** What a cell is; renderers style by kind. */
    public enum Kind {
        /** A column header. */
        HEADER,
        /** A 栏次 number or the word 栏次. */
        COLUMN_NUMBER,
        /** A row label or 科目名称. */
        LABEL,
        /** A classification code. */
        CODE,
        /** A 行次. */
        LINE_NUMBER,
        /** An amount (possibly printed blank). */
        AMOUNT,
        /** An empty filler cell. */
        EMPTY,
        /** Covered by another cell's span. */
        COVERED
    }

    /** Creates a cell. */
    public GridCell {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
        if (rowSpan < 1 || colSpan < 1) {
            throw new IllegalArgumentException("spans must be positive");
        }
    }

    /** Returns a one-by-one cell. */
    public static GridCell of(String text, Kind kind) {
        return new GridCell(text, kind, 1, 1, null, null, null);
    }

    /** Returns the amount printed, if any. */
    public Optional<Amount> printedAmount() {
        return Optional.ofNullable(amount);
    }

    /** Returns whether the cell is covered by a span. */
    public boolean isCovered() {
        return kind == Kind.COVERED;
    }
}

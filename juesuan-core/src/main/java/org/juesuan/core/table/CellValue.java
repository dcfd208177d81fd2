package org.juesuan.core.table;

import java.util.Objects;
import java.util.Optional;
import org.juesuan.core.money.Amount;
import org.juesuan.core.money.Ratio;

/**
 * The value of a table cell. Blank is not zero: a blank cell has no fact behind it, a zero cell has facts that add
 * up to nothing. Rules can tell them apart; display may print both the same way.
 *
 * <p>Immutable and thread-safe.
 */
public sealed interface CellValue
        permits CellValue.Blank, CellValue.AmountCell, CellValue.TextCell, CellValue.RatioCell {

    /** The blank cell. */
    CellValue BLANK = new Blank();

    /** Returns the amount of an amount cell. */
    default Optional<Amount> amount() {
        return this instanceof AmountCell ? Optional.of(((AmountCell) this).value()) : Optional.empty();
    }

    /** Returns whether the cell is blank. */
    default boolean isBlank() {
        return this instanceof Blank;
    }

    /** Returns an amount cell. */
    static CellValue of(Amount amount) {
        return new AmountCell(amount);
    }

    /** A cell with no value. */
    record Blank() implements CellValue {
        @Override
        public String toString() {
            return "";
        }
    }

    /**
     * A cell holding an exact amount.
     *
     * @param value the amount
     */
    record AmountCell(Amount value) implements CellValue {
        /** Creates an amount cell. */
        public AmountCell {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public String toString() {
            return value.toString();
        }
    }

    /**
     * A cell holding text.
     *
     * @param value the text
     */
    record TextCell(String value) implements CellValue {
        /** Creates a text cell. */
        public TextCell {
            Objects.requireNonNull(value, "value");
        }
    }

    /**
     * A cell holding a ratio.
     *
     * @param value the ratio
     */
    record RatioCell(Ratio value) implements CellValue {
        /** Creates a ratio cell. */
        public RatioCell {
            Objects.requireNonNull(value, "value");
        }
    }
}

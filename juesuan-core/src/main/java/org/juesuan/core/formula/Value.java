package org.juesuan.core.formula;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.juesuan.core.money.Amount;

/**
 * A runtime value of a formula (运行时值).
 *
 * <p>Amounts count the printed figures they add up ({@code terms}), which decides how much rounding difference a
 * comparison of transcribed figures tolerates; they know whether they are blank, which a rule may ask with
 * {@code isBlank}. In arithmetic a blank amount counts as zero, as the documents print zero as blank.
 *
 * <p>Immutable and thread-safe.
 */
public sealed interface Value
        permits Value.AmountValue, Value.NumberValue, Value.TruthValue, Value.ListValue, Value.TextValue {

    /** A blank amount. */
    AmountValue BLANK_AMOUNT = new AmountValue(Amount.ZERO, true, 0);

    /**
     * An amount.
     *
     * @param amount the amount (zero when blank)
     * @param blank whether nothing stands in the cell
     * @param terms how many printed figures were added to make it
     */
    record AmountValue(Amount amount, boolean blank, int terms) implements Value {
        /** Creates an amount value. */
        public AmountValue {
            Objects.requireNonNull(amount, "amount");
        }
    }

    /**
     * A number.
     *
     * @param value the number (zero when blank)
     * @param blank whether nothing is stated
     */
    record NumberValue(BigDecimal value, boolean blank) implements Value {
        /** Creates a number value. */
        public NumberValue {
            Objects.requireNonNull(value, "value");
        }
    }

    /** A truth value. */
    record TruthValue(Truth truth) implements Value {}

    /** A list of amounts. */
    record ListValue(List<AmountValue> items) implements Value {}

    /** A text, possibly blank. */
    record TextValue(String text) implements Value {}
}

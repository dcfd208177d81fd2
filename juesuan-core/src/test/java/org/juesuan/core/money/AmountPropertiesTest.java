package org.juesuan.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

class AmountPropertiesTest {

    private static final long LIMIT = 999_999_999_999_999L; // about 10^13 yuan, beyond any budget

    @Property
    void parsingTheTextOfAnAmountGivesTheSameAmount(@ForAll @LongRange(min = -LIMIT, max = LIMIT) long fen) {
        Amount amount = Amount.ofFen(fen);
        assertThat(Amount.parse(amount.toString())).isEqualTo(amount);
    }

    @Property
    void parsingTheWanYuanFigureOfAnAmountGivesTheSameAmount(@ForAll @LongRange(min = -LIMIT, max = LIMIT) long fen) {
        Amount amount = Amount.ofFen(fen);
        assertThat(Amount.parse(amount.toWanYuan().toPlainString(), AmountUnit.WAN_YUAN))
                .isEqualTo(amount);
    }

    @Property
    void rejectsEveryNumberWithANonZeroThirdDecimalInYuan(
            @ForAll @LongRange(min = 0, max = LIMIT) long whole,
            @ForAll @IntRange(min = 0, max = 99) int cents,
            @ForAll @IntRange(min = 1, max = 9) int third,
            @ForAll boolean negative) {
        String text = (negative ? "-" : "") + whole + "." + String.format("%02d", cents) + third;
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Amount.parse(text))
                .withMessageContaining("小数位超过2位");
    }

    @Property
    void plusAndMinusUndoEachOther(
            @ForAll @LongRange(min = -LIMIT, max = LIMIT) long a,
            @ForAll @LongRange(min = -LIMIT, max = LIMIT) long b) {
        Amount x = Amount.ofFen(a);
        Amount y = Amount.ofFen(b);
        assertThat(x.plus(y).minus(y)).isEqualTo(x);
        assertThat(x.minus(y).plus(y)).isEqualTo(x);
        assertThat(x.plus(y).toFen()).isEqualTo(a + b);
    }

    @Property
    void rejectsEveryAmountWithALetterInIt(
            @ForAll @LongRange(min = 0, max = LIMIT) long fen,
            @ForAll @IntRange(min = 0, max = 40) int position,
            @ForAll @CharRange(from = 'A', to = 'z') char letter) {
        String text = Amount.ofFen(fen).toString();
        int at = Math.min(position, text.length());
        String spoilt = text.substring(0, at) + letter + text.substring(at);
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Amount.parse(spoilt))
                .withMessageContaining("不是金额");
        assertThatIllegalArgumentException().isThrownBy(() -> Amount.parse(spoilt, AmountUnit.WAN_YUAN));
    }

    @Property
    void rejectsBlankTextWhereANumberIsRequired(@ForAll @IntRange(min = 0, max = 5) int spaces) {
        String blank = " ".repeat(spaces);
        assertThatIllegalArgumentException().isThrownBy(() -> Amount.parse(blank));
    }
}

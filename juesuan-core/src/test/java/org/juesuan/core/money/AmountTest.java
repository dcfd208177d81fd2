package org.juesuan.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AmountTest {

    private static Amount yuan(String text) {
        return new Amount(new BigDecimal(text));
    }

    @Nested
    class ParseInYuan {

        @Test
        void keepsTheValueAtTwoDecimals() {
            assertThat(Amount.parse("265.18").value())
                    .isEqualByComparingTo("265.18")
                    .hasScaleOf(2);
            assertThat(Amount.parse("7").value()).hasScaleOf(2).isEqualByComparingTo("7");
            assertThat(Amount.parse("0.1")).isEqualTo(yuan("0.10"));
        }

        @Test
        void acceptsASign() {
            assertThat(Amount.parse("-12.30")).isEqualTo(yuan("-12.30"));
            assertThat(Amount.parse("+12.30")).isEqualTo(yuan("12.30"));
        }

        @Test
        void acceptsThousandsSeparatorsInGroupsOfThree() {
            assertThat(Amount.parse("1,234,567.89")).isEqualTo(yuan("1234567.89"));
            assertThat(Amount.parse("-12,345")).isEqualTo(yuan("-12345"));
        }

        @Test
        void acceptsAThirdDecimalThatIsZero() {
            assertThat(Amount.parse("1.230")).isEqualTo(yuan("1.23"));
        }

        @Test
        void rejectsAmountWithThreeDecimals() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> Amount.parse("1.234"))
                    .withMessage("金额“1.234”的小数位超过2位（单位：元）");
        }

        @Test
        void rejectsEmptyText() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> Amount.parse(""))
                    .withMessage("金额不能为空");
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "abc",
                    "12元",
                    "¥12",
                    " 12",
                    "12 ",
                    "1 234",
                    "1e3",
                    "1E3",
                    "1.2.3",
                    "-",
                    "+",
                    ".5",
                    "5.",
                    "1,23",
                    "12,34.5",
                    "1234,567",
                    "1,2345",
                    "--1",
                    "0x10",
                    "１２"
                })
        void rejectsTextThatIsNotAPlainNumber(String text) {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> Amount.parse(text))
                    .withMessage("“" + text + "”不是金额");
        }
    }

    @Nested
    class ParseInWanYuan {

        @Test
        void convertsExactlyToYuan() {
            assertThat(Amount.parse("265.18", AmountUnit.WAN_YUAN)).isEqualTo(yuan("2651800.00"));
            assertThat(Amount.parse("-0.01", AmountUnit.WAN_YUAN)).isEqualTo(yuan("-100"));
            assertThat(Amount.parse("1,234.5", AmountUnit.WAN_YUAN)).isEqualTo(yuan("12345000"));
        }

        @Test
        void acceptsSixDecimalsWhichAreWholeFen() {
            assertThat(Amount.parse("0.000001", AmountUnit.WAN_YUAN)).isEqualTo(yuan("0.01"));
            assertThat(Amount.parse("12.345678", AmountUnit.WAN_YUAN)).isEqualTo(yuan("123456.78"));
        }

        @Test
        void rejectsSevenDecimals() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> Amount.parse("0.0000001", AmountUnit.WAN_YUAN))
                    .withMessage("金额“0.0000001”的小数位超过6位（单位：万元）");
        }
    }

    @Nested
    class Equality {

        @Test
        void equalsAmountWithAnotherScale() {
            Amount a = yuan("1.5");
            Amount b = yuan("1.50");
            assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
            assertThat(a.compareTo(b)).isZero();
            assertThat(a.value()).hasScaleOf(2);
        }

        @Test
        void ordersByValue() {
            List<Amount> sorted = new ArrayList<>(List.of(yuan("2"), yuan("-3"), yuan("0.01")));
            sorted.sort(null);
            assertThat(sorted).containsExactly(yuan("-3"), yuan("0.01"), yuan("2"));
            assertThat(yuan("2")).isNotEqualTo(yuan("2.01"));
        }

        @Test
        void rejectsAThirdNonZeroDecimalInTheConstructor() {
            assertThatThrownBy(() -> yuan("1.005")).isInstanceOf(ArithmeticException.class);
            assertThatThrownBy(() -> Amount.of(new BigDecimal("0.001"))).isInstanceOf(ArithmeticException.class);
        }
    }

    @Nested
    class Arithmetic {

        @Test
        void addsAndSubtractsExactly() {
            assertThat(yuan("0.10").plus(yuan("0.20"))).isEqualTo(yuan("0.30"));
            assertThat(yuan("100.00").minus(yuan("100.01"))).isEqualTo(yuan("-0.01"));
            assertThat(yuan("12.34").negated()).isEqualTo(yuan("-12.34"));
        }

        @Test
        void totalsAListAndGivesZeroForNone() {
            assertThat(Amount.total(List.of(yuan("0.01"), yuan("2"), yuan("-0.5"))))
                    .isEqualTo(yuan("1.51"));
            assertThat(Amount.total(List.of())).isEqualTo(Amount.ZERO);
        }

        @Test
        void reportsSignAndAbsoluteValue() {
            assertThat(yuan("-3.2").abs()).isEqualTo(yuan("3.2"));
            assertThat(yuan("-3.2").signum()).isEqualTo(-1);
            assertThat(yuan("0.00").isZero()).isTrue();
            assertThat(yuan("0.01").isZero()).isFalse();
        }
    }

    @Nested
    class Conversion {

        @Test
        void countsFen() {
            assertThat(yuan("265.18").toFen()).isEqualTo(26518L);
            assertThat(yuan("-0.07").toFen()).isEqualTo(-7L);
            assertThat(Amount.ofFen(26518)).isEqualTo(yuan("265.18"));
        }

        @Test
        void convertsToWanYuanExactlyWithAtLeastTwoDecimals() {
            assertThat(yuan("2651800.00").toWanYuan()).isEqualTo(new BigDecimal("265.18"));
            assertThat(yuan("2650000").toWanYuan()).isEqualTo(new BigDecimal("265.00"));
            assertThat(yuan("123456.78").toWanYuan()).isEqualTo(new BigDecimal("12.345678"));
            assertThat(yuan("0.01").toWanYuan()).isEqualTo(new BigDecimal("0.000001"));
            assertThat(Amount.ZERO.toWanYuan()).isEqualTo(new BigDecimal("0.00"));
        }

        @Test
        void roundsToWanYuanWithTheGivenMode() {
            Amount amount = yuan("2651850.00");
            assertThat(amount.in(AmountUnit.WAN_YUAN, RoundingMode.HALF_UP)).isEqualTo(new BigDecimal("265.19"));
            assertThat(amount.in(AmountUnit.WAN_YUAN, RoundingMode.DOWN)).isEqualTo(new BigDecimal("265.18"));
            assertThat(yuan("-50").in(AmountUnit.WAN_YUAN, RoundingMode.HALF_UP))
                    .isEqualTo(new BigDecimal("-0.01"));
            assertThatThrownBy(() -> amount.in(AmountUnit.WAN_YUAN, RoundingMode.UNNECESSARY))
                    .isInstanceOf(ArithmeticException.class);
        }

        @Test
        void givesYuanUnchanged() {
            assertThat(yuan("12.3").in(AmountUnit.YUAN, RoundingMode.UNNECESSARY))
                    .isEqualTo(new BigDecimal("12.30"));
        }

        @Test
        void isWholeInWanYuanOnlyAtMultiplesOfOneHundredYuan() {
            assertThat(yuan("2651800").isWholeIn(AmountUnit.WAN_YUAN)).isTrue();
            assertThat(yuan("-100").isWholeIn(AmountUnit.WAN_YUAN)).isTrue();
            assertThat(yuan("2651850").isWholeIn(AmountUnit.WAN_YUAN)).isFalse();
            assertThat(yuan("100.01").isWholeIn(AmountUnit.WAN_YUAN)).isFalse();
            assertThat(yuan("0.01").isWholeIn(AmountUnit.YUAN)).isTrue();
        }
    }
}

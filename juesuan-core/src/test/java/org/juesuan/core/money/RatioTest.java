package org.juesuan.core.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

class RatioTest {

    private static Amount yuan(String text) {
        return Amount.parse(text);
    }

    @Test
    void hasNoValueForAShareOfZero() {
        assertThat(Ratio.of(yuan("5"), Amount.ZERO, RoundingMode.HALF_UP)).isEmpty();
        assertThat(Ratio.of(Amount.ZERO, Amount.ZERO, RoundingMode.HALF_UP)).isEmpty();
    }

    @Test
    void dividesPartByWholeAtTenDecimals() {
        assertThat(Ratio.of(yuan("1"), yuan("3"), RoundingMode.HALF_UP))
                .hasValueSatisfying(ratio -> assertThat(ratio.value()).isEqualTo(new BigDecimal("0.3333333333")));
        assertThat(Ratio.of(yuan("2"), yuan("3"), RoundingMode.HALF_UP))
                .hasValueSatisfying(ratio -> assertThat(ratio.value()).isEqualTo(new BigDecimal("0.6666666667")));
        assertThat(Ratio.of(yuan("2"), yuan("3"), RoundingMode.DOWN))
                .hasValueSatisfying(ratio -> assertThat(ratio.value()).isEqualTo(new BigDecimal("0.6666666666")));
    }

    @Test
    void zeroPartGivesZeroRatio() {
        assertThat(Ratio.of(Amount.ZERO, yuan("7"), RoundingMode.HALF_UP)).contains(Ratio.ofPercent(BigDecimal.ZERO));
    }

    @Test
    void roundsPercentageToTheGivenDecimals() {
        Ratio ratio = new Ratio(new BigDecimal("0.78388"));
        assertThat(ratio.toPercent(1, RoundingMode.HALF_UP)).isEqualTo(new BigDecimal("78.4"));
        assertThat(ratio.toPercent(2, RoundingMode.HALF_UP)).isEqualTo(new BigDecimal("78.39"));
        assertThat(ratio.toPercent(0, RoundingMode.HALF_UP)).isEqualTo(new BigDecimal("78"));
        assertThat(new Ratio(new BigDecimal("0.00125")).toPercent(2, RoundingMode.HALF_UP))
                .isEqualTo(new BigDecimal("0.13"));
        assertThat(new Ratio(new BigDecimal("0.00125")).toPercent(2, RoundingMode.HALF_EVEN))
                .isEqualTo(new BigDecimal("0.12"));
        assertThat(new Ratio(new BigDecimal("-0.0005")).toPercent(1, RoundingMode.HALF_UP))
                .isEqualTo(new BigDecimal("-0.1"));
    }

    @Test
    void readsAPercentage() {
        Ratio ratio = Ratio.ofPercent(new BigDecimal("21.62"));
        assertThat(ratio.value()).isEqualByComparingTo("0.2162");
        assertThat(ratio).hasToString("21.62%");
    }

    @Test
    void equalsRatioWithAnotherScale() {
        Ratio a = new Ratio(new BigDecimal("0.5"));
        Ratio b = new Ratio(new BigDecimal("0.5000000000"));
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a).isNotEqualTo(new Ratio(new BigDecimal("0.5000000001")));
        assertThat(a.compareTo(new Ratio(new BigDecimal("0.49")))).isPositive();
    }
}

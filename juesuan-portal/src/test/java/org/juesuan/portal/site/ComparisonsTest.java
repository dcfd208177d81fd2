package org.juesuan.portal.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.juesuan.core.document.ChartBlock;
import org.juesuan.core.money.Amount;
import org.junit.jupiter.api.Test;

class ComparisonsTest {

    private static Amount yuan(String yuan) {
        return Amount.of(new BigDecimal(yuan));
    }

    @Test
    void showsAmountsInWanYuanAtTwoDecimalsRoundedHalfUp() {
        assertThat(Comparisons.wan(yuan("75600")).toPlainString()).isEqualTo("7.56");
        assertThat(Comparisons.wan(yuan("50")).toPlainString()).isEqualTo("0.01");
        assertThat(Comparisons.wan(yuan("49.99")).toPlainString()).isEqualTo("0.00");
        assertThat(Comparisons.change(yuan("75600"), yuan("90000"))).isEqualTo("+1.44");
        assertThat(Comparisons.change(yuan("90000"), yuan("75600"))).isEqualTo("-1.44");
        assertThat(Comparisons.change(yuan("100"), yuan("100"))).isEqualTo("0.00");
    }

    @Test
    void statesTheRateOfChangeAtOneDecimalRoundedHalfUpOnTheExactAmounts() {
        assertThat(Comparisons.percent(yuan("75600"), yuan("90000"))).contains("+19.0%");
        // 0.05 % exactly: half up gives 0.1 (half even would give 0.0)
        assertThat(Comparisons.percent(yuan("40000"), yuan("40020"))).contains("+0.1%");
        assertThat(Comparisons.percent(yuan("40000"), yuan("39980"))).contains("-0.1%");
        assertThat(Comparisons.percent(yuan("30000"), yuan("40000"))).contains("+33.3%");
        assertThat(Comparisons.percent(yuan("100"), yuan("0"))).contains("-100.0%");
        assertThat(Comparisons.percent(yuan("100"), yuan("100"))).contains("0.0%");
        assertThat(Comparisons.percent(yuan("0"), yuan("100"))).isEmpty();
    }

    @Test
    void writesChartValuesAsTheDecimalStringsOfTheModel() {
        ChartBlock chart = new ChartBlock(
                3,
                "图3：\"<b>\"",
                ChartBlock.Kind.PIE,
                List.of("基本支出", "项目支出"),
                List.of(new ChartBlock.Series("支出", List.of(new BigDecimal("0.10"), new BigDecimal("1E+3")))),
                "万元");
        assertThat(ChartJson.of(chart))
                .isEqualTo("{\"number\":3,\"caption\":\"图3：\\\"<b>\\\"\",\"kind\":\"pie\",\"unit\":\"万元\","
                        + "\"categories\":[\"基本支出\",\"项目支出\"],"
                        + "\"series\":[{\"name\":\"支出\",\"values\":[\"0.10\",\"1000\"]}]}");
    }

    @Test
    void putsTheChartDataOnItsFigureEscaped() {
        ChartBlock chart = new ChartBlock(
                2,
                "图2：<script>&",
                ChartBlock.Kind.BAR,
                List.of("2024年"),
                List.of(new ChartBlock.Series("收入", List.of(new BigDecimal("1.00")))),
                "万元");
        DisclosurePage page = new DisclosurePage(
                        "", "<figure class=\"chart\" id=\"figure-2\"><svg></svg></figure><figure class=\"chart\">")
                .withCharts(List.of(chart));
        assertThat(page.body())
                .startsWith("<figure class=\"chart\" id=\"figure-2\" data-chart-number=\"2\" data-chart=\"{&quot;")
                .contains("图2：&lt;script&gt;&amp;")
                .doesNotContain("<script>")
                .endsWith("\"><svg></svg></figure><figure class=\"chart\">");
    }
}

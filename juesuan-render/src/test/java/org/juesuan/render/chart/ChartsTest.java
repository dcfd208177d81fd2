package org.juesuan.render.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.juesuan.core.document.ChartBlock;
import org.junit.jupiter.api.Test;

class ChartsTest {

    private static final ChartBlock TOTALS = new ChartBlock(
            1,
            "图1：收、支决算总计变动情况",
            ChartBlock.Kind.BAR,
            List.of("2023年度", "2024年度"),
            List.of(
                    new ChartBlock.Series("收入总计", List.of(wan("269.87"), wan("265.19"))),
                    new ChartBlock.Series("支出总计", List.of(wan("269.80"), wan("12.30")))),
            "万元");

    private static final ChartBlock SPENDING = new ChartBlock(
            3,
            "图3：支出决算结构",
            ChartBlock.Kind.PIE,
            List.of("基本支出", "项目支出", "上缴上级支出", "经营支出"),
            List.of(new ChartBlock.Series("支出", List.of(wan("3.97"), wan("0.03"), wan("0.00"), wan("0")))),
            "万元");

    @Test
    void aBarChartShowsItsCategoriesSeriesAndEveryValueAtTwoDecimals() {
        String svg = Charts.svg(TOTALS, 600, 375);
        assertThat(texts(svg))
                .contains("2023年度", "2024年度", "收入总计", "支出总计", "单位：万元")
                // 269.80 and 12.30 keep their trailing zero: the labels come from the exact values
                .contains("269.87", "265.19", "269.80", "12.30");
    }

    @Test
    void aBarChartOfOneSeriesHasNoLegend() {
        ChartBlock single = new ChartBlock(
                4,
                "图4",
                ChartBlock.Kind.BAR,
                List.of("2023年度", "2024年度"),
                List.of(new ChartBlock.Series("财政拨款收入总计", List.of(wan("1.00"), wan("2.00")))),
                "万元");
        assertThat(texts(Charts.svg(single, 600, 375)))
                .contains("2023年度", "1.00", "2.00")
                .doesNotContain("财政拨款收入总计");
    }

    @Test
    void pieLabelsShowAmountAndTheShareOfTheExactValues() {
        // 0.03 of 4.00 is exactly 0.75%, which 四舍五入 makes 0.8%; 3.97 of 4.00 is 99.25%, so 99.3%
        assertThat(texts(Charts.svg(SPENDING, 600, 375))).contains("基本支出", "3.97万元（99.3%）", "项目支出", "0.03万元（0.8%）");
    }

    @Test
    void sharesAreRoundedHalfUpFromExactDecimals() {
        PieSlices slices = PieSlices.of(SPENDING);
        assertThat(slices.slices())
                .extracting(PieSlices.Slice::share)
                .containsExactly(new BigDecimal("99.3"), new BigDecimal("0.8"));
        ChartBlock thirds = pie(List.of("甲", "乙", "丙"), "1.00", "1.00", "1.00");
        assertThat(PieSlices.of(thirds).slices())
                .extracting(PieSlices.Slice::label)
                .containsExactly("甲\n1.00万元（33.3%）", "乙\n1.00万元（33.3%）", "丙\n1.00万元（33.3%）");
    }

    @Test
    void aZeroSliceIsLeftOut() {
        assertThat(PieSlices.of(SPENDING).slices())
                .extracting(PieSlices.Slice::name)
                .containsExactly("基本支出", "项目支出");
        assertThat(texts(Charts.svg(SPENDING, 600, 375))).noneMatch(t -> t.contains("上缴上级") || t.contains("经营"));
    }

    @Test
    void theSvgScalesUsesTheDocumentFontAndNamesItsIdsAfterTheChart() {
        String svg = Charts.svg(SPENDING, 600, 375);
        assertThat(svg)
                .startsWith("<svg ")
                .contains("viewBox='0 0 600 375'", "font-family: \"Noto Sans SC\", sans-serif")
                .doesNotContain("<image", "href='http", "<script");
        Matcher ids = Pattern.compile(" id='([^']*)'").matcher(svg);
        int count = 0;
        while (ids.find()) {
            assertThat(ids.group(1)).startsWith("chart3-");
            count++;
        }
        assertThat(count).isPositive();
    }

    @Test
    void theSameChartGivesTheSameBytes() {
        assertThat(Charts.svg(TOTALS, 600, 375)).isEqualTo(Charts.svg(TOTALS, 600, 375));
        assertThat(Charts.png(SPENDING, 1200, 750)).isEqualTo(Charts.png(SPENDING, 1200, 750));
        assertThat(Charts.svg(SPENDING, 600, 375)).isNotEqualTo(Charts.svg(TOTALS, 600, 375));
    }

    @Test
    void thePngHasTheRequestedPixelsAndShowsTheBars() throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(Charts.png(TOTALS, 1200, 750)));
        assertThat(image.getWidth()).isEqualTo(1200);
        assertThat(image.getHeight()).isEqualTo(750);
        int first = 0;
        int second = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y) & 0xFFFFFF;
                first += rgb == 0x2F5597 ? 1 : 0;
                second += rgb == 0xC55A11 ? 1 : 0;
            }
        }
        // both series are drawn, each as solid bars
        assertThat(first).isGreaterThan(10_000);
        assertThat(second).isGreaterThan(1_000);
    }

    private static ChartBlock pie(List<String> names, String... values) {
        List<BigDecimal> amounts = new ArrayList<>();
        for (String value : values) {
            amounts.add(wan(value));
        }
        return new ChartBlock(2, "图2", ChartBlock.Kind.PIE, names, List.of(new ChartBlock.Series("收入", amounts)), "万元");
    }

    /** Returns the text of every {@code <text>} element. */
    private static List<String> texts(String svg) {
        List<String> texts = new ArrayList<>();
        Matcher matcher = Pattern.compile("<text[^>]*>([^<]*)</text>").matcher(svg);
        while (matcher.find()) {
            texts.add(matcher.group(1));
        }
        return texts;
    }

    private static BigDecimal wan(String text) {
        return new BigDecimal(text);
    }
}

package org.juesuan.core.performance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.juesuan.core.source.SourceRef;
import org.junit.jupiter.api.Test;

/** Reading target and actual values: sign, exact number, unit, or qualitative text. */
class IndicatorValueTest {

    private static final SourceRef AT = SourceRef.text("d.yaml", 3, 4);

    private static IndicatorValue parse(String text) {
        return IndicatorValue.parse(text, Comparison.AT_LEAST, AT);
    }

    @Test
    void readsSignNumberAndUnit() {
        IndicatorValue v = parse("≤ 0.5％");
        assertThat(v.comparison()).isEqualTo(Comparison.AT_MOST);
        assertThat(v.number()).isEqualByComparingTo(new BigDecimal("0.5"));
        assertThat(v.number().scale()).isEqualTo(1);
        assertThat(v.unit()).isEqualTo("%");
        assertThat(v.signed()).isTrue();
        assertThat(v.source()).isEqualTo(AT);
        assertThat(parse("20 次").unit()).isEqualTo("次");
        assertThat(parse("1,013万").number()).isEqualByComparingTo("1013");
        assertThat(parse("＝１０期").comparison()).isEqualTo(Comparison.EQUAL);
        assertThat(parse("3家以上").comparison()).isEqualTo(Comparison.AT_LEAST);
        assertThat(parse("3家以上").unit()).isEqualTo("家");
        assertThat(parse("不超过5天").comparison()).isEqualTo(Comparison.AT_MOST);
    }

    @Test
    void aNumberWithoutSignTakesTheDefault() {
        assertThat(parse("3家").comparison()).isEqualTo(Comparison.AT_LEAST);
        assertThat(parse("3家").signed()).isFalse();
        assertThat(IndicatorValue.parse("3家", Comparison.EQUAL, AT).comparison())
                .isEqualTo(Comparison.EQUAL);
    }

    @Test
    void wordsAreQualitative() {
        for (String text : new String[] {"及时有效", "达成", "较好", "3家4次", ""}) {
            IndicatorValue v = parse(text);
            assertThat(v.isQuantitative()).as(text).isFalse();
            assertThat(v.numberValue()).as(text).isEmpty();
        }
        assertThat(parse("").isEmpty()).isTrue();
    }
}

package org.juesuan.core.performance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.juesuan.core.issue.Issues;
import org.juesuan.core.performance.Scorecard.FormScore;
import org.juesuan.core.performance.Scorecard.IndicatorScore;

/** A computed score never exceeds its weight and is never negative, whatever the values, signs and budgets. */
class ScoreBoundsPropertiesTest {

    private static final ScoringRules[] RULES = {
        ScoringFixture.rules("hubei-2024"), ScoringFixture.rules("shanghai-2024")
    };

    @Provide
    Arbitrary<String> values() {
        Arbitrary<String> sign = Arbitraries.of("", "≥", "≤", "=", "不超过");
        Arbitrary<String> number = Arbitraries.bigDecimals()
                .between(BigDecimal.ZERO, new BigDecimal("100000"))
                .ofScale(2)
                .map(BigDecimal::toPlainString);
        return net.jqwik.api.Combinators.combine(sign, number, Arbitraries.of("次", "家", "%"))
                .as((s, n, u) -> s + n + u);
    }

    @Provide
    Arbitrary<String> amounts() {
        return Arbitraries.bigDecimals()
                .between(BigDecimal.ZERO, new BigDecimal("10000000"))
                .ofScale(2)
                .map(BigDecimal::toPlainString);
    }

    @Property(tries = 300)
    void aScoreStaysBetweenZeroAndItsWeight(
            @ForAll("values") String target,
            @ForAll("values") String actual,
            @ForAll("amounts") String planned,
            @ForAll("amounts") String executed,
            @ForAll("weights") BigDecimal weight,
            @ForAll boolean national) {
        ScoringRules rules = RULES[national ? 1 : 0];
        FormScore form = Scorer.score(
                rules,
                ScoringFixture.form(
                        planned,
                        executed,
                        ScoringFixture.indicator(target, actual, weight.toPlainString(), null, null)),
                false,
                Issues.create());
        form.budgetScoreValue().ifPresent(score -> assertThat(score).isBetween(BigDecimal.ZERO, rules.budgetWeight()));
        IndicatorScore indicator = form.goals().get(0).indicators().get(0);
        indicator.scoreValue().ifPresent(score -> assertThat(score).isBetween(BigDecimal.ZERO, weight));
        // same units: the indicator is always scored
        if (indicator.target().unit().equals(indicator.actual().unit())) {
            assertThat(indicator.scoreValue()).isPresent();
        }
    }

    @Provide
    Arbitrary<BigDecimal> weights() {
        return Arbitraries.bigDecimals()
                .between(BigDecimal.ZERO, new BigDecimal("80"))
                .ofScale(1);
    }
}

package org.juesuan.core.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.EnumSet;
import org.juesuan.core.dataset.Fund;
import org.juesuan.core.dataset.IncomeSource;
import org.juesuan.core.dataset.SpendingKind;
import org.juesuan.core.dataset.UnitFact;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MeasureTest {

    private static Measure measure(String text) {
        Measure.Parsed parsed = Measure.parse(text);
        assertThat(parsed.error()).as(text).isEmpty();
        return parsed.measure();
    }

    @Nested
    class Parse {

        @Test
        void readsAKindWithoutNarrowing() {
            Measure m = measure("spending");
            assertThat(m.kind()).isEqualTo(Measure.Kind.SPENDING);
            assertThat(m.funds()).isNull();
            assertThat(m.sources()).isNull();
            assertThat(m.kinds()).isNull();
            assertThat(m.isFilter()).isFalse();
        }

        @Test
        void readsNarrowingByEveryDimension() {
            Measure m = measure("spending(fund=generalBudget, kind=basic|project)");
            assertThat(m.funds()).containsExactly(Fund.GENERAL_BUDGET);
            assertThat(m.kinds()).containsExactlyInAnyOrder(SpendingKind.BASIC, SpendingKind.PROJECT);
            assertThat(measure("income(source=generalBudget|governmentFund|stateCapital)")
                            .sources())
                    .containsExactlyInAnyOrder(
                            IncomeSource.GENERAL_BUDGET, IncomeSource.GOVERNMENT_FUND, IncomeSource.STATE_CAPITAL);
        }

        @Test
        void toleratesSpacesAroundEveryPart() {
            Measure m = measure("  closing ( fund = governmentFund | stateCapital )  ");
            assertThat(m.kind()).isEqualTo(Measure.Kind.CLOSING);
            assertThat(m.funds()).containsExactlyInAnyOrder(Fund.GOVERNMENT_FUND, Fund.STATE_CAPITAL);
        }

        @Test
        void readsFiscalAsTheThreeFiscalFunds() {
            assertThat(measure("closing(fund=fiscal)").funds())
                    .isEqualTo(EnumSet.of(Fund.GENERAL_BUDGET, Fund.GOVERNMENT_FUND, Fund.STATE_CAPITAL));
            assertThat(measure("opening(fund=fiscal|nonFiscal)").funds()).isEqualTo(EnumSet.allOf(Fund.class));
        }

        @Test
        void readsAPureNarrowingWithoutKind() {
            Measure m = measure("(fund=generalBudget)");
            assertThat(m.isFilter()).isTrue();
            assertThat(m.kind()).isNull();
            assertThat(m.funds()).containsExactly(Fund.GENERAL_BUDGET);
        }

        @Test
        void readsAUnitFact() {
            Measure m = measure("fact(balances.distribution)");
            assertThat(m.kind()).isEqualTo(Measure.Kind.FACT);
            assertThat(m.fact()).isEqualTo(UnitFact.SURPLUS_DISTRIBUTION);
        }

        @ParameterizedTest
        @CsvSource(
                delimiter = ';',
                value = {
                    "spending(fund=generalBudget; 缺少右括号“)”",
                    "expense; 未知的数据类别“expense”，应为 income、spending、opening、closing、annualBudget、economic 或 fact",
                    "Spending; 未知的数据类别“Spending”，应为 income、spending、opening、closing、annualBudget、economic 或 fact",
                    "fact(nothing); 未知的单位数据“nothing”",
                    "fact(threePublic.counts.abroadGroups); 单位数据“threePublic.counts.abroadGroups”不是金额",
                    "spending(generalBudget); 条件“generalBudget”应写作 维度=值",
                    "spending(fund=general); 未知的资金来源“general”",
                    "spending(fund=); 维度“fund”有空的取值",
                    "spending(fund=generalBudget|); 维度“fund”有空的取值",
                    "spending(fund=generalBudget,); 条件“”应写作 维度=值",
                    "spending(fund=generalBudget, fund=nonFiscal); 维度“fund”重复；多个取值请写作 值|值",
                    "income(source=gift); 未知的收入来源“gift”",
                    "spending(kind=capital); 未知的支出类型“capital”",
                    "spending(year=2024); 未知的维度“year”，应为 fund、source 或 kind"
                })
        void explainsWhatIsWrong(String text, String message) {
            Measure.Parsed parsed = Measure.parse(text);
            assertThat(parsed.measure()).isNull();
            assertThat(parsed.error()).isEqualTo(message);
        }
    }

    @Nested
    class And {

        @Test
        void intersectsTheNarrowingsAndKeepsTheKind() {
            Measure m = measure("spending(fund=generalBudget|governmentFund)")
                    .and(measure("(fund=governmentFund|stateCapital, kind=basic)"));
            assertThat(m.kind()).isEqualTo(Measure.Kind.SPENDING);
            assertThat(m.funds()).containsExactly(Fund.GOVERNMENT_FUND);
            assertThat(m.kinds()).containsExactly(SpendingKind.BASIC);
            assertThat(m.sources()).isNull();
        }

        @Test
        void takesTheKindFromWhicheverSideHasIt() {
            assertThat(measure("(fund=generalBudget)").and(measure("income")).kind())
                    .isEqualTo(Measure.Kind.INCOME);
            assertThat(measure("(fund=generalBudget)")
                            .and(measure("(kind=basic)"))
                            .isFilter())
                    .isTrue();
            assertThat(measure("fact(balances.distribution)")
                            .and(measure("(fund=generalBudget)"))
                            .fact())
                    .isEqualTo(UnitFact.SURPLUS_DISTRIBUTION);
        }

        @Test
        void givesAnEmptyNarrowingForDisjointSides() {
            Measure m = measure("spending(fund=generalBudget)").and(measure("(fund=stateCapital)"));
            assertThat(m.funds()).isEmpty();
            assertThat(m.keeps(Fund.GENERAL_BUDGET)).isFalse();
            assertThat(m.keeps(Fund.STATE_CAPITAL)).isFalse();
        }

        @Test
        void refusesTwoKinds() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> measure("spending").and(measure("income")))
                    .withMessage("both row and column name a kind of fact");
        }
    }

    @Test
    void keepsAnIncomeSourceOnlyWhenItsFundIsKept() {
        Measure nonFiscal = measure("income(fund=nonFiscal)");
        assertThat(nonFiscal.keeps(IncomeSource.BUSINESS)).isTrue();
        assertThat(nonFiscal.keeps(IncomeSource.GENERAL_BUDGET)).isFalse();
        Measure business = measure("income(source=business|generalBudget, fund=generalBudget)");
        assertThat(business.keeps(IncomeSource.BUSINESS)).isFalse();
        assertThat(business.keeps(IncomeSource.GENERAL_BUDGET)).isTrue();
        assertThat(measure("spending").keeps(SpendingKind.OPERATING)).isTrue();
    }

    @Test
    void requiresAFactExactlyForTheFactKind() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Measure(Measure.Kind.FACT, null, null, null, null));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Measure(Measure.Kind.SPENDING, null, null, null, UnitFact.SURPLUS_DISTRIBUTION));
    }
}

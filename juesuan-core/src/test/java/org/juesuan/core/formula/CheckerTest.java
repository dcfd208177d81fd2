package org.juesuan.core.formula;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CheckerTest {

    /** Two tables: T01 with fixed rows in two sections, T05 with code rows and three columns. */
    static final Schema SCHEMA = new Schema() {
        @Override
        public Optional<TableShape> table(String id) {
            if (id.equals("T01")) {
                return Optional.of(new TableShape(
                        "T01",
                        List.of(
                                new SectionShape(
                                        "income",
                                        List.of("I1", "I2", "I27"),
                                        List.of("一", "二", "本年收入合计"),
                                        false,
                                        false,
                                        false,
                                        List.of(new ColumnShape("amount", 1, "金额"))),
                                new SectionShape(
                                        "expenditure",
                                        List.of("E57"),
                                        List.of("本年支出合计"),
                                        false,
                                        false,
                                        true,
                                        List.of(new ColumnShape("amount", 2, "金额"))))));
            }
            if (id.equals("T05")) {
                return Optional.of(new TableShape(
                        "T05",
                        List.of(new SectionShape(
                                "main",
                                List.of("total"),
                                List.of("合计"),
                                true,
                                false,
                                false,
                                List.of(
                                        new ColumnShape("subtotal", 1, "小计"),
                                        new ColumnShape("basic", 2, "基本支出"),
                                        new ColumnShape("project", 3, "项目支出"))))));
            }
            return Optional.empty();
        }

        @Override
        public Optional<Type> name(String namespace, String path) {
            if (namespace.equals("fact") && path.equals("operatingCost.actual")) {
                return Optional.of(Type.AMOUNT);
            }
            if (namespace.equals("claim") && path.equals("totalChangeRate")) {
                return Optional.of(Type.NUMBER);
            }
            return Optional.empty();
        }
    };

    static final Checker.Iteration ROWS_OF_T05 = new Checker.Iteration("T05", null, true);

    @Nested
    class Types {
        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', textBlock = """
                T01[I27] == T01[I1] + T01[I2]                  | BOOLEAN
                T01[I27] - T01[I1]                             | AMOUNT
                T01[I1] / T01[I27]                             | NUMBER
                T01[I1] / 2                                    | AMOUNT
                T01[I1] * 2                                    | AMOUNT
                sum(T01[I1..I2])                               | AMOUNT
                percent(T01[I1], T01[I27], 2)                  | NUMBER
                matches(claim.totalChangeRate, 1.74)           | BOOLEAN
                T01[I27] > 0                                   | BOOLEAN
                if(T01[I1] > 0, T01[I1], 0)                    | AMOUNT
                approx(T01[I1], T01[I2], 0.5万元)               | BOOLEAN
                count(T05[@top].C1) > 0                        | BOOLEAN
                exists(T05[2080505])                           | BOOLEAN
                isBlank(fact.operatingCost.actual)             | BOOLEAN
                """)
        void typesEachWellFormedFormula(String formula, Type type) {
            assertThat(Checker.compile(formula, SCHEMA, Checker.Iteration.NONE).type())
                    .isEqualTo(type);
        }

        @Test
        void allowsRowAndColumnInsideAnIteration() {
            assertThat(Checker.compile("T05[row].col == sum(T05[@children].col)", SCHEMA, ROWS_OF_T05)
                            .type())
                    .isEqualTo(Type.BOOLEAN);
        }
    }

    @Nested
    class Rejects {
        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', textBlock = """
                T09[I1] == 0                             | 0  | 没有表“T09”
                T01[I99] == 0                            | 0  | 表 T01 中没有行“I99”
                T01["本年收入总计"] == 0                   | 0  | 没有名为“本年收入总计”的行
                T05[total].C9 == 0                       | 0  | 中没有栏次 9
                T05[total].tax == 0                      | 0  | 中没有栏“tax”
                T05[total] == 0                          | 0  | 唯一的数值栏
                T01[9999] == 0                           | 0  | 不列示编码为 9999 的科目行
                T01[I1] / T01[I27] > T01[I1]             | 19 | 两边类型不符：数值与金额
                T01[I1] + 1                              | 8  | 两边类型不符：金额与数值
                T01[I1] and T01[I2]                      | 0  | and 需要真假值，实为金额
                frobnicate(T01[I1])                      | 0  | 未知的函数“frobnicate”
                sum()                                    | 0  | sum 至少需要一个参数
                round(T01[I1], 2)                        | 6  | round 需要数值，实为金额
                fact.nothing.here > 0                    | 0  | 未知的名称“fact.nothing.here”
                T05[row].basic == 0                      | 0  | 只有逐行检查的规则才能用 row
                T01[I1..E57] == 0                        | 0  | 行范围 I1..E57 应在同一表块内
                T01[I1] == "一"                           | 11 | 文本只能用作行名称
                """)
        void unresolvableOrIllTypedFormulasAtTheirPosition(String formula, int offset, String message) {
            assertThatThrownBy(() -> Checker.compile(formula, SCHEMA, Checker.Iteration.NONE))
                    .isInstanceOfSatisfying(FormulaException.class, e -> {
                        assertThat(e.getMessage()).contains(message);
                        assertThat(e.offset()).isEqualTo(offset);
                    });
        }

        @Test
        void aColumnMissingFromOneOfTheSectionsARowMayBeIn() {
            Checker.Iteration rowsOfT01 = new Checker.Iteration("T01", null, false);
            assertThatThrownBy(() -> Checker.compile("T01[row].subtotal == 0", SCHEMA, rowsOfT01))
                    .isInstanceOf(FormulaException.class)
                    .hasMessageContaining("请用 each.section 限定表块");
        }

        @Test
        void colOutsideAColumnIteration() {
            Checker.Iteration rowsOnly = new Checker.Iteration("T05", null, false);
            assertThatThrownBy(() -> Checker.compile("T05[row].col == 0", SCHEMA, rowsOnly))
                    .isInstanceOf(FormulaException.class)
                    .hasMessageContaining("只有逐列检查的规则才能用 col");
        }
    }
}

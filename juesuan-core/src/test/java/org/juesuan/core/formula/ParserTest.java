package org.juesuan.core.formula;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ParserTest {

    private static String parse(String text) {
        return FormulaDebug.sexpr(Parser.parse(text));
    }

    @Nested
    class Parses {
        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', textBlock = """
                T01[I27] == sum(T01[I1..I8])               | (== (cell T01 I27) (sum (cell T01 I1..I8)))
                T05[total].C1 == T05[total].basic + T05[total].project | (== (cell T05 total C1) (+ (cell T05 total basic) (cell T05 total project)))
                T05[row].col == sum(T05[@children].col)     | (== (cell T05 row col) (sum (cell T05 @children col)))
                T02[2010301].total                          | (cell T02 2010301 total)
                T01["本年收入合计"]                           | (cell T01 "本年收入合计")
                T05[@top].C1                                | (cell T05 @top C1)
                a(1, 2, 3)                                  | (a 1 2 3)
                1 + 2 * 3 - 4 / 5                           | (- (+ 1 (* 2 3)) (/ 4 5))
                -(1 + 2)                                    | (- (+ 1 2))
                not a() and b() or c()                      | (or (and (not (a)) (b)) (c))
                fact.operatingCost.actual >= 0              | (>= (fact operatingCost.actual) 0)
                claim.totalChangeRate                       | (claim totalChangeRate)
                approx(T01[I30], T01[E60], 0.01万元)         | (approx (cell T01 I30) (cell T01 E60) 100.00元)
                100元 + 0.5万元                              | (+ 100.00元 5000.00元)
                true or false                               | (or true false)
                """)
        void writesTheTree(String text, String tree) {
            assertThat(parse(text)).isEqualTo(tree);
        }

        @Test
        void acceptsChineseQuotesForLabels() {
            assertThat(parse("T01[“本年收入合计”]")).isEqualTo("(cell T01 \"本年收入合计\")");
        }

        @Test
        void readsAChainOfTermsUpToTheLimit() {
            String chain = "T01[I1]" + " + T01[I1]".repeat(Parser.MAX_TERMS - 1);
            assertThat(parse(chain)).startsWith("(+ (+ (+");
        }
    }

    @Nested
    class Rejects {
        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', textBlock = """
                sum(T01[I1]                | 11 | 函数 sum 缺少右括号“)”
                (1 + 2                     | 6  | 缺少右括号“)”
                1 + 2)                     | 5  | 多余的“)”
                T01[I1                     | 6  | 行选择缺少右方括号“]”
                1 +                        | 3  | 公式不完整
                1 == 2 == 3                | 7  | 比较不能连写
                1 = 2                      | 2  | 比较相等请写“==”
                !a                         | 0  | 取反请写“not”
                T01[I1].                   | 8  | “.”后应为列标识
                x                          | 0  | 无法识别的“x”
                T05[@middle]               | 5  | “@”后应为 top 或 children
                1 # 2                      | 2  | 无法识别的字符“#”
                "unterminated              | 0  | 字符串缺少结束引号
                """)
        void atThePositionOfTheFault(String text, int offset, String message) {
            assertThatThrownBy(() -> Parser.parse(text)).isInstanceOfSatisfying(FormulaException.class, e -> {
                assertThat(e.offset()).isEqualTo(offset);
                assertThat(e.getMessage()).contains(message);
            });
        }

        @Test
        void nestingDeeperThanTheLimit() {
            String deep = "(".repeat(Parser.MAX_DEPTH + 1) + "1" + ")".repeat(Parser.MAX_DEPTH + 1);
            assertThatThrownBy(() -> Parser.parse(deep))
                    .isInstanceOf(FormulaException.class)
                    .hasMessageContaining("嵌套超过");
            String allowed = "(".repeat(Parser.MAX_DEPTH - 1) + "1" + ")".repeat(Parser.MAX_DEPTH - 1);
            assertThat(parse(allowed)).isEqualTo("1");
        }

        @Test
        void aNegationChainDeeperThanTheLimit() {
            assertThatThrownBy(() -> Parser.parse("-".repeat(Parser.MAX_DEPTH + 5) + "1"))
                    .isInstanceOf(FormulaException.class)
                    .hasMessageContaining("嵌套超过");
        }

        @Test
        void aChainOfMoreTermsThanTheLimit() {
            String chain = "1" + " + 1".repeat(Parser.MAX_TERMS);
            assertThatThrownBy(() -> Parser.parse(chain))
                    .isInstanceOf(FormulaException.class)
                    .hasMessageContaining("运算项超过");
        }

        @Test
        void moreArgumentsThanTheLimit() {
            String call = "sum(" + "1, ".repeat(Parser.MAX_ARGUMENTS) + "1)";
            assertThatThrownBy(() -> Parser.parse(call))
                    .isInstanceOf(FormulaException.class)
                    .hasMessageContaining("函数参数超过");
        }
    }
}

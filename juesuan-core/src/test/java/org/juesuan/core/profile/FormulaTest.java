package org.juesuan.core.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FormulaTest {

    private static List<String> signed(String text) {
        return Formula.parse(text).orElseThrow(() -> new AssertionError("not parsed: " + text)).terms().stream()
                .map(term -> (term.negative() ? "-" : "+") + term.ref())
                .toList();
    }

    @Test
    void readsASumOfReferences() {
        assertThat(signed("I27 + I28 + I29")).containsExactly("+I27", "+I28", "+I29");
        assertThat(signed("basic + project")).containsExactly("+basic", "+project");
    }

    @Test
    void readsTheBodyReference() {
        assertThat(signed(" body ")).containsExactly("+" + Formula.BODY);
    }

    @Test
    void readsSubtractionPerTerm() {
        assertThat(signed("a - b + c - d")).containsExactly("+a", "-b", "+c", "-d");
        assertThat(signed("a-b+c")).containsExactly("+a", "-b", "+c");
    }

    @Test
    void acceptsLettersDigitsAndUnderscoresInIdentifiers() {
        assertThat(signed("row_1 + 2 + 收入")).containsExactly("+row_1", "+2", "+收入");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "", "   ", "a +", "+ a", "- a", "a b", "a ++ b", "a +- b", "a * b", "(a)", "a.b", "a, b", "sum(a)"
            })
    void rejectsAnythingElse(String text) {
        assertThat(Formula.parse(text)).isEmpty();
    }

    @Test
    void printsInTheFormItReads() {
        Formula formula = Formula.parse("a-b +c").orElseThrow();
        assertThat(formula).hasToString("a - b + c");
        assertThat(Formula.parse(formula.toString())).contains(formula);
    }

    @Test
    void cannotBeEmpty() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Formula(List.of()));
    }
}

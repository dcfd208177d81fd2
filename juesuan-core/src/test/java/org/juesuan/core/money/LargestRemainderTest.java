package org.juesuan.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class LargestRemainderTest {

    /** 0.01 万元. */
    private static final Amount STEP = Amount.parse("100");

    private static List<Amount> yuan(String... texts) {
        List<Amount> amounts = new ArrayList<>();
        for (String text : texts) {
            amounts.add(Amount.parse(text));
        }
        return amounts;
    }

    @Nested
    class Round {

        @Test
        void roundsHalfUpToAMultipleOfTheStep() {
            assertThat(LargestRemainder.round(Amount.parse("150"), STEP)).isEqualTo(Amount.parse("200"));
            assertThat(LargestRemainder.round(Amount.parse("149.99"), STEP)).isEqualTo(Amount.parse("100"));
            assertThat(LargestRemainder.round(Amount.parse("-150"), STEP)).isEqualTo(Amount.parse("-200"));
            assertThat(LargestRemainder.round(Amount.parse("-149.99"), STEP)).isEqualTo(Amount.parse("-100"));
        }

        @Test
        void rejectsAStepThatIsNotPositive() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> LargestRemainder.round(Amount.parse("1"), Amount.ZERO))
                    .withMessageContaining("step must be positive");
        }
    }

    @Nested
    class Apportion {

        @Test
        void roundsUpThePartsWithTheLargestRemainders() {
            assertThat(LargestRemainder.apportion(Amount.parse("200"), yuan("30", "80", "40", "60"), STEP))
                    .containsExactlyElementsOf(yuan("0", "100", "0", "100"));
        }

        @Test
        void givesTiesToTheEarlierPart() {
            assertThat(LargestRemainder.apportion(Amount.parse("200"), yuan("50", "50", "50"), STEP))
                    .containsExactlyElementsOf(yuan("100", "100", "0"));
            assertThat(LargestRemainder.apportion(Amount.parse("100"), yuan("50", "50", "50"), STEP))
                    .containsExactlyElementsOf(yuan("100", "0", "0"));
        }

        @Test
        void keepsPartsThatAreAlreadyWholeSteps() {
            assertThat(LargestRemainder.apportion(Amount.parse("500"), yuan("200", "300"), STEP))
                    .containsExactlyElementsOf(yuan("200", "300"));
        }

        @Test
        void roundsNegativePartsToTheirFloorOrCeiling() {
            // -150 lies between -200 and -100, 50 between 0 and 100; both remainders are 50 (the tie goes first)
            assertThat(LargestRemainder.apportion(Amount.parse("-100"), yuan("-150", "50"), STEP))
                    .containsExactlyElementsOf(yuan("-100", "0"));
            assertThat(LargestRemainder.apportion(Amount.parse("-200"), yuan("-150", "50"), STEP))
                    .containsExactlyElementsOf(yuan("-200", "0"));
        }

        @Test
        void givesNothingForNoParts() {
            assertThat(LargestRemainder.apportion(Amount.ZERO, List.of(), STEP)).isEmpty();
        }

        @Test
        void rejectsATargetAboveTheSumOfCeilings() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> LargestRemainder.apportion(Amount.parse("300"), yuan("50", "50"), STEP))
                    .withMessageContaining("cannot be apportioned");
        }

        @Test
        void rejectsATargetBelowTheSumOfFloors() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> LargestRemainder.apportion(Amount.parse("-100"), yuan("50", "50"), STEP))
                    .withMessageContaining("cannot be apportioned");
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> LargestRemainder.apportion(Amount.parse("100"), yuan("200"), STEP))
                    .withMessageContaining("cannot be apportioned");
        }

        @Test
        void rejectsATargetThatIsNotAMultipleOfTheStep() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> LargestRemainder.apportion(Amount.parse("150"), yuan("75", "75"), STEP))
                    .withMessageContaining("is not a multiple of");
        }
    }

    @Test
    void footsWhereIndependentHalfUpRoundingDoesNot() {
        // three parts of 0.005 万元 add up to 0.015 万元, printed 0.02
        List<Amount> parts = yuan("50", "50", "50");
        Amount whole = LargestRemainder.round(Amount.total(parts), STEP);
        assertThat(whole).isEqualTo(Amount.parse("200"));

        List<Amount> independent = new ArrayList<>();
        parts.forEach(part -> independent.add(LargestRemainder.round(part, STEP)));
        assertThat(Amount.total(independent)).isEqualTo(Amount.parse("300")).isNotEqualTo(whole);
        assertThat(Amount.total(independent).in(AmountUnit.WAN_YUAN, Rounding.HOUSE))
                .isEqualTo(new BigDecimal("0.03"));

        assertThat(Amount.total(LargestRemainder.apportion(whole, parts, STEP))).isEqualTo(whole);
    }
}

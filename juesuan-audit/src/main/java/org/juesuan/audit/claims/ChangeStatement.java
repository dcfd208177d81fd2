package org.juesuan.audit.claims;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.juesuan.core.money.Amount;
import org.juesuan.core.source.SourceRef;

/**
 * A change stated by the narrative (增减变动表述), such as “收、支总计减少4.69万元，减少1.74%”: what changed, the
 * amount it is now, the direction word, the change and the rate, each as printed.
 *
 * <p>Immutable and thread-safe.
 *
 * @param subject what changed, e.g. {@code 收、支总计}; empty if the sentence does not say
 * @param basis what it is compared with, e.g. {@code 2023年度}, {@code 年初预算数}, {@code 上年}; empty if not said
 * @param current the amount it is now, stated before the change in the same paragraph, if any
 * @param prior the amount it was compared with, where the sentence states it (“比上年的269.87万元减少…”), if any
 * @param direction the direction of the first direction word
 * @param word the first direction word, e.g. {@code 减少}
 * @param change the change as printed (without sign; the direction gives it), if stated
 * @param rateWord the direction word of the rate, if the rate has its own (“减少4.69万元，下降1.74%”); else empty
 * @param rate the rate of change, if stated
 * @param noBase whether the sentence says the base is nil (无可比性, 上年无, 上年为0)
 * @param headings the headings it stands under, outermost first
 * @param sentence the sentence as printed
 * @param source where the sentence starts
 */
public record ChangeStatement(
        String subject,
        String basis,
        @Nullable StatedAmount current,
        @Nullable StatedAmount prior,
        Direction direction,
        String word,
        @Nullable StatedAmount change,
        String rateWord,
        @Nullable StatedPercent rate,
        boolean noBase,
        List<String> headings,
        String sentence,
        SourceRef source)
        implements Statement {

    /** Creates a change statement. */
    public ChangeStatement {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(word, "word");
        Objects.requireNonNull(rateWord, "rateWord");
        headings = List.copyOf(headings);
        Objects.requireNonNull(sentence, "sentence");
        Objects.requireNonNull(source, "source");
    }

    /** Returns the direction of the rate's own word, if it has one. */
    public Optional<Direction> rateDirection() {
        return Direction.ofWord(rateWord);
    }

    /**
     * Returns the change with the sign its direction word gives (减少4.69 is −4.69), if a change is stated; a change
     * printed with its own minus sign keeps it under an increase and is turned under a decrease.
     */
    public Optional<Amount> signedChange() {
        if (change == null) {
            return Optional.empty();
        }
        return Optional.of(direction == Direction.DECREASE ? change.amount().negated() : change.amount());
    }
}

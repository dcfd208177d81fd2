package org.juesuan.audit.claims;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.juesuan.core.source.SourceRef;

/**
 * A budget and its execution stated by the narrative (预算完成情况表述), such as “年初预算为207.87万元，支出决算为
 * 207.87万元，完成年初预算的100%”: at least two of the budget, the actual amount and the completion rate.
 *
 * <p>Immutable and thread-safe.
 *
 * @param subject what was budgeted, e.g. {@code 一般公共预算财政拨款支出} or the 项 a numbered paragraph names; empty if
 *     not said
 * @param budget the budget (年初预算, 全年预算, 预算数), if stated
 * @param actual the actual amount (支出决算, 执行数), if stated
 * @param rate the completion rate (完成…预算的…%, 执行率), if stated
 * @param headings the headings it stands under, outermost first
 * @param sentence the sentence as printed
 * @param source where the sentence starts
 */
public record CompletionStatement(
        String subject,
        @Nullable StatedAmount budget,
        @Nullable StatedAmount actual,
        @Nullable StatedPercent rate,
        List<String> headings,
        String sentence,
        SourceRef source)
        implements Statement {

    /** Creates a completion statement. */
    public CompletionStatement {
        Objects.requireNonNull(subject, "subject");
        headings = List.copyOf(headings);
        Objects.requireNonNull(sentence, "sentence");
        Objects.requireNonNull(source, "source");
    }
}

package org.juesuan.audit.claims;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.juesuan.core.source.SourceRef;

/**
 * A share stated by the narrative (占比表述), such as “基本支出207.87万元，占本年支出78.4%”.
 *
 * <p>Shares listed together — in one paragraph, of the same whole, or in consecutive numbered paragraphs — carry the
 * same {@code list} number, so that their sum can be checked; a share stated alone has a number of its own.
 *
 * <p>Immutable and thread-safe.
 *
 * @param subject the part, e.g. {@code 基本支出}; empty if the sentence does not name it
 * @param part the part's amount, if stated just before the share
 * @param whole the whole as worded, e.g. {@code 本年支出}; empty where the sentence leaves it implicit (“占99.81%”)
 * @param share the share
 * @param list the number of the list the share belongs to, from 1 in document order
 * @param headings the headings it stands under, outermost first
 * @param sentence the sentence as printed
 * @param source where the sentence starts
 */
public record ShareStatement(
        String subject,
        @Nullable StatedAmount part,
        String whole,
        StatedPercent share,
        int list,
        List<String> headings,
        String sentence,
        SourceRef source)
        implements Statement {

    /** Creates a share statement. */
    public ShareStatement {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(whole, "whole");
        Objects.requireNonNull(share, "share");
        headings = List.copyOf(headings);
        Objects.requireNonNull(sentence, "sentence");
        Objects.requireNonNull(source, "source");
    }
}

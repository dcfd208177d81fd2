package org.juesuan.core.document;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A figure stated in a paragraph (数字): an amount in 万元, a percentage or a count, with the text printed for it and
 * the exact value it stands for. The proof step checks that every rendered file shows this text.
 *
 * <p>A figure is never broken across lines.
 *
 * @param key what the figure is, e.g. {@code 一.total} or {@code 五.三.2010301.budget}; unique in a document
 * @param kind what kind of number it is
 * @param value the value as displayed: 万元 at two decimals, a percentage at the profile's precision, a count
 * @param text the printed text, e.g. {@code 265.19}, {@code 1.74}, {@code 2}
 */
public record FigureRun(String key, Kind kind, BigDecimal value, String text) implements Run {

    /** The kinds of figure. */
    public enum Kind {
        /** An amount in 万元. */
        AMOUNT,
        /** A percentage (the % sign is the following text). */
        PERCENT,
        /** A count (个, 人次, 辆 …). */
        COUNT,
        /** A self-evaluation score in points (绩效自评得分, the 分 is the following text). */
        SCORE
    }

    /** Creates a figure. */
    public FigureRun {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(text, "text");
    }
}

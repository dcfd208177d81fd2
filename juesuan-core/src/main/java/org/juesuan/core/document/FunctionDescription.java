package org.juesuan.core.document;

import java.util.Objects;
import org.juesuan.core.source.SourceRef;

/**
 * The official description of a function code (科目说明), as the glossary prints it after the code's names, e.g.
 * “反映行政单位（包括实行公务员管理的事业单位）的基本支出。”.
 *
 * <p>Immutable and thread-safe.
 *
 * @param text the description
 * @param verified false when the data file marks it {@code [MEM]}: not yet checked against the year's
 *     《政府收支分类科目》
 * @param source the line of the data file that gives it
 */
public record FunctionDescription(String text, boolean verified, SourceRef source) {

    /** Creates a description. */
    public FunctionDescription {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(source, "source");
    }
}

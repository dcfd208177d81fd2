package org.juesuan.core.dataset;

import java.util.List;
import java.util.Objects;
import org.juesuan.core.source.SourceRef;

/**
 * The year's key work (重点工作完成情况): paragraphs of text and a table of matters, goals and results.
 *
 * <p>Immutable and thread-safe.
 *
 * @param paragraphs the text, one paragraph each
 * @param items the rows of the table
 */
public record KeyWork(List<Text> paragraphs, List<Item> items) {

    /** No key work stated. */
    public static final KeyWork NONE = new KeyWork(List.of(), List.of());

    /** Creates the key work. */
    public KeyWork {
        paragraphs = List.copyOf(paragraphs);
        items = List.copyOf(items);
    }

    /**
     * One row of the key-work table.
     *
     * @param matter 重要事项
     * @param goal 工作内容及目标
     * @param result 完成情况
     * @param source where the row is stated
     */
    public record Item(String matter, String goal, String result, SourceRef source) {
        /** Creates a row. */
        public Item {
            Objects.requireNonNull(matter, "matter");
            Objects.requireNonNull(goal, "goal");
            Objects.requireNonNull(result, "result");
            Objects.requireNonNull(source, "source");
        }
    }
}

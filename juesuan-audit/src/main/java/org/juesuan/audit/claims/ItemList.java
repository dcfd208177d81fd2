package org.juesuan.audit.claims;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.juesuan.core.source.SourceRef;

/**
 * Item names a sentence lists (所列科目), such as “人员经费200.31万元，主要包括：基本工资、津贴补贴、…等” or “主要是用于
 * 行政运行和一般行政管理事务支出”, to be compared with the lines of the tables that have amounts.
 *
 * <p>Immutable and thread-safe.
 *
 * @param kind how the list is introduced
 * @param subject what the items make up, e.g. {@code 人员经费}; empty if not said
 * @param amount the subject's amount stated before the list, if any
 * @param items the names, in printed order
 * @param text the whole list as printed, for a reader that splits it otherwise (a name may itself contain 和)
 * @param open whether the list ends with 等 (not necessarily complete)
 * @param headings the headings it stands under, outermost first
 * @param sentence the sentence as printed
 * @param source where the sentence starts
 */
public record ItemList(
        Kind kind,
        String subject,
        @Nullable StatedAmount amount,
        List<Item> items,
        String text,
        boolean open,
        List<String> headings,
        String sentence,
        SourceRef source)
        implements Statement {

    /** How a list of items is introduced. */
    public enum Kind {
        /** 主要包括：…, the items an amount is made of (economic items of 人员经费, 公用经费). */
        INCLUDES,
        /** 主要（是）用于…支出, what an amount was spent on (the 项 of a 类). */
        USES
    }

    /** Creates an item list. */
    public ItemList {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subject, "subject");
        items = List.copyOf(items);
        Objects.requireNonNull(text, "text");
        headings = List.copyOf(headings);
        Objects.requireNonNull(sentence, "sentence");
        Objects.requireNonNull(source, "source");
    }

    /** Returns the names, in printed order. */
    public List<String> names() {
        return items.stream().map(Item::name).toList();
    }

    /**
     * A name in a list (科目名称).
     *
     * @param name the name as printed, without spaces
     * @param source where it starts
     */
    public record Item(String name, SourceRef source) {
        /** Creates an item. */
        public Item {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(source, "source");
        }
    }
}

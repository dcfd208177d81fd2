package org.juesuan.core.document;

import java.util.List;
import java.util.Objects;

/**
 * A part of the document (部分), e.g. 第三部分 情况说明. Each part starts on a new page.
 *
 * @param kind what the part holds, so a renderer can treat e.g. the tables part specially
 * @param number the printed number, e.g. 第三部分, or empty
 * @param title the printed title, e.g. 武汉市青山区人民政府国有资产监督管理局2024年度部门决算情况说明
 * @param blocks the content, in order
 */
public record Part(Kind kind, String number, String title, List<Block> blocks) {

    /** What a part holds. */
    public enum Kind {
        /** 概况: duties and organisation. */
        OVERVIEW,
        /** 部门决算表: the public tables. */
        TABLES,
        /** 情况说明: the narrative. */
        NARRATIVE,
        /** 重点工作完成情况. */
        KEY_WORK,
        /** 名词解释: the glossary. */
        GLOSSARY,
        /** 附件: the self-evaluation forms. */
        ATTACHMENTS
    }

    /** Creates a part. */
    public Part {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(title, "title");
        blocks = List.copyOf(blocks);
    }

    /** Returns the heading as printed, e.g. 第三部分 …情况说明. */
    public String heading() {
        return number.isEmpty() ? title : number + " " + title;
    }
}

package org.juesuan.render;

/**
 * The notice every format prints on a draft (草稿标注): a disclosure whose data failed validation may be rendered for
 * review, but each file says, in the same words, that it must not be published.
 */
public final class DraftNotice {

    /** The notice, as a heading line or a cell holds it (no final full stop). */
    public static final String TEXT = "草稿：数据未通过校验，不得公开";

    /** The notice as a sentence, with its full stop, for running text. */
    public static final String SENTENCE = TEXT + "。";

    private DraftNotice() {}
}

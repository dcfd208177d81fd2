package org.juesuan.audit.claims;

import java.util.List;
import org.juesuan.core.source.SourceRef;

/**
 * A statement of the narrative (情况说明的表述) read without the profile's phrasing: a change, a share, a completion of
 * the budget, or a list of item names — what the tables can be compared with wherever the narrative says it.
 *
 * <p>Immutable and thread-safe.
 */
public sealed interface Statement permits ChangeStatement, ShareStatement, CompletionStatement, ItemList {

    /**
     * Returns the headings the statement stands under, outermost first, as printed (e.g. {@code
     * 五、一般公共预算财政拨款支出决算情况说明}, {@code (三)一般公共预算财政拨款支出决算具体情况}).
     */
    List<String> headings();

    /** Returns the sentence that states it, as printed. */
    String sentence();

    /** Returns where the sentence starts. */
    SourceRef source();
}

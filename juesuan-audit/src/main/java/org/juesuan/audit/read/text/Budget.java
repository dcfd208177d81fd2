package org.juesuan.audit.read.text;

import org.juesuan.audit.read.UnreadableDocumentException;
import org.juesuan.core.source.SourceRef;

/**
 * Counts the positions a reading creates (位置数上限) — table cells and pieces of paragraphs — and stops a file
 * that would need more than a published document ever does, before it fills the memory. Not thread-safe: one per
 * reading.
 */
final class Budget {

    private final String file;
    private final long limit;
    private long spent;

    Budget(String file, long limit) {
        this.file = file;
        this.limit = limit;
    }

    void spend(long positions) throws UnreadableDocumentException {
        spent += positions;
        if (spent > limit) {
            throw new UnreadableDocumentException(
                    SourceRef.file(file), "文件过于零碎：单元格和文字片段超过 " + limit + " 个，不像一份公开文件，未读取。");
        }
    }
}

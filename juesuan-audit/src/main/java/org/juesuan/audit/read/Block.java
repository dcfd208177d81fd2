package org.juesuan.audit.read;

import org.juesuan.core.source.SourceRef;

/**
 * A piece of a published document (文件片段): a paragraph of text or a table.
 *
 * <p>Immutable and thread-safe.
 */
public sealed interface Block permits TextBlock, TableBlock {

    /** Returns where the block starts. */
    SourceRef source();
}

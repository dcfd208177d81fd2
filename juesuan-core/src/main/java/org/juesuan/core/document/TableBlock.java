package org.juesuan.core.document;

import java.util.Objects;
import org.juesuan.core.layout.PrintedTable;

/**
 * A public table (公开表) as laid out for printing. It starts on a new page; its header rows repeat on every page it
 * runs over.
 *
 * @param table the printed table
 */
public record TableBlock(PrintedTable table) implements Block {

    /** Creates a table block. */
    public TableBlock {
        Objects.requireNonNull(table, "table");
    }
}

package org.juesuan.audit;

import java.util.Optional;
import org.juesuan.audit.read.Block;
import org.juesuan.audit.read.PublishedDocument;
import org.juesuan.audit.read.TableBlock;
import org.juesuan.audit.read.TextBlock;
import org.juesuan.core.source.SourceRef;

/**
 * The printed text a finding points at (原文摘录): the table row holding the cell, or the words of the paragraph
 * around the position, so that a reviewer reads the evidence without opening the file.
 *
 * <p>Stateless and thread-safe.
 */
final class Evidence {

    /** Characters quoted before and after a position in a paragraph. */
    private static final int AROUND = 30;

    private Evidence() {}

    /** Returns the text at a position of the document, if the position is in it. */
    static Optional<String> quote(PublishedDocument document, SourceRef where) {
        if (where instanceof SourceRef.None || where instanceof SourceRef.File) {
            return Optional.empty();
        }
        for (Block block : document.blocks()) {
            if (block instanceof TableBlock table) {
                for (TableBlock.Row row : table.rows()) {
                    for (TableBlock.Cell cell : row.cells()) {
                        if (cell.source().equals(where)) {
                            return Optional.of(row(row));
                        }
                    }
                }
            } else if (block instanceof TextBlock text) {
                Optional<Integer> offset = offset(text, where);
                if (offset.isPresent()) {
                    return Optional.of(around(text.text(), offset.get()));
                }
            }
        }
        return Optional.empty();
    }

    /** Returns a row's non-empty cells joined by “ | ”. */
    private static String row(TableBlock.Row row) {
        StringBuilder text = new StringBuilder();
        for (TableBlock.Cell cell : row.cells()) {
            if (cell.text().isBlank()) {
                continue;
            }
            if (text.length() > 0) {
                text.append(" | ");
            }
            text.append(cell.text().strip());
        }
        return text.toString();
    }

    /** Returns the offset in a paragraph of a position, if the paragraph holds it. */
    private static Optional<Integer> offset(TextBlock text, SourceRef where) {
        for (int i = 0; i < text.pieces().size(); i++) {
            TextBlock.Piece piece = text.pieces().get(i);
            int end = i + 1 < text.pieces().size()
                    ? text.pieces().get(i + 1).offset()
                    : text.text().length();
            if (piece.source().equals(where)) {
                return Optional.of(piece.offset());
            }
            if (piece.source() instanceof SourceRef.Text start && where instanceof SourceRef.Text at) {
                int delta = at.column() - start.column();
                if (start.file().equals(at.file())
                        && start.line() == at.line()
                        && delta >= 0
                        && piece.offset() + delta <= end) {
                    return Optional.of(piece.offset() + delta);
                }
            }
        }
        return Optional.empty();
    }

    private static String around(String text, int offset) {
        int from = Math.max(0, offset - AROUND);
        int to = Math.min(text.length(), offset + AROUND);
        return (from > 0 ? "…" : "") + text.substring(from, to).strip() + (to < text.length() ? "…" : "");
    }
}

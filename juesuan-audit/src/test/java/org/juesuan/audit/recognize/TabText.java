package org.juesuan.audit.recognize;

import java.util.ArrayList;
import java.util.List;
import org.juesuan.audit.read.Block;
import org.juesuan.audit.read.Format;
import org.juesuan.audit.read.PublishedDocument;
import org.juesuan.audit.read.TableBlock;
import org.juesuan.audit.read.TextBlock;
import org.juesuan.core.source.SourceRef;

/**
 * Test support: the simplest reading of a text document — a line with tabs is a table row, consecutive rows a table,
 * any other non-empty line a paragraph — so that recognition is tested apart from the text reader's refinements.
 */
final class TabText {

    private TabText() {}

    static PublishedDocument read(String name, String text) {
        List<Block> blocks = new ArrayList<>();
        List<TableBlock.Row> rows = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int l = 0; l < lines.length; l++) {
            String line = lines[l];
            if (line.contains("\t")) {
                List<TableBlock.Cell> cells = new ArrayList<>();
                String[] fields = line.split("\t", -1);
                int column = 1;
                for (int f = 0; f < fields.length; f++) {
                    cells.add(new TableBlock.Cell(fields[f].strip(), f, 1, SourceRef.text(name, l + 1, column)));
                    column += fields[f].length() + 1;
                }
                rows.add(new TableBlock.Row(cells, SourceRef.text(name, l + 1, 1)));
                continue;
            }
            if (!line.isBlank()) {
                if (!rows.isEmpty()) {
                    blocks.add(new TableBlock(rows, rows.get(0).source()));
                    rows = new ArrayList<>();
                }
                blocks.add(TextBlock.of(line.strip(), SourceRef.text(name, l + 1, 1)));
            }
        }
        if (!rows.isEmpty()) {
            blocks.add(new TableBlock(rows, rows.get(0).source()));
        }
        return new PublishedDocument(name, Format.TEXT, blocks);
    }
}

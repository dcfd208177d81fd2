package org.juesuan.audit.read.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.juesuan.audit.read.Block;
import org.juesuan.audit.read.TableBlock;
import org.juesuan.audit.read.TextBlock;
import org.juesuan.audit.read.UnreadableDocumentException;

/**
 * Splits the read lines into paragraphs and tables in reading order (分块).
 *
 * <p>A table is a run of rows of one kind (tab-separated, or space-aligned) that blank lines, page numbers, rules
 * and running headers may interrupt (a page break inside a table), with the text lines held directly between two
 * rows, which may be the rest of a broken row. A heading, a caption or any other text after a break ends it: a
 * caption, a title or 单位：万元 before a table is a paragraph of its own, never a row. A run of space-aligned lines
 * that turns out not to be a table is read as text. Everything else is paragraphs ({@link Paragraph}); each caption
 * of a caption line is a paragraph of its own. Not thread-safe: one per reading.
 */
final class BlockSplitter {

    private final String file;
    private final Budget budget;
    private final LineReader reader;
    private final TableBuilder tables;
    private final List<Block> blocks = new ArrayList<>();
    private @Nullable Paragraph paragraph;

    BlockSplitter(String file, Budget budget, LineReader reader) {
        this.file = file;
        this.budget = budget;
        this.reader = reader;
        this.tables = new TableBuilder(file, budget);
    }

    List<Block> split(List<Line> lines) throws UnreadableDocumentException {
        boolean afterBreak = false;
        int i = 0;
        while (i < lines.size()) {
            Line line = lines.get(i);
            switch (line.kind) {
                case BLANK:
                case SKIPPED:
                    afterBreak = true;
                    i++;
                    break;
                case TAB_ROW:
                    i = tabTable(lines, i);
                    break;
                case SPACE_ROW:
                    i = spaceTable(lines, i);
                    break;
                case CAPTIONS:
                    flush();
                    for (Line.Field caption : line.fields) {
                        budget.spend(caption.text().runs());
                        blocks.add(new TextBlock(
                                caption.text().text(), caption.text().pieces(file)));
                    }
                    i++;
                    break;
                case TEXT:
                default:
                    if (paragraph != null && paragraph.takes(line, afterBreak)) {
                        paragraph.add(line);
                    } else {
                        flush();
                        paragraph = new Paragraph(line);
                    }
                    afterBreak = false;
                    i++;
                    break;
            }
        }
        flush();
        return blocks;
    }

    private void flush() throws UnreadableDocumentException {
        if (paragraph != null) {
            blocks.add(paragraph.build(file, budget));
            paragraph = null;
        }
    }

    private int tabTable(List<Line> lines, int from) throws UnreadableDocumentException {
        List<Line> run = new ArrayList<>();
        int end = collect(lines, from, Line.Kind.TAB_ROW, run);
        boolean[] adjacent = adjacency(run);
        flush();
        blocks.add(tables.tabTable(run, adjacent));
        return end;
    }

    private int spaceTable(List<Line> lines, int from) throws UnreadableDocumentException {
        List<Line> run = new ArrayList<>();
        int end = collect(lines, from, Line.Kind.SPACE_ROW, run);
        List<List<Line.Field>> fields = new ArrayList<>(run.size());
        int rows = 0;
        for (Line line : run) {
            fields.add(line.kind == Line.Kind.SPACE_ROW ? line.fields : reader.spaced(line.raw, line.number));
            rows += line.kind == Line.Kind.SPACE_ROW ? 1 : 0;
        }
        Optional<TableBlock> table = rows >= 2 ? tables.spaceTable(run, fields, adjacency(run)) : Optional.empty();
        if (table.isEmpty()) {
            for (Line line : run) {
                line.kind = Line.Kind.TEXT; // read again as text
            }
            return from;
        }
        flush();
        blocks.add(table.get());
        return end;
    }

    /**
     * Collects a run of rows of one kind from {@code from}, across breaks, with the text lines held directly
     * between two rows; returns the index after the run's last line.
     */
    private static int collect(List<Line> lines, int from, Line.Kind kind, List<Line> run) {
        run.add(lines.get(from));
        int next = from + 1;
        while (true) {
            int k = next;
            while (k < lines.size() && lines.get(k).isBreak()) {
                k++;
            }
            if (k >= lines.size()) {
                return next;
            }
            Line line = lines.get(k);
            boolean held = k == next
                    && line.kind == Line.Kind.TEXT
                    && !line.heading
                    && k + 1 < lines.size()
                    && lines.get(k + 1).kind == kind;
            if (line.kind != kind && !held) {
                return next;
            }
            run.add(line);
            next = k + 1;
        }
    }

    /** For each line of a run, whether it directly follows the one before it in the file. */
    private static boolean[] adjacency(List<Line> run) {
        boolean[] adjacent = new boolean[run.size()];
        for (int i = 1; i < run.size(); i++) {
            adjacent[i] = run.get(i).number == run.get(i - 1).number + 1;
        }
        return adjacent;
    }
}

package org.juesuan.core.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A complete disclosure document (部门决算公开文件): the cover data and the parts in order.
 *
 * <p>Immutable and thread-safe.
 *
 * @param info the cover and metadata
 * @param parts the parts (第一部分 概况 …), in order
 */
public record Document(DocumentInfo info, List<Part> parts) {

    /** Creates a document. */
    public Document {
        Objects.requireNonNull(info, "info");
        parts = List.copyOf(parts);
    }

    /** Returns every figure stated in paragraphs, in document order (table cells are in the tables). */
    public List<FigureRun> figures() {
        List<FigureRun> figures = new ArrayList<>();
        for (Part part : parts) {
            for (Block block : part.blocks()) {
                if (block instanceof Paragraph) {
                    for (Run run : ((Paragraph) block).runs()) {
                        if (run instanceof FigureRun) {
                            figures.add((FigureRun) run);
                        }
                    }
                }
            }
        }
        return figures;
    }

    /** Returns the entries of the table of contents: each part and each level-1 heading in it. */
    public List<ContentsEntry> contents() {
        List<ContentsEntry> entries = new ArrayList<>();
        for (int p = 0; p < parts.size(); p++) {
            Part part = parts.get(p);
            entries.add(new ContentsEntry(0, part.heading(), p, -1));
            for (int b = 0; b < part.blocks().size(); b++) {
                Block block = part.blocks().get(b);
                if (block instanceof Heading && ((Heading) block).level() == 1) {
                    entries.add(new ContentsEntry(1, ((Heading) block).text(), p, b));
                }
            }
        }
        return entries;
    }

    /**
     * One line of the table of contents (目录).
     *
     * @param level 0 for a part, 1 for a section
     * @param text the text shown
     * @param part the index of the part
     * @param block the index of the heading block in the part, or -1 for the part itself
     */
    public record ContentsEntry(int level, String text, int part, int block) {}
}

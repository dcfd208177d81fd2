package org.juesuan.render.xlsx;

import java.util.ArrayList;
import java.util.List;
import org.juesuan.core.document.Block;
import org.juesuan.core.document.Document;
import org.juesuan.core.document.GridBlock;
import org.juesuan.core.document.Paragraph;
import org.juesuan.core.document.Part;
import org.juesuan.core.document.TableBlock;
import org.juesuan.core.layout.PrintedTable;

/**
 * What the workbook of a document holds (工作簿内容): the public tables in their order, then each self-evaluation
 * form of the attachments (附件 绩效自评表) as a sheet of its own, with the form's title, caption and notes.
 *
 * <p>The workbook and its proof take the same list, so every figure of every sheet is read back and checked.
 */
public final class WorkbookContent {

    private WorkbookContent() {}

    /** Returns the sheets of a document's workbook as printed tables, in order. */
    public static List<PrintedTable> of(Document document) {
        List<PrintedTable> sheets = new ArrayList<>();
        for (Part part : document.parts()) {
            List<Block> blocks = part.blocks();
            for (int i = 0; i < blocks.size(); i++) {
                Block block = blocks.get(i);
                if (block instanceof TableBlock table) {
                    sheets.add(table.table());
                } else if (part.kind() == Part.Kind.ATTACHMENTS && block instanceof GridBlock grid) {
                    sheets.add(form(grid, blocks, i));
                }
            }
        }
        return sheets;
    }

    /** A form: the centred title and the caption before its grid, the notes after it. */
    private static PrintedTable form(GridBlock grid, List<Block> blocks, int at) {
        String title = "";
        String caption = "";
        for (int i = at - 1; i >= 0 && blocks.get(i) instanceof Paragraph paragraph; i--) {
            if (paragraph.style() == Paragraph.Style.CENTERED && title.isEmpty()) {
                title = paragraph.text();
            } else if (paragraph.style() == Paragraph.Style.PLAIN && caption.isEmpty() && title.isEmpty()) {
                caption = paragraph.text();
            }
        }
        List<String> notes = new ArrayList<>();
        for (int i = at + 1;
                i < blocks.size()
                        && blocks.get(i) instanceof Paragraph paragraph
                        && paragraph.style() == Paragraph.Style.NOTE;
                i++) {
            notes.add(((Paragraph) blocks.get(i)).text());
        }
        return new PrintedTable(
                grid.id(),
                "",
                title.isEmpty() ? grid.id() : title,
                caption,
                "",
                grid.grid(),
                grid.headerRows(),
                notes,
                null);
    }
}

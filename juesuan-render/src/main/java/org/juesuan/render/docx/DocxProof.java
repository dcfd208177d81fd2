package org.juesuan.render.docx;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.juesuan.core.document.Block;
import org.juesuan.core.document.Document;
import org.juesuan.core.document.FigureRun;
import org.juesuan.core.document.GridBlock;
import org.juesuan.core.document.Heading;
import org.juesuan.core.document.Paragraph;
import org.juesuan.core.document.Part;
import org.juesuan.core.document.Run;
import org.juesuan.core.document.TableBlock;
import org.juesuan.core.layout.GridCell;
import org.juesuan.core.layout.PrintedTable;
import org.juesuan.render.proof.Mismatch;

/**
 * Proves a Word file against the document it was rendered from (Word 版自检): reads the DOCX back ({@link DocxReader}:
 * the body XML, as Word shows its text, without POI's object model) and checks
 * every figure it shows — every amount cell of every table, by its position in the Word table, and every figure of
 * every paragraph that states figures — against the document model.
 *
 * <p>Tables are matched in order (the public tables and the grids are the only tables in the file), paragraphs in
 * order among those set in the body paragraph styles. A figure is compared as text, exactly as printed. Each
 * mismatch names its place in words, e.g. 公开05表 合计 本年支出小计 or 情况说明 一、第1段.
 *
 * <p>Stateless and thread-safe.
 */
public final class DocxProof {

    /** The format named in mismatches. */
    public static final String FORMAT = "DOCX";

    private DocxProof() {}

    /**
     * Returns every place where the file shows a figure other than the document's, in document order; empty when the
     * file agrees with the document.
     *
     * @param docx the bytes of the Word file
     * @param document the document the file should show
     * @throws IllegalArgumentException if the bytes are not a Word file
     */
    public static List<Mismatch> check(byte[] docx, Document document) {
        DocxReader.Body body = DocxReader.read(docx);
        List<String> paragraphs = new ArrayList<>();
        for (DocxReader.Para paragraph : body.paragraphs()) {
            if (Styles.PARAGRAPHS.contains(paragraph.style())) {
                paragraphs.add(paragraph.text());
            }
        }
        return new Reading(document, body.tables(), paragraphs).check();
    }

    /** One pass over the model beside the tables and paragraphs read from the file. */
    private static final class Reading {
        private final Document document;
        private final List<List<List<DocxReader.Cell>>> tables;
        private final List<String> paragraphs;
        private final List<Mismatch> mismatches = new ArrayList<>();
        private int table;
        private int paragraph;

        Reading(Document document, List<List<List<DocxReader.Cell>>> tables, List<String> paragraphs) {
            this.document = document;
            this.tables = tables;
            this.paragraphs = paragraphs;
        }

        List<Mismatch> check() {
            int modelParagraphs = 0;
            for (Part part : document.parts()) {
                String name = Places.part(part.kind());
                String[] headings = new String[3];
                int underHeading = 0;
                int grids = 0;
                for (Block block : part.blocks()) {
                    if (block instanceof Heading heading) {
                        headings[heading.level() - 1] = Places.numbering(heading.text());
                        for (int deeper = heading.level(); deeper < headings.length; deeper++) {
                            headings[deeper] = null;
                        }
                        underHeading = 0;
                    } else if (block instanceof Paragraph model) {
                        underHeading++;
                        modelParagraphs++;
                        if (hasFigures(model)) {
                            paragraph(model, place(name, headings, underHeading));
                        }
                        paragraph++;
                    } else if (block instanceof TableBlock tableBlock) {
                        PrintedTable printed = tableBlock.table();
                        String title = printed.number().isEmpty() ? printed.title() : printed.number();
                        table(title, printed.grid(), printed.headerRows());
                    } else if (block instanceof GridBlock grid) {
                        grids++;
                        table(name + " 第" + grids + "张表", grid.grid(), grid.headerRows());
                    }
                }
            }
            if (modelParagraphs != paragraphs.size()) {
                mismatches.add(0, new Mismatch(FORMAT, "正文段落数", modelParagraphs + "段", paragraphs.size() + "段"));
            }
            if (tableCount() != tables.size()) {
                mismatches.add(0, new Mismatch(FORMAT, "表格数", tableCount() + "张", tables.size() + "张"));
            }
            return List.copyOf(mismatches);
        }

        private int tableCount() {
            int count = 0;
            for (Part part : document.parts()) {
                for (Block block : part.blocks()) {
                    if ((block instanceof TableBlock t
                                    && TableXml.writable(t.table().grid()))
                            || (block instanceof GridBlock g && TableXml.writable(g.grid()))) {
                        count++;
                    }
                }
            }
            return count;
        }

        private static boolean hasFigures(Paragraph paragraph) {
            for (Run run : paragraph.runs()) {
                if (run instanceof FigureRun) {
                    return true;
                }
            }
            return false;
        }

        private static String place(String part, String[] headings, int underHeading) {
            StringBuilder place = new StringBuilder(part).append(' ');
            for (String heading : headings) {
                if (heading != null) {
                    place.append(heading);
                }
            }
            return place.append('第').append(underHeading).append('段').toString();
        }

        /** Compares the figures of a paragraph with the text around them in the file. */
        private void paragraph(Paragraph model, String place) {
            String expected = model.text();
            String shown = paragraph < paragraphs.size() ? paragraphs.get(paragraph) : "";
            if (shown.equals(expected)) {
                return;
            }
            StringBuilder pattern = new StringBuilder("^");
            List<FigureRun> figures = new ArrayList<>();
            for (Run run : model.runs()) {
                if (run instanceof FigureRun figure) {
                    figures.add(figure);
                    pattern.append("(.*?)");
                } else {
                    pattern.append(Pattern.quote(run.text()));
                }
            }
            Matcher matcher = Pattern.compile(pattern.append('$').toString(), Pattern.DOTALL)
                    .matcher(shown);
            if (!matcher.matches()) {
                mismatches.add(new Mismatch(FORMAT, place, expected, shown));
                return;
            }
            for (int i = 0; i < figures.size(); i++) {
                String figure = figures.get(i).text();
                String found = matcher.group(i + 1);
                if (!found.equals(figure)) {
                    mismatches.add(new Mismatch(FORMAT, place, figure, found));
                }
            }
        }

        /** Compares every amount cell of a grid with the cell at the same position in the next table of the file. */
        private void table(String title, List<List<GridCell>> grid, int headerRows) {
            if (!TableXml.writable(grid)) {
                return;
            }
            String[][] shown = table < tables.size()
                    ? texts(tables.get(table), grid.size(), grid.get(0).size())
                    : null;
            table++;
            for (int r = 0; r < grid.size(); r++) {
                for (int c = 0; c < grid.get(r).size(); c++) {
                    GridCell cell = grid.get(r).get(c);
                    if (cell.kind() != GridCell.Kind.AMOUNT) {
                        continue;
                    }
                    String found = shown == null || shown[r][c] == null ? null : shown[r][c];
                    if (found == null || !found.equals(cell.text().strip())) {
                        mismatches.add(new Mismatch(
                                FORMAT,
                                Places.cell(title, grid, headerRows, r, c),
                                cell.text(),
                                found == null ? "" : found));
                    }
                }
            }
        }

        /** Returns the text of each cell at the grid column where it starts; positions without a cell are null. */
        private static String[][] texts(List<List<DocxReader.Cell>> table, int rows, int columns) {
            String[][] texts = new String[rows][columns];
            for (int r = 0; r < rows && r < table.size(); r++) {
                int c = 0;
                for (DocxReader.Cell cell : table.get(r)) {
                    if (c < columns) {
                        texts[r][c] = cell.text();
                    }
                    c += cell.span();
                }
            }
            return texts;
        }
    }
}

package org.juesuan.audit.read.docx;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;
import org.juesuan.audit.read.Block;
import org.juesuan.audit.read.TableBlock;
import org.juesuan.audit.read.TextBlock;
import org.juesuan.core.source.SourceRef;

/**
 * One pass over the main document part of a Word file (正文遍历), turning its paragraphs and tables into blocks.
 *
 * <p>Not thread-safe; one per document.
 */
final class BodyWalk {

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String W_STRICT = "http://purl.oclc.org/ooxml/wordprocessingml/main";
    private static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";

    /** The widest span or offset believed; anything larger is damage. */
    private static final int MAX_COLUMNS = 16_384;

    private final String file;
    private final XMLStreamReader xml;
    private final List<Block> blocks = new ArrayList<>();
    private final Deque<Paragraph> paragraphs = new ArrayDeque<>();
    private final Deque<Table> tables = new ArrayDeque<>();
    /** For each open field, whether its code (rather than its result) is being read. */
    private final Deque<Boolean> fields = new ArrayDeque<>();

    private int paragraphCount;
    private int skipped;
    private boolean inText;

    BodyWalk(String file, XMLStreamReader xml) {
        this.file = file;
        this.xml = xml;
    }

    List<Block> blocks() throws XMLStreamException {
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                start();
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                end();
            } else if ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA)
                    && inText
                    && skipped == 0
                    && !fields.contains(Boolean.TRUE)
                    && !paragraphs.isEmpty()) {
                paragraphs.peek().text.append(xml.getText());
            }
        }
        return blocks;
    }

    private boolean word() {
        String namespace = xml.getNamespaceURI();
        return W.equals(namespace) || W_STRICT.equals(namespace);
    }

    /** Text that Word does not show where it stands: moved away, or the fallback of alternate content. */
    private boolean skippedElement() {
        String name = xml.getLocalName();
        return word() && (name.equals("moveFrom") || name.equals("del"))
                || MC.equals(xml.getNamespaceURI()) && name.equals("Fallback");
    }

    private void start() {
        if (skippedElement()) {
            skipped++;
            return;
        }
        if (skipped > 0 || !word()) {
            return;
        }
        switch (xml.getLocalName()) {
            case "p" -> paragraphs.push(new Paragraph(++paragraphCount));
            case "t" -> inText = true;
            case "tab", "br", "cr" -> append(' ');
            case "noBreakHyphen" -> append('-');
            case "fldChar" -> field(attribute("fldCharType"));
            case "tbl" -> tables.push(new Table(paragraphs.size()));
            case "tr" -> {
                Table table = tables.peek();
                if (table != null) {
                    table.startRow();
                }
            }
            case "gridBefore" -> {
                Table table = tables.peek();
                if (table != null && table.row != null) {
                    table.column += number(attribute("val"), 0);
                }
            }
            case "tc" -> {
                Table table = tables.peek();
                if (table != null && table.row != null) {
                    table.cell = new Cell(table.column);
                }
            }
            case "gridSpan" -> {
                Cell cell = cell();
                if (cell != null) {
                    cell.span = Math.max(1, number(attribute("val"), 1));
                }
            }
            case "vMerge" -> {
                Cell cell = cell();
                if (cell != null) {
                    String value = attribute("val");
                    cell.continued = value == null || value.equals("continue");
                }
            }
            default -> {
                // other elements carry no text or structure that is read
            }
        }
    }

    private void end() {
        if (skippedElement()) {
            skipped--;
            return;
        }
        if (skipped > 0 || !word()) {
            return;
        }
        switch (xml.getLocalName()) {
            case "t" -> inText = false;
            case "p" -> endParagraph();
            case "tc" -> {
                Table table = tables.peek();
                if (table != null && table.row != null && table.cell != null) {
                    Cell cell = table.cell;
                    table.row.add(cell);
                    table.column = Math.min(MAX_COLUMNS, table.column + cell.span);
                    table.cell = null;
                }
            }
            case "tr" -> {
                Table table = tables.peek();
                if (table != null) {
                    table.endRow();
                }
            }
            case "tbl" -> endTable();
            default -> {
                // nothing to close
            }
        }
    }

    private void field(@Nullable String type) {
        if ("begin".equals(type)) {
            fields.push(Boolean.TRUE);
        } else if ("separate".equals(type) && !fields.isEmpty()) {
            fields.pop();
            fields.push(Boolean.FALSE);
        } else if ("end".equals(type) && !fields.isEmpty()) {
            fields.pop();
        }
    }

    private void append(char c) {
        if (!paragraphs.isEmpty() && !fields.contains(Boolean.TRUE)) {
            paragraphs.peek().text.append(c);
        }
    }

    private @Nullable Cell cell() {
        Table table = tables.peek();
        return table == null ? null : table.cell;
    }

    private void endParagraph() {
        if (paragraphs.isEmpty()) {
            return;
        }
        Paragraph paragraph = paragraphs.pop();
        String text = normalise(paragraph.text);
        Cell cell = openCell();
        if (cell != null) {
            cell.add(text, paragraph.number);
        } else if (!paragraphs.isEmpty()) {
            // a paragraph of a text box anchored in another paragraph: its text joins that paragraph
            appendTo(paragraphs.peek(), text);
        } else if (!text.isEmpty()) {
            blocks.add(TextBlock.of(text, SourceRef.text(file, paragraph.number, 1)));
        }
    }

    /** Returns the cell of the innermost table that the paragraphs now open belong to, if any. */
    private @Nullable Cell openCell() {
        Table table = tables.peek();
        return table != null && table.cell != null && table.depth == paragraphs.size() ? table.cell : null;
    }

    private static void appendTo(Paragraph paragraph, String text) {
        if (!text.isEmpty()) {
            paragraph.text.append(' ').append(text);
        }
    }

    private void endTable() {
        Table table = tables.poll();
        if (table == null) {
            return;
        }
        Cell outer = openCell();
        if (outer != null || !paragraphs.isEmpty()) {
            // a table nested in a cell (or in a text box): its text, row by row, joins what it is in
            for (List<Cell> row : table.rows) {
                for (Cell cell : row) {
                    String text = cell.continued ? "" : cell.text();
                    if (outer != null) {
                        outer.add(text, cell.firstParagraph);
                    } else {
                        appendTo(paragraphs.peek(), text);
                    }
                }
            }
            return;
        }
        if (!table.rows.isEmpty()) {
            blocks.add(table.block(file));
        }
    }

    private @Nullable String attribute(String name) {
        String value = xml.getAttributeValue(xml.getNamespaceURI(), name);
        return value != null ? value : xml.getAttributeValue(null, name);
    }

    private static int number(@Nullable String text, int otherwise) {
        if (text == null) {
            return otherwise;
        }
        try {
            int value = Integer.parseInt(text.strip());
            return value < 0 || value > MAX_COLUMNS ? otherwise : value;
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }

    /** Returns the text with every run of white space (tabs and breaks included) made one space, ends stripped. */
    static String normalise(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = true;
            } else if (!Character.isISOControl(c)) {
                if (space && out.length() > 0) {
                    out.append(' ');
                }
                out.append(c);
                space = false;
            }
        }
        return out.toString();
    }

    /** A paragraph being read. */
    private static final class Paragraph {
        final int number;
        final StringBuilder text = new StringBuilder();

        Paragraph(int number) {
            this.number = number;
        }
    }

    /** A cell being read: its paragraphs' texts, its grid column and span, whether it continues a merge. */
    private static final class Cell {
        final int column;
        final List<String> paragraphs = new ArrayList<>();
        int firstParagraph = Integer.MAX_VALUE;
        int span = 1;
        boolean continued;

        Cell(int column) {
            this.column = column;
        }

        void add(String text, int paragraph) {
            firstParagraph = Math.min(firstParagraph, paragraph);
            if (!text.isEmpty()) {
                paragraphs.add(text);
            }
        }

        String text() {
            return String.join(" ", paragraphs);
        }
    }

    /** A table being read. */
    private static final class Table {
        /** How many paragraphs were open when the table started (a table in a text box is inside one). */
        final int depth;

        final List<List<Cell>> rows = new ArrayList<>();

        @Nullable
        List<Cell> row;

        @Nullable
        Cell cell;

        int column;

        Table(int depth) {
            this.depth = depth;
        }

        void startRow() {
            row = new ArrayList<>();
            cell = null;
            column = 0;
        }

        void endRow() {
            if (row != null) {
                rows.add(row);
            }
            row = null;
            cell = null;
        }

        TableBlock block(String file) {
            List<TableBlock.Row> blockRows = new ArrayList<>();
            int last = 1;
            for (List<Cell> cells : rows) {
                List<TableBlock.Cell> blockCells = new ArrayList<>();
                int first = Integer.MAX_VALUE;
                for (Cell cell : cells) {
                    first = Math.min(first, cell.firstParagraph);
                }
                int rowLine = first == Integer.MAX_VALUE ? last : first;
                last = rowLine;
                for (Cell cell : cells) {
                    int line = cell.firstParagraph == Integer.MAX_VALUE ? rowLine : cell.firstParagraph;
                    blockCells.add(new TableBlock.Cell(
                            cell.continued ? "" : cell.text(), cell.column, cell.span, SourceRef.text(file, line, 1)));
                }
                blockRows.add(new TableBlock.Row(blockCells, SourceRef.text(file, rowLine, 1)));
            }
            return new TableBlock(blockRows, blockRows.get(0).source());
        }
    }
}

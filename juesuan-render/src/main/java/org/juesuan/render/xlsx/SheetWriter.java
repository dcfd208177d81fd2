package org.juesuan.render.xlsx;

import java.util.ArrayList;
import java.util.List;
import org.juesuan.core.layout.AmountFormat;
import org.juesuan.core.layout.GridCell;
import org.juesuan.core.layout.PrintedTable;
import org.juesuan.render.DraftNotice;
import org.juesuan.render.ooxml.OpcParts;

/**
 * Writes the worksheet part of one table (工作表): the draft mark and the page header 草稿 on a draft, the table
 * number, the title merged across at 24 pt, the unit line, the grid with its spans merged, the notes and the
 * empty-table statement merged across; column widths from the longest text, the panes frozen under the headers, and
 * a landscape A4 page fitted to one page wide.
 *
 * <p>Amounts are written as numbers from the exact decimal text of the figure in 万元, never through a
 * {@code double}. Not thread-safe: one per sheet being written.
 */
final class SheetWriter {

    /** The widest column, in characters. */
    private static final int MAX_WIDTH = 48;

    private static final int MIN_WIDTH = 6;

    private final StringBuilder xml;
    private final SharedStrings strings;
    private final List<String> merges = new ArrayList<>();

    private SheetWriter(StringBuilder xml, SharedStrings strings) {
        this.xml = xml;
        this.strings = strings;
    }

    /**
     * Appends the worksheet part of a table.
     *
     * @param table the printed table
     * @param draft whether to mark the sheet and its printed pages as a draft
     * @param selected whether the sheet is the one shown when the workbook opens
     * @param strings the workbook's shared strings, added to
     * @param xml where the part goes
     */
    static void write(PrintedTable table, boolean draft, boolean selected, SharedStrings strings, StringBuilder xml) {
        new SheetWriter(xml, strings).sheet(table, draft, selected);
    }

    private void sheet(PrintedTable table, boolean draft, boolean selected) {
        int columns = Math.max(table.columnCount(), 2);
        int last = columns - 1;
        int gridStart = (draft ? 1 : 0) + (table.number().isEmpty() ? 0 : 1) + 2;
        int rows = gridStart
                + table.grid().size()
                + table.notes().size()
                + (table.emptyStatement().isPresent() ? 1 : 0);
        int frozen = gridStart + table.headerRows();
        xml.append(OpcParts.XML_HEADER)
                .append("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">")
                .append("<sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr><dimension ref=\"A1:");
        reference(last, rows - 1);
        xml.append("\"/><sheetViews><sheetView")
                .append(selected ? " tabSelected=\"1\"" : "")
                .append(" workbookViewId=\"0\"><pane ySplit=\"")
                .append(frozen)
                .append("\" topLeftCell=\"");
        reference(0, frozen);
        xml.append("\" activePane=\"bottomLeft\" state=\"frozen\"/><selection pane=\"bottomLeft\"/></sheetView>")
                .append("</sheetViews>");
        widths(table);
        xml.append("<sheetData>");
        int r = 0;
        if (draft) {
            startRow(r);
            text(r++, 0, DraftNotice.TEXT, CellFormat.DRAFT);
            endRow();
        }
        if (!table.number().isEmpty()) {
            startRow(r);
            text(r++, last, table.number(), CellFormat.RIGHT);
            endRow();
        }
        xml.append("<row r=\"").append(r + 1).append("\" ht=\"24\" customHeight=\"1\">");
        text(r, 0, table.title(), CellFormat.TITLE);
        endRow();
        merge(r, r, 0, last);
        r++;
        startRow(r);
        text(r, 0, table.unitLine(), CellFormat.PLAIN);
        text(r++, last, table.amountUnitLine(), CellFormat.RIGHT);
        endRow();
        grid(table, r);
        r += table.grid().size();
        for (String note : table.notes()) {
            acrossRow(r++, last, "注：" + note);
        }
        if (table.emptyStatement().isPresent()) {
            acrossRow(r, last, table.emptyStatement().get());
        }
        xml.append("</sheetData>");
        if (!merges.isEmpty()) {
            xml.append("<mergeCells count=\"").append(merges.size()).append("\">");
            for (String range : merges) {
                xml.append("<mergeCell ref=\"").append(range).append("\"/>");
            }
            xml.append("</mergeCells>");
        }
        xml.append("<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\"")
                .append(" footer=\"0.3\"/><pageSetup paperSize=\"9\" fitToWidth=\"1\" fitToHeight=\"0\"")
                .append(" orientation=\"landscape\"/>");
        if (draft) {
            // printed on every page too
            xml.append("<headerFooter><oddHeader>&amp;C草稿</oddHeader></headerFooter>");
        }
        xml.append("</worksheet>");
    }

    private void grid(PrintedTable table, int first) {
        List<List<GridCell>> grid = table.grid();
        for (int g = 0; g < grid.size(); g++) {
            int r = first + g;
            boolean header = g < table.headerRows();
            startRow(r);
            List<GridCell> cells = grid.get(g);
            for (int c = 0; c < cells.size(); c++) {
                GridCell cell = cells.get(c);
                if (cell.isCovered()) {
                    blank(r, c, header ? CellFormat.HEADER : CellFormat.BODY);
                    continue;
                }
                switch (cell.kind()) {
                    case HEADER:
                    case COLUMN_NUMBER:
                        text(r, c, cell.text(), CellFormat.HEADER);
                        break;
                    case AMOUNT:
                        if (cell.printedAmount().isPresent() && !cell.text().isEmpty()) {
                            number(
                                    r,
                                    c,
                                    AmountFormat.wan(cell.printedAmount().get()).toPlainString());
                        } else {
                            text(r, c, cell.text(), CellFormat.AMOUNT_TEXT);
                        }
                        break;
                    case CODE:
                    case LINE_NUMBER:
                        text(r, c, cell.text(), CellFormat.CENTERED);
                        break;
                    default:
                        text(r, c, cell.text(), CellFormat.BODY);
                }
                if (cell.rowSpan() > 1 || cell.colSpan() > 1) {
                    merge(r, r + cell.rowSpan() - 1, c, c + cell.colSpan() - 1);
                }
            }
            endRow();
        }
    }

    /** A row of one text merged across the sheet: a note or the empty-table statement. */
    private void acrossRow(int r, int last, String text) {
        startRow(r);
        text(r, 0, text, CellFormat.PLAIN);
        endRow();
        merge(r, r, 0, last);
    }

    /** Column widths: the longest single-column text below the headers, a CJK character counting two. */
    private void widths(PrintedTable table) {
        int columns = table.columnCount();
        if (columns == 0) {
            return;
        }
        xml.append("<cols>");
        for (int c = 0; c < columns; c++) {
            int width = MIN_WIDTH;
            for (List<GridCell> row : table.grid()) {
                GridCell cell = row.get(c);
                if (!cell.isCovered() && cell.colSpan() == 1 && cell.kind() != GridCell.Kind.HEADER) {
                    int length = 0;
                    String text = cell.text();
                    for (int i = 0; i < text.length(); i++) {
                        length += text.charAt(i) > 0x2E80 ? 2 : 1;
                    }
                    width = Math.max(width, length + 2);
                }
            }
            xml.append("<col min=\"")
                    .append(c + 1)
                    .append("\" max=\"")
                    .append(c + 1)
                    .append("\" width=\"")
                    .append(Math.min(width, MAX_WIDTH))
                    .append("\" customWidth=\"1\"/>");
        }
        xml.append("</cols>");
    }

    private void startRow(int r) {
        xml.append("<row r=\"").append(r + 1).append("\">");
    }

    private void endRow() {
        xml.append("</row>");
    }

    /** A text cell: a shared string, or a blank cell with its format when the text is empty. */
    private void text(int r, int c, String text, CellFormat format) {
        if (text.isEmpty()) {
            blank(r, c, format);
            return;
        }
        startCell(r, c, format);
        xml.append(" t=\"s\"><v>").append(strings.indexOf(text)).append("</v></c>");
    }

    private void number(int r, int c, String decimal) {
        startCell(r, c, CellFormat.AMOUNT);
        xml.append("><v>").append(decimal).append("</v></c>");
    }

    private void blank(int r, int c, CellFormat format) {
        startCell(r, c, format);
        xml.append("/>");
    }

    private void startCell(int r, int c, CellFormat format) {
        xml.append("<c r=\"");
        reference(c, r);
        xml.append('"');
        if (format != CellFormat.PLAIN) {
            xml.append(" s=\"").append(format.index()).append('"');
        }
    }

    private void merge(int firstRow, int lastRow, int firstColumn, int lastColumn) {
        if (firstRow != lastRow || firstColumn != lastColumn) {
            int mark = xml.length();
            reference(firstColumn, firstRow);
            xml.append(':');
            reference(lastColumn, lastRow);
            merges.add(xml.substring(mark));
            xml.setLength(mark);
        }
    }

    /** Appends an A1 reference: column letters, then the row number from 1. */
    private void reference(int column, int row) {
        appendColumn(column);
        xml.append(row + 1);
    }

    private void appendColumn(int column) {
        if (column >= 26) {
            appendColumn(column / 26 - 1);
        }
        xml.append((char) ('A' + column % 26));
    }
}

package org.juesuan.render.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.ss.util.WorkbookUtil;
import org.juesuan.core.layout.PrintedTable;

/**
 * Renders printed tables as an Excel workbook (Excel 版): one sheet per table, the title and unit lines, headers
 * merged as printed, amounts as numbers in 万元 with the {@code 0.00} format, notes and the empty-table statement.
 *
 * <p>The SpreadsheetML parts are written directly as text ({@link SheetWriter}, {@link CellFormat},
 * {@link SharedStrings}, {@link XlsxPackage}), without building a spreadsheet object model. Amounts are written
 * already rounded to the display unit, from their exact decimal text, so the numbers a reader sees are exactly the
 * printed ones. The same tables always give the same bytes; {@link XlsxProof} reads a workbook back and checks it
 * against the tables. Stateless and thread-safe.
 */
public final class XlsxTablesRenderer {

    /** The longest sheet name a spreadsheet program accepts. */
    private static final int MAX_SHEET_NAME = 31;

    private XlsxTablesRenderer() {}

    /**
     * Writes the workbook.
     *
     * @param tables the printed tables, one sheet each, in order
     * @param out where the .xlsx bytes go
     */
    public static void render(List<PrintedTable> tables, OutputStream out) {
        render(tables, false, out);
    }

    /**
     * Writes the workbook, marking every sheet and every printed page 草稿 when it is a draft.
     *
     * @param tables the printed tables, one sheet each, in order
     * @param draft whether the data failed validation
     * @param out where the .xlsx bytes go
     */
    public static void render(List<PrintedTable> tables, boolean draft, OutputStream out) {
        try (XlsxPackage container = new XlsxPackage()) {
            container.start(sheetNames(tables));
            SharedStrings strings = new SharedStrings();
            StringBuilder xml = new StringBuilder(32 * 1024);
            for (int t = 0; t < tables.size(); t++) {
                xml.setLength(0);
                SheetWriter.write(tables.get(t), draft, t == 0, strings, xml);
                container.sheet(t + 1, xml);
            }
            out.write(container.finish(strings));
        } catch (IOException e) {
            throw new UncheckedIOException("while writing the workbook", e);
        }
    }

    /**
     * Returns the sheet names of tables in order: each {@link #sheetName}, numbered when it repeats. Names are told
     * apart without regard to case, as spreadsheet programs do, and a numbered name is shortened to stay within 31
     * characters.
     */
    static List<String> sheetNames(List<PrintedTable> tables) {
        List<String> names = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        for (PrintedTable table : tables) {
            String base = sheetName(table);
            String name = base;
            for (int i = 2; !taken.add(name.toUpperCase(Locale.ROOT)); i++) {
                String number = Integer.toString(i);
                name = base.substring(0, Math.min(base.length(), MAX_SHEET_NAME - number.length())) + number;
            }
            names.add(name);
        }
        return names;
    }

    /** Returns the sheet name of a table: its number, else its title, made legal (a workbook numbers repeated names). */
    public static String sheetName(PrintedTable table) {
        String base = table.number().isEmpty() ? table.title() : table.number();
        return WorkbookUtil.createSafeSheetName(
                base.length() > MAX_SHEET_NAME ? base.substring(0, MAX_SHEET_NAME) : base);
    }
}

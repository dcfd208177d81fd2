package org.juesuan.audit.read.xlsx;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * What a sheet shows (工作表内容), copied out of POI's model: the text of every filled cell as Excel displays it,
 * which rows have bordered cells, and the merged regions.
 *
 * @param name the sheet name
 * @param texts the displayed text of each filled cell, by row and column (from 0); line breaks made spaces
 * @param bordered the rows with at least one bordered cell
 * @param merged the merged regions, each {first row, last row, first column, last column}
 */
record SheetContent(
        String name, TreeMap<Integer, TreeMap<Integer, String>> texts, TreeSet<Integer> bordered, List<int[]> merged) {

    /** Copies what a sheet shows. */
    static SheetContent of(Sheet sheet) {
        DataFormatter formatter = new DataFormatter(java.util.Locale.CHINA);
        formatter.setUseCachedValuesForFormulaCells(true);
        TreeMap<Integer, TreeMap<Integer, String>> texts = new TreeMap<>();
        TreeSet<Integer> bordered = new TreeSet<>();
        Map<Short, Boolean> borderedStyles = new HashMap<>();
        for (Row row : sheet) {
            for (Cell cell : row) {
                CellStyle style = cell.getCellStyle();
                if (style != null && borderedStyles.computeIfAbsent(style.getIndex(), index -> hasBorder(style))) {
                    bordered.add(row.getRowNum());
                }
                String text = normalise(formatter.formatCellValue(cell));
                if (!text.isEmpty()) {
                    texts.computeIfAbsent(row.getRowNum(), r -> new TreeMap<>()).put(cell.getColumnIndex(), text);
                }
            }
        }
        List<int[]> merged = new ArrayList<>();
        for (CellRangeAddress region : sheet.getMergedRegions()) {
            merged.add(new int[] {
                region.getFirstRow(), region.getLastRow(), region.getFirstColumn(), region.getLastColumn()
            });
        }
        return new SheetContent(sheet.getSheetName(), texts, bordered, merged);
    }

    private static boolean hasBorder(CellStyle style) {
        return style.getBorderTop() != BorderStyle.NONE
                || style.getBorderBottom() != BorderStyle.NONE
                || style.getBorderLeft() != BorderStyle.NONE
                || style.getBorderRight() != BorderStyle.NONE;
    }

    /** Returns the text with every run of white space (line breaks included) made one space, ends stripped. */
    static String normalise(String text) {
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
}

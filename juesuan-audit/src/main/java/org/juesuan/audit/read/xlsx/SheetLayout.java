package org.juesuan.audit.read.xlsx;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.juesuan.audit.read.Block;
import org.juesuan.audit.read.TableBlock;
import org.juesuan.audit.read.TextBlock;
import org.juesuan.core.source.SourceRef;

/**
 * Lays out a sheet (工作表版面) as its name, the lines above its tables, the tables and the lines below them.
 *
 * <p>A table is a run of consecutive rows with bordered cells, from its first to its last row with text (a tail of
 * more than {@value #EMPTY_TAIL} bordered rows without text is formatting left in a template, not part of it); its
 * columns run from the first to the last column with text in those rows (a merged region reaching further is cut
 * there). A sheet without any borders has one table,
 * from the first row with three filled cells to the last with two.
 */
final class SheetLayout {

    /** A run of bordered rows ending in more empty rows than this is cut at its last row with text. */
    static final int EMPTY_TAIL = 100;

    private final String file;
    private final SheetContent sheet;

    private SheetLayout(String file, SheetContent sheet) {
        this.file = file;
        this.sheet = sheet;
    }

    static SheetLayout of(String file, SheetContent sheet) {
        return new SheetLayout(file, sheet);
    }

    List<Block> blocks() {
        List<Block> blocks = new ArrayList<>();
        int firstRow = sheet.texts().isEmpty() ? 0 : sheet.texts().firstKey();
        blocks.add(TextBlock.of(sheet.name(), cell(firstRow, 0)));
        List<int[]> tables = tables();
        int next = 0;
        int row = Integer.MIN_VALUE;
        for (Map.Entry<Integer, TreeMap<Integer, String>> entry : sheet.texts().entrySet()) {
            int r = entry.getKey();
            if (r <= row) {
                continue;
            }
            while (next < tables.size() && tables.get(next)[1] < r) {
                next++;
            }
            if (next < tables.size() && tables.get(next)[0] <= r) {
                int[] table = tables.get(next++);
                blocks.add(table(table));
                row = table[1];
                continue;
            }
            TreeMap<Integer, String> texts = entry.getValue();
            blocks.add(TextBlock.of(String.join(" ", texts.values()), cell(r, texts.firstKey())));
            row = r;
        }
        return blocks;
    }

    /** Returns the tables, each {first row, last row, first column, last column}, top down. */
    private List<int[]> tables() {
        List<int[]> rowRanges = new ArrayList<>();
        if (!sheet.bordered().isEmpty()) {
            int start = -1;
            int previous = -2;
            for (int r : sheet.bordered()) {
                if (r != previous + 1) {
                    if (start >= 0) {
                        rowRanges.add(new int[] {start, previous});
                    }
                    start = r;
                }
                previous = r;
            }
            rowRanges.add(new int[] {start, previous});
        } else {
            int first = -1;
            int last = -1;
            for (Map.Entry<Integer, TreeMap<Integer, String>> entry :
                    sheet.texts().entrySet()) {
                int filled = entry.getValue().size(); // a merged region has its text in its first cell only
                if (first < 0 && filled >= 3) {
                    first = entry.getKey();
                }
                if (first >= 0 && filled >= 2) {
                    last = entry.getKey();
                }
            }
            if (first >= 0) {
                rowRanges.add(new int[] {first, last});
            }
        }
        List<int[]> tables = new ArrayList<>();
        for (int[] range : rowRanges) {
            NavigableMap<Integer, TreeMap<Integer, String>> rows = sheet.texts().subMap(range[0], true, range[1], true);
            if (rows.isEmpty()) {
                continue;
            }
            int firstText = rows.firstKey();
            int lastText = rows.lastKey();
            int last = range[1] - lastText > EMPTY_TAIL ? lastText : range[1];
            int firstColumn = Integer.MAX_VALUE;
            int lastColumn = -1;
            for (TreeMap<Integer, String> texts : rows.values()) {
                firstColumn = Math.min(firstColumn, texts.firstKey());
                lastColumn = Math.max(lastColumn, texts.lastKey());
            }
            tables.add(new int[] {firstText, last, firstColumn, lastColumn});
        }
        return tables;
    }

    private TableBlock table(int[] bounds) {
        List<int[]> regions = new ArrayList<>();
        for (int[] region : sheet.merged()) {
            if (region[0] <= bounds[1] && region[1] >= bounds[0] && region[2] <= bounds[3] && region[3] >= bounds[2]) {
                regions.add(region);
            }
        }
        List<TableBlock.Row> rows = new ArrayList<>();
        for (int r = bounds[0]; r <= bounds[1]; r++) {
            TreeMap<Integer, String> texts = sheet.texts().getOrDefault(r, new TreeMap<>());
            List<int[]> crossing = new ArrayList<>();
            for (int[] region : regions) {
                if (region[0] <= r && region[1] >= r) {
                    crossing.add(region);
                }
            }
            List<TableBlock.Cell> cells = new ArrayList<>();
            int c = bounds[2];
            while (c <= bounds[3]) {
                int[] region = null;
                for (int[] candidate : crossing) {
                    if (candidate[2] <= c && candidate[3] >= c) {
                        region = candidate;
                        break;
                    }
                }
                if (region == null) {
                    cells.add(new TableBlock.Cell(texts.getOrDefault(c, ""), c, 1, cell(r, c)));
                    c++;
                    continue;
                }
                int span = Math.min(region[3], bounds[3]) - c + 1;
                // the merged region's text is in its first cell; the rows it covers below show empty cells
                boolean first = region[0] == r;
                String text = first ? texts.getOrDefault(region[2], "") : "";
                cells.add(new TableBlock.Cell(text, c, span, cell(r, first ? region[2] : c)));
                c += span;
            }
            rows.add(new TableBlock.Row(cells, cell(r, bounds[2])));
        }
        return new TableBlock(rows, rows.get(0).source());
    }

    private SourceRef cell(int row, int column) {
        return SourceRef.cell(file, sheet.name(), row, column);
    }
}

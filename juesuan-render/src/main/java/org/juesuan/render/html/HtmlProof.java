package org.juesuan.render.html;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.juesuan.core.document.Block;
import org.juesuan.core.document.Document;
import org.juesuan.core.document.FigureRun;
import org.juesuan.core.document.GridBlock;
import org.juesuan.core.document.Paragraph;
import org.juesuan.core.document.Part;
import org.juesuan.core.document.Run;
import org.juesuan.core.document.TableBlock;
import org.juesuan.core.layout.GridCell;
import org.juesuan.render.proof.Mismatch;

/**
 * Reads a rendered HTML page back and checks it against the document model (HTML回读校对): every cell of every public
 * table and grid (self-evaluation forms, the key-work table), in page order, and every figure stated in the text.
 *
 * <p>The page is parsed as any browser would (jsoup), not searched as text, so a figure moved to another cell or
 * another table is found out. Stateless and thread-safe.
 */
public final class HtmlProof {

    /** The format named in each mismatch. */
    public static final String FORMAT = "HTML";

    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

    private HtmlProof() {}

    /**
     * Compares a page with the document it was rendered from.
     *
     * @param html the page, as written by {@link HtmlDocumentRenderer}
     * @param document the model
     * @return the places where the page shows something else, in page order; empty if it agrees
     */
    public static List<Mismatch> check(String html, Document document) {
        org.jsoup.nodes.Document page = Jsoup.parse(html);
        Elements tables = page.select("table.public, table.grid");
        Elements spans = page.select("span.figure");
        List<Mismatch> mismatches = new ArrayList<>();
        int table = 0;
        int figure = 0;
        for (Part part : document.parts()) {
            for (Block block : part.blocks()) {
                if (block instanceof TableBlock printed) {
                    String name = printed.table().number().isEmpty()
                            ? printed.table().title()
                            : printed.table().number();
                    grid(tables, table++, name, printed.table().grid(), mismatches);
                } else if (block instanceof GridBlock grid) {
                    grid(tables, table++, part.title() + " 表格“" + grid.id() + "”", grid.grid(), mismatches);
                } else if (block instanceof Paragraph paragraph) {
                    for (Run run : paragraph.runs()) {
                        if (run instanceof FigureRun stated) {
                            String place = part.title() + " 数字“" + stated.key() + "”";
                            if (figure >= spans.size()) {
                                mismatches.add(new Mismatch(FORMAT, place, stated.text(), ""));
                            } else {
                                Element span = spans.get(figure);
                                String shown = span.text();
                                if (!span.attr("data-key").equals(stated.key()) || !shown.equals(stated.text())) {
                                    mismatches.add(new Mismatch(FORMAT, place, stated.text(), shown));
                                }
                            }
                            figure++;
                        }
                    }
                }
            }
        }
        if (tables.size() > table) {
            mismatches.add(new Mismatch(FORMAT, "页面", table + " 张表格", tables.size() + " 张表格"));
        }
        if (spans.size() > figure) {
            mismatches.add(new Mismatch(FORMAT, "页面", figure + " 个数字", spans.size() + " 个数字"));
        }
        return mismatches;
    }

    private static void grid(
            Elements tables, int index, String name, List<List<GridCell>> grid, List<Mismatch> mismatches) {
        if (index >= tables.size()) {
            mismatches.add(new Mismatch(FORMAT, name, "表格", ""));
            return;
        }
        Elements rows = tables.get(index).select("tr");
        for (int r = 0; r < grid.size(); r++) {
            Elements cells = new Elements();
            if (r < rows.size()) {
                for (Element child : rows.get(r).children()) {
                    if (child.nameIs("th") || child.nameIs("td")) {
                        cells.add(child);
                    }
                }
            }
            int c = 0;
            for (int column = 0; column < grid.get(r).size(); column++) {
                GridCell cell = grid.get(r).get(column);
                if (cell.kind() == GridCell.Kind.COVERED) {
                    continue;
                }
                String expected = normalized(cell.text());
                String shown = c < cells.size() ? normalized(cells.get(c).text()) : "";
                c++;
                if (!expected.equals(shown)) {
                    mismatches.add(new Mismatch(
                            FORMAT, name + " 第" + (r + 1) + "行第" + (column + 1) + "列", cell.text(), shown));
                }
            }
        }
    }

    /** Text as a browser lays it out: runs of white space are one space, none at either end. */
    private static String normalized(String text) {
        return WHITE_SPACE.matcher(text.strip()).replaceAll(" ");
    }
}

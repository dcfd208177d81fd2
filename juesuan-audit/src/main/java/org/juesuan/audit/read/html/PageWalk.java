package org.juesuan.audit.read.html;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.juesuan.audit.read.Block;
import org.juesuan.audit.read.TableBlock;
import org.juesuan.audit.read.TextBlock;
import org.juesuan.core.source.SourceRef;

/**
 * One pass over a parsed page (网页遍历), turning its block elements into paragraphs and its tables into tables.
 *
 * <p>Not thread-safe; one per page.
 */
final class PageWalk {

    /** Elements whose content is not text a reader of the page reads. */
    private static final Set<String> SKIPPED = Set.of(
            "head", "script", "style", "noscript", "template", "svg", "math", "canvas", "iframe", "object", "select");

    /** The largest span believed, as the HTML standard caps colspan. */
    private static final int MAX_SPAN = 1000;

    private final String file;
    private final List<Block> blocks = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private final List<TextBlock.Piece> pieces = new ArrayList<>();
    private boolean space;
    private int pieceLine;
    private int pieceColumn;
    private int pieceOffset;

    PageWalk(String file) {
        this.file = file;
    }

    List<Block> blocks(Document page) {
        NodeTraversor.filter(
                new NodeFilter() {
                    @Override
                    public FilterResult head(Node node, int depth) {
                        if (node instanceof TextNode textNode) {
                            append(textNode);
                            return FilterResult.CONTINUE;
                        }
                        if (!(node instanceof Element element)) {
                            return FilterResult.CONTINUE;
                        }
                        String name = element.normalName();
                        if (SKIPPED.contains(name) || hidden(element)) {
                            return FilterResult.SKIP_ENTIRELY;
                        }
                        if (name.equals("table")) {
                            flush();
                            table(element);
                            return FilterResult.SKIP_ENTIRELY;
                        }
                        if (name.equals("br")) {
                            space = true;
                        } else if (element.isBlock()) {
                            flush();
                        }
                        return FilterResult.CONTINUE;
                    }

                    @Override
                    public FilterResult tail(Node node, int depth) {
                        if (node instanceof Element element
                                && element.isBlock()
                                && !element.normalName().equals("br")) {
                            flush();
                        }
                        return FilterResult.CONTINUE;
                    }
                },
                page);
        flush();
        return blocks;
    }

    private static boolean hidden(Element element) {
        if (element.hasAttr("hidden")) {
            return true;
        }
        String style = element.attr("style").toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
        return style.contains("display:none") || style.contains("visibility:hidden");
    }

    /** Adds a text node's text to the paragraph, its white space collapsed, keeping where each piece starts. */
    private void append(TextNode node) {
        String raw = node.getWholeText();
        int[] start = position(node);
        int line = start[0];
        int column = start[1];
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (isSpace(c)) {
                space = true;
            } else if (!Character.isISOControl(c)) {
                if (space && text.length() > 0) {
                    text.append(' ');
                }
                space = false;
                boolean follows =
                        !pieces.isEmpty() && line == pieceLine && column - pieceColumn == text.length() - pieceOffset;
                if (!follows) {
                    pieces.add(new TextBlock.Piece(text.length(), SourceRef.text(file, line, column)));
                    pieceLine = line;
                    pieceColumn = column;
                    pieceOffset = text.length();
                }
                text.append(c);
            }
            if (c == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
    }

    private void flush() {
        if (text.length() > 0) {
            blocks.add(new TextBlock(text.toString(), pieces));
        }
        text.setLength(0);
        pieces.clear();
        space = false;
    }

    private void table(Element table) {
        for (Element child : table.children()) {
            if (child.normalName().equals("caption")) {
                String caption = normalise(child.text());
                if (!caption.isEmpty()) {
                    blocks.add(TextBlock.of(caption, at(child)));
                }
            }
        }
        List<Element> rows = new ArrayList<>();
        for (Element child : table.children()) {
            String name = child.normalName();
            if (name.equals("tr")) {
                rows.add(child);
            } else if (name.equals("thead") || name.equals("tbody") || name.equals("tfoot")) {
                for (Element row : child.children()) {
                    if (row.normalName().equals("tr")) {
                        rows.add(row);
                    }
                }
            }
        }
        List<List<TableBlock.Cell>> cells = new ArrayList<>();
        List<BitSet> taken = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            cells.add(new ArrayList<>());
            taken.add(new BitSet());
        }
        for (int r = 0; r < rows.size(); r++) {
            int column = 0;
            for (Element cell : rows.get(r).children()) {
                String name = cell.normalName();
                if (!name.equals("td") && !name.equals("th")) {
                    continue;
                }
                column = taken.get(r).nextClearBit(column);
                int span = span(cell.attr("colspan"), 1, MAX_SPAN);
                int down = span(cell.attr("rowspan"), 1, rows.size() - r);
                if (cell.attr("rowspan").strip().equals("0")) {
                    down = rows.size() - r; // rowspan="0" reaches the end of the table
                }
                for (int rr = r; rr < r + down; rr++) {
                    taken.get(rr).set(column, column + span);
                }
                cells.get(r).add(new TableBlock.Cell(normalise(cell.text()), column, span, at(cell)));
                for (int rr = r + 1; rr < r + down; rr++) {
                    cells.get(rr).add(new TableBlock.Cell("", column, span, at(rows.get(rr))));
                }
                column += span;
            }
        }
        List<TableBlock.Row> blockRows = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            List<TableBlock.Cell> row = cells.get(r);
            row.sort((a, b) -> Integer.compare(a.column(), b.column()));
            blockRows.add(new TableBlock.Row(row, at(rows.get(r))));
        }
        if (!blockRows.isEmpty()) {
            blocks.add(new TableBlock(blockRows, blockRows.get(0).source()));
        }
    }

    private static int span(String attribute, int least, int most) {
        try {
            int value = Integer.parseInt(attribute.strip());
            return Math.max(least, Math.min(most, value));
        } catch (NumberFormatException e) {
            return least;
        }
    }

    /** Returns where a node starts in the source, or where its nearest placed ancestor does. */
    private SourceRef at(Node node) {
        int[] position = position(node);
        return SourceRef.text(file, position[0], position[1]);
    }

    private static int[] position(Node node) {
        for (Node at = node; at != null; at = at.parent()) {
            Range.Position start = at.sourceRange().start();
            if (start.isTracked() && start.lineNumber() > 0) {
                return new int[] {start.lineNumber(), Math.max(1, start.columnNumber())};
            }
        }
        return new int[] {1, 1};
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** Returns the text with every run of white space (no-break and ideographic spaces too) made one space. */
    static String normalise(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean gap = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                gap = true;
            } else if (!Character.isISOControl(c)) {
                if (gap && out.length() > 0) {
                    out.append(' ');
                }
                out.append(c);
                gap = false;
            }
        }
        return out.toString();
    }
}

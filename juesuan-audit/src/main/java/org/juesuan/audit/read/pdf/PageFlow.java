package org.juesuan.audit.read.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.juesuan.audit.read.Block;
import org.juesuan.audit.read.TextBlock;
import org.juesuan.core.source.SourceRef;

/**
 * Reads the pages in order into paragraphs and tables (版面还原): drops running headers and footers, joins the lines of
 * a paragraph (also across a page break), and joins a table continued on the next page into one, without the header
 * rows the continuation repeats.
 *
 * <p>A line starts a new paragraph when it is indented (unless set under an indented line it continues, as a wrapped
 * title is, and not opening with a numbering such as 一、 or （1）), when the line before it ended short of the right margin, when
 * its font size differs, or when a gap wider than a line separates it from the line before. Two centred lines of the
 * same size are one title.
 */
final class PageFlow {

    /** Headers and footers are looked for in this share of the page at the top and at the bottom. */
    private static final float MARGIN_BAND = 0.12f;

    /** A page number as printed: 3, - 3 -, —3—, 第3页, 第3页 共20页, 3/20, Page 3 of 20. */
    private static final Pattern PAGE_NUMBER =
            Pattern.compile("[-—–－_·\\s]*(第\\s*\\d+\\s*页(\\s*[,，/／]?\\s*共\\s*\\d+\\s*页)?|\\d+(\\s*[/／]\\s*\\d+)?"
                    + "|(?i:page)\\s*\\d+(\\s*(?i:of)\\s*\\d+)?)[-—–－_·\\s]*");

    /** The numbering that opens a heading or an item: 第一部分, 一、, （一）, 1., 1、, (1), （1）, ①. */
    private static final Pattern ENUMERATION = Pattern.compile(
            "第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]" + "|\\d+[.．、]|[（(]\\d+[）)]|[\u2460-\u2473]");

    private final String file;

    PageFlow(String file) {
        this.file = file;
    }

    /** Returns the number of characters of text left once headers and footers are dropped. */
    static int textLength(List<PageLayout> pages) {
        int length = 0;
        for (PageLayout page : pages) {
            for (PageLayout.NumberedLine line : page.lines()) {
                length += line.line().text().strip().length();
            }
            for (PageTable table : page.tables()) {
                for (PageTable.Row row : table.rows()) {
                    for (PageTable.Cell cell : row.cells()) {
                        length += cell.text().length();
                    }
                }
            }
        }
        return length;
    }

    /** Returns the pages without their running headers and footers. */
    static List<PageLayout> withoutHeadersAndFooters(List<PageLayout> pages) {
        Map<String, Integer> repeated = new HashMap<>();
        for (PageLayout page : pages) {
            for (PageLayout.NumberedLine line : page.lines()) {
                if (inMargin(page, line.line())) {
                    repeated.merge(key(line.line()), 1, Integer::sum);
                }
            }
        }
        int enough = pages.size() < 3 ? Math.max(2, pages.size()) : Math.max(3, (pages.size() + 2) / 3);
        List<PageLayout> kept = new ArrayList<>();
        for (PageLayout page : pages) {
            List<PageLayout.NumberedLine> lines = new ArrayList<>();
            for (PageLayout.NumberedLine line : page.lines()) {
                boolean furniture = inMargin(page, line.line())
                        && (PAGE_NUMBER.matcher(line.line().text()).matches()
                                || repeated.getOrDefault(key(line.line()), 0) >= enough);
                if (!furniture) {
                    lines.add(line);
                }
            }
            kept.add(new PageLayout(page.page(), page.width(), page.height(), lines, page.tables()));
        }
        return kept;
    }

    private static boolean inMargin(PageLayout page, Line line) {
        return line.baseline() < page.height() * MARGIN_BAND || line.top() > page.height() * (1 - MARGIN_BAND);
    }

    /** A header or footer repeats its text (page numbers aside) at the same height. */
    private static String key(Line line) {
        return Math.round(line.baseline() / 4) + "|" + line.text().replaceAll("\\d+", "#");
    }

    /** Returns the blocks of the pages, in reading order. */
    List<Block> blocks(List<PageLayout> pages) {
        Margins margins = Margins.of(pages);
        List<Block> blocks = new ArrayList<>();
        List<Placed> paragraph = new ArrayList<>();
        PageTable table = null;
        boolean tableEndedPage = false;
        for (PageLayout page : pages) {
            List<Object> items = items(page);
            for (int i = 0; i < items.size(); i++) {
                Object item = items.get(i);
                boolean first = i == 0;
                boolean lastOnPage = i == items.size() - 1;
                if (item instanceof PageLayout.NumberedLine numbered) {
                    Placed line = new Placed(numbered.line(), page, numbered.number());
                    if (table != null) {
                        blocks.add(table.block(file));
                        table = null;
                    }
                    if (!paragraph.isEmpty() && !margins.continues(paragraph.get(paragraph.size() - 1), line, first)) {
                        blocks.add(paragraph(paragraph));
                        paragraph.clear();
                    }
                    paragraph.add(line);
                } else {
                    PageTable found = (PageTable) item;
                    if (!paragraph.isEmpty()) {
                        blocks.add(paragraph(paragraph));
                        paragraph.clear();
                    }
                    if (table != null && first && tableEndedPage && table.continuedBy(found)) {
                        table = table.join(found);
                    } else {
                        if (table != null) {
                            blocks.add(table.block(file));
                        }
                        table = found;
                    }
                    tableEndedPage = lastOnPage;
                }
            }
            if (items.isEmpty()) {
                tableEndedPage = false;
            }
        }
        if (table != null) {
            blocks.add(table.block(file));
        }
        if (!paragraph.isEmpty()) {
            blocks.add(paragraph(paragraph));
        }
        return blocks;
    }

    /** Returns the lines and tables of a page, top down. */
    private static List<Object> items(PageLayout page) {
        List<Object> items = new ArrayList<>();
        int t = 0;
        for (PageLayout.NumberedLine line : page.lines()) {
            while (t < page.tables().size()
                    && page.tables().get(t).top() < line.line().top()) {
                items.add(page.tables().get(t++));
            }
            items.add(line);
        }
        while (t < page.tables().size()) {
            items.add(page.tables().get(t++));
        }
        return items;
    }

    private TextBlock paragraph(List<Placed> lines) {
        StringBuilder text = new StringBuilder();
        List<TextBlock.Piece> pieces = new ArrayList<>();
        for (Placed placed : lines) {
            String piece = placed.line.text().strip();
            if (Chars.spacedAcrossLines(text, piece)) {
                text.append(' ');
            }
            pieces.add(new TextBlock.Piece(text.length(), SourceRef.page(file, placed.page.page(), placed.number)));
            text.append(piece);
        }
        return new TextBlock(text.toString(), pieces);
    }

    /** A line on its page. */
    private record Placed(Line line, PageLayout page, int number) {}

    /**
     * The left and right margins of the body text (正文边距), the most common left and right ends of lines on pages of
     * the same width.
     */
    private static final class Margins {
        private final Map<Integer, float[]> byWidth;

        private Margins(Map<Integer, float[]> byWidth) {
            this.byWidth = byWidth;
        }

        static Margins of(List<PageLayout> pages) {
            Map<Integer, Map<Integer, Integer>> lefts = new HashMap<>();
            Map<Integer, Map<Integer, Integer>> rights = new HashMap<>();
            for (PageLayout page : pages) {
                int width = Math.round(page.width());
                for (PageLayout.NumberedLine numbered : page.lines()) {
                    Line line = numbered.line();
                    lefts.computeIfAbsent(width, w -> new HashMap<>()).merge(Math.round(line.left()), 1, Integer::sum);
                    rights.computeIfAbsent(width, w -> new HashMap<>())
                            .merge(Math.round(line.right()), 1, Integer::sum);
                }
            }
            Map<Integer, float[]> byWidth = new HashMap<>();
            for (Integer width : lefts.keySet()) {
                byWidth.put(width, new float[] {mode(lefts.get(width)), mode(rights.get(width))});
            }
            return new Margins(byWidth);
        }

        /** Returns the most common value, counting each value with its neighbours (a point either way). */
        private static float mode(Map<Integer, Integer> counts) {
            int best = 0;
            int bestCount = -1;
            for (Integer value : counts.keySet()) {
                int count = counts.getOrDefault(value - 1, 0) + counts.get(value) + counts.getOrDefault(value + 1, 0);
                if (count > bestCount || count == bestCount && value < best) {
                    best = value;
                    bestCount = count;
                }
            }
            return best;
        }

        /** Returns whether {@code line} continues the paragraph whose last line is {@code previous}. */
        boolean continues(Placed previous, Placed line, boolean firstOnPage) {
            Line before = previous.line;
            Line now = line.line;
            float size = Math.max(before.size(), now.size());
            if (Math.abs(before.size() - now.size()) > 0.15f * size) {
                return false;
            }
            float[] margins = byWidth.get(Math.round(line.page.width()));
            float left = margins[0];
            float right = margins[1];
            boolean samePage = previous.page == line.page;
            if (samePage && now.baseline() - before.baseline() > 2.2f * size) {
                return false;
            }
            if (!samePage && (!firstOnPage || line.page.page() != previous.page.page() + 1)) {
                return false;
            }
            if (samePage && centred(before, left, right) && centred(now, left, right)) {
                return true;
            }
            if (before.left() > left + 4 * before.size()) {
                return false; // a line set to the right or centred stands alone
            }
            boolean indented = now.left() > left + 0.8f * now.size();
            boolean aligned = Math.abs(now.left() - before.left()) < 0.5f * now.size();
            if (indented && (!aligned || ENUMERATION.matcher(now.text()).lookingAt())) {
                return false; // a first line; but a line set under an indented one goes on with it (a wrapped title)
            }
            return before.right() >= right - 1.5f * before.size();
        }

        private static boolean centred(Line line, float left, float right) {
            return line.left() > left + line.size()
                    && Math.abs((line.left() + line.right()) / 2 - (left + right) / 2) < line.size();
        }
    }
}

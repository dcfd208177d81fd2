package org.juesuan.render.pdf;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.juesuan.core.document.Block;
import org.juesuan.core.document.ChartBlock;
import org.juesuan.core.document.Document;
import org.juesuan.core.document.FigureRun;
import org.juesuan.core.document.GridBlock;
import org.juesuan.core.document.Heading;
import org.juesuan.core.document.Paragraph;
import org.juesuan.core.document.Part;
import org.juesuan.core.document.Run;
import org.juesuan.core.document.TableBlock;
import org.juesuan.render.DraftNotice;

/**
 * Composes a document into pages (排版): the cover, the table of contents (laid out first, its page numbers filled in
 * once the body is composed), then each part on a new page with its headings, paragraphs, charts, tables and grids.
 * Page numbers go in the footer of every page after the cover; a draft carries a 草稿 mark on every page.
 *
 * <p>Not thread-safe; one per rendering.
 */
final class Composer {

    static final float A4_SHORT = 595.28f;
    static final float A4_LONG = 841.89f;

    static final int BLACK = 0x000000;
    static final int DRAFT_RED = 0xC00000;
    private static final int WATERMARK = 0xF7DCDC;

    /** How a line of text is set. */
    record Style(float size, float leading, boolean bold) {}

    static final Style BODY = new Style(12f, 22f, false);
    static final Style NOTE = new Style(10.5f, 18f, false);
    private static final Style CENTERED = new Style(12f, 22f, true);
    private static final Style PART = new Style(16f, 28f, true);
    private static final Style[] HEADINGS = {
        new Style(14f, 26f, true), new Style(13f, 24f, true), new Style(12f, 22f, true)
    };

    /** Horizontal placement of lines. */
    enum Align {
        LEFT,
        CENTER,
        RIGHT,
        JUSTIFY
    }

    /** A bookmark for the document outline. */
    record Bookmark(int level, String title, int page, float top) {}

    final Document document;
    final FontFace face;
    final ChartPainter charts;
    final BitSet used;
    final List<PdfPage> pages = new ArrayList<>();
    final List<Bookmark> bookmarks = new ArrayList<>();
    private final TableSetter tables = new TableSetter(this);
    private final Map<String, Integer> entryPages = new HashMap<>();

    PdfPage page;
    /** The cursor, from the top of the page. */
    float y;
    /** Whether the page holds only headings so far, so that a table may still start on it. */
    private boolean onlyHeadings;

    Composer(Document document, FontFace face, BitSet used, ChartPainter charts) {
        this.document = document;
        this.face = face;
        this.used = used;
        this.charts = charts;
        this.page = new PdfPage(0, A4_SHORT, A4_LONG, false);
    }

    /** Composes the whole document; the pages are then in {@link #pages}. */
    void compose() {
        cover();
        List<Document.ContentsEntry> entries = document.contents();
        int contentsPages = contents(entries, null);
        List<PdfPage> reserved = new ArrayList<>();
        for (int i = 0; i < contentsPages; i++) {
            reserved.add(newPage(false));
        }
        List<Part> parts = document.parts();
        for (int p = 0; p < parts.size(); p++) {
            part(p, parts.get(p));
        }
        contents(entries, reserved);
    }

    // ---- geometry

    /** Returns the left margin of a page. */
    static float leftMargin(boolean landscape) {
        return landscape ? 72f : 79.4f;
    }

    /** Returns the width of the type area of a page. */
    static float contentWidth(boolean landscape) {
        return landscape ? A4_LONG - 144f : A4_SHORT - 79.4f - 73.7f;
    }

    float left() {
        return leftMargin(page.landscape);
    }

    float right() {
        return left() + width();
    }

    float width() {
        return contentWidth(page.landscape);
    }

    float top() {
        return page.landscape ? 64f : 72f;
    }

    float bottom() {
        return page.height - (page.landscape ? 64f : 72f);
    }

    /** Starts a new page with its furniture (page number, draft mark) and moves the cursor to its top. */
    PdfPage newPage(boolean landscape) {
        int number = pages.size() + 1;
        page = landscape ? new PdfPage(number, A4_LONG, A4_SHORT, true) : new PdfPage(number, A4_SHORT, A4_LONG, false);
        pages.add(page);
        y = top();
        onlyHeadings = false;
        if (document.info().draft()) {
            watermark();
        }
        if (number > 1) {
            ShapedText footer = ShapedText.of(face, "— " + number + " —");
            float size = 10.5f;
            float w = footer.width() * size;
            page.text(footer, 0, footer.length, (page.width - w) / 2, page.height - 36f, size, false, 0, BLACK, used);
        }
        return page;
    }

    /** Starts a new page unless the current one is still empty (or holds only headings) and has this orientation. */
    void freshPage(boolean landscape) {
        if ((page.started && !onlyHeadings) || page.landscape != landscape) {
            newPage(landscape);
        }
    }

    /** Moves to a new page of the same orientation if {@code height} does not fit under the cursor. */
    void ensure(float height) {
        if (y + height > bottom() + 0.01f) {
            newPage(page.landscape);
        }
    }

    private void watermark() {
        String mark = "草稿";
        float size = page.landscape ? 150f : 170f;
        float total = 0;
        for (int i = 0; i < mark.length(); i++) {
            total += face.advance(face.gid(mark.charAt(i))) * size;
        }
        double radians = Math.toRadians(35);
        float cx = page.width / 2;
        float cy = page.height / 2;
        // start so that the rotated word is centred on the page
        float x = (float) (cx - Math.cos(radians) * total / 2 + Math.sin(radians) * size * 0.38);
        float y0 = (float) (cy + Math.sin(radians) * total / 2 + Math.cos(radians) * size * 0.38);
        float advance = 0;
        for (int i = 0; i < mark.length(); i++) {
            int gid = face.gid(mark.charAt(i));
            float gx = (float) (x + Math.cos(radians) * advance);
            float gy = (float) (y0 - Math.sin(radians) * advance);
            page.shape(face.outline(gid), face.unitsPerEm(), gx, gy, size, 35, WATERMARK);
            advance += face.advance(gid) * size;
        }
        ShapedText label = ShapedText.of(face, "草稿");
        float size2 = 12f;
        float w = label.width() * size2;
        page.text(label, 0, label.length, right() - w, 40f, size2, true, 0, DRAFT_RED, used);
    }

    // ---- cover and contents

    private void cover() {
        newPage(false);
        float w = width();
        y = 250f;
        // the cover lines the profile lays out (DocumentInfo.cover()): the unit's name, the title lines, the date
        String unitName = document.info().unitName();
        String date = document.info().publishedText();
        boolean first = true;
        boolean dated = false;
        for (String line : document.info().cover()) {
            if (!date.isEmpty() && line.equals(date)) {
                dated = true;
                continue;
            }
            if (!first) {
                y += 24f;
            }
            first = false;
            ShapedText text = ShapedText.of(face, line);
            if (line.equals(unitName)) {
                // the unit name on one line if it fits at 20 points or more, else in lines of 20 points
                float unitSize = Math.max(20f, Math.min(26f, (float) Math.floor(w / Math.max(1f, text.width()))));
                lines(text, null, new Style(unitSize, unitSize * 1.6f, true), Align.CENTER, 0, left(), w);
            } else {
                lines(text, null, new Style(22f, 36f, true), Align.CENTER, 0, left(), w);
            }
        }
        if (document.info().draft()) {
            y += 24f;
            ShapedText draft = ShapedText.of(face, DraftNotice.TEXT);
            setLines(draft, null, new Style(14f, 24f, true), Align.CENTER, 0, left(), w, DRAFT_RED);
        }
        if (dated) {
            y = page.height - 220f;
            lines(ShapedText.of(face, date), null, new Style(16f, 28f, false), Align.CENTER, 0, left(), w);
        }
        page.started = true;
    }

    /**
     * Lays out the table of contents. With {@code target} null it only counts the pages it needs (page numbers are not
     * known yet, three digits are reserved); otherwise it draws onto the reserved pages.
     */
    private int contents(List<Document.ContentsEntry> entries, @Nullable List<PdfPage> target) {
        PdfPage saved = page;
        float savedY = y;
        int index = 0;
        if (target != null) {
            page = target.get(0);
        }
        y = top();
        int count = 1;
        Style title = new Style(18f, 36f, true);
        if (target != null) {
            lines(ShapedText.of(face, "目  录"), null, title, Align.CENTER, 0, left(), width());
        } else {
            y += title.leading();
        }
        y += 12f;
        Style style = new Style(12f, 26f, false);
        float numberWidth = ShapedText.of(face, "000").width() * style.size();
        for (Document.ContentsEntry entry : entries) {
            float indent = entry.level() == 0 ? 0 : 2 * style.size();
            ShapedText text = ShapedText.of(face, entry.text());
            float textWidth = width() - indent - numberWidth - 2 * style.size();
            List<LineBreaker.Line> broken =
                    LineBreaker.lines(text, new boolean[] {false}, style.size(), textWidth, textWidth);
            for (LineBreaker.Line line : broken) {
                if (y + style.leading() > bottom()) {
                    count++;
                    index++;
                    if (target != null) {
                        page = target.get(index);
                    }
                    y = top();
                }
                if (target != null) {
                    float baseline = baseline(style);
                    float x = left() + indent;
                    boolean bold = entry.level() == 0;
                    page.text(text, line.from(), line.to(), x, baseline, style.size(), bold, 0, BLACK, used);
                    if (line.last()) {
                        String key = entry.part() + ":" + entry.block();
                        ShapedText number = ShapedText.of(face, Integer.toString(entryPages.getOrDefault(key, 0)));
                        float nw = number.width() * style.size();
                        float end = x + text.width(line.from(), line.to()) * style.size();
                        page.dots(end + 6, right() - nw - 6, baseline, BLACK);
                        page.text(
                                number, 0, number.length, right() - nw, baseline, style.size(), false, 0, BLACK, used);
                    }
                }
                y += style.leading();
            }
        }
        if (target != null) {
            page = saved;
            y = savedY;
        }
        return count;
    }

    // ---- parts and blocks

    private void part(int index, Part part) {
        newPage(false);
        entryPages.put(index + ":-1", page.number);
        bookmarks.add(new Bookmark(0, part.heading(), page.number, y));
        lines(ShapedText.of(face, part.heading()), null, PART, Align.CENTER, 0, left(), width());
        y += 12f;
        page.started = true;
        onlyHeadings = true;
        List<Block> blocks = part.blocks();
        for (int b = 0; b < blocks.size(); b++) {
            Block block = blocks.get(b);
            Block next = b + 1 < blocks.size() ? blocks.get(b + 1) : null;
            boolean leadsTable = block instanceof Heading && next instanceof TableBlock;
            if (page.landscape && !(block instanceof TableBlock) && !leadsTable) {
                newPage(false);
            }
            if (block instanceof Heading heading) {
                if (leadsTable) {
                    freshPage(tables.landscape(((TableBlock) next).table()));
                }
                heading(heading, next);
                if (heading.level() == 1) {
                    entryPages.put(index + ":" + b, page.number);
                }
            } else if (block instanceof Paragraph paragraph) {
                paragraph(paragraph);
            } else if (block instanceof TableBlock table) {
                freshPage(tables.landscape(table.table()));
                tables.table(table.table());
                onlyHeadings = false;
            } else if (block instanceof GridBlock grid) {
                tables.grid(grid);
                onlyHeadings = false;
            } else if (block instanceof ChartBlock chart) {
                chart(chart);
            }
        }
    }

    private void heading(Heading heading, @Nullable Block next) {
        Style style = HEADINGS[heading.level() - 1];
        float before = heading.level() == 1 ? 8f : 4f;
        boolean atTop = y <= top() + 0.01f || onlyHeadings;
        ShapedText text = ShapedText.of(face, heading.text());
        float indent = 2 * BODY.size();
        int lineCount = LineBreaker.lines(text, new boolean[] {false}, style.size(), width() - indent, width() - indent)
                .size();
        float height = (atTop ? 0 : before) + lineCount * style.leading() + 4f;
        ensure(height + following(next));
        if (y > top() + 0.01f && !onlyHeadings) {
            y += before;
        }
        boolean fresh = !page.started || onlyHeadings;
        if (heading.level() == 1) {
            bookmarks.add(new Bookmark(1, heading.text(), page.number, y));
        }
        lines(text, null, style, Align.LEFT, 0, left() + indent, width() - indent);
        y += 4f;
        page.started = true;
        onlyHeadings = fresh;
    }

    /** Returns the height that must follow a heading on its page. */
    private float following(@Nullable Block next) {
        if (next instanceof Paragraph paragraph) {
            Style style = style(paragraph.style());
            return 2 * style.leading();
        }
        if (next instanceof ChartBlock) {
            return chartHeight() + 40f;
        }
        if (next instanceof GridBlock) {
            return 80f;
        }
        if (next instanceof Heading) {
            return 24f + 2 * BODY.leading();
        }
        return 0;
    }

    private static Style style(Paragraph.Style style) {
        return switch (style) {
            case NOTE -> NOTE;
            case CENTERED -> CENTERED;
            default -> BODY;
        };
    }

    private void paragraph(Paragraph paragraph) {
        Style style = style(paragraph.style());
        List<String> pieces = new ArrayList<>();
        List<Run> runs = paragraph.runs();
        FigureRun[] figures = new FigureRun[runs.size()];
        for (int i = 0; i < runs.size(); i++) {
            Run run = runs.get(i);
            pieces.add(run.text());
            if (run instanceof FigureRun figure) {
                figures[i] = figure;
            }
        }
        ShapedText text = ShapedText.of(face, pieces);
        float indent = paragraph.style() == Paragraph.Style.BODY ? 2 * style.size() : 0;
        Align align = paragraph.style() == Paragraph.Style.CENTERED ? Align.CENTER : Align.JUSTIFY;
        lines(text, figures, style, align, indent, left(), width());
        y += 2f;
        page.started = true;
        onlyHeadings = false;
    }

    /** Returns the height of a chart. */
    float chartHeight() {
        return Math.round(A4_SHORT * 0.62f * 0.62f);
    }

    private void chart(ChartBlock chart) {
        float w = Math.min(width(), A4_SHORT * 0.62f);
        float h = chartHeight();
        ShapedText caption = ShapedText.of(face, chart.caption());
        Style style = new Style(10.5f, 18f, false);
        ensure(8f + h + 6f + style.leading() + 6f);
        y += 8f;
        PdfPage target = page;
        target.form(charts.draw(chart, w, h), left() + (width() - w) / 2, y, h);
        y += h + 6f;
        lines(caption, null, style, Align.CENTER, 0, left(), width());
        y += 6f;
        page.started = true;
        onlyHeadings = false;
    }

    // ---- setting lines

    /** Returns the baseline of a line of the given style whose top is the cursor. */
    float baseline(Style style) {
        return y + (style.leading() - style.size()) / 2 + PdfPage.ASCENT * style.size();
    }

    /**
     * Sets a text as lines at the cursor, moving to a new page when a line does not fit, and records where each
     * figure run lands.
     *
     * @param figures the figure of each run, or null where a run is plain text; the array may itself be null
     */
    void lines(
            ShapedText text,
            FigureRun @Nullable [] figures,
            Style style,
            Align align,
            float indent,
            float x,
            float width) {
        setLines(text, figures, style, align, indent, x, width, BLACK);
    }

    private void setLines(
            ShapedText text,
            FigureRun @Nullable [] figures,
            Style style,
            Align align,
            float indent,
            float x,
            float width,
            int rgb) {
        boolean[] atomic = new boolean[Math.max(1, figures == null ? 1 : figures.length)];
        if (figures != null) {
            for (int i = 0; i < figures.length; i++) {
                atomic[i] = figures[i] != null;
            }
        }
        List<LineBreaker.Line> broken = LineBreaker.lines(text, atomic, style.size(), width - indent, width);
        if (align == Align.CENTER && indent == 0 && broken.size() > 1) {
            broken = balanced(text, atomic, style, width, broken);
        }
        boolean first = true;
        for (LineBreaker.Line line : broken) {
            if (y + style.leading() > bottom() + 0.01f) {
                newPage(page.landscape);
            }
            float lineX = x + (first ? indent : 0);
            float available = width - (first ? indent : 0);
            first = false;
            float natural = text.width(line.from(), line.to()) * style.size();
            float spacing = 0;
            int count = line.to() - line.from();
            switch (align) {
                case CENTER -> lineX += (available - natural) / 2;
                case RIGHT -> lineX += available - natural;
                case JUSTIFY -> {
                    float slack = available - natural;
                    if (!line.last() && count > 1 && slack > 0 && slack / (count - 1) <= 0.3f * style.size()) {
                        spacing = slack / (count - 1);
                    }
                }
                default -> {}
            }
            float baseline = baseline(style);
            page.text(text, line.from(), line.to(), lineX, baseline, style.size(), style.bold(), spacing, rgb, used);
            if (figures != null) {
                placeFigures(text, figures, line, lineX, style, spacing);
            }
            y += style.leading();
        }
    }

    /** Returns centred lines of even length: the narrowest measure that needs no more lines than the full one. */
    private static List<LineBreaker.Line> balanced(
            ShapedText text, boolean[] atomic, Style style, float width, List<LineBreaker.Line> broken) {
        float low = width / 2;
        float high = width;
        List<LineBreaker.Line> best = broken;
        for (int step = 0; step < 8; step++) {
            float middle = (low + high) / 2;
            List<LineBreaker.Line> tried = LineBreaker.lines(text, atomic, style.size(), middle, middle);
            if (tried.size() <= broken.size()) {
                best = tried;
                high = middle;
            } else {
                low = middle;
            }
        }
        return best;
    }

    private void placeFigures(
            ShapedText text, FigureRun[] figures, LineBreaker.Line line, float x, Style style, float spacing) {
        int i = line.from();
        while (i < line.to()) {
            int run = text.runs[i];
            int end = i;
            while (end < line.to() && text.runs[end] == run) {
                end++;
            }
            FigureRun figure = figures[run];
            if (figure != null) {
                float start = x + text.width(line.from(), i) * style.size() + (i - line.from()) * spacing;
                float w = text.width(i, end) * style.size() + (end - i) * spacing;
                page.place(new PdfLayout.Figure(figure.key()), start - 0.3f, y, w, style.leading());
            }
            i = end;
        }
    }
}

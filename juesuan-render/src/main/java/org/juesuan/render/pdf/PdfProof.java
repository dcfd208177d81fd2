package org.juesuan.render.pdf;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.DefaultResourceCache;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.text.TextPositionComparator;
import org.jspecify.annotations.Nullable;
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
 * Proofreads a rendered PDF against the document model (PDF校对): it reads the saved file's text layer back in each
 * rectangle the layout names, and compares what it finds with the text the model prints there, for every amount cell
 * of every printed table and grid and every figure stated in a paragraph. A figure the model has but the layout does
 * not place is reported as not found.
 *
 * <p>The layout says only where each model element was drawn, never what was drawn, so a renderer that prints a wrong
 * figure in the right place is caught.
 *
 * <p>Stateless and thread-safe.
 */
public final class PdfProof {

    private static final String FORMAT = "PDF";

    /** Ligatures and presentation forms, which a text extractor gives in their plain form. */
    private static final Pattern PRESENTATION_FORMS = Pattern.compile("[\\uFB00-\\uFDFF\\uFE70-\\uFEFF]");

    private PdfProof() {}

    /** Checks a rendering of {@code document}; returns the mismatches, in page order, or an empty list. */
    public static List<Mismatch> check(Document document, RenderedPdf rendered) {
        return check(document, rendered.bytes(), rendered.layout());
    }

    /**
     * Checks the bytes of a PDF against {@code document}, using the layout reported when it was rendered.
     *
     * @param document the model the PDF should show
     * @param pdf the saved file
     * @param layout where the renderer drew each figure
     */
    public static List<Mismatch> check(Document document, byte[] pdf, PdfLayout layout) {
        Model model = new Model(document);
        Map<Integer, List<PdfLayout.Placement>> byPage = new LinkedHashMap<>();
        for (PdfLayout.Placement placement : layout.placements()) {
            byPage.computeIfAbsent(placement.page(), p -> new ArrayList<>()).add(placement);
        }
        List<Mismatch> mismatches = new ArrayList<>();
        Set<PdfLayout.Target> seen = new HashSet<>();
        try (PDDocument file = Loader.loadPDF(pdf)) {
            file.setResourceCache(new FontsKept());
            int pageCount = file.getNumberOfPages();
            for (Map.Entry<Integer, List<PdfLayout.Placement>> entry : byPage.entrySet()) {
                int page = entry.getKey();
                List<PdfLayout.Placement> placements = entry.getValue();
                List<String> shown = new ArrayList<>();
                if (page >= 1 && page <= pageCount) {
                    shown = read(file, page, placements);
                } else {
                    for (int i = 0; i < placements.size(); i++) {
                        shown.add("");
                    }
                }
                for (int i = 0; i < placements.size(); i++) {
                    PdfLayout.Target target = placements.get(i).target();
                    seen.add(target);
                    String expected = model.expected(target);
                    String place = "第" + page + "页 " + model.place(target);
                    if (expected == null) {
                        mismatches.add(new Mismatch(FORMAT, place + "（文档中没有此项）", "", shown.get(i)));
                    } else if (!expected.equals(shown.get(i))) {
                        mismatches.add(new Mismatch(FORMAT, place, expected, shown.get(i)));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the PDF cannot be read back", e);
        }
        for (Map.Entry<PdfLayout.Target, String> entry : model.expected.entrySet()) {
            if (!seen.contains(entry.getKey()) && !entry.getValue().isEmpty()) {
                mismatches.add(new Mismatch(FORMAT, model.place(entry.getKey()), entry.getValue(), ""));
            }
        }
        return mismatches;
    }

    /**
     * Reads the text in each placement's rectangle of one page, whitespace removed: the text a PDF reader finds at
     * each glyph's origin, in reading order.
     *
     * <p>The page is read once; each glyph then goes to the rectangles that contain its origin, found through an
     * index of the rectangles by height band. This gives what {@code PDFTextStripperByArea} gives for the same
     * rectangles (a test checks it on every placement of the example), without testing every glyph against every
     * rectangle of the page.
     */
    static List<String> read(PDDocument file, int page, List<PdfLayout.Placement> placements) throws IOException {
        List<TextPosition> glyphs = new PageGlyphs().read(file.getPage(page - 1));
        Regions regions = new Regions(placements);
        List<List<TextPosition>> inside = new ArrayList<>(placements.size());
        for (int i = 0; i < placements.size(); i++) {
            inside.add(new ArrayList<>(4));
        }
        for (TextPosition glyph : glyphs) {
            regions.containing(glyph.getX(), glyph.getY(), i -> inside.get(i).add(glyph));
        }
        List<String> texts = new ArrayList<>(placements.size());
        for (List<TextPosition> region : inside) {
            texts.add(text(region));
        }
        return texts;
    }

    /** The text of a region's glyphs in reading order (by line, then left to right), whitespace removed. */
    private static String text(List<TextPosition> glyphs) {
        if (glyphs.isEmpty()) {
            return "";
        }
        TextPositionComparator order = new TextPositionComparator();
        try {
            glyphs.sort(order);
        } catch (IllegalArgumentException notTransitive) {
            // the comparator tolerates overlapping lines and is not transitive; an insertion sort accepts that
            for (int i = 1; i < glyphs.size(); i++) {
                TextPosition glyph = glyphs.get(i);
                int j = i - 1;
                while (j >= 0 && order.compare(glyphs.get(j), glyph) > 0) {
                    glyphs.set(j + 1, glyphs.get(j));
                    j--;
                }
                glyphs.set(j + 1, glyph);
            }
        }
        StringBuilder text = new StringBuilder();
        for (TextPosition glyph : glyphs) {
            String unicode = glyph.getUnicode();
            for (int i = 0; i < unicode.length(); i++) {
                char ch = unicode.charAt(i);
                if (" \t\n\u000B\f\r".indexOf(ch) < 0) { // the whitespace of the regular expression \s
                    text.append(ch);
                }
            }
        }
        return PRESENTATION_FORMS.matcher(text).find()
                ? Normalizer.normalize(text, Normalizer.Form.NFKC)
                : text.toString();
    }

    /**
     * The glyphs of one page as PDFBox's text extraction sees them (its positions, its Unicode mapping, its
     * suppression of a glyph drawn twice over itself), collected instead of written out.
     */
    private static final class PageGlyphs extends PDFTextStripper {

        private final List<TextPosition> glyphs = new ArrayList<>();

        PageGlyphs() {
            setSortByPosition(false);
        }

        List<TextPosition> read(PDPage page) throws IOException {
            glyphs.clear();
            setStartPage(getCurrentPageNo());
            setEndPage(getCurrentPageNo());
            if (page.hasContents()) {
                processPage(page);
            }
            return glyphs;
        }

        @Override
        protected void writePage() {
            for (List<TextPosition> article : charactersByArticle) {
                glyphs.addAll(article);
            }
        }
    }

    /**
     * A resource cache that keeps fonts from one page to the next: text extraction drops a page's resources once the
     * page is read, and the one embedded font would otherwise be parsed again for every page.
     */
    private static final class FontsKept extends DefaultResourceCache {
        @Override
        public @Nullable PDFont removeFont(COSObject indirect) {
            return null;
        }
    }

    /** The placements' rectangles of a page, indexed by the bands of height they cross. */
    private static final class Regions {

        private static final float BAND = 8f;

        private final List<Rectangle2D> rectangles = new ArrayList<>();
        private final Map<Integer, List<Integer>> byBand = new HashMap<>();

        Regions(List<PdfLayout.Placement> placements) {
            for (int i = 0; i < placements.size(); i++) {
                PdfLayout.Placement p = placements.get(i);
                Rectangle2D rectangle = new Rectangle2D.Double(p.x(), p.y(), p.width(), p.height());
                rectangles.add(rectangle);
                int first = band(rectangle.getMinY());
                int last = band(rectangle.getMaxY());
                for (int b = first; b <= last; b++) {
                    byBand.computeIfAbsent(b, k -> new ArrayList<>()).add(i);
                }
            }
        }

        void containing(double x, double y, IntConsumer found) {
            List<Integer> candidates = byBand.get(band(y));
            if (candidates == null) {
                return;
            }
            for (int i : candidates) {
                if (rectangles.get(i).contains(x, y)) {
                    found.accept(i);
                }
            }
        }

        private static int band(double y) {
            return (int) Math.floor(y / BAND);
        }
    }

    /** What the model prints for each target, and where the target is, in words. */
    private static final class Model {

        final Map<PdfLayout.Target, String> expected = new LinkedHashMap<>();
        final Map<PdfLayout.Target, String> places = new HashMap<>();

        Model(Document document) {
            for (Part part : document.parts()) {
                String section = part.number().isEmpty() ? part.title() : part.number();
                for (Block block : part.blocks()) {
                    if (block instanceof Heading heading && heading.level() == 1) {
                        section = part.number() + " " + heading.text();
                    } else if (block instanceof Paragraph paragraph) {
                        for (Run run : paragraph.runs()) {
                            if (run instanceof FigureRun figure) {
                                PdfLayout.Target target = new PdfLayout.Figure(figure.key());
                                expected.put(target, figure.text());
                                places.put(target, section + " 数字“" + figure.key() + "”");
                            }
                        }
                    } else if (block instanceof TableBlock table) {
                        PrintedTable printed = table.table();
                        String name = printed.number().isEmpty() ? printed.title() : printed.number();
                        cells(
                                printed.grid(),
                                printed.headerRows(),
                                name,
                                (row, column) -> new PdfLayout.TableCell(printed.id(), row, column));
                    } else if (block instanceof GridBlock grid) {
                        cells(
                                grid.grid(),
                                grid.headerRows(),
                                section + " 表格",
                                (row, column) -> new PdfLayout.GridBlockCell(grid.id(), row, column));
                    }
                }
            }
        }

        private interface Targets {
            PdfLayout.Target at(int row, int column);
        }

        private void cells(List<List<GridCell>> grid, int headerRows, String name, Targets targets) {
            String[] columns = columnNames(grid, headerRows);
            for (int r = 0; r < grid.size(); r++) {
                List<GridCell> row = grid.get(r);
                for (int c = 0; c < row.size(); c++) {
                    GridCell cell = row.get(c);
                    if (cell.kind() == GridCell.Kind.AMOUNT) {
                        PdfLayout.Target target = targets.at(r, c);
                        expected.put(target, cell.text().replaceAll("\\s+", ""));
                        places.put(target, name + " " + rowName(row, c, r) + " " + columns[c]);
                    }
                }
            }
        }

        /** Names each column by the header texts above it, top to bottom (e.g. 本年支出小计). */
        private static String[] columnNames(List<List<GridCell>> grid, int headerRows) {
            int columns = grid.isEmpty() ? 0 : grid.get(0).size();
            String[][] owner = new String[Math.min(headerRows, grid.size())][columns];
            for (int r = 0; r < owner.length; r++) {
                for (int c = 0; c < columns && c < grid.get(r).size(); c++) {
                    GridCell cell = grid.get(r).get(c);
                    if (cell.isCovered() || cell.kind() != GridCell.Kind.HEADER) {
                        continue;
                    }
                    for (int rr = r; rr < Math.min(owner.length, r + cell.rowSpan()); rr++) {
                        for (int cc = c; cc < Math.min(columns, c + cell.colSpan()); cc++) {
                            owner[rr][cc] = cell.text();
                        }
                    }
                }
            }
            String[] names = new String[columns];
            for (int c = 0; c < columns; c++) {
                StringBuilder name = new StringBuilder();
                String last = null;
                for (String[] row : owner) {
                    String text = row[c];
                    if (text != null && !text.isEmpty() && !text.equals(last)) {
                        name.append(text);
                        last = text;
                    }
                }
                names[c] = name.isEmpty() ? "第" + (c + 1) + "列" : name.toString();
            }
            return names;
        }

        /** Names a row by the nearest label to the left of a column, else its 行次, else its grid row. */
        private static String rowName(List<GridCell> row, int column, int index) {
            String line = null;
            for (int c = column - 1; c >= 0; c--) {
                GridCell cell = row.get(c);
                if (cell.kind() == GridCell.Kind.LABEL && !cell.text().isBlank()) {
                    return cell.text().strip();
                }
                if (cell.kind() == GridCell.Kind.LINE_NUMBER
                        && line == null
                        && !cell.text().isBlank()) {
                    line = "行次" + cell.text().strip();
                }
                if (cell.kind() == GridCell.Kind.CODE
                        && line == null
                        && !cell.text().isBlank()) {
                    line = cell.text().strip();
                }
            }
            return line != null ? line : "第" + (index + 1) + "行";
        }

        @Nullable
        String expected(PdfLayout.Target target) {
            return expected.get(target);
        }

        String place(PdfLayout.Target target) {
            return places.getOrDefault(target, target.toString());
        }
    }
}

package org.juesuan.audit.read.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.juesuan.audit.read.Block;
import org.juesuan.audit.read.DocumentReader;
import org.juesuan.audit.read.Format;
import org.juesuan.audit.read.PublishedDocument;
import org.juesuan.audit.read.UnreadableDocumentException;
import org.juesuan.core.source.SourceRef;

/**
 * Reads a published disclosure as plain text (文本文件读取), such as the text extracted from its PDF, into
 * paragraphs and tables in reading order.
 *
 * <h2>Decoding</h2>
 *
 * UTF-8 with or without a byte order mark, UTF-16 with one, else GB18030 (GBK) when the bytes are not UTF-8; CRLF
 * and CR end lines as LF does (U+2028 and the like do not: they count as spaces). A file over 50 MB, empty, binary
 * (a NUL byte, the signature of a PDF, ZIP, old Office file or image, or more than 1% of characters undecodable or
 * control characters), of more than a million lines, with a line of more than a million characters or 1,000 fields,
 * or needing more than two million positions, is {@linkplain UnreadableDocumentException unreadable}, with a Chinese message saying why; so
 * is a file with no text at all. See {@link TextDecoder}.
 *
 * <h2>Positions</h2>
 *
 * Every position is {@link SourceRef#text(String, int, int)}: the line from 1 and the column from 1, counted in
 * Unicode code points of the decoded line (a tab is one, a character outside the BMP is one; a byte order mark is
 * not part of line 1). A cell's position is where its text starts, or, for an empty cell, where its field starts.
 * A row starts at column 1 of its first line. A paragraph's {@link org.juesuan.audit.read.TextBlock#at(int)} gives
 * the true line and column of each character, however the text was cleaned and joined.
 *
 * <h2>Cleaning</h2>
 *
 * Applied to every line and cell ({@link Artefacts}, {@link Spacing}):
 *
 * <ul>
 *   <li>HTML left by a converter: {@code <input checked="" type="checkbox"/>} → ☑, an unchecked box → ☐, other tags
 *       removed ({@code <br>} and other block tags leave a space; a tag cut off at the end of a field, such as
 *       {@code </}, goes), entities decoded ({@code &nbsp;} → space).
 *   <li>LaTeX formulas ({@link Formulas}): {@code $\geq X$} → ≥X, {@code $\times B/A$} → ×B/A, {@code $\leq X$} → ≤X.
 *   <li>Spaces: runs become one space, ends are trimmed, and a space the extraction put next to Chinese text is
 *       removed ({@code 2024 年度} → {@code 2024年度}, {@code 整体 绩效自评表} → {@code 整体绩效自评表}); control
 *       characters count as spaces, zero-width ones are dropped.
 *   <li>Dropped lines ({@link Headings}, {@link Furniture}): page numbers (- 3 -, 第3页, 3/20), rules
 *       ({@code -----}, a Markdown table's {@code |---|---|}), and running headers and footers when form feeds
 *       mark the pages. A dropped line is a break, as a blank line is.
 * </ul>
 *
 * <h2>Tables</h2>
 *
 * A line with a tab is a row of tab-separated fields; every field is a cell, an empty one too, and its column is its
 * field index (a {@code |}-delimited Markdown row likewise). Lines without tabs whose fields are set apart by runs
 * of two or more spaces are a table when their columns align ({@link Alignment}). Cells span one column; their text
 * is cleaned as above and otherwise verbatim (thousands separators, dashes and blanks are not interpreted). Rows of
 * one table stay together across blank lines, page numbers and running headers, and a row cut in two by a line
 * break is joined where it can be told safely ({@link TableBuilder}). A row whose fields are all empty once cleaned
 * is no row. A caption ({@code 公开01表}), a table title ({@code 2024年度收入决算表}) and a label ({@code 单位：万元},
 * {@code 部门：…}) are paragraphs before the table, never rows, even when set out in fields.
 *
 * <h2>Paragraphs</h2>
 *
 * Consecutive text lines form a paragraph; a heading starts a new one, and a paragraph cut by a blank line or page
 * break in the middle of a sentence is joined again ({@link Paragraph}).
 *
 * <p>Immutable and thread-safe.
 */
public final class TextDocumentReader implements DocumentReader {

    /** The largest file read: 50 MB. */
    public static final long MAX_BYTES = 50L * 1024 * 1024;

    private final Limits limits;

    /** Creates a reader with the usual limits. */
    public TextDocumentReader() {
        this(Limits.DEFAULT);
    }

    TextDocumentReader(Limits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    @Override
    public Format format() {
        return Format.TEXT;
    }

    @Override
    public PublishedDocument read(String name, byte[] content) throws UnreadableDocumentException {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(content, "content");
        try {
            return readText(name, content);
        } catch (RuntimeException e) {
            // the contract: nothing but UnreadableDocumentException, even for a fault of this reader
            throw new UnreadableDocumentException(
                    SourceRef.file(name), "文本文件读取出错（" + e.getClass().getSimpleName() + "），未能读取。", e);
        }
    }

    private PublishedDocument readText(String name, byte[] content) throws UnreadableDocumentException {
        String text = TextDecoder.decode(name, content, limits.maxBytes());
        List<String> raw = lines(name, text);
        LineReader reader = new LineReader(name, limits.maxFields(), new Budget(name, limits.maxPositions()));
        List<Line> lines = new ArrayList<>(raw.size());
        for (int i = 0; i < raw.size(); i++) {
            lines.add(reader.read(raw.get(i), i + 1));
        }
        Furniture.skipRunningHeaders(lines);
        Budget budget = new Budget(name, limits.maxPositions());
        List<Block> blocks = new BlockSplitter(name, budget, reader).split(lines);
        if (blocks.isEmpty()) {
            throw new UnreadableDocumentException(SourceRef.file(name), "文件中没有可读取的文字。");
        }
        return new PublishedDocument(name, Format.TEXT, blocks);
    }

    /** Splits the text into lines at LF, CRLF and CR. */
    private List<String> lines(String name, String text) throws UnreadableDocumentException {
        List<String> lines = new ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                addLine(name, lines, text.substring(start, i));
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        if (start < n) {
            addLine(name, lines, text.substring(start));
        }
        return lines;
    }

    private void addLine(String name, List<String> lines, String line) throws UnreadableDocumentException {
        if (lines.size() == limits.maxLines()) {
            throw new UnreadableDocumentException(
                    SourceRef.file(name), "文件超过 " + limits.maxLines() + " 行，不像一份公开文件，未读取。");
        }
        if (line.length() > limits.maxLineLength()) {
            int number = lines.size() + 1;
            throw new UnreadableDocumentException(
                    SourceRef.text(name, number, 1),
                    "第 " + number + " 行超过 " + limits.maxLineLength() + " 个字符，不像公开文件中的一行，未读取。");
        }
        lines.add(line);
    }

    /**
     * The limits of a reading (读取上限).
     *
     * @param maxBytes the largest file
     * @param maxLines the most lines
     * @param maxLineLength the most characters (UTF-16 units) on a line
     * @param maxFields the most fields on a line
     * @param maxPositions the most cells and paragraph pieces, and the most pieces of the cleaned lines
     */
    record Limits(long maxBytes, int maxLines, int maxLineLength, int maxFields, long maxPositions) {
        static final Limits DEFAULT = new Limits(MAX_BYTES, 1_000_000, 1_000_000, 1_000, 2_000_000);
    }
}

package org.juesuan.audit.read.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.jspecify.annotations.Nullable;
import org.juesuan.audit.read.Block;
import org.juesuan.audit.read.PublishedDocument;
import org.juesuan.audit.read.TableBlock;
import org.juesuan.audit.read.TextBlock;
import org.juesuan.audit.read.UnreadableDocumentException;
import org.juesuan.core.source.SourceRef;

/**
 * Whatever the bytes, the reader either refuses them as unreadable, saying why, or reads them into blocks whose
 * every position is inside the file — and, where the file's text is known, every Chinese character points at
 * itself (or at the HTML entity that wrote it).
 */
class TextReaderPropertiesTest {

    private static final TextDocumentReader READER = new TextDocumentReader();
    private static final byte[] EXAMPLE = TextFixture.exampleBytes();
    private static final String[] EXAMPLE_LINES = TextFixture.exampleText().split("\n", -1);

    @Property(tries = 300)
    void randomBytesAreReadOrRefused(@ForAll @Size(max = 3000) byte[] bytes) {
        check(bytes, null);
    }

    @Property(tries = 300)
    void randomUnicodeTextIsReadOrRefused(@ForAll @StringLength(max = 2000) String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        check(bytes, new String(bytes, StandardCharsets.UTF_8));
    }

    @Property(tries = 400)
    void textsMadeOfPiecesOfPublishedDocumentsAreReadOrRefused(@ForAll("pieces") String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        check(bytes, new String(bytes, StandardCharsets.UTF_8));
    }

    @Property(tries = 150)
    void everyTruncationOfTheExampleIsReadOrRefused(@ForAll @IntRange(min = 0, max = 42_396) int length) {
        byte[] cut = Arrays.copyOf(EXAMPLE, Math.min(length, EXAMPLE.length));
        check(cut, new String(cut, StandardCharsets.UTF_8));
    }

    @Property(tries = 150)
    void theExampleWithLinesDeletedIsReadWithPositionsInsideTheFile(@ForAll("deletions") Set<Integer> deleted) {
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < EXAMPLE_LINES.length; i++) {
            if (!deleted.contains(i)) {
                kept.add(EXAMPLE_LINES[i]);
            }
        }
        String text = String.join("\n", kept);
        PublishedDocument document = check(text.getBytes(StandardCharsets.UTF_8), text);
        assertThat(document).isNotNull();
    }

    @Provide
    Arbitrary<String> pieces() {
        Arbitrary<String> piece = Arbitraries.of(
                "\t",
                "\n",
                "\r\n",
                "\r",
                " ",
                "  ",
                "    ",
                "\f",
                "\u3000",
                "\u200b",
                "一、",
                "（一）",
                "(二)",
                "1. ",
                "第一部分 ",
                "公开01表",
                "2024 年度收入决算表",
                "单位：万元",
                "部门：",
                "注：",
                "项目",
                "合计",
                "一般公共服务支出",
                "265.18",
                "1,234.56",
                "-",
                "0.00",
                "。",
                "，",
                "：",
                "<input checked=\"\" type=\"checkbox\"/>",
                "<input type=\"checkbox\"/>",
                "</",
                "<br>",
                "<p",
                "$\\geq X$",
                "$\\frac{1}{2}$",
                "$",
                "\\",
                "{",
                "&nbsp;",
                "&#x4E00;",
                "&",
                "|",
                "| --- |",
                "-----",
                "- 3 -",
                "第3页",
                "𠀀",
                "\uFFFD",
                "a",
                "A<B",
                "X");
        return piece.list().ofMaxSize(500).map(parts -> String.join("", parts));
    }

    @Provide
    Arbitrary<Set<Integer>> deletions() {
        return Arbitraries.integers()
                .between(0, EXAMPLE_LINES.length - 1)
                .set()
                .ofMinSize(1)
                .ofMaxSize(80);
    }

    /**
     * Reads the bytes and checks the outcome; returns the document, or null if it was refused.
     *
     * @param text the file's text if known, to check columns and characters against
     */
    private static @Nullable PublishedDocument check(byte[] bytes, @Nullable String text) {
        PublishedDocument document;
        try {
            document = READER.read("f.txt", bytes);
        } catch (UnreadableDocumentException e) {
            assertThat(e.getCause())
                    .as("a fault of the reader, not of the file: %s", e.getCause())
                    .isNull();
            assertThat(e.getMessage()).isNotBlank();
            assertThat(e.where().file()).isEqualTo("f.txt");
            return null;
        }
        List<String> lines = text == null ? null : Arrays.asList(text.split("\r\n|\r|\n", -1));
        int maxLine = lines == null ? lineBreaks(bytes) + 1 : lines.size();
        assertThat(document.blocks()).isNotEmpty();
        for (Block block : document.blocks()) {
            inside(block.source(), maxLine, lines);
            if (block instanceof TextBlock) {
                TextBlock paragraph = (TextBlock) block;
                assertThat(paragraph.text())
                        .isNotEmpty()
                        .isEqualTo(paragraph.text().strip());
                for (int i = 0; i < paragraph.text().length(); i++) {
                    SourceRef at = paragraph.at(i);
                    inside(at, maxLine, lines);
                    char c = paragraph.text().charAt(i);
                    if (lines != null && Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                        // the character itself, or the entity (&#x4E00;) it was written as
                        assertThat(charAt(lines, at)).isIn(c, '&');
                    }
                }
            } else {
                TableBlock table = (TableBlock) block;
                assertThat(table.rows()).isNotEmpty();
                for (TableBlock.Row row : table.rows()) {
                    inside(row.source(), maxLine, lines);
                    assertThat(row.cells()).isNotEmpty().allMatch(cell -> cell.span() == 1);
                    assertThat(row.cells())
                            .noneMatch(cell ->
                                    cell.text().contains("\t") || cell.text().contains("\n"));
                    for (TableBlock.Cell cell : row.cells()) {
                        inside(cell.source(), maxLine, lines);
                    }
                }
            }
        }
        return document;
    }

    private static void inside(SourceRef source, int maxLine, @Nullable List<String> lines) {
        assertThat(source).isInstanceOf(SourceRef.Text.class);
        SourceRef.Text at = (SourceRef.Text) source;
        assertThat(at.file()).isEqualTo("f.txt");
        assertThat(at.line()).isBetween(1, maxLine);
        assertThat(at.column()).isGreaterThanOrEqualTo(1);
        if (lines != null) {
            String line = lines.get(at.line() - 1);
            assertThat(at.column()).isLessThanOrEqualTo(line.codePointCount(0, line.length()) + 1);
        }
    }

    private static char charAt(List<String> lines, SourceRef source) {
        SourceRef.Text at = (SourceRef.Text) source;
        String line = lines.get(at.line() - 1);
        return line.charAt(line.offsetByCodePoints(0, at.column() - 1));
    }

    /** Counts the LF and CR bytes: no encoding the reader accepts has more line breaks than that. */
    private static int lineBreaks(byte[] bytes) {
        int count = 0;
        for (byte b : bytes) {
            if (b == '\n' || b == '\r') {
                count++;
            }
        }
        return count;
    }
}

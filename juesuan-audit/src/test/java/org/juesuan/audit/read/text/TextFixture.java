package org.juesuan.audit.read.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.juesuan.audit.read.Block;
import org.juesuan.audit.read.PublishedDocument;
import org.juesuan.audit.read.TableBlock;
import org.juesuan.audit.read.TextBlock;
import org.juesuan.audit.read.UnreadableDocumentException;
import org.juesuan.core.source.SourceRef;

/** Reading texts and describing what was read, for the tests of the text reader. */
final class TextFixture {

    /** The published document the bundled example was transcribed from, as extracted from its PDF. */
    static final Path EXAMPLE = Path.of("../examples/qingshan-guozi-2024/published.txt");

    private TextFixture() {}

    static byte[] exampleBytes() {
        try {
            return Files.readAllBytes(EXAMPLE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String exampleText() {
        return new String(exampleBytes(), StandardCharsets.UTF_8);
    }

    static PublishedDocument read(byte[] bytes) {
        try {
            return new TextDocumentReader().read("published.txt", bytes);
        } catch (UnreadableDocumentException e) {
            throw new AssertionError("unreadable: " + e.getMessage(), e);
        }
    }

    static PublishedDocument read(String text) {
        return read(text.getBytes(StandardCharsets.UTF_8));
    }

    static List<TableBlock> tables(PublishedDocument document) {
        return document.blocks().stream()
                .filter(TableBlock.class::isInstance)
                .map(TableBlock.class::cast)
                .collect(Collectors.toList());
    }

    static List<TextBlock> paragraphs(PublishedDocument document) {
        return document.blocks().stream()
                .filter(TextBlock.class::isInstance)
                .map(TextBlock.class::cast)
                .collect(Collectors.toList());
    }

    static List<String> texts(PublishedDocument document) {
        return paragraphs(document).stream().map(TextBlock::text).collect(Collectors.toList());
    }

    /** Returns the texts of a row's cells, left to right. */
    static List<String> texts(TableBlock.Row row) {
        return row.cells().stream().map(TableBlock.Cell::text).collect(Collectors.toList());
    }

    /** Returns {@code line:column} of a text position. */
    static String at(SourceRef source) {
        assertThat(source).isInstanceOf(SourceRef.Text.class);
        SourceRef.Text text = (SourceRef.Text) source;
        return text.line() + ":" + text.column();
    }

    static int line(SourceRef source) {
        return ((SourceRef.Text) source).line();
    }

    /** Returns the table whose first row is on a line. */
    static TableBlock tableAt(PublishedDocument document, int line) {
        return tables(document).stream()
                .filter(t -> line(t.source()) == line)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no table at line " + line));
    }

    /** Returns the row of a table that starts on a line. */
    static TableBlock.Row rowAt(TableBlock table, int line) {
        return table.rows().stream()
                .filter(r -> line(r.source()) == line)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no row at line " + line));
    }

    /** Returns the paragraph that starts on a line. */
    static TextBlock paragraphAt(PublishedDocument document, int line) {
        return paragraphs(document).stream()
                .filter(p -> line(p.source()) == line)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no paragraph at line " + line));
    }

    /** Describes each cell of a row as {@code column:text@line:column}. */
    static List<String> cells(TableBlock.Row row) {
        List<String> cells = new ArrayList<>();
        for (TableBlock.Cell cell : row.cells()) {
            assertThat(cell.span()).isEqualTo(1);
            cells.add(cell.column() + ":" + cell.text() + "@" + at(cell.source()));
        }
        return cells;
    }

    /** Returns the texts of the cells in a column, top down, from the rows on lines {@code from} to {@code to}. */
    static List<String> column(TableBlock table, int column, int from, int to) {
        List<String> texts = new ArrayList<>();
        for (TableBlock.Row row : table.rows()) {
            int line = line(row.source());
            if (line >= from && line <= to) {
                texts.add(row.cells().get(column).text());
            }
        }
        return texts;
    }

    /** Returns the blocks just before a block, in order. */
    static List<Block> before(PublishedDocument document, Block block, int count) {
        int index = document.blocks().indexOf(block);
        return document.blocks().subList(Math.max(0, index - count), index);
    }
}

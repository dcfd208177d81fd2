package org.juesuan.audit.read.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdfwriter.ContentStreamWriter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.juesuan.audit.read.PublishedDocument;
import org.juesuan.audit.read.TableBlock;
import org.juesuan.audit.read.example.PrintedGrids;
import org.juesuan.audit.read.example.RenderedExample;
import org.juesuan.core.layout.GridCell;
import org.juesuan.core.layout.PrintedTable;
import org.junit.jupiter.api.Test;

/** Tables printed without ruling lines: the example's PDF with every line taken out of its pages. */
class BorderlessTableTest {

    /** The operators that build and paint paths (and clip with them). */
    private static final Set<String> PATHS =
            Set.of("m", "l", "c", "v", "y", "h", "re", "S", "s", "f", "F", "f*", "B", "B*", "b", "b*", "n", "W", "W*");

    @Test
    void readsEachBodyRowOfATableWithoutLinesIntoOneRowWithItsColumnsApart() throws Exception {
        PublishedDocument read = new PdfDocumentReader().read("无框线.pdf", withoutLines(RenderedExample.pdf()));
        int checked = 0;
        for (PrintedTable table : RenderedExample.tables()) {
            if (table.emptyStatement().isPresent()) {
                continue;
            }
            TableBlock found = PrintedGrids.tableAfter(read, table.title());
            // the read column of each printed column, which must be the same in every row
            Map<Integer, Integer> columns = new HashMap<>();
            for (List<GridCell> row :
                    table.grid().subList(table.headerRows(), table.grid().size())) {
                List<String> texts = new ArrayList<>();
                List<Integer> printedColumns = new ArrayList<>();
                for (int c = 0; c < row.size(); c++) {
                    if (!row.get(c).isCovered() && !row.get(c).text().isBlank()) {
                        texts.add(row.get(c).text().strip());
                        printedColumns.add(c);
                    }
                }
                TableBlock.Row readRow = rowWith(found, texts.get(0));
                List<String> readTexts = new ArrayList<>();
                List<Integer> readColumns = new ArrayList<>();
                for (TableBlock.Cell cell : readRow.cells()) {
                    if (!cell.text().isEmpty()) {
                        readTexts.add(cell.text());
                        readColumns.add(cell.column());
                    }
                }
                assertThat(readTexts).as(table.number() + " " + texts).isEqualTo(texts);
                for (int i = 0; i < texts.size(); i++) {
                    Integer before = columns.putIfAbsent(printedColumns.get(i), readColumns.get(i));
                    assertThat(readColumns.get(i))
                            .as(table.number() + " " + texts.get(i))
                            .isEqualTo(before == null ? readColumns.get(i) : before);
                }
                checked++;
            }
            assertThat(columns.values()).as(table.number()).doesNotHaveDuplicates();
        }
        assertThat(checked).isGreaterThan(60);
    }

    private static TableBlock.Row rowWith(TableBlock table, String first) {
        for (TableBlock.Row row : table.rows()) {
            for (TableBlock.Cell cell : row.cells()) {
                if (!cell.text().isEmpty()) {
                    if (cell.text().equals(first)) {
                        return row;
                    }
                    break;
                }
            }
        }
        throw new AssertionError("no row starting with " + first + " in " + PrintedGrids.read(table));
    }

    /** Returns the PDF with every path (ruling lines, fills, shapes) taken out of its pages' content. */
    static byte[] withoutLines(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDPage page : document.getPages()) {
                List<Object> kept = new ArrayList<>();
                List<Object> operands = new ArrayList<>();
                for (Object token : new PDFStreamParser(page).parse()) {
                    if (token instanceof Operator operator) {
                        if (!PATHS.contains(operator.getName())) {
                            kept.addAll(operands);
                            kept.add(operator);
                        }
                        operands.clear();
                    } else {
                        operands.add(token);
                    }
                }
                PDStream stream = new PDStream(document);
                try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
                    new ContentStreamWriter(out).writeTokens(kept);
                }
                page.setContents(stream);
            }
            return PdfDocumentReaderTest.save(document);
        }
    }
}

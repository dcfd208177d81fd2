package org.juesuan.audit.read.example;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.juesuan.audit.read.PublishedDocument;
import org.juesuan.core.document.Part;
import org.juesuan.core.layout.PrintedTable;

/** Test fixture: the assertions every format's round trip of the example makes. */
public final class RoundTrip {

    private RoundTrip() {}

    /** Asserts that every public table is read with every cell in its printed row and column. */
    public static void assertEveryTableReadCellForCell(PublishedDocument document, List<PrintedTable> tables) {
        assertThat(tables).hasSizeGreaterThanOrEqualTo(9);
        SoftAssertions soft = new SoftAssertions();
        Map<String, Integer> seen = new HashMap<>();
        for (PrintedTable table : tables) {
            int occurrence = seen.merge(table.title(), 1, Integer::sum) - 1;
            List<String> read = PrintedGrids.read(PrintedGrids.tableAfter(document, table.title(), occurrence));
            soft.assertThat(read).as(table.number() + " " + table.title()).isEqualTo(PrintedGrids.expected(table));
        }
        soft.assertAll();
    }

    /** Asserts that every body paragraph of the narrative is read whole, once. */
    public static void assertNarrativeReadWhole(PublishedDocument document) {
        List<String> narrative = RenderedExample.paragraphs(Part.Kind.NARRATIVE);
        assertThat(narrative).hasSizeGreaterThan(10);
        SoftAssertions soft = new SoftAssertions();
        for (String paragraph : narrative) {
            soft.assertThat(PrintedGrids.paragraphs(document, paragraph))
                    .as(paragraph)
                    .hasSize(1);
        }
        soft.assertAll();
    }
}

package org.juesuan.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.juesuan.core.document.Document;
import org.juesuan.render.SampleDocument;
import org.juesuan.render.proof.Mismatch;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The HTML page read back: every table cell and every stated figure, a wrong one found at its place. */
class HtmlProofTest {

    @ParameterizedTest
    @CsvSource({"hubei-2024, false", "hubei-2024, true", "shanghai-2024, false"})
    void aPageAsRenderedAgreesWithItsDocument(String profile, boolean draft) {
        Document document = SampleDocument.of(profile, draft);
        assertThat(HtmlProof.check(HtmlDocumentRenderer.render(document), document))
                .isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"td.amount[data-row]:not(:empty)", "table.grid td.amount:not(:empty)", "span.figure"})
    void aFigureOffByOneHundredthIsFoundAtItsPlace(String selector) {
        Document document = SampleDocument.of("hubei-2024", false);
        org.jsoup.nodes.Document page = Jsoup.parse(HtmlDocumentRenderer.render(document));
        Element target = page.selectFirst(selector);
        assertThat(target).as(selector).isNotNull();
        String right = target.text();
        String wrong = new BigDecimal(right.replace("%", ""))
                .add(new BigDecimal("0.01"))
                .toPlainString();
        target.text(wrong);

        List<Mismatch> mismatches = HtmlProof.check(page.outerHtml(), document);

        assertThat(mismatches).singleElement().satisfies(mismatch -> {
            assertThat(mismatch.format()).isEqualTo("HTML");
            assertThat(mismatch.expected()).isEqualTo(right);
            assertThat(mismatch.shown()).isEqualTo(wrong);
        });
    }

    @ParameterizedTest
    @CsvSource({"table.public", "span.figure"})
    void aMissingTableOrFigureIsReported(String selector) {
        Document document = SampleDocument.of("hubei-2024", false);
        org.jsoup.nodes.Document page = Jsoup.parse(HtmlDocumentRenderer.render(document));
        page.select(selector).last().remove();
        assertThat(HtmlProof.check(page.outerHtml(), document))
                .isNotEmpty()
                .anySatisfy(mismatch -> assertThat(mismatch.shown()).isEmpty());
    }
}

package org.juesuan.portal.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SnippetTest {

    private static String shown(List<Snippet.Segment> segments) {
        StringBuilder text = new StringBuilder();
        for (Snippet.Segment segment : segments) {
            text.append(segment.marked() ? "[" + segment.text() + "]" : segment.text());
        }
        return text.toString();
    }

    @Test
    void marksEveryOccurrenceOfEveryTermInThePassage() {
        List<Snippet.Segment> snippet = Snippet.of("收入合计增加，支出合计减少。", List.of("合计", "减少"), "某局");
        assertThat(shown(snippet)).isEqualTo("收入[合计]增加，支出[合计][减少]。");
    }

    @Test
    void cutsAroundTheFirstMatchWithEllipses() {
        String body = "甲".repeat(100) + "厉行节约" + "乙".repeat(200);
        String shown = shown(Snippet.of(body, List.of("厉行节约"), "某局"));
        assertThat(shown).isEqualTo("…" + "甲".repeat(Snippet.BEFORE) + "[厉行节约]" + "乙".repeat(Snippet.AFTER - 4) + "…");
    }

    @Test
    void prefersATermTheTitleDoesNotShow() {
        String body = "青山区" + "甲".repeat(200) + "厉行节约";
        String shown = shown(Snippet.of(body, List.of("青山", "厉行节约"), "武汉市青山区某局"));
        assertThat(shown).contains("[厉行节约]").doesNotContain("[青山]");
    }

    @Test
    void matchesLatinLettersInAnyCaseAndKeepsTheText() {
        assertThat(shown(Snippet.of("PDF/A 文件", List.of("pdf"), ""))).isEqualTo("[PDF]/A 文件");
    }

    @Test
    void keepsMarkupAsText() {
        List<Snippet.Segment> snippet = Snippet.of("原因是<script>alert(1)</script>。", List.of("alert"), "");
        assertThat(shown(snippet)).isEqualTo("原因是<script>[alert](1)</script>。");
    }

    @Test
    void showsTheStartWhenOnlyTheTitleMatched() {
        assertThat(shown(Snippet.of("一、部门主要职责", List.of("青山"), "青山区某局"))).isEqualTo("一、部门主要职责");
    }

    @Test
    void splitsAQueryAtAnyWhiteSpaceAndEscapesLikeWildcards() {
        assertThat(SearchIndex.terms("  国资局\u30002024  国资局 ")).containsExactly("国资局", "2024");
        assertThat(SearchIndex.terms(" ")).isEmpty();
        assertThat(SearchIndex.escapeLike("50%_a\\b")).isEqualTo("50\\%\\_a\\\\b");
    }
}

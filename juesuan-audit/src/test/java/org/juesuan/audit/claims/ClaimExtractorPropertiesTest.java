package org.juesuan.audit.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.juesuan.audit.read.TextBlock;
import org.juesuan.core.source.SourceRef;

/**
 * Any paragraphs — random characters, or shuffled pieces of real narrative wording with random numbers, signs,
 * separators and headings — are read without an exception, and every claim and finding points into the input.
 */
class ClaimExtractorPropertiesTest {

    private static final List<String> PIECES = List.of(
            "一、收入支出决算总体情况说明",
            "五、一般公共预算财政拨款支出决算情况说明",
            "（三）一般公共预算财政拨款支出决算具体情况",
            "十、机关运行经费支出说明",
            "第四部分",
            "1. ",
            "（1）",
            "收、支总计均为",
            "与2023年度相比，",
            "减少",
            "增长",
            "持平",
            "增加了",
            "万元",
            "万",
            "元",
            "%",
            "％",
            "，",
            "。",
            "；",
            "：",
            "占",
            "本年支出",
            "的",
            "年初预算为",
            "支出决算为",
            "完成年初预算的",
            "主要包括：",
            "主要是用于",
            "和",
            "、",
            "等",
            "支出",
            "上年为",
            "比上年的",
            "无可比性",
            "人员经费",
            "一般公共预算财政拨款支出",
            "-",
            ",",
            ".",
            " ",
            "\n");

    @Provide
    Arbitrary<List<String>> wording() {
        Arbitrary<String> number = Arbitraries.oneOf(
                Arbitraries.longs()
                        .between(-100_000_000_000_000_000L, 100_000_000_000_000_000L)
                        .map(n -> n / 100_000_000 + "." + Math.abs(n % 100_000_000)),
                Arbitraries.integers().between(0, 1_000_000).map(String::valueOf),
                Arbitraries.strings().withChars("0123456789.,-+０１２．").ofMaxLength(30));
        Arbitrary<String> piece = Arbitraries.oneOf(Arbitraries.of(PIECES), number);
        Arbitrary<String> paragraph = piece.list().ofMaxSize(40).map(pieces -> String.join("", pieces));
        return paragraph.list().ofMaxSize(25);
    }

    @Provide
    Arbitrary<List<String>> noise() {
        return Arbitraries.strings().all().ofMaxLength(200).list().ofMaxSize(20);
    }

    @Property(tries = 100)
    void readsShuffledWordingWithoutFailing(@ForAll("wording") List<String> paragraphs) {
        readsWithoutFailing(paragraphs);
    }

    @Property(tries = 100)
    void readsRandomTextWithoutFailing(@ForAll("noise") List<String> paragraphs) {
        readsWithoutFailing(paragraphs);
    }

    private static void readsWithoutFailing(List<String> paragraphs) {
        List<TextBlock> blocks = new ArrayList<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            blocks.add(TextBlock.of(paragraphs.get(i), SourceRef.text("random.txt", i + 1, 1)));
        }
        for (String profile : List.of("hubei-2024", "shanghai-2024")) {
            NarrativeClaims claims = Paragraphs.extractor(profile).extract(blocks);
            NarrativeChecks.check(claims, Paragraphs.profile(profile).tolerance());
            claims.claims().values().forEach(claim -> {
                SourceRef.Text at = (SourceRef.Text) claim.source();
                assertThat(at.line()).isBetween(1, paragraphs.size());
                assertThat(at.column())
                        .isBetween(1, paragraphs.get(at.line() - 1).length());
            });
        }
    }
}

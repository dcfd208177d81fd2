package org.juesuan.audit.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.juesuan.audit.read.TextBlock;
import org.juesuan.core.dataset.Dataset;
import org.juesuan.core.dataset.DatasetReader;
import org.juesuan.core.dataset.NarrativeClaim;
import org.juesuan.core.dataset.Published;
import org.juesuan.core.dataset.SyntheticDatasets;
import org.juesuan.core.document.Block;
import org.juesuan.core.document.FigureRun;
import org.juesuan.core.document.Heading;
import org.juesuan.core.document.Paragraph;
import org.juesuan.core.document.Run;
import org.juesuan.core.issue.Issue;
import org.juesuan.core.issue.Issues;
import org.juesuan.core.issue.Severity;
import org.juesuan.core.narrative.NarrativeWriter;
import org.juesuan.core.profile.Profile;
import org.juesuan.core.source.Node;
import org.juesuan.core.source.SourceRef;
import org.juesuan.core.source.TreeReader;
import org.juesuan.core.table.Deriver;
import org.juesuan.core.table.DisplayRoundingPolicy;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Round trip through Juesuan's own narrative writer, for both profiles: every figure the writer prints under a claim
 * key is read back with the value it printed (signed by the direction word before it), at its place in the
 * paragraph, and no other claim is read. The datasets: the bundled example, the example with increases (and the
 * “三公” figures and the prior-year 机关运行经费 Shanghai compares with), with no change (持平) and with no prior year
 * (无可比性), and synthetic units with other funds, incomes and spending kinds.
 */
class ClaimRoundTripTest {

    /** The writer's figure keys that are claims; a key printed again carries #2, #3 …. */
    private static final Map<String, NarrativeClaim> KEYS = Map.ofEntries(
            Map.entry("total.total", NarrativeClaim.TOTAL),
            Map.entry("total.change", NarrativeClaim.TOTAL_CHANGE),
            Map.entry("total.rate", NarrativeClaim.TOTAL_CHANGE_RATE),
            Map.entry("income.total", NarrativeClaim.INCOME_TOTAL),
            Map.entry("income.change", NarrativeClaim.INCOME_CHANGE),
            Map.entry("income.rate", NarrativeClaim.INCOME_CHANGE_RATE),
            Map.entry("income.fiscal", NarrativeClaim.FISCAL_INCOME),
            Map.entry("income.fiscal.share", NarrativeClaim.FISCAL_INCOME_SHARE),
            Map.entry("expenditure.total", NarrativeClaim.EXPENDITURE_TOTAL),
            Map.entry("expenditure.change", NarrativeClaim.EXPENDITURE_CHANGE),
            Map.entry("expenditure.rate", NarrativeClaim.EXPENDITURE_CHANGE_RATE),
            Map.entry("expenditure.basic", NarrativeClaim.BASIC_EXPENDITURE),
            Map.entry("expenditure.basic.share", NarrativeClaim.BASIC_SHARE),
            Map.entry("expenditure.project", NarrativeClaim.PROJECT_EXPENDITURE),
            Map.entry("expenditure.project.share", NarrativeClaim.PROJECT_SHARE),
            Map.entry("fiscal.total", NarrativeClaim.FISCAL_TOTAL),
            Map.entry("fiscal.change", NarrativeClaim.FISCAL_CHANGE),
            Map.entry("fiscal.rate", NarrativeClaim.FISCAL_CHANGE_RATE),
            Map.entry("fiscal.generalBudget", NarrativeClaim.GENERAL_BUDGET_INCOME),
            Map.entry("fiscal.generalBudget.change", NarrativeClaim.GENERAL_BUDGET_INCOME_CHANGE),
            Map.entry("generalBudget.total", NarrativeClaim.GENERAL_BUDGET_EXPENDITURE),
            Map.entry("generalBudget.structure.total", NarrativeClaim.GENERAL_BUDGET_EXPENDITURE),
            Map.entry("generalBudget.detail.actual", NarrativeClaim.GENERAL_BUDGET_EXPENDITURE),
            Map.entry("generalBudget.share", NarrativeClaim.GENERAL_BUDGET_SHARE),
            Map.entry("generalBudget.change", NarrativeClaim.GENERAL_BUDGET_CHANGE),
            Map.entry("generalBudget.rate", NarrativeClaim.GENERAL_BUDGET_CHANGE_RATE),
            Map.entry("generalBudget.detail.budget", NarrativeClaim.GENERAL_BUDGET_ANNUAL_BUDGET),
            Map.entry("generalBudget.detail.completion", NarrativeClaim.GENERAL_BUDGET_COMPLETION_RATE),
            Map.entry("basic.personnel", NarrativeClaim.PERSONNEL_COST),
            Map.entry("basic.public", NarrativeClaim.PUBLIC_COST),
            Map.entry("threePublic.budget", NarrativeClaim.THREE_PUBLIC_BUDGET),
            Map.entry("threePublic.actual", NarrativeClaim.THREE_PUBLIC_ACTUAL),
            Map.entry("operatingCost.amount", NarrativeClaim.OPERATING_COST),
            Map.entry("operatingCost.change", NarrativeClaim.OPERATING_COST_CHANGE),
            Map.entry("operatingCost.rate", NarrativeClaim.OPERATING_COST_CHANGE_RATE),
            Map.entry("procurement.total", NarrativeClaim.PROCUREMENT_TOTAL),
            Map.entry("procurement.smeShare", NarrativeClaim.PROCUREMENT_SME_SHARE),
            Map.entry("procurement.microShare", NarrativeClaim.PROCUREMENT_MICRO_SHARE),
            Map.entry("performance.count", NarrativeClaim.PERFORMANCE_PROJECT_COUNT),
            Map.entry("performance.amount", NarrativeClaim.PERFORMANCE_PROJECT_AMOUNT),
            Map.entry("performance.share", NarrativeClaim.PERFORMANCE_PROJECT_SHARE),
            Map.entry("performance.overall", NarrativeClaim.OVERALL_EVALUATION_AMOUNT));

    private static final List<String> DECREASE_WORDS = List.of("减少", "下降", "降低");

    static Stream<Arguments> narratives() throws IOException {
        String example = Files.readString(Paragraphs.EXAMPLE.resolve("dataset.yaml"), StandardCharsets.UTF_8);
        String increased = replaceInOrder(
                        example.replace("269.87", "200.00")
                                .replace("  budget: 20.18", "  budget: 5.00")
                                .replace("\nprior:\n", "\nprior:\n  operatingCost: 6.00\n"),
                        "    abroad: 0.00",
                        "    abroad: 1.50",
                        "    abroad: 1.20",
                        "    abroad: 1.00")
                .replace("    reception: 0.00\n  actual:", "    reception: 0.80\n  actual:");
        String flat = example.replace("269.87", "265.19").replace("  budget: 20.18", "  budget: 7.56");
        String fromNothing = example.replace("269.87", "0.00");
        List<Arguments> cases = new ArrayList<>();
        for (String profile : List.of("hubei-2024", "shanghai-2024")) {
            cases.add(Arguments.of(profile, "示例", dataset(example)));
            cases.add(Arguments.of(profile, "示例（增加）", dataset(increased)));
            cases.add(Arguments.of(profile, "示例（持平）", dataset(flat)));
            cases.add(Arguments.of(profile, "示例（上年为零）", dataset(fromNothing)));
            for (long seed = 1; seed <= 8; seed++) {
                cases.add(Arguments.of(profile, "合成数据 " + seed, SyntheticDatasets.of(seed)));
            }
        }
        return cases.stream();
    }

    private static String replaceInOrder(String text, String target, String... replacements) {
        String result = text;
        int from = 0;
        for (String replacement : replacements) {
            int at = result.indexOf(target, from);
            assertThat(at).as(target).isNotNegative();
            result = result.substring(0, at) + replacement + result.substring(at + target.length());
            from = at + replacement.length();
        }
        return result;
    }

    private static Dataset dataset(String yaml) {
        Node node = TreeReader.read(yaml, "dataset.yaml", TreeReader.Format.YAML)
                .value()
                .orElseThrow();
        return new DatasetReader(Paragraphs.CATALOGS)
                .read(node, SourceRef.file("dataset.yaml"), Issues.create())
                .orElseThrow(issues -> new IllegalArgumentException(issues.toString()));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("narratives")
    void readsBackEveryClaimTheWriterPrinted(String profileId, String name, Dataset dataset) {
        Profile profile = Paragraphs.profile(profileId);
        List<Block> narrative = NarrativeWriter.write(
                profile,
                Deriver.derive(profile, dataset.withProfile(profileId), DisplayRoundingPolicy.LARGEST_REMAINDER));

        List<TextBlock> blocks = new ArrayList<>();
        Map<NarrativeClaim, Published.Claim> expected = new EnumMap<>(NarrativeClaim.class);
        for (Block block : narrative) {
            SourceRef line = SourceRef.text("narrative.txt", blocks.size() + 1, 1);
            if (block instanceof Heading) {
                blocks.add(TextBlock.of(((Heading) block).text(), line));
            } else if (block instanceof Paragraph) {
                Paragraph paragraph = (Paragraph) block;
                blocks.add(TextBlock.of(paragraph.text(), line));
                expect(paragraph, blocks.size(), expected);
            }
        }
        NarrativeClaims claims = Paragraphs.extractor(profileId).extract(blocks);

        assertThat(claims.issues()).isEmpty();
        assertThat(claims.claims().keySet()).containsExactlyInAnyOrderElementsOf(expected.keySet());
        expected.forEach((key, claim) -> {
            assertThat(claims.claims().get(key).value()).as(key.key()).isEqualTo(claim.value());
            assertThat(claims.claims().get(key).source()).as(key.key()).isEqualTo(claim.source());
        });
        // the writer's own arithmetic holds: nothing but rounding remarks
        List<Issue> findings = NarrativeChecks.check(claims, profile.tolerance());
        assertThat(findings).filteredOn(i -> i.severity() != Severity.INFO).isEmpty();
    }

    /** Records the claims of a paragraph's figures, first occurrence only, at their offset in the paragraph. */
    private static void expect(Paragraph paragraph, int line, Map<NarrativeClaim, Published.Claim> expected) {
        int offset = 0;
        String before = "";
        for (Run run : paragraph.runs()) {
            if (run instanceof FigureRun) {
                FigureRun figure = (FigureRun) run;
                NarrativeClaim claim = KEYS.get(figure.key().replaceFirst("#\\d+$", ""));
                if (claim != null && !expected.containsKey(claim)) {
                    BigDecimal value = figure.kind() == FigureRun.Kind.AMOUNT
                            ? figure.value().movePointRight(4).setScale(2)
                            : figure.value();
                    boolean signed =
                            claim.key().endsWith("Change") || claim.key().endsWith("ChangeRate");
                    String word = before;
                    if (signed && DECREASE_WORDS.stream().anyMatch(word::endsWith)) {
                        value = value.negate();
                    }
                    expected.put(
                            claim,
                            new Published.Claim(claim, value, SourceRef.text("narrative.txt", line, offset + 1)));
                }
            }
            before = run.text();
            offset += run.text().length();
        }
    }
}

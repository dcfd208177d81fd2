package org.juesuan.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.juesuan.audit.read.PublishedDocument;
import org.juesuan.audit.read.Readers;
import org.juesuan.audit.read.example.RenderedExample;
import org.juesuan.core.dataset.Dataset;
import org.juesuan.core.dataset.DatasetReader;
import org.juesuan.core.dataset.Evaluation;
import org.juesuan.core.dataset.GovernmentLevel;
import org.juesuan.core.document.Document;
import org.juesuan.core.document.DocumentBuilder;
import org.juesuan.core.issue.Severity;
import org.juesuan.core.narrative.NarrativeWriter;
import org.juesuan.core.profile.Profile;
import org.juesuan.core.rule.Finding;
import org.juesuan.core.rule.RuleEngine;
import org.juesuan.core.rule.UnitView;
import org.juesuan.core.table.Deriver;
import org.juesuan.core.table.DisplayRoundingPolicy;
import org.juesuan.core.table.PublishedCells;
import org.juesuan.core.table.TableSet;
import org.juesuan.render.html.HtmlDocumentRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What we publish, we can read back: the example's disclosure rendered by Juesuan as PDF, DOCX, HTML and XLSX is
 * recognised under the profile it was written for, with every public table found, and the audit finds no error that
 * validating its dataset does not find; with the dataset's overall self-evaluation form corrected, none at all.
 */
class RoundTripAuditTest {

    private static final Path DATASET = Path.of("../examples/qingshan-guozi-2024/dataset.yaml");

    private static byte[] rendered(String format) {
        return switch (format) {
            case "pdf" -> RenderedExample.pdf();
            case "docx" -> RenderedExample.docx();
            case "html" -> RenderedExample.html();
            default -> RenderedExample.xlsx();
        };
    }

    private static Dataset example() {
        return new DatasetReader(AuditFixture.CATALOGS)
                .read(DATASET, "dataset.yaml")
                .value()
                .orElseThrow();
    }

    /** The rules that find errors in the example dataset itself (its transcribed figures and claims). */
    private static Set<String> datasetErrors(Dataset dataset) {
        Profile profile = AuditFixture.PROFILES.require(dataset.profileId());
        TableSet exact = Deriver.derive(profile, dataset);
        List<PublishedCells.Match> matches =
                PublishedCells.resolve(exact, dataset.published(), org.juesuan.core.issue.Issues.create());
        return RuleEngine.check(new AuditFixture().rules(profile), UnitView.of(exact, matches)).list().stream()
                .filter(f -> f.severity() == Severity.ERROR)
                .map(Finding::ruleId)
                .collect(Collectors.toSet());
    }

    private static Auditor.Audit audit(String name, byte[] content) throws Exception {
        PublishedDocument document = Readers.bundled().read(name, content);
        return AuditFixture.auditor().audit(document, 500);
    }

    @ParameterizedTest
    @ValueSource(strings = {"pdf", "docx", "html", "xlsx"})
    void juesuansOwnDisclosureShowsNoErrorItsDatasetDoesNotHave(String format) throws Exception {
        Auditor.Audit audit = audit("disclosure." + format, rendered(format));
        assertThat(audit.recognition().profile().id()).isEqualTo("hubei-2024");
        assertThat(audit.recognition().located()).hasSize(9);
        assertThat(audit.recognition().unit().level()).isEqualTo(GovernmentLevel.DISTRICT);
        // the dataset's overall form, kept as printed, states 项目支出总额 35.68 (the two projects) against 项目支出
        // 57.32 (J-7), and executes 207.87 (the 基本支出 only) against the 265.19 the narrative states for it (J-5; the
        // workbook has no narrative)
        List<String> errors = audit.findings().list().stream()
                .filter(f -> f.severity() == Severity.ERROR)
                .map(Finding::ruleId)
                .toList();
        assertThat(errors)
                .containsExactlyInAnyOrderElementsOf(format.equals("xlsx") ? List.of("J-7") : List.of("J-7", "J-5"))
                .allMatch(datasetErrors(example())::contains);
    }

    @Test
    void withTheOverallFormCorrectedItAuditsCleanOfErrors() throws Exception {
        Dataset example = example();
        Evaluation overall = example.overall().orElseThrow();
        Map<String, String> attributes = new LinkedHashMap<>(overall.attributes());
        attributes.put("项目支出总额", "57.32万元");
        // the department's whole spending, 207.87 + 57.32
        org.juesuan.core.dataset.Figure whole = new org.juesuan.core.dataset.Figure(
                org.juesuan.core.money.Amount.parse("265.19", org.juesuan.core.money.AmountUnit.WAN_YUAN),
                overall.source());
        Evaluation corrected = new Evaluation(
                overall.name(),
                attributes,
                whole,
                whole,
                overall.goals(),
                overall.deviation(),
                overall.improvement(),
                overall.summary(),
                overall.printed(),
                overall.source(),
                overall.positions());
        Dataset dataset = example.withEvaluations(corrected, example.projectEvaluations());
        Profile profile = AuditFixture.PROFILES.require(dataset.profileId());
        TableSet display = Deriver.derive(profile, dataset, DisplayRoundingPolicy.LARGEST_REMAINDER);
        Document document = DocumentBuilder.of(profile)
                .build(display, NarrativeWriter.write(profile, display), false)
                .value()
                .orElseThrow();
        byte[] html = HtmlDocumentRenderer.render(document).getBytes(StandardCharsets.UTF_8);
        assertThat(audit("disclosure.html", html).findings().list())
                .filteredOn(f -> f.severity() == Severity.ERROR)
                .extracting(Finding::toString)
                .isEmpty();
    }
}

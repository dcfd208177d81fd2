package org.juesuan.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.juesuan.audit.read.PublishedDocument;
import org.juesuan.audit.read.Readers;
import org.juesuan.audit.recognize.RecoveredTable;
import org.juesuan.core.dataset.Dataset;
import org.juesuan.core.dataset.DatasetReader;
import org.juesuan.core.document.Document;
import org.juesuan.core.document.DocumentBuilder;
import org.juesuan.core.narrative.NarrativeWriter;
import org.juesuan.core.profile.Profile;
import org.juesuan.core.table.Deriver;
import org.juesuan.core.table.DisplayRoundingPolicy;
import org.juesuan.core.table.TableSet;
import org.juesuan.render.docx.DocxRenderer;
import org.juesuan.render.html.HtmlDocumentRenderer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A Shanghai-style disclosure read back: no 栏次 row (columns found by their headers), codes in 类/款/项 columns, 合计
 * above the rows, 三公 as the seventh table — recognised under shanghai-2024, with the figures it printed.
 */
class ShanghaiRoundTripTest {

    static Profile shanghai;
    static Dataset dataset;
    static Document document;

    @BeforeAll
    static void render() {
        shanghai = AuditFixture.PROFILES.require("shanghai-2024");
        dataset = new DatasetReader(AuditFixture.CATALOGS)
                .read(Path.of("../examples/qingshan-guozi-2024/dataset.yaml"), "dataset.yaml")
                .value()
                .orElseThrow()
                .withProfile("shanghai-2024");
        TableSet display = Deriver.derive(shanghai, dataset, DisplayRoundingPolicy.LARGEST_REMAINDER);
        document = DocumentBuilder.of(shanghai)
                .build(display, NarrativeWriter.write(shanghai, display), false)
                .value()
                .orElseThrow();
    }

    private static Auditor.Audit audit(String name, byte[] content) throws Exception {
        PublishedDocument read = Readers.bundled().read(name, content);
        return AuditFixture.auditor().audit(read, 500);
    }

    @Test
    void aShanghaiPageIsRecognisedUnderItsProfileWithItsFigures() throws Exception {
        Auditor.Audit audit =
                audit("shanghai.html", HtmlDocumentRenderer.render(document).getBytes(StandardCharsets.UTF_8));
        assertThat(audit.recognition().profile().id()).isEqualTo("shanghai-2024");
        assertThat(audit.recognition().located()).hasSize(9);
        TableSet derived = Deriver.derive(shanghai, dataset, DisplayRoundingPolicy.LARGEST_REMAINDER);
        // every 项 line's figures of 一般公共预算财政拨款支出决算表 (T05) read back as printed
        RecoveredTable t05 = audit.recognition().tables().stream()
                .filter(t -> t.definition().id().equals("T05"))
                .findFirst()
                .orElseThrow();
        assertThat(t05.rows())
                .extracting(RecoveredTable.Row::rowId)
                .contains("total", "2010301", "2010302", "2101101", "2101103");
        for (RecoveredTable.Row row : t05.rows()) {
            for (RecoveredTable.Cell cell : row.cells().values()) {
                cell.amount().value().ifPresent(amount -> assertThat(
                                derived.table("T05").orElseThrow().cell(row.rowId(), cell.column()))
                        .as(row.rowId() + "/" + cell.column())
                        .isEqualTo(new org.juesuan.core.table.CellValue.AmountCell(amount)));
            }
        }
        // every column found, every row known, the empty tables carrying their statements (说明：…故本表无数据。)
        assertThat(audit.findings().list())
                .filteredOn(f -> f.ruleId().startsWith("AUDIT_UNKNOWN")
                        || f.ruleId().equals("AUDIT_NO_COLUMNS")
                        || f.ruleId().equals("AUDIT_COLUMN_COUNT")
                        || f.ruleId().equals("AUDIT_EMPTY_TABLE"))
                .isEmpty();
        // no error the dataset itself does not have (its overall form: J-5, J-7)
        assertThat(audit.findings().list())
                .filteredOn(f -> f.severity() == org.juesuan.core.issue.Severity.ERROR)
                .extracting(org.juesuan.core.rule.Finding::ruleId)
                .allMatch(id -> id.equals("J-5") || id.equals("J-7"));
    }

    @Test
    void aShanghaiWordFileReadsTheSame() throws Exception {
        Auditor.Audit audit = audit("shanghai.docx", DocxRenderer.render(document));
        assertThat(audit.recognition().profile().id()).isEqualTo("shanghai-2024");
        assertThat(audit.recognition().located()).hasSize(9);
        assertThat(audit.recognition().dataset().lines())
                .extracting(l -> l.code().digits())
                .containsExactly("2010301", "2010302", "2101101", "2101103");
    }
}

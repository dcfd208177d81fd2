package org.juesuan.portal.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import org.juesuan.app.prepare.Definitions;
import org.juesuan.app.publish.ValidateDataset;
import org.juesuan.core.issue.Severity;
import org.juesuan.core.rule.Findings;
import org.juesuan.portal.store.ValidationSummary;
import org.junit.jupiter.api.Test;

class DisclosureBuilderTest {

    @Test
    void summarisesFindingsWithoutThePathsOfThisMachine() {
        Path example = Path.of("..", "examples", "qingshan-guozi-2024")
                .toAbsolutePath()
                .normalize();
        Findings findings = new ValidateDataset(Definitions.bundled())
                .run(example, Optional.empty())
                .findings();
        ValidationSummary summary = DisclosureBuilder.summary(findings);
        assertThat(summary.errors()).isEqualTo(findings.count(Severity.ERROR)).isPositive();
        assertThat(summary.warnings()).isEqualTo(findings.count(Severity.WARNING));
        assertThat(summary.infos()).isEqualTo(findings.count(Severity.INFO));
        assertThat(summary.report().lines()).hasSize(findings.list().size());
        // 公开05表 prints 265.18 where 207.87 + 57.32 = 265.19 (the example's README)
        assertThat(summary.report()).contains("[提示] T05-1 公开05表").contains("265.19");
        assertThat(summary.report()).doesNotContain(example.toString()).doesNotContain("dataset.yaml");
    }
}

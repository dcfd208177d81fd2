package org.juesuan.app.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import org.juesuan.app.prepare.Definitions;
import org.juesuan.core.issue.Severity;
import org.juesuan.core.rule.Finding;
import org.juesuan.core.source.SourceRef;
import org.junit.jupiter.api.Test;

/** Validation of the example: the rules' findings and, listed with them, what scoring the forms finds. */
class ValidateDatasetTest {

    @Test
    void theSeedsSelfEvaluationFormsAreScoredAndTheirContradictionsListed() {
        ValidateDataset.Outcome outcome = new ValidateDataset(Definitions.bundled())
                .run(Path.of("../examples/qingshan-guozi-2024"), Optional.empty());
        var findings = outcome.findings().list();

        // 20次 against 39个, printed on the overall form and on the second project's form
        assertThat(findings)
                .filteredOn(f -> f.ruleId().equals("PERFORMANCE_UNIT_MISMATCH"))
                .extracting(f -> ((SourceRef.Text) f.source()).line())
                .containsExactly(233, 286);
        // the first project's goal printed as 10分 while its indicators score 20 × 4 = 80
        assertThat(findings)
                .filteredOn(f -> f.ruleId().equals("PERFORMANCE_GOAL_POINTS"))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.WARNING);
                    assertThat(f.message()).contains("大企业协调服务工作经费", "10分", "80分");
                });
        // the rules' own findings are still there: 57.32 claimed against 35.68 evaluated
        assertThat(findings).extracting(Finding::ruleId).contains("N-17b", "J-5", "J-7");
        assertThat(outcome.findings().count(Severity.ERROR)).isEqualTo(6);
    }
}

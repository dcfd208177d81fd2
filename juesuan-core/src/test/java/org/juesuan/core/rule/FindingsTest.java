package org.juesuan.core.rule;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.juesuan.core.issue.Severity;
import org.juesuan.core.source.SourceRef;
import org.junit.jupiter.api.Test;

class FindingsTest {

    private static Finding atCell(String rule, Severity severity, long order) {
        return new Finding(
                rule, severity, "t", "m", "T05", "total", "C1", "", SourceRef.NONE, null, null, List.of(), order);
    }

    private static Finding atLine(String rule, Severity severity, int line) {
        return new Finding(
                rule,
                severity,
                "t",
                "m",
                "",
                "",
                "",
                "",
                SourceRef.text("d.yaml", line, 3),
                null,
                null,
                List.of(),
                Long.MAX_VALUE);
    }

    private static List<String> ids(Findings findings) {
        return findings.list().stream().map(Finding::ruleId).toList();
    }

    @Test
    void tableCellsComeFirstInTableOrderThenStatedFiguresInTheOrderOfTheirLines() {
        Findings findings = new Findings(
                List.of(
                        atLine("N-17b", Severity.ERROR, 89),
                        atCell("T05-1", Severity.INFO, 2),
                        atLine("J-5", Severity.ERROR, 91),
                        atCell("T01-3", Severity.ERROR, 1),
                        atLine("N-8a", Severity.WARNING, 76)),
                Findings.DEFAULT_CAP,
                5);
        assertThat(ids(findings)).containsExactly("T01-3", "T05-1", "N-8a", "N-17b", "J-5");
        assertThat(findings.cut()).isZero();
    }

    @Test
    void theCapKeepsTheMostSeriousAndCountsEverything() {
        Findings findings = new Findings(
                List.of(
                        atCell("I-1", Severity.INFO, 1),
                        atCell("W-1", Severity.WARNING, 2),
                        atCell("E-1", Severity.ERROR, 3),
                        atCell("I-2", Severity.INFO, 4),
                        atCell("E-2", Severity.ERROR, 5)),
                3,
                5);
        assertThat(ids(findings)).containsExactly("W-1", "E-1", "E-2");
        assertThat(findings.cut()).isEqualTo(2);
        assertThat(findings.count(Severity.INFO)).isEqualTo(2);
        assertThat(findings.count(Severity.ERROR)).isEqualTo(2);
        assertThat(findings.hasErrors()).isTrue();
        assertThat(FindingsFormatter.summary(findings)).contains("错误 2 项，警告 1 项，提示 2 项", "另有 2 项未列出");
    }
}

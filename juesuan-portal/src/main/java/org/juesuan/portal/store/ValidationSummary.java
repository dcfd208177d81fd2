package org.juesuan.portal.store;

import java.util.Objects;

/**
 * What validation found in a version's dataset (校验结果摘要): counts by severity, the one-line summary and the
 * findings as text, one per line.
 *
 * @param errors how many errors
 * @param warnings how many warnings
 * @param infos how many remarks
 * @param summary the one-line summary, e.g. 校验发现：错误 1 项，警告 2 项，提示 3 项。
 * @param report the findings, one per line: severity, rule, place and message
 */
public record ValidationSummary(int errors, int warnings, int infos, String summary, String report) {

    /** Creates a summary. */
    public ValidationSummary {
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(report, "report");
    }
}

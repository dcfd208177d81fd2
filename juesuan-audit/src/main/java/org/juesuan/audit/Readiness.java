package org.juesuan.audit;

import org.juesuan.core.issue.Severity;
import org.juesuan.core.rule.Findings;

/**
 * How ready a published disclosure is for inspection (迎检准备度): a score out of 100 and its verdict.
 *
 * <p>The score starts at 100 and loses {@value #ERROR_POINTS} points for each error and {@value #WARNING_POINTS} for
 * each warning, the warnings together at most {@value #WARNING_CAP}, never below 0; remarks (rounding, names) cost
 * nothing. A document with any error is at best 需修改.
 *
 * <p>Immutable and thread-safe.
 *
 * @param score the score, 0–100
 * @param errors the number of errors
 * @param warnings the number of warnings
 * @param remarks the number of remarks
 */
public record Readiness(int score, int errors, int warnings, int remarks) {

    /** Points an error costs. */
    public static final int ERROR_POINTS = 10;

    /** Points a warning costs. */
    public static final int WARNING_POINTS = 2;

    /** The most points warnings cost together: many small faults do not outweigh a wrong figure. */
    public static final int WARNING_CAP = 30;

    /** Scores the findings of an audit. */
    public static Readiness of(Findings findings) {
        int errors = findings.count(Severity.ERROR);
        int warnings = findings.count(Severity.WARNING);
        int remarks = findings.count(Severity.INFO);
        int score = Math.max(0, 100 - ERROR_POINTS * errors - Math.min(WARNING_CAP, WARNING_POINTS * warnings));
        return new Readiness(score, errors, warnings, remarks);
    }

    /** Returns the verdict: 可以公开 (no error, 90 or more), 需修改 (an error, or below 90), 不宜公开 (below 60). */
    public String verdict() {
        if (score < 60) {
            return "不宜公开";
        }
        return errors == 0 && score >= 90 ? "可以公开" : "需修改";
    }
}

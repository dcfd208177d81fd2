package org.juesuan.audit.claims;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.juesuan.core.formula.Tolerance;
import org.juesuan.core.issue.Issue;
import org.juesuan.core.issue.Severity;
import org.juesuan.core.money.Amount;
import org.juesuan.core.source.SourceRef;

/**
 * Checks what a narrative's own figures can show without the tables (情况说明内部核对): a change rate against the
 * change and the amount it implies for the prior year, a direction word against the other direction word, the sign
 * and the figures, a rate on a zero base, 持平 with a change, a completion rate against its budget and actual amount
 * or on a zero budget, and shares listed together that do not add up to 100%.
 *
 * <p>Figures printed in 万元 are rounded, so a percentage that the amounts' rounding can explain (each amount off
 * by up to the tolerance's rounding step, 0.01 万元), or that differs by one unit of its last printed decimal, is a
 * remark ({@link Severity#INFO}), not an error. Each finding is located at the number it is about, and its message
 * shows the arithmetic.
 *
 * <p>Stateless and thread-safe.
 */
public final class NarrativeChecks {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private NarrativeChecks() {}

    /**
     * Checks the statements of a narrative.
     *
     * @param narrative the narrative read by {@link ClaimExtractor}
     * @param tolerance the rounding of the amounts (a profile's tolerance for 万元, {@link Tolerance#EXACT} for 元)
     * @return the findings, sorted by location
     */
    public static List<Issue> check(NarrativeClaims narrative, Tolerance tolerance) {
        Objects.requireNonNull(tolerance, "tolerance");
        Amount step = tolerance.exact() ? Amount.ZERO : tolerance.rounding();
        List<Issue> issues = new ArrayList<>();
        for (ChangeStatement change : narrative.statements(ChangeStatement.class)) {
            if (change.direction() == Direction.FLAT) {
                ChangeChecks.flat(change, step, issues);
            } else {
                ChangeChecks.change(change, step, issues);
            }
        }
        for (CompletionStatement completion : narrative.statements(CompletionStatement.class)) {
            completion(completion, step, issues);
        }
        Map<Integer, List<ShareStatement>> lists = new LinkedHashMap<>();
        for (ShareStatement share : narrative.statements(ShareStatement.class)) {
            lists.computeIfAbsent(share.list(), k -> new ArrayList<>()).add(share);
        }
        for (List<ShareStatement> list : lists.values()) {
            shares(list, issues);
        }
        issues.sort(Issue.BY_LOCATION);
        return List.copyOf(issues);
    }

    // ---- completion of the budget ----

    private static void completion(CompletionStatement c, Amount step, List<Issue> issues) {
        StatedPercent rate = c.rate();
        StatedAmount budget = c.budget();
        StatedAmount actual = c.actual();
        if (rate == null || budget == null) {
            return;
        }
        String subject = c.subject().isEmpty() ? "" : "“" + c.subject() + "”";
        if (budget.amount().isZero()) {
            issues.add(new Issue(
                    Severity.ERROR,
                    "AUDIT_NARRATIVE_COMPLETION_ZERO_BUDGET",
                    rate.source(),
                    "情况说明称" + subject + "预算为 " + budget.text() + " 万元，仍称完成预算的 " + rate.text()
                            + "%；预算为零时不应列完成比例（应表述为“年初未安排预算”）"));
            return;
        }
        if (actual == null || budget.amount().signum() < 0) {
            return;
        }
        Percentages.Verdict verdict = Percentages.verdict(rate, actual.amount(), budget.amount(), 0, step);
        if (verdict.severity() != null) {
            issues.add(new Issue(
                    verdict.severity(),
                    "AUDIT_NARRATIVE_COMPLETION_RATE",
                    rate.source(),
                    "情况说明称" + subject + "预算 " + budget.text() + " 万元、决算 " + actual.text() + " 万元，完成预算的 "
                            + rate.text() + "%；" + actual.text() + " ÷ " + budget.text() + " = " + verdict.exactText()
                            + "%，保留 " + rate.decimals() + " 位小数为 " + verdict.roundedText() + "%" + verdict.tail()));
        }
    }

    // ---- shares of a list ----

    private static void shares(List<ShareStatement> list, List<Issue> issues) {
        if (list.size() < 2) {
            return;
        }
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal allowance = BigDecimal.ZERO;
        StringBuilder terms = new StringBuilder();
        boolean allZero = true;
        for (ShareStatement share : list) {
            BigDecimal percent = share.share().percent();
            sum = sum.add(percent);
            allZero &= percent.signum() == 0;
            // each share rounded on its own may be off by half a unit of its last decimal
            allowance = allowance.add(
                    new BigDecimal("0.5").movePointLeft(share.share().decimals()));
            terms.append(terms.length() == 0 ? "" : " + ")
                    .append(share.share().text())
                    .append('%');
        }
        BigDecimal difference = sum.subtract(HUNDRED);
        if (allZero || difference.signum() == 0) {
            return;
        }
        ShareStatement first = list.get(0);
        String whole = first.whole().isEmpty() ? "" : "占" + first.whole() + "的";
        String arithmetic = "情况说明所列各项" + whole + "比例 " + terms + " = " + sum.toPlainString() + "%";
        Severity severity;
        String tail;
        if (difference.abs().compareTo(allowance) <= 0) {
            severity = Severity.INFO;
            tail = "，与100%之差在各项分别四舍五入的范围内";
        } else if (difference.signum() > 0) {
            severity = Severity.ERROR;
            tail = "，超过100%";
        } else {
            severity = Severity.WARNING;
            tail = "，不足100%，或有项目未列出";
        }
        issues.add(
                new Issue(severity, "AUDIT_NARRATIVE_SHARE_SUM", first.share().source(), arithmetic + tail));
    }

    /** Returns the 万元 text of an amount, at least two decimals. */
    static String wan(Amount amount) {
        return amount.toWanYuan().toPlainString();
    }

    /** Returns the position of the first figure given, else {@code fallback}. */
    static SourceRef at(SourceRef fallback, Object... figures) {
        for (Object figure : figures) {
            if (figure instanceof StatedAmount) {
                return ((StatedAmount) figure).source();
            }
            if (figure instanceof StatedPercent) {
                return ((StatedPercent) figure).source();
            }
        }
        return fallback;
    }
}

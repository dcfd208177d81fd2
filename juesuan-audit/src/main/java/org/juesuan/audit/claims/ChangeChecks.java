package org.juesuan.audit.claims;

import java.util.List;
import org.juesuan.core.issue.Issue;
import org.juesuan.core.issue.Severity;
import org.juesuan.core.money.Amount;

/**
 * The checks of one change statement (增减表述核对): direction words against each other, the sign and the figures;
 * the change against the stated prior amount; the rate against the change and the base it implies; a rate on a zero
 * base; 持平 with a change.
 *
 * <p>Stateless and thread-safe.
 */
final class ChangeChecks {

    private ChangeChecks() {}

    /** Checks an increase or a decrease. */
    static void change(ChangeStatement s, Amount step, List<Issue> issues) {
        String subject = s.subject().isEmpty() ? "" : "“" + s.subject() + "”";
        StatedAmount change = s.change();
        StatedPercent rate = s.rate();
        // the direction words against each other and against the sign
        if (s.rateDirection().isPresent()
                && s.rateDirection().get() != Direction.FLAT
                && s.rateDirection().get() != s.direction()) {
            issues.add(new Issue(
                    Severity.ERROR,
                    "AUDIT_NARRATIVE_DIRECTION",
                    NarrativeChecks.at(s.source(), rate),
                    "情况说明称" + subject + s.word() + (change == null ? "" : " " + change.text() + " 万元") + "，又称"
                            + s.rateWord() + " " + (rate == null ? "" : rate.text() + "%") + "，增减方向自相矛盾"));
        }
        if (change != null && change.amount().signum() < 0) {
            issues.add(new Issue(
                    Severity.ERROR,
                    "AUDIT_NARRATIVE_DIRECTION",
                    change.source(),
                    "情况说明称" + subject + s.word() + " " + change.text() + " 万元，数为负，与“" + s.word() + "”矛盾"));
        }
        if (rate != null && rate.percent().signum() < 0) {
            issues.add(new Issue(
                    Severity.ERROR,
                    "AUDIT_NARRATIVE_DIRECTION",
                    rate.source(),
                    "情况说明称" + subject + (s.rateWord().isEmpty() ? s.word() : s.rateWord()) + " " + rate.text()
                            + "%，数为负，与增减方向的表述矛盾"));
        }
        StatedAmount current = s.current();
        StatedAmount prior = s.prior();
        if (current != null && prior != null) {
            Amount actual = current.amount().minus(prior.amount());
            boolean contrary = actual.abs().compareTo(step) > 0
                    && actual.signum() != s.direction().sign();
            if (contrary) {
                issues.add(new Issue(
                        Severity.ERROR,
                        "AUDIT_NARRATIVE_DIRECTION",
                        NarrativeChecks.at(current.source(), change, rate),
                        "情况说明称" + subject + "本年 " + current.text() + " 万元、上年 " + prior.text() + " 万元，实为"
                                + (actual.signum() > 0 ? "增加" : "减少") + " " + NarrativeChecks.wan(actual.abs())
                                + " 万元，所述“" + s.word() + "”方向相反"));
                return;
            }
            if (change != null) {
                amountAgainstPrior(s, subject, change, current, prior, actual, step, issues);
            }
        }
        if (rate == null) {
            return;
        }
        Amount part;
        Amount whole;
        int sign;
        String derivation;
        if (prior != null && change != null) {
            part = change.amount();
            whole = prior.amount();
            sign = 0;
            derivation = "上年 " + prior.text() + " 万元";
        } else if (current != null && change != null) {
            part = change.amount();
            whole = current.amount();
            sign = s.direction().sign();
            derivation =
                    "按本年 " + current.text() + " 万元" + (sign > 0 ? "减" : "加") + "所述变动 " + change.text() + " 万元推得上年 ";
        } else {
            return;
        }
        Amount base = Percentages.base(part, whole, sign);
        if (base.isZero() || s.noBase()) {
            issues.add(new Issue(
                    Severity.WARNING,
                    "AUDIT_NARRATIVE_ZERO_BASE",
                    rate.source(),
                    "情况说明称" + subject + s.word() + " " + change.text() + " 万元、"
                            + (s.rateWord().isEmpty() ? s.word() : s.rateWord()) + " " + rate.text() + "%，但"
                            + (base.isZero()
                                    ? (sign == 0 ? derivation : derivation + "0.00 万元") + "，上年为零"
                                    : "又称上年无此项、无可比性")
                            + "；上年为零时不应列增减率，应表述为“上年无此项，无可比性”"));
            return;
        }
        if (base.signum() < 0) {
            return;
        }
        Percentages.Verdict verdict = Percentages.verdict(rate, part, whole, sign, step);
        if (verdict.severity() != null) {
            issues.add(new Issue(
                    verdict.severity(),
                    "AUDIT_NARRATIVE_CHANGE_RATE",
                    rate.source(),
                    "情况说明称" + subject + s.word() + " " + change.text() + " 万元、"
                            + (s.rateWord().isEmpty() ? s.word() : s.rateWord()) + " " + rate.text() + "%；"
                            + (sign == 0 ? derivation : derivation + NarrativeChecks.wan(verdict.base()) + " 万元") + "，"
                            + change.text() + " ÷ " + NarrativeChecks.wan(verdict.base()) + " = " + verdict.exactText()
                            + "%，保留 " + rate.decimals() + " 位小数为 " + verdict.roundedText() + "%" + verdict.tail()));
        }
    }

    private static void amountAgainstPrior(
            ChangeStatement s,
            String subject,
            StatedAmount change,
            StatedAmount current,
            StatedAmount prior,
            Amount actual,
            Amount step,
            List<Issue> issues) {
        Amount difference = actual.abs().minus(change.amount().abs()).abs();
        if (difference.isZero()) {
            return;
        }
        boolean rounding = difference.compareTo(step.plus(step)) <= 0;
        issues.add(new Issue(
                rounding ? Severity.INFO : Severity.ERROR,
                "AUDIT_NARRATIVE_CHANGE_AMOUNT",
                change.source(),
                "情况说明称" + subject + "本年 " + current.text() + " 万元、上年 " + prior.text() + " 万元，" + s.word() + " "
                        + change.text() + " 万元；" + current.text() + " − " + prior.text() + " = "
                        + NarrativeChecks.wan(actual) + " 万元，相差 " + NarrativeChecks.wan(difference) + " 万元"
                        + (rounding ? "，在舍入范围内" : "")));
    }

    /** Checks 持平: no change, no rate, the same amount as the prior year. */
    static void flat(ChangeStatement s, Amount step, List<Issue> issues) {
        String subject = s.subject().isEmpty() ? "" : "“" + s.subject() + "”";
        StatedAmount change = s.change();
        StatedPercent rate = s.rate();
        if (change != null && !change.amount().isZero()) {
            issues.add(new Issue(
                    Severity.ERROR,
                    "AUDIT_NARRATIVE_FLAT",
                    change.source(),
                    "情况说明称" + subject + "持平，又称变动 " + change.text() + " 万元；持平即无增减"));
        }
        if (rate != null && rate.percent().signum() != 0) {
            issues.add(new Issue(
                    Severity.ERROR,
                    "AUDIT_NARRATIVE_FLAT",
                    rate.source(),
                    "情况说明称" + subject + "持平，又称变动 " + rate.text() + "%；持平即无增减"));
        }
        StatedAmount current = s.current();
        StatedAmount prior = s.prior();
        if (current != null && prior != null) {
            Amount difference = current.amount().minus(prior.amount());
            if (!difference.isZero()) {
                boolean rounding = difference.abs().compareTo(step) <= 0;
                issues.add(new Issue(
                        rounding ? Severity.INFO : Severity.ERROR,
                        "AUDIT_NARRATIVE_FLAT",
                        current.source(),
                        "情况说明称" + subject + "持平，但本年 " + current.text() + " 万元、上年 " + prior.text() + " 万元，"
                                + (difference.signum() > 0 ? "增加" : "减少") + " " + NarrativeChecks.wan(difference.abs())
                                + " 万元" + (rounding ? "，在舍入范围内" : "")));
            }
        }
    }
}

package org.juesuan.audit.recognize;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.juesuan.core.dataset.Evaluation;
import org.juesuan.core.dataset.Figure;
import org.juesuan.core.dataset.Text;

/**
 * Test support: a self-evaluation form as lines of text, field by field, so that a recognised form and the one a
 * dataset holds compare with a readable difference. Positions are left out; numbers compare by value.
 */
final class FormDescription {

    private FormDescription() {}

    /** Describes a form with its printed rates and scores as printed. */
    static List<String> of(@Nullable Evaluation form) {
        return of(form, UnaryOperator.identity());
    }

    /**
     * Describes a form, each printed rate or score passed through {@code printed} (to compare 20分 with 20, say);
     * the summary (主要产出和效果) is left out: a dataset takes it from the narrative, not from the form.
     */
    static List<String> of(@Nullable Evaluation form, UnaryOperator<String> printed) {
        List<String> lines = new ArrayList<>();
        if (form == null) {
            lines.add("no form");
            return lines;
        }
        lines.add("name " + form.name());
        lines.add("attributes " + new TreeMap<>(form.attributes()));
        lines.add("planned " + amount(form.planned()));
        lines.add("executed " + amount(form.executed()));
        for (Evaluation.Goal goal : form.goals()) {
            lines.add("goal " + goal.title() + " | " + goal.description() + " | " + number(goal.points()));
            for (Evaluation.Indicator i : goal.indicators()) {
                lines.add("  indicator "
                        + String.join(
                                " | ",
                                i.level1(),
                                i.level2(),
                                i.name(),
                                i.target(),
                                i.actual(),
                                number(i.weight()),
                                number(i.score()),
                                String.valueOf(i.achievement())));
            }
        }
        lines.add("deviation " + text(form.deviation()));
        lines.add("improvement " + text(form.improvement()));
        Map<String, String> shown = new TreeMap<>();
        form.printed().forEach((key, value) -> shown.put(key, printed.apply(value)));
        lines.add("printed " + shown);
        return lines;
    }

    /** Returns the number in a printed score or rate (20分 → 20, 100.00% → 100), or the text if there is none. */
    static String numberIn(String printed) {
        String digits = printed.replaceAll("[分%％\\s]", "");
        try {
            return new BigDecimal(digits).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            return printed;
        }
    }

    private static String amount(@Nullable Figure figure) {
        return figure == null ? "-" : figure.amount().value().toPlainString();
    }

    private static String number(@Nullable BigDecimal value) {
        return value == null ? "-" : value.stripTrailingZeros().toPlainString();
    }

    private static String text(@Nullable Text text) {
        return text == null ? "-" : text.value();
    }
}

package org.juesuan.core.narrative;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.juesuan.core.dataset.Evaluation;
import org.juesuan.core.dataset.Figure;
import org.juesuan.core.dataset.UnitFact;
import org.juesuan.core.money.Amount;
import org.juesuan.core.performance.Scorecard;

/**
 * Writes 预算绩效情况: the project self-evaluations (count, funds, share of 项目支出, each project's budget,
 * execution and computed score, their average score and grades), the overall self-evaluation with its computed score,
 * and the texts the unit wrote about its performance management.
 *
 * <p>The figures come from the self-evaluation forms and the tables. A sentence of the unit's own text that states
 * an amount or a percentage is left out: the narrative states each figure once, from the data, and the generated
 * sentence before the text says it.
 *
 * <p>Stateless and thread-safe.
 */
final class PerformanceWriter {

    /** A stated amount or percentage: 57.32万元, 21.62%. */
    private static final Pattern FIGURE = Pattern.compile("\\d[\\d,]*(\\.\\d+)?\\s*(万元|亿元|元|%|％)");

    private PerformanceWriter() {}

    static void write(SectionOutput out) {
        Values v = out.values();
        List<Evaluation> projects = v.dataset().projectEvaluations();
        Optional<String> work = prose(v.text(UnitFact.TEXT_PERFORMANCE_WORK));
        Optional<String> overallText = prose(v.text(UnitFact.TEXT_PERFORMANCE_OVERALL));
        Optional<String> use = prose(v.text(UnitFact.TEXT_PERFORMANCE_USE));
        boolean overall = v.dataset().overall().isPresent() || overallText.isPresent();
        if (projects.isEmpty() && !overall && work.isEmpty() && use.isEmpty() && out.has("none")) {
            out.paragraph("none", out.bind("none"));
            return;
        }
        Optional<Scorecard> scores = out.scores();
        out.heading("workHeading");
        Bindings workBindings = out.bind("work").text("text", work);
        scores.map(Scorecard::summary).ifPresent(summary -> summary(out, workBindings, summary));
        if (!projects.isEmpty()) {
            Optional<Amount> executed = sum(projects, true);
            workBindings
                    .count("count", "count", projects.size())
                    .amount("amount", "amount", executed)
                    .amount("planned", "planned", sum(projects, false));
            executed.ifPresent(e -> workBindings.percent("share", "share", e, v.cell("T05", "total", "project")));
        }
        out.paragraph("work", workBindings);

        out.heading("overallHeading");
        Bindings overallBindings = out.bind("overall").text("text", overallText);
        if (overall) {
            overallBindings.amount("amount", "overall", v.cell("T01", "E57", "amount"));
            scores.flatMap(Scorecard::overallForm).ifPresent(form -> score(overallBindings, "overall", form));
        }
        out.paragraph("overall", overallBindings);

        out.heading("projectsHeading");
        Bindings count = out.bind("projects");
        if (!projects.isEmpty()) {
            count.count("count", "projects", projects.size());
        }
        out.paragraph("projects", count);
        List<SectionOutput.Item> items = new ArrayList<>();
        for (int i = 0; i < projects.size(); i++) {
            Evaluation project = projects.get(i);
            String key = "project." + (i + 1) + ".";
            Optional<Amount> planned = project.plannedFigure().map(f -> Numbers.displayed(f.amount()));
            Optional<Amount> executed = project.executedFigure().map(f -> Numbers.displayed(f.amount()));
            Bindings item = out.bind("project")
                    .text("number", String.valueOf(i + 1))
                    .text("name", project.name())
                    .amount("planned", key + "planned", planned)
                    .amount("executed", key + "executed", executed)
                    .text(
                            "summary",
                            project.summary() == null ? null : project.summary().value());
            if (planned.isPresent() && executed.isPresent()) {
                item.percent("completion", key + "completion", executed.get(), planned.get());
            }
            int index = i;
            scores.ifPresent(card -> score(
                    item, key.substring(0, key.length() - 1), card.projects().get(index)));
            items.add(new SectionOutput.Item("text", item));
        }
        out.paragraphs("project", items);

        out.heading("useHeading");
        out.paragraph("use", out.bind("use").text("text", use));
    }

    /** Binds a form's 总分 and grade, if computed. */
    private static void score(Bindings bindings, String key, Scorecard.FormScore form) {
        form.totalValue().ifPresent(total -> bindings.score("score", key + ".score", total));
        form.gradeValue().ifPresent(grade -> bindings.text("rating", grade.name()));
    }

    /** Binds the projects' 平均得分 and the number in each grade, when every project was scored. */
    private static void summary(SectionOutput out, Bindings bindings, Scorecard.Summary summary) {
        summary.averageValue().ifPresent(average -> bindings.score("average", "average", average));
        if (summary.grades().isEmpty() || !out.has("grade")) {
            return;
        }
        List<SectionOutput.Item> grades = new ArrayList<>();
        for (Map.Entry<String, Integer> grade : summary.grades().entrySet()) {
            grades.add(new SectionOutput.Item(
                    "text",
                    out.bind("grade")
                            .text("name", grade.getKey())
                            .count("count", "grade." + grade.getKey(), grade.getValue())));
        }
        bindings.runs("grade", () -> out.list("grade", grades));
    }

    /** Σ 执行数 (or 预算数) of the project evaluations as displayed, if any states one. */
    private static Optional<Amount> sum(List<Evaluation> projects, boolean executed) {
        Amount sum = Amount.ZERO;
        boolean any = false;
        for (Evaluation project : projects) {
            Optional<Figure> figure = executed ? project.executedFigure() : project.plannedFigure();
            if (figure.isPresent()) {
                sum = sum.plus(figure.get().amount());
                any = true;
            }
        }
        return any ? Optional.of(Numbers.displayed(sum)) : Optional.empty();
    }

    /** Returns the unit's text without the sentences that state an amount or a percentage. */
    static Optional<String> prose(Optional<String> text) {
        if (text.isEmpty()) {
            return text;
        }
        StringBuilder kept = new StringBuilder();
        StringBuilder sentence = new StringBuilder();
        String value = text.get();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            sentence.append(c);
            boolean end = c == '。' || c == '！' || c == '？';
            // a closing bracket or quote right after the full stop belongs to the sentence
            while (end && i + 1 < value.length() && "）)”’》".indexOf(value.charAt(i + 1)) >= 0) {
                sentence.append(value.charAt(++i));
            }
            if (end || i == value.length() - 1) {
                if (!FIGURE.matcher(sentence).find()) {
                    kept.append(sentence);
                }
                sentence.setLength(0);
            }
        }
        String result = kept.toString().strip();
        return result.isEmpty() ? Optional.empty() : Optional.of(result);
    }
}

package org.juesuan.core.narrative;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.juesuan.core.catalog.ClassCode;
import org.juesuan.core.document.ChartBlock;
import org.juesuan.core.document.FigureRun;
import org.juesuan.core.document.Heading;
import org.juesuan.core.document.Paragraph;
import org.juesuan.core.document.Run;
import org.juesuan.core.document.TextRun;
import org.juesuan.core.performance.Scorecard;

/**
 * Writes one section (情况说明的一部分) from its templates: fills them, prints each paragraph the profile did not insert
 * into another, and prints a sub-heading only when something follows it.
 *
 * <p>Not thread-safe; one per section.
 */
final class SectionOutput {

    private final NarrativeSection section;
    private final Context context;
    private final List<Heading> pending = new ArrayList<>();

    SectionOutput(NarrativeSection section, Context context) {
        this.section = section;
        this.context = context;
    }

    /** Returns the figures. */
    /** Returns the computed scores of the self-evaluation forms, if the scoring rules were given. */
    Optional<Scorecard> scores() {
        return Optional.ofNullable(context.scores);
    }

    Values values() {
        return context.values;
    }

    /** Returns the catalog's current name of a function code (the tables print the same). */
    String name(ClassCode code) {
        return context.profile.functions().name(code).orElse(code.digits());
    }

    /** Returns the filled {@code chain} template of a 项: its 类, 款 and 项 names. */
    List<Run> chain(ClassCode code) {
        Bindings chain = bind("chain")
                .text("type", name(code.prefix(3)))
                .text("clause", name(code.prefix(5)))
                .text("item", name(code));
        return render("chain", chain);
    }

    /** Returns the section's definition. */
    NarrativeSection section() {
        return section;
    }

    /** Prints the section's own heading. */
    void start() {
        context.blocks.add(new Heading(section.level(), section.heading()));
    }

    /** Returns whether the section defines a template. */
    boolean has(String template) {
        return section.templates().containsKey(template);
    }

    /** Returns whether another template inserts this one (then it is not a paragraph of its own). */
    boolean isInserted(String template) {
        return section.inserted().contains(template);
    }

    /** Returns bindings for a template, with the common placeholders filled. */
    Bindings bind(String template) {
        int decimals = section.template(template).map(Wording::decimals).orElse(2);
        String prefix = section.kind() == null ? "" : section.kind().key();
        Bindings bindings = new Bindings(decimals, prefix);
        bindings.text("year", String.valueOf(context.year));
        bindings.text("priorYear", String.valueOf(context.year - 1));
        bindings.text("unit", context.unit);
        bindings.text("subject", context.profile.presentation().subject());
        return bindings;
    }

    /** Returns the filled variant of a template; nothing if the section does not define it. */
    List<Run> render(String template, String variant, Bindings bindings) {
        return section.template(template)
                .flatMap(w -> w.variant(variant))
                .map(t -> Renderer.render(t, bindings))
                .orElse(List.of());
    }

    /** Returns the filled template of one text. */
    List<Run> render(String template, Bindings bindings) {
        return render(template, "text", bindings);
    }

    /**
     * Returns list items joined with the template's separators, where another template inserts the list; nothing
     * otherwise (the items are then paragraphs, see {@link #paragraphs}).
     */
    List<Run> list(String template, List<Item> items) {
        Optional<Wording> wording = section.template(template);
        if (wording.isEmpty() || !isInserted(template)) {
            return List.of();
        }
        List<List<Run>> rendered = new ArrayList<>();
        for (Item item : items) {
            List<Run> runs = render(template, item.variant(), item.bindings());
            if (!Renderer.isBlank(runs)) {
                rendered.add(runs);
            }
        }
        return Renderer.join(rendered, wording.get().separator(), wording.get().lastSeparator());
    }

    /** Prints a template as a paragraph, unless it is undefined, inserted elsewhere or empty. */
    void paragraph(String template, String variant, Bindings bindings) {
        if (has(template) && !isInserted(template)) {
            paragraph(render(template, variant, bindings));
        }
    }

    /** Prints a template of one text as a paragraph. */
    void paragraph(String template, Bindings bindings) {
        paragraph(template, "text", bindings);
    }

    /** Prints each item of a list as a paragraph, unless the list is inserted into another template. */
    void paragraphs(String template, List<Item> items) {
        if (has(template) && !isInserted(template)) {
            for (Item item : items) {
                paragraph(render(template, item.variant(), item.bindings()));
            }
        }
    }

    /** Prints runs as a body paragraph, after any pending heading; nothing if they print nothing. */
    void paragraph(List<Run> runs) {
        if (Renderer.isBlank(runs)) {
            return;
        }
        flush();
        List<Run> keyed = new ArrayList<>();
        for (Run run : runs) {
            if (run instanceof FigureRun) {
                FigureRun figure = (FigureRun) run;
                keyed.add(new FigureRun(context.uniqueKey(figure.key()), figure.kind(), figure.value(), figure.text()));
            } else {
                keyed.add(run);
            }
        }
        context.blocks.add(new Paragraph(Paragraph.Style.BODY, keyed));
    }

    /** Makes a heading template pending one level below the section's heading. */
    void heading(String template) {
        if (has(template)) {
            pend(text(render(template, bind(template))), 1);
        }
    }

    /** Makes a heading pending {@code depth} levels below the section's heading. */
    void pend(String text, int depth) {
        if (text.isBlank()) {
            return;
        }
        int level = section.level() + depth;
        // a heading with nothing under it gives way to the next one of its level
        pending.removeIf(h -> h.level() >= level);
        pending.add(new Heading(level, text));
    }

    /** Prints a chart. */
    void chart(ChartBlock chart) {
        flush();
        context.blocks.add(chart);
    }

    /** Returns the chart's text of a key, filled (the caption with its number). */
    String chartText(String key, int number) {
        return chartText(key, number, context.year);
    }

    /** Returns the chart's text of a key, filled, with {@code {year}} standing for {@code year} (a bar group's). */
    String chartText(String key, int number, int year) {
        Template template = section.chart().get(key);
        if (template == null) {
            return "";
        }
        Bindings bindings = bind("chart");
        bindings.text("number", String.valueOf(number));
        bindings.text("year", String.valueOf(year));
        bindings.text("priorYear", String.valueOf(year - 1));
        return text(Renderer.render(template, bindings));
    }

    /** Returns whether the section has a chart. */
    boolean hasChart() {
        return !section.chart().isEmpty();
    }

    /** Returns the next chart number. */
    int nextChart() {
        return context.nextChart();
    }

    /** Returns the item labels, in listing order. */
    Map<String, String> names() {
        return section.names();
    }

    /** Returns whether items of 0.00 are left out. */
    boolean omitsZero() {
        return section.zeroItems() == NarrativeSection.ZeroItems.OMIT;
    }

    /** Returns the decimals of a template's percentages. */
    int decimals(String template) {
        return section.template(template).map(Wording::decimals).orElse(2);
    }

    private void flush() {
        context.blocks.addAll(pending);
        pending.clear();
    }

    /** Returns the printed text of runs. */
    static String text(List<Run> runs) {
        StringBuilder text = new StringBuilder();
        for (Run run : runs) {
            text.append(run.text());
        }
        return text.toString();
    }

    /** Returns runs of plain text. */
    static List<Run> plain(String text) {
        return List.of(new TextRun(text));
    }

    /**
     * One item of a list: its variant and values.
     *
     * @param variant the variant ({@code text} for a template with one)
     * @param bindings the values
     */
    record Item(String variant, Bindings bindings) {}
}

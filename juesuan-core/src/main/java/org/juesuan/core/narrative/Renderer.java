package org.juesuan.core.narrative;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.juesuan.core.document.Run;
import org.juesuan.core.document.TextRun;

/**
 * Fills a template (填写模板): literal text as is, placeholders with their bound runs, optional groups only when every
 * placeholder in them has a non-empty value. Adjacent texts are merged.
 *
 * <p>Stateless and thread-safe.
 */
final class Renderer {

    private Renderer() {}

    /** Returns the runs of a filled template. */
    static List<Run> render(Template template, Bindings bindings) {
        List<Run> runs = new ArrayList<>();
        fill(template.parts(), bindings, runs);
        return merge(runs);
    }

    /** Returns whether the parts could all be filled; fills {@code out} either way. */
    private static boolean fill(List<Template.Part> parts, Bindings bindings, List<Run> out) {
        boolean complete = true;
        for (Template.Part part : parts) {
            if (part instanceof Template.Literal) {
                out.add(new TextRun(((Template.Literal) part).text()));
            } else if (part instanceof Template.Placeholder) {
                Optional<List<Run>> value = bindings.get(((Template.Placeholder) part).name());
                if (value.isEmpty() || isBlank(value.get())) {
                    complete = false;
                } else {
                    out.addAll(value.get());
                }
            } else {
                List<Run> group = new ArrayList<>();
                if (fill(((Template.Group) part).parts(), bindings, group)) {
                    out.addAll(group);
                }
            }
        }
        return complete;
    }

    /** Returns whether the runs print nothing. */
    static boolean isBlank(List<Run> runs) {
        for (Run run : runs) {
            if (!run.text().isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** Joins lists of runs with separators. */
    static List<Run> join(List<List<Run>> items, String separator, String lastSeparator) {
        List<Run> runs = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                runs.add(new TextRun(i == items.size() - 1 ? lastSeparator : separator));
            }
            runs.addAll(items.get(i));
        }
        return merge(runs);
    }

    private static List<Run> merge(List<Run> runs) {
        List<Run> merged = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (Run run : runs) {
            if (run instanceof TextRun) {
                text.append(run.text());
            } else {
                if (text.length() > 0) {
                    merged.add(new TextRun(text.toString()));
                    text.setLength(0);
                }
                merged.add(run);
            }
        }
        if (text.length() > 0) {
            merged.add(new TextRun(text.toString()));
        }
        return merged;
    }
}

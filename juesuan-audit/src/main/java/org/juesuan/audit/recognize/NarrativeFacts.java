package org.juesuan.audit.recognize;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.juesuan.audit.claims.CompletionStatement;
import org.juesuan.audit.claims.NarrativeClaims;
import org.juesuan.core.catalog.Catalog;
import org.juesuan.core.dataset.Dataset;
import org.juesuan.core.dataset.Figure;
import org.juesuan.core.dataset.FunctionLine;
import org.juesuan.core.profile.Profile;

/**
 * The facts a published document states only in its narrative (情况说明中的事实数): the 年初预算 of each 项, which
 * 五（三） gives item by item (“行政运行（项）。年初预算为207.87万元，支出决算为207.87万元”) and no table prints.
 *
 * <p>Stateless and thread-safe.
 */
public final class NarrativeFacts {

    private NarrativeFacts() {}

    /**
     * Returns the dataset with the 年初预算 the narrative states for its 项, each found by the 项's name (and its 类
     * and 款 names where the sentence gives them) among the lines the tables print.
     */
    public static Dataset apply(Dataset dataset, NarrativeClaims narrative, Profile profile) {
        Catalog functions = profile.functions();
        List<FunctionLine> lines = new ArrayList<>(dataset.lines());
        boolean changed = false;
        for (CompletionStatement statement : narrative.statements(CompletionStatement.class)) {
            if (statement.budget() == null) {
                continue;
            }
            Optional<String> item = item(statement.subject());
            if (item.isEmpty()) {
                continue;
            }
            List<Integer> matches = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                String name =
                        functions.name(lines.get(i).code()).orElse(lines.get(i).name());
                if (Catalog.sameName(name, item.get())) {
                    matches.add(i);
                }
            }
            // a 项 name used under several 款 (其他支出) is told apart by the 类 and 款 the sentence names
            if (matches.size() > 1) {
                List<FunctionLine> all = lines;
                matches.removeIf(i -> !parentsMatch(statement.subject(), all.get(i), functions));
            }
            if (matches.size() != 1
                    || lines.get(matches.get(0)).annualBudgetFigure().isPresent()) {
                continue;
            }
            FunctionLine line = lines.get(matches.get(0));
            lines.set(
                    matches.get(0),
                    new FunctionLine(
                            line.code(),
                            line.name(),
                            line.income(),
                            line.spending(),
                            line.opening(),
                            line.closing(),
                            new Figure(
                                    statement.budget().amount(),
                                    statement.budget().source()),
                            line.purpose(),
                            line.budgetReason(),
                            line.source()));
            changed = true;
        }
        return changed ? dataset.withFigures(lines, dataset.basicByEconomic(), dataset.facts()) : dataset;
    }

    /** Returns the 项 name of a subject written …（项）, if it is one. */
    public static Optional<String> item(String subject) {
        String text = subject.replace('(', '（').replace(')', '）').replaceAll("(?U)\\s+", "");
        if (!text.endsWith("（项）")) {
            return Optional.empty();
        }
        String rest = text.substring(0, text.length() - 3);
        int clause = rest.lastIndexOf("（款）");
        return Optional.of(clause >= 0 ? rest.substring(clause + 3) : rest);
    }

    /** Whether the 类 and 款 names a subject gives, if any, are those of the line's codes. */
    private static boolean parentsMatch(String subject, FunctionLine line, Catalog functions) {
        String text = subject.replace('(', '（').replace(')', '）').replaceAll("(?U)\\s+", "");
        int type = text.indexOf("（类）");
        int clause = text.indexOf("（款）");
        if (type < 0 || clause < type) {
            return true;
        }
        String typeName = text.substring(0, type);
        String clauseName = text.substring(type + 3, clause);
        String catalogType = functions.name(line.code().prefix(3)).orElse("");
        String catalogClause = functions.name(line.code().prefix(5)).orElse("");
        boolean typeOk = Catalog.sameName(typeName, catalogType)
                || (catalogType.endsWith("支出")
                        && Catalog.sameName(typeName, catalogType.substring(0, catalogType.length() - 2)));
        return typeOk && Catalog.sameName(clauseName, catalogClause);
    }
}

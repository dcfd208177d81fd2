package org.juesuan.core.dataset;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.juesuan.core.catalog.ClassCode;
import org.juesuan.core.money.Amount;
import org.juesuan.core.money.AmountUnit;
import org.juesuan.core.source.TreeReader;

/**
 * Writes a dataset in its canonical file form (YAML or JSON), the inverse of {@link DatasetReader}.
 *
 * <p>Output is deterministic: fields in schema order, lines in code order, amounts in the dataset's unit as exact
 * decimals. Reading the output back gives an equal dataset (sources aside).
 *
 * <p>Stateless and thread-safe.
 */
public final class DatasetWriter {

    private static final YAMLFactory YAML = YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
            .build();
    private static final JsonFactory JSON = new JsonFactory();

    private DatasetWriter() {}

    /** Returns the dataset as text in the given format. */
    public static String write(Dataset dataset, TreeReader.Format format) {
        StringWriter out = new StringWriter();
        try (JsonGenerator generator = (format == TreeReader.Format.JSON ? JSON : YAML).createGenerator(out)) {
            if (format == TreeReader.Format.JSON) {
                generator.useDefaultPrettyPrinter();
            }
            value(generator, tree(dataset));
        } catch (IOException e) {
            throw new UncheckedIOException("while writing a dataset", e);
        }
        String text = out.toString();
        return text.endsWith("\n") ? text : text + "\n";
    }

    /** A number that must be written as a number literal, exactly as given. */
    private record Number(String text) {}

    /** Returns the dataset as nested maps and lists in schema order. */
    static Map<String, Object> tree(Dataset dataset) {
        AmountUnit unit = dataset.amountUnit();
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("format", DatasetReader.FORMAT);
        root.put("profile", dataset.profileId());
        root.put("amountUnit", unit.label());
        UnitInfo info = dataset.unit();
        Map<String, Object> unitMap = new LinkedHashMap<>();
        unitMap.put("name", info.name());
        if (!info.shortName().equals(info.name())) {
            unitMap.put("shortName", info.shortName());
        }
        unitMap.put("region", info.region());
        unitMap.put("level", info.level().label());
        putText(unitMap, "kind", info.unitKind());
        unitMap.put("scope", info.scope().label());
        unitMap.put("fiscalYear", new Number(Integer.toString(info.fiscalYear())));
        info.publicationDate().ifPresent(date -> unitMap.put("publishedOn", date.toString()));
        if (!info.duties().isEmpty()) {
            unitMap.put("duties", info.duties());
        }
        putText(unitMap, "organization", info.organization());
        if (!info.subordinates().isEmpty()) {
            unitMap.put("subordinates", info.subordinates());
        }
        root.put("unit", unitMap);
        List<Object> lines = new ArrayList<>();
        for (FunctionLine line : dataset.lines()) {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("code", new Number(line.code().digits()));
            putText(map, "name", line.name());
            Map<String, Object> income = new LinkedHashMap<>();
            line.income().forEach((source, figure) -> income.put(source.key(), amount(figure.amount(), unit)));
            putMap(map, "income", income);
            Map<String, Object> spending = new LinkedHashMap<>();
            line.spending().forEach((key, figure) -> {
                @SuppressWarnings("unchecked")
                Map<String, Object> byKind = (Map<String, Object>)
                        spending.computeIfAbsent(key.fund().key(), k -> new LinkedHashMap<String, Object>());
                byKind.put(key.kind().key(), amount(figure.amount(), unit));
            });
            putMap(map, "spending", spending);
            Map<String, Object> opening = new LinkedHashMap<>();
            line.opening().forEach((fund, figure) -> opening.put(fund.key(), amount(figure.amount(), unit)));
            putMap(map, "opening", opening);
            Map<String, Object> closing = new LinkedHashMap<>();
            line.closing().forEach((fund, figure) -> closing.put(fund.key(), amount(figure.amount(), unit)));
            putMap(map, "closing", closing);
            line.annualBudgetFigure().ifPresent(f -> map.put("annualBudget", amount(f.amount(), unit)));
            if (line.purpose() != null) {
                map.put("purpose", line.purpose().value());
            }
            if (line.budgetReason() != null) {
                map.put("budgetReason", line.budgetReason().value());
            }
            lines.add(map);
        }
        if (!lines.isEmpty()) {
            root.put("lines", lines);
        }
        Map<String, Object> economic = new LinkedHashMap<>();
        for (Map.Entry<ClassCode, Figure> entry : dataset.basicByEconomic().entrySet()) {
            economic.put(entry.getKey().digits(), amount(entry.getValue().amount(), unit));
        }
        putMap(root, "basicByEconomic", economic);
        for (UnitFact fact : UnitFact.values()) {
            Object value = null;
            switch (fact.type()) {
                case AMOUNT:
                    value = dataset.facts()
                            .amount(fact)
                            .map(f -> (Object) amount(f.amount(), unit))
                            .orElse(null);
                    break;
                case COUNT:
                    value = dataset.facts()
                            .count(fact)
                            .map(c -> (Object) new Number(Integer.toString(c.value())))
                            .orElse(null);
                    break;
                case TEXT:
                    value = dataset.facts()
                            .text(fact)
                            .map(t -> (Object) t.value())
                            .orElse(null);
                    break;
            }
            if (value != null) {
                putPath(root, fact.key(), value);
            }
        }
        if (dataset.overallEvaluation() != null || !dataset.projectEvaluations().isEmpty()) {
            Map<String, Object> performance = new LinkedHashMap<>();
            dataset.overall().ifPresent(e -> performance.put("overall", evaluation(e, unit)));
            List<Object> projects = new ArrayList<>();
            dataset.projectEvaluations().forEach(e -> projects.add(evaluation(e, unit)));
            if (!projects.isEmpty()) {
                performance.put("projects", projects);
            }
            root.put("performance", performance);
        }
        KeyWork keyWork = dataset.keyWork();
        if (!keyWork.paragraphs().isEmpty() || !keyWork.items().isEmpty()) {
            Map<String, Object> map = new LinkedHashMap<>();
            if (!keyWork.paragraphs().isEmpty()) {
                List<Object> paragraphs = new ArrayList<>();
                keyWork.paragraphs().forEach(p -> paragraphs.add(p.value()));
                map.put("paragraphs", paragraphs);
            }
            if (!keyWork.items().isEmpty()) {
                List<Object> items = new ArrayList<>();
                for (KeyWork.Item item : keyWork.items()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("matter", item.matter());
                    putText(row, "goal", item.goal());
                    putText(row, "result", item.result());
                    items.add(row);
                }
                map.put("items", items);
            }
            root.put("keyWork", map);
        }
        Published published = dataset.published();
        if (!published.cells().isEmpty() || !published.claims().isEmpty()) {
            Map<String, Object> map = new LinkedHashMap<>();
            Map<String, Object> tables = new LinkedHashMap<>();
            for (Published.Cell cell : published.cells()) {
                @SuppressWarnings("unchecked")
                Map<String, Object> rows = (Map<String, Object>)
                        tables.computeIfAbsent(cell.table(), k -> new LinkedHashMap<String, Object>());
                if (cell.column().isEmpty()) {
                    rows.put(cell.row(), amount(cell.amount(), unit));
                } else {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> columns = (Map<String, Object>)
                            rows.computeIfAbsent(cell.row(), k -> new LinkedHashMap<String, Object>());
                    columns.put(cell.column(), amount(cell.amount(), unit));
                }
            }
            putMap(map, "tables", tables);
            Map<String, Object> narrative = new LinkedHashMap<>();
            published
                    .claims()
                    .forEach((claim, value) -> narrative.put(
                            claim.key(),
                            claim.kind() == NarrativeClaim.Kind.AMOUNT
                                    ? amount(Amount.of(value.value()), unit)
                                    : new Number(value.value().toPlainString())));
            putMap(map, "narrative", narrative);
            root.put("published", map);
        }
        return root;
    }

    private static Map<String, Object> evaluation(Evaluation evaluation, AmountUnit unit) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("name", evaluation.name());
        if (!evaluation.attributes().isEmpty()) {
            map.put("attributes", new LinkedHashMap<>(evaluation.attributes()));
        }
        evaluation.plannedFigure().ifPresent(f -> map.put("planned", amount(f.amount(), unit)));
        evaluation.executedFigure().ifPresent(f -> map.put("executed", amount(f.amount(), unit)));
        if (!evaluation.goals().isEmpty()) {
            List<Object> goals = new ArrayList<>();
            for (Evaluation.Goal goal : evaluation.goals()) {
                Map<String, Object> g = new LinkedHashMap<>();
                putText(g, "title", goal.title());
                putText(g, "description", goal.description());
                if (goal.points() != null) {
                    g.put("points", new Number(goal.points().toPlainString()));
                }
                List<Object> indicators = new ArrayList<>();
                for (Evaluation.Indicator indicator : goal.indicators()) {
                    Map<String, Object> i = new LinkedHashMap<>();
                    putText(i, "level1", indicator.level1());
                    putText(i, "level2", indicator.level2());
                    i.put("name", indicator.name());
                    putText(i, "target", indicator.target());
                    putText(i, "actual", indicator.actual());
                    decimal(i, "weight", indicator.weight());
                    decimal(i, "score", indicator.score());
                    if (indicator.achievement() != null) {
                        i.put("achievement", indicator.achievement());
                    }
                    indicators.add(i);
                }
                if (!indicators.isEmpty()) {
                    g.put("indicators", indicators);
                }
                goals.add(g);
            }
            map.put("goals", goals);
        }
        if (evaluation.deviation() != null) {
            map.put("deviation", evaluation.deviation().value());
        }
        if (evaluation.improvement() != null) {
            map.put("improvement", evaluation.improvement().value());
        }
        if (evaluation.summary() != null) {
            map.put("summary", evaluation.summary().value());
        }
        if (!evaluation.printed().isEmpty()) {
            map.put("printed", new LinkedHashMap<>(evaluation.printed()));
        }
        return map;
    }

    private static void decimal(Map<String, Object> map, String key, BigDecimal value) {
        if (value != null) {
            map.put(key, new Number(value.toPlainString()));
        }
    }

    private static Number amount(Amount amount, AmountUnit unit) {
        return new Number(unit == AmountUnit.WAN_YUAN ? amount.toWanYuan().toPlainString() : amount.toString());
    }

    private static void putText(Map<String, Object> map, String key, String text) {
        if (!text.isEmpty()) {
            map.put(key, text);
        }
    }

    private static void putMap(Map<String, Object> map, String key, Map<String, Object> value) {
        if (!value.isEmpty()) {
            map.put(key, value);
        }
    }

    @SuppressWarnings("unchecked")
    private static void putPath(Map<String, Object> root, String dottedKey, Object value) {
        String[] parts = dottedKey.split("\\.");
        Map<String, Object> map = root;
        for (int i = 0; i < parts.length - 1; i++) {
            map = (Map<String, Object>) map.computeIfAbsent(parts[i], k -> new LinkedHashMap<String, Object>());
        }
        map.put(parts[parts.length - 1], value);
    }

    @SuppressWarnings("unchecked")
    private static void value(JsonGenerator generator, Object value) throws IOException {
        if (value instanceof Map) {
            generator.writeStartObject();
            for (Map.Entry<String, Object> entry : ((Map<String, Object>) value).entrySet()) {
                generator.writeFieldName(entry.getKey());
                value(generator, entry.getValue());
            }
            generator.writeEndObject();
        } else if (value instanceof List) {
            generator.writeStartArray();
            for (Object item : (List<Object>) value) {
                value(generator, item);
            }
            generator.writeEndArray();
        } else if (value instanceof Number) {
            generator.writeNumber(((Number) value).text());
        } else {
            generator.writeString(value.toString());
        }
    }
}

package org.juesuan.core.rule;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.juesuan.core.catalog.Catalogs;
import org.juesuan.core.dataset.Dataset;
import org.juesuan.core.dataset.DatasetReader;
import org.juesuan.core.dataset.DatasetWriter;
import org.juesuan.core.issue.Issues;
import org.juesuan.core.issue.Result;
import org.juesuan.core.profile.Profile;
import org.juesuan.core.source.Node;
import org.juesuan.core.source.SourceRef;
import org.juesuan.core.source.TreeReader;
import org.juesuan.core.table.Deriver;
import org.juesuan.core.table.PublishedCells;
import org.juesuan.core.table.TableSet;

/**
 * Test support: builds the dataset of a rule test case — a base dataset with the case's changes — and the unit view
 * the rules see.
 *
 * <p>A case changes its base with {@code printed} (figures the document printed, by table/row/栏), {@code claims}
 * (narrative figures), {@code facts} (unit facts by dotted key), {@code lines} (项 lines merged by code),
 * {@code economic} (economic items) and {@code set} (any field, merged from the top); a null removes.
 */
final class RuleCases {

    static final Catalogs CATALOGS = Catalogs.bundled();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    /** A small consistent unit in 元: exact comparison. */
    static final String MINIMAL = """
            format: juesuan-dataset/1
            profile: hubei-2024
            amountUnit: 元
            unit: {name: 测试局, region: 湖北省武汉市某区, level: 区, kind: 行政单位, scope: 本级, fiscalYear: 2024}
            lines:
              - code: "2010301"
                income: {generalBudget: 1000000.00}
                spending: {generalBudget: {basic: 1000000.00}}
                annualBudget: 1000000.00
              - code: "2010302"
                income: {generalBudget: 200000.00}
                spending: {generalBudget: {project: 200000.00}}
                annualBudget: 200000.00
            basicByEconomic: {"30101": 800000.00, "30201": 200000.00}
            operatingCost: {actual: 200000.00, budget: 200000.00}
            """;

    private RuleCases() {}

    /** Returns the base dataset as a map. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> base(String name) {
        try {
            String text = name.equals("minimal")
                    ? MINIMAL
                    : Files.readString(Path.of("../examples/qingshan-guozi-2024/dataset.yaml"));
            return YAML.readValue(text, LinkedHashMap.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Applies a case's changes to a base. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> patch(Map<String, Object> base, Map<String, Object> testCase) {
        Map<String, Object> root = base;
        if (testCase.containsKey("printed")) {
            merge(child(child(root, "published"), "tables"), (Map<String, Object>) testCase.get("printed"));
        }
        if (testCase.containsKey("claims")) {
            merge(child(child(root, "published"), "narrative"), (Map<String, Object>) testCase.get("claims"));
        }
        if (testCase.containsKey("facts")) {
            ((Map<String, Object>) testCase.get("facts")).forEach((key, value) -> {
                String[] parts = key.split("\\.");
                Map<String, Object> map = root;
                for (int i = 0; i < parts.length - 1; i++) {
                    map = child(map, parts[i]);
                }
                if (value == null) {
                    map.remove(parts[parts.length - 1]);
                } else {
                    map.put(parts[parts.length - 1], value);
                }
            });
        }
        if (testCase.containsKey("economic")) {
            merge(child(root, "basicByEconomic"), (Map<String, Object>) testCase.get("economic"));
        }
        if (testCase.containsKey("lines")) {
            List<Object> lines = (List<Object>) root.computeIfAbsent("lines", k -> new ArrayList<>());
            for (Object item : (List<Object>) testCase.get("lines")) {
                Map<String, Object> patchLine = (Map<String, Object>) item;
                String code = String.valueOf(patchLine.get("code"));
                Map<String, Object> existing = null;
                for (Object line : lines) {
                    if (String.valueOf(((Map<String, Object>) line).get("code")).equals(code)) {
                        existing = (Map<String, Object>) line;
                    }
                }
                if (patchLine.size() == 2 && patchLine.containsKey("remove")) {
                    lines.remove(existing);
                } else if (existing == null) {
                    lines.add(new LinkedHashMap<>(patchLine));
                } else {
                    merge(existing, patchLine);
                }
            }
        }
        if (testCase.containsKey("set")) {
            merge(root, (Map<String, Object>) testCase.get("set"));
        }
        return root;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> child(Map<String, Object> map, String key) {
        Object value = map.get(key);
        if (!(value instanceof Map)) {
            value = new LinkedHashMap<String, Object>();
            map.put(key, value);
        }
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static void merge(Map<String, Object> target, Map<String, Object> patch) {
        patch.forEach((key, value) -> {
            if (value == null) {
                target.remove(key);
            } else if (value instanceof Map && target.get(key) instanceof Map) {
                merge((Map<String, Object>) target.get(key), (Map<String, Object>) value);
            } else {
                target.put(key, value);
            }
        });
    }

    /** Reads a patched dataset back through the real reader (so a case cannot build an invalid dataset). */
    static Dataset dataset(Map<String, Object> tree, String profile) {
        try {
            tree.put("profile", profile);
            String text = YAML.writeValueAsString(tree);
            Result<Node> node = TreeReader.read(text, "case.yaml", TreeReader.Format.YAML);
            Result<Dataset> dataset = new DatasetReader(CATALOGS)
                    .read(node.value().orElseThrow(), SourceRef.file("case.yaml"), Issues.create());
            return dataset.orElseThrow(issues -> new IllegalArgumentException("测试用例的数据集有误：\n" + issues));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Returns the unit view the rules see for a dataset under a profile. */
    static UnitView view(Dataset dataset, Profile profile) {
        TableSet derived = Deriver.derive(profile, dataset);
        Issues issues = Issues.create();
        List<PublishedCells.Match> matches = PublishedCells.resolve(derived, dataset.published(), issues);
        if (issues.hasErrors()) {
            throw new IllegalArgumentException("测试用例所列原文数有误：\n" + issues);
        }
        return UnitView.of(derived, matches);
    }

    /** Returns the canonical text of a dataset, for debugging a case. */
    static String text(Dataset dataset) {
        return DatasetWriter.write(dataset, TreeReader.Format.YAML);
    }
}

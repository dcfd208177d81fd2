package org.juesuan.core.narrative;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.juesuan.core.issue.Issues;
import org.juesuan.core.issue.Result;
import org.juesuan.core.profile.Profile;
import org.juesuan.core.profile.ProfileFiles;
import org.juesuan.core.source.Keyed;
import org.juesuan.core.source.MappingReader;
import org.juesuan.core.source.Node;
import org.juesuan.core.source.SourceRef;

/**
 * Reads a profile's narrative phrasing (情况说明措辞) from {@code narrative.yaml} in its directory, strictly: unknown
 * keys, unknown sections and templates, placeholders a template may not use, missing templates and variants, and
 * values that may be missing but stand outside an optional group are all reported together, each at its
 * {@code file:line:col} (a placeholder at its own character).
 *
 * <p>The file's shape:
 *
 * <pre>
 * decimals: 2                 # decimals of percentages, unless a section or template says otherwise
 * zeroItems: list             # list items of 0.00 (list) or leave them out (omit, “不涉及的不列”)
 * sections:
 *   - section: total          # what the section states (see SectionKind); left out for a heading only
 *     heading: 一、收入支出决算总体情况说明
 *     level: 1                # 1 or 2
 *     chart: {caption: "图{number}：收、支决算总计变动情况", income: 收入总计, expenditure: 支出总计, category: "{year}年度"}
 *     templates:
 *       statement: "{year}年度收、支总计均为{total}万元。{comparison}"
 *       comparison:           # a template with variants, chosen by the data
 *         decrease: "与{priorYear}年度相比，收、支总计减少{change}万元，下降{rate}%[，主要原因是{reason}]。"
 *         …
 * </pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class NarrativeLoader {

    /** The file name in a profile's directory. */
    public static final String FILE = "narrative.yaml";

    private static final String P = "NARRATIVE";
    private static final int DEFAULT_DECIMALS = 2;
    private static final int MAX_DECIMALS = 4;

    private NarrativeLoader() {}

    /** Loads the narrative phrasing of a profile. */
    public static Result<NarrativeDefinition> load(Profile profile) {
        return load(profile.files());
    }

    /** Loads the narrative phrasing in a profile's directory. */
    public static Result<NarrativeDefinition> load(ProfileFiles files) {
        Issues issues = Issues.create();
        Optional<ProfileFiles.Yaml> yaml = files.yaml(FILE, P, "情况说明措辞", issues);
        if (yaml.isEmpty()) {
            return Result.failed(issues);
        }
        Optional<NarrativeDefinition> definition = new Session(
                        issues, new FileText(yaml.get().text()))
                .definition(yaml.get().tree());
        return definition.isPresent() && !issues.hasErrors()
                ? Result.of(definition.get(), issues)
                : Result.failed(issues);
    }

    private static final class Session {
        private final Issues issues;
        private final FileText file;

        Session(Issues issues, FileText file) {
            this.issues = issues;
            this.file = file;
        }

        Optional<NarrativeDefinition> definition(Node node) {
            Optional<MappingReader> reader = MappingReader.of(node, "情况说明措辞", issues, P);
            if (reader.isEmpty()) {
                return Optional.empty();
            }
            MappingReader m = reader.get();
            int decimals = decimals(m).orElse(DEFAULT_DECIMALS);
            NarrativeSection.ZeroItems zeroItems = zeroItems(m).orElse(NarrativeSection.ZeroItems.LIST);
            List<NarrativeSection> sections = new ArrayList<>();
            Map<SectionKind, SourceRef> seen = new HashMap<>();
            m.required("sections").ifPresent(list -> {
                if (!(list instanceof Node.Sequence)
                        || ((Node.Sequence) list).items().isEmpty()) {
                    issues.error(list.ref(), P + "_WRONG_KIND", "sections 应为非空列表");
                    return;
                }
                for (Node item : ((Node.Sequence) list).items()) {
                    section(item, decimals, zeroItems, seen).ifPresent(sections::add);
                }
            });
            m.finish();
            return Optional.of(new NarrativeDefinition(sections, m.ref()));
        }

        private Optional<NarrativeSection> section(
                Node node, int topDecimals, NarrativeSection.ZeroItems topZero, Map<SectionKind, SourceRef> seen) {
            Optional<MappingReader> reader = MappingReader.of(node, "情况说明的部分", issues, P);
            if (reader.isEmpty()) {
                return Optional.empty();
            }
            MappingReader m = reader.get();
            Optional<String> heading = m.requiredText("heading");
            int level = m.integer("level").orElse(1);
            if (level < 1 || level > 2) {
                issues.error(valueRef(m, "level"), P + "_VALUE", "level 应为 1 或 2");
                level = 1;
            }
            Optional<String> kindText = m.text("section");
            if (kindText.isEmpty()) {
                m.finish();
                return heading.map(h -> new NarrativeSection(
                        null,
                        h,
                        1,
                        Map.of(),
                        Set.of(),
                        Map.of(),
                        NarrativeSection.ZeroItems.LIST,
                        "",
                        Map.of(),
                        m.ref()));
            }
            Optional<SectionKind> kind = SectionKind.ofKey(kindText.get());
            if (kind.isEmpty()) {
                issues.error(
                        valueRef(m, "section"),
                        P + "_UNKNOWN_SECTION",
                        "未知的部分“" + kindText.get() + "”，应为 " + keys(SectionKind.values()) + " 之一");
                m.finish();
                return Optional.empty();
            }
            SourceRef first = seen.putIfAbsent(kind.get(), m.ref());
            if (first != null) {
                issues.error(
                        valueRef(m, "section"),
                        P + "_DUPLICATE_SECTION",
                        "部分“" + kindText.get() + "”重复（首次出现于 " + first.display() + "）");
            }
            int decimals = decimals(m).orElse(topDecimals);
            NarrativeSection.ZeroItems zeroItems = zeroItems(m).orElse(topZero);
            String basis = basis(m, kind.get());
            Map<String, Template> chart = chart(m, kind.get());
            Set<String> inserted = new TreeSet<>();
            Map<String, Wording> templates = new LinkedHashMap<>();
            Map<String, List<Template.Placeholder>> references = new LinkedHashMap<>();
            m.required("templates")
                    .ifPresent(n -> MappingReader.of(n, "templates", issues, P).ifPresent(t -> {
                        for (Node.Entry entry : t.mapping().entries()) {
                            TemplateSpec spec = kind.get().templates().get(entry.key());
                            t.optional(entry.key());
                            if (spec == null) {
                                issues.error(
                                        entry.keyRef(),
                                        P + "_UNKNOWN_TEMPLATE",
                                        "部分“" + kind.get().key() + "”没有模板“" + entry.key() + "”，可用的模板："
                                                + String.join(
                                                        "、",
                                                        kind.get().templates().keySet()));
                                continue;
                            }
                            wording(spec, entry.value(), decimals, kind.get(), references)
                                    .ifPresent(w -> templates.put(spec.key(), w));
                        }
                        for (TemplateSpec spec : kind.get().templates().values()) {
                            if (spec.required() && !templates.containsKey(spec.key())) {
                                issues.error(
                                        t.ref(),
                                        P + "_MISSING_TEMPLATE",
                                        "部分“" + kind.get().key() + "”缺少模板“" + spec.key() + "”");
                            }
                        }
                        t.finish();
                    }));
            references.forEach((key, uses) -> {
                for (Template.Placeholder use : uses) {
                    if (!templates.containsKey(use.name())) {
                        issues.error(
                                use.where(), P + "_MISSING_TEMPLATE", "模板“" + key + "”引用了未定义的模板“" + use.name() + "”");
                    }
                    inserted.add(use.name());
                }
            });
            // item labels are needed where a template names items or a chart shows them
            boolean named = !chart.isEmpty()
                    || templates.values().stream()
                            .anyMatch(w -> w.spec().placeholders().contains("name"));
            Map<String, String> names = names(m, kind.get(), named);
            if (level == 2 && templates.containsKey("classHeading")) {
                issues.error(templates.get("classHeading").source(), P + "_LEVEL", "第二级的部分不能再有 classHeading（标题最多三级）");
            }
            m.finish();
            if (heading.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new NarrativeSection(
                    kind.get(), heading.get(), level, templates, inserted, names, zeroItems, basis, chart, m.ref()));
        }

        private Optional<Wording> wording(
                TemplateSpec spec,
                Node node,
                int sectionDecimals,
                SectionKind kind,
                Map<String, List<Template.Placeholder>> references) {
            Map<String, Template> variants = new LinkedHashMap<>();
            String separator = "；";
            String lastSeparator = "";
            int decimals = sectionDecimals;
            if (node instanceof Node.Scalar) {
                if (spec.family() != Family.SINGLE) {
                    issues.error(
                            node.ref(),
                            P + "_MISSING_VARIANT",
                            "模板“" + spec.key() + "”应按变体分别写出："
                                    + String.join("、", spec.family().variants()));
                    return Optional.empty();
                }
                String text = ((Node.Scalar) node).text();
                variants.put("text", template(spec, "text", node, text, kind, references));
            } else {
                Optional<MappingReader> reader = MappingReader.of(node, "模板", issues, P);
                if (reader.isEmpty()) {
                    return Optional.empty();
                }
                MappingReader m = reader.get();
                for (String variant : spec.family().variants()) {
                    Optional<Node> value = m.optional(variant);
                    if (value.isEmpty()) {
                        issues.error(m.ref(), P + "_MISSING_VARIANT", "模板“" + spec.key() + "”缺少变体“" + variant + "”");
                        continue;
                    }
                    m.scalarText(value.get(), variant)
                            .ifPresent(text -> variants.put(
                                    variant,
                                    template(spec, variant, value.get(), rawText(value.get()), kind, references)));
                }
                if (spec.role().isList()) {
                    separator = m.optional("separator").map(this::rawText).orElse(separator);
                    lastSeparator =
                            m.optional("lastSeparator").map(this::rawText).orElse("");
                }
                decimals = decimals(m).orElse(sectionDecimals);
                m.finish();
            }
            return Optional.of(new Wording(
                    spec,
                    variants,
                    separator,
                    lastSeparator.isEmpty() ? separator : lastSeparator,
                    decimals,
                    node.ref()));
        }

        /** Returns a scalar's text as written, without the stripping that MappingReader applies. */
        private String rawText(Node node) {
            return node instanceof Node.Scalar ? ((Node.Scalar) node).text() : "";
        }

        private Template template(
                TemplateSpec spec,
                String variant,
                Node node,
                String text,
                SectionKind kind,
                Map<String, List<Template.Placeholder>> references) {
            Template template = TemplateParser.parse(text, file.locator(node, text), issues);
            for (Template.Use use : template.placeholders()) {
                String name = use.placeholder().name();
                SourceRef where = use.placeholder().where();
                boolean caption = spec.key().equals("chart:caption") && name.equals("number");
                if (TemplateSpec.COMMON.contains(name) || caption) {
                    continue;
                }
                if (!spec.placeholders().contains(name)) {
                    Set<String> allowed = new TreeSet<>(TemplateSpec.COMMON);
                    allowed.addAll(spec.placeholders());
                    issues.error(
                            where,
                            P + "_UNKNOWN_PLACEHOLDER",
                            "模板“" + spec.key() + "”不能使用占位符“{" + name + "}”，可用的占位符：" + braces(allowed));
                    continue;
                }
                if (!spec.family().allows(variant, name)) {
                    issues.error(
                            where,
                            P + "_PLACEHOLDER_VARIANT",
                            "占位符“{" + name + "}”不能用于模板“" + spec.key() + "”的变体“" + variant + "”（该情形下没有此数）");
                    continue;
                }
                if (spec.maybe().contains(name) && !use.optional()) {
                    issues.error(where, P + "_OPTIONAL_VALUE", "占位符“{" + name + "}”可能没有数据，应写在可选部分“[ ]”中，无数据时整句略去");
                }
                if (kind.templates().containsKey(name)) {
                    references
                            .computeIfAbsent(spec.key(), k -> new ArrayList<>())
                            .add(use.placeholder());
                }
            }
            return template;
        }

        private Map<String, String> names(MappingReader m, SectionKind kind, boolean needed) {
            Map<String, String> names = new LinkedHashMap<>();
            Optional<Node> node =
                    kind.names().isEmpty() ? Optional.empty() : needed ? m.required("names") : m.optional("names");
            node.flatMap(n -> MappingReader.of(n, "names", issues, P)).ifPresent(r -> {
                for (Node.Entry entry : r.mapping().entries()) {
                    r.optional(entry.key());
                    if (!kind.names().contains(entry.key())) {
                        issues.error(
                                entry.keyRef(),
                                P + "_UNKNOWN_NAME",
                                "部分“" + kind.key() + "”没有项目“" + entry.key() + "”，可用的项目："
                                        + String.join("、", new TreeSet<>(kind.names())));
                        continue;
                    }
                    r.scalarText(entry.value(), entry.key()).ifPresent(text -> names.put(entry.key(), text));
                }
                Set<String> expected = new HashSet<>(kind.names());
                if (kind == SectionKind.INCOME) {
                    // 财政拨款收入 is listed whole or by fund, never both
                    boolean whole = names.containsKey("fiscal");
                    expected.removeAll(
                            whole ? Set.of("generalBudget", "governmentFund", "stateCapital") : Set.of("fiscal"));
                }
                for (String key : new TreeSet<>(expected)) {
                    if (!names.containsKey(key)) {
                        issues.error(r.ref(), P + "_MISSING_NAME", "names 缺少项目“" + key + "”：所列项目之和须等于总数，占比才能合计为100%");
                    }
                }
                if (kind == SectionKind.INCOME && names.containsKey("fiscal")) {
                    for (String fund : List.of("generalBudget", "governmentFund", "stateCapital")) {
                        if (names.containsKey(fund)) {
                            issues.error(
                                    r.mapping().entry(fund).orElseThrow().keyRef(),
                                    P + "_DOUBLE_NAME",
                                    "已列财政拨款收入（fiscal），不能再列其中的“" + fund + "”");
                        }
                    }
                }
                r.finish();
            });
            if (kind.names().isEmpty()) {
                m.optional("names")
                        .ifPresent(n -> issues.error(n.ref(), P + "_UNKNOWN_NAME", "部分“" + kind.key() + "”没有可列名称的项目"));
            }
            return names;
        }

        private String basis(MappingReader m, SectionKind kind) {
            if (!kind.hasBasis()) {
                m.optional("basis").ifPresent(n -> issues.error(n.ref(), P + "_VALUE", "只有 operatingCost 有 basis"));
                return "";
            }
            return m.requiredText("basis")
                    .filter(text -> {
                        if (text.equals("budget") || text.equals("prior")) {
                            return true;
                        }
                        issues.error(valueRef(m, "basis"), P + "_VALUE", "basis 应为 budget（与年初预算比较）或 prior（与上年比较）");
                        return false;
                    })
                    .orElse("prior");
        }

        private Map<String, Template> chart(MappingReader m, SectionKind kind) {
            Map<String, Template> chart = new LinkedHashMap<>();
            Optional<Node> node = m.optional("chart");
            if (node.isEmpty()) {
                return chart;
            }
            if (kind.chart() == SectionKind.Chart.NONE) {
                issues.error(node.get().ref(), P + "_NO_CHART", "部分“" + kind.key() + "”没有图");
                return chart;
            }
            MappingReader.of(node.get(), "chart", issues, P).ifPresent(c -> {
                for (String key : new TreeSet<>(kind.chart().keys())) {
                    c.required(key).ifPresent(value -> c.scalarText(value, key).ifPresent(text -> {
                        TemplateSpec spec = TemplateSpec.of("chart:" + key, TemplateSpec.Role.CLAUSE)
                                .build();
                        chart.put(key, template(spec, "text", value, rawText(value), kind, new HashMap<>()));
                    }));
                }
                c.finish();
            });
            return chart;
        }

        private Optional<Integer> decimals(MappingReader m) {
            return m.integer("decimals").filter(d -> {
                if (d <= MAX_DECIMALS) {
                    return true;
                }
                issues.error(valueRef(m, "decimals"), P + "_VALUE", "decimals 应为 0 到 " + MAX_DECIMALS);
                return false;
            });
        }

        private Optional<NarrativeSection.ZeroItems> zeroItems(MappingReader m) {
            return m.text("zeroItems").flatMap(text -> {
                Optional<NarrativeSection.ZeroItems> value = Keyed.find(NarrativeSection.ZeroItems.values(), text);
                if (value.isEmpty()) {
                    issues.error(valueRef(m, "zeroItems"), P + "_VALUE", "zeroItems 应为 list（列出0.00的项目）或 omit（不涉及的不列）");
                }
                return value;
            });
        }

        private static SourceRef valueRef(MappingReader m, String key) {
            return m.mapping().get(key).map(Node::ref).orElse(m.ref());
        }

        private static String keys(Keyed[] values) {
            List<String> keys = new ArrayList<>();
            for (Keyed value : values) {
                keys.add(value.key());
            }
            return String.join("、", keys);
        }

        private static String braces(Set<String> names) {
            StringBuilder text = new StringBuilder();
            for (String name : names) {
                text.append('{').append(name).append('}');
            }
            return text.toString();
        }
    }
}

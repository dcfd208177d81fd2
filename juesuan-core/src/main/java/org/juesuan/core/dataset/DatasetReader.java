package org.juesuan.core.dataset;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.juesuan.core.catalog.Catalog;
import org.juesuan.core.catalog.CatalogKind;
import org.juesuan.core.catalog.Catalogs;
import org.juesuan.core.catalog.ClassCode;
import org.juesuan.core.issue.Issues;
import org.juesuan.core.issue.Result;
import org.juesuan.core.money.Amount;
import org.juesuan.core.money.AmountUnit;
import org.juesuan.core.source.MappingReader;
import org.juesuan.core.source.Node;
import org.juesuan.core.source.SourceRef;
import org.juesuan.core.source.TreeReader;

/**
 * Reads a dataset file (YAML or JSON, one schema) into a {@link Dataset}, checking everything it can on the way.
 *
 * <p>Every problem is reported at its position and reading carries on, so one run lists them all: unknown or
 * misspelt fields, text where an amount belongs, too many decimals, codes that are not 项-level, unknown to the
 * fiscal year's catalog, or named differently from it, duplicate lines, fiscal money spent as anything but 基本支出
 * or 项目支出. The schema is documented in {@code docs/dataset.schema.json}.
 *
 * <p>Thread-safe: each call works on its own state.
 */
public final class DatasetReader {

    /** The value of the {@code format} field this reader accepts. */
    public static final String FORMAT = "juesuan-dataset/1";

    private static final String P = "DATASET";

    private final Catalogs catalogs;

    /** Creates a reader that checks codes against the given catalogs. */
    public DatasetReader(Catalogs catalogs) {
        this.catalogs = catalogs;
    }

    /**
     * Reads a dataset file.
     *
     * @param file the file
     * @param displayName its name in messages
     */
    public Result<Dataset> read(Path file, String displayName) {
        Result<Node> tree = TreeReader.read(file, displayName);
        return tree.value()
                .map(node -> read(node, SourceRef.file(displayName), tree.issues()))
                .orElseGet(() -> Result.failed(tree.issues()));
    }

    /**
     * Reads a dataset from its text, e.g. as stored with a version of a document.
     *
     * @param text the dataset's text
     * @param displayName its name in messages
     * @param format YAML or JSON
     */
    public Result<Dataset> read(String text, String displayName, TreeReader.Format format) {
        Result<Node> tree = TreeReader.read(text, displayName, format);
        return tree.value()
                .map(node -> read(node, SourceRef.file(displayName), tree.issues()))
                .orElseGet(() -> Result.failed(tree.issues()));
    }

    /**
     * Builds a dataset from a document tree.
     *
     * @param root the document
     * @param source the file, for the dataset's own reference
     * @param issues where problems go (problems already found may be in it)
     */
    public Result<Dataset> read(Node root, SourceRef source, Issues issues) {
        return new Session(issues).dataset(root, source);
    }

    private final class Session {
        private final Issues issues;
        private AmountUnit unit = AmountUnit.YUAN;
        private @Nullable Catalog functions;
        private @Nullable Catalog economics;

        Session(Issues issues) {
            this.issues = issues;
        }

        Result<Dataset> dataset(Node root, SourceRef source) {
            Optional<MappingReader> top = MappingReader.of(root, "数据集", issues, P);
            if (top.isEmpty()) {
                return Result.failed(issues);
            }
            MappingReader doc = top.get();
            doc.required("format")
                    .flatMap(node -> doc.scalarText(node, "format"))
                    .ifPresent(format -> {
                        if (!FORMAT.equals(format)) {
                            issues.error(
                                    doc.mapping().get("format").orElseThrow().ref(),
                                    P + "_FORMAT",
                                    "不支持的数据集格式“" + format + "”，应为 " + FORMAT);
                        }
                    });
            doc.required("amountUnit")
                    .ifPresent(node -> doc.scalarText(node, "amountUnit").ifPresent(label -> {
                        Optional<AmountUnit> parsed = AmountUnit.ofLabel(label);
                        if (parsed.isPresent()) {
                            unit = parsed.get();
                        } else {
                            issues.error(node.ref(), P + "_AMOUNT_UNIT", "金额单位应为“元”或“万元”，实为“" + label + "”");
                        }
                    }));
            Optional<String> profile = doc.requiredText("profile");
            Optional<UnitInfo> unitInfo = doc.required("unit").flatMap(this::unitInfo);
            unitInfo.ifPresent(info -> {
                functions =
                        catalogs.find(info.fiscalYear(), CatalogKind.FUNCTION).orElse(null);
                economics =
                        catalogs.find(info.fiscalYear(), CatalogKind.ECONOMIC).orElse(null);
                if (functions == null || economics == null) {
                    issues.error(
                            doc.mapping().get("unit").orElseThrow().ref(),
                            P + "_NO_CATALOG",
                            "没有 " + info.fiscalYear() + " 年度的科目表（现有年度：" + catalogs.years() + "）");
                }
            });
            List<FunctionLine> lines = doc.optional("lines").map(this::lines).orElse(List.of());
            Map<ClassCode, Figure> economic =
                    doc.optional("basicByEconomic").map(this::economic).orElse(Map.of());
            UnitFacts facts = unitFacts(doc);
            Evaluation overall = null;
            List<Evaluation> projects = List.of();
            Optional<MappingReader> performance =
                    doc.optional("performance").flatMap(node -> MappingReader.of(node, "performance", issues, P));
            if (performance.isPresent()) {
                overall = performance
                        .get()
                        .optional("overall")
                        .flatMap(this::evaluation)
                        .orElse(null);
                projects = performance
                        .get()
                        .optional("projects")
                        .map(node -> list(node, "projects", this::evaluation))
                        .orElse(List.of());
                performance.get().finish();
            }
            KeyWork keyWork = doc.optional("keyWork").map(this::keyWork).orElse(KeyWork.NONE);
            Published published = doc.optional("published").map(this::published).orElse(Published.NONE);
            doc.finish();
            if (issues.hasErrors() || unitInfo.isEmpty() || profile.isEmpty()) {
                return Result.failed(issues);
            }
            return Result.of(
                    new Dataset(
                            source,
                            unitInfo.get(),
                            profile.get(),
                            unit,
                            lines,
                            economic,
                            facts,
                            overall,
                            projects,
                            keyWork,
                            published),
                    issues);
        }

        // ---- unit ----

        private Optional<UnitInfo> unitInfo(Node node) {
            Optional<MappingReader> reader = MappingReader.of(node, "单位信息", issues, P);
            if (reader.isEmpty()) {
                return Optional.empty();
            }
            MappingReader m = reader.get();
            Optional<String> name = m.requiredText("name");
            String shortName = m.text("shortName").orElse(name.orElse(""));
            Optional<String> region = m.requiredText("region");
            Optional<GovernmentLevel> level = m.required("level")
                    .flatMap(n -> m.scalarText(n, "level").flatMap(text -> {
                        Optional<GovernmentLevel> parsed = GovernmentLevel.parse(text);
                        if (parsed.isEmpty()) {
                            issues.error(n.ref(), P + "_LEVEL", "预算级次应为 中央、省、市、区 或 县，实为“" + text + "”");
                        }
                        return parsed;
                    }));
            String kind = m.text("kind").orElse("");
            Optional<Scope> scope = m.required("scope")
                    .flatMap(n -> m.scalarText(n, "scope").flatMap(text -> {
                        Optional<Scope> parsed = Scope.parse(text);
                        if (parsed.isEmpty()) {
                            issues.error(n.ref(), P + "_SCOPE", "决算范围应为“本级”或“汇总”，实为“" + text + "”");
                        }
                        return parsed;
                    }));
            Optional<Integer> year = m.required("fiscalYear")
                    .flatMap(n -> m.toInteger(n, "fiscalYear"))
                    .filter(y -> {
                        if (y < 2000 || y > 2100) {
                            issues.error(
                                    m.mapping().get("fiscalYear").orElseThrow().ref(), P + "_YEAR", "年度 " + y + " 不合理");
                            return false;
                        }
                        return true;
                    });
            LocalDate publishedOn = m.optional("publishedOn")
                    .flatMap(n -> m.scalarText(n, "publishedOn").flatMap(text -> {
                        try {
                            return Optional.of(LocalDate.parse(text));
                        } catch (DateTimeParseException e) {
                            issues.error(n.ref(), P + "_DATE", "日期应写作 YYYY-MM-DD，实为“" + text + "”");
                            return Optional.empty();
                        }
                    }))
                    .orElse(null);
            List<String> duties = m.texts("duties");
            String organization = m.text("organization").orElse("");
            List<String> subordinates = m.texts("subordinates");
            m.finish();
            if (name.isEmpty() || region.isEmpty() || level.isEmpty() || scope.isEmpty() || year.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new UnitInfo(
                    name.get(),
                    shortName,
                    region.get(),
                    level.get(),
                    kind,
                    scope.get(),
                    year.get(),
                    publishedOn,
                    duties,
                    organization,
                    subordinates));
        }

        // ---- function lines ----

        private List<FunctionLine> lines(Node node) {
            Map<ClassCode, SourceRef> seen = new HashMap<>();
            List<FunctionLine> result = new ArrayList<>();
            for (FunctionLine line : list(node, "lines", this::line)) {
                SourceRef first = seen.putIfAbsent(line.code(), line.source());
                if (first != null) {
                    issues.error(
                            line.source(),
                            P + "_DUPLICATE_LINE",
                            "功能分类科目 " + line.code() + " 重复（首次出现于 " + first.display() + "），同一科目的数据应写在一行内");
                } else {
                    result.add(line);
                }
            }
            return result;
        }

        private Optional<FunctionLine> line(Node node) {
            Optional<MappingReader> reader = MappingReader.of(node, "功能分类科目行", issues, P);
            if (reader.isEmpty()) {
                return Optional.empty();
            }
            MappingReader m = reader.get();
            Optional<ClassCode> code = m.required("code").flatMap(n -> functionCode(n, m));
            String name = m.text("name").orElse("");
            code.ifPresent(c -> checkName(
                    c, name, m.mapping().get("name").map(Node::ref).orElse(m.ref()), functions, CatalogKind.FUNCTION));
            Map<IncomeSource, Figure> income = new EnumMap<>(IncomeSource.class);
            m.optional("income")
                    .flatMap(n -> MappingReader.of(n, "income", issues, P))
                    .ifPresent(inc -> {
                        for (IncomeSource source : IncomeSource.values()) {
                            inc.optional(source.key()).flatMap(this::figure).ifPresent(f -> income.put(source, f));
                        }
                        inc.finish();
                    });
            Map<FunctionLine.SpendingKey, Figure> spending = new TreeMap<>();
            m.optional("spending")
                    .flatMap(n -> MappingReader.of(n, "spending", issues, P))
                    .ifPresent(sp -> {
                        for (Fund fund : Fund.values()) {
                            sp.optional(fund.key())
                                    .flatMap(n -> MappingReader.of(n, fund.label() + "支出", issues, P))
                                    .ifPresent(byKind -> {
                                        for (SpendingKind kind : SpendingKind.values()) {
                                            Optional<Node> value = byKind.optional(kind.key());
                                            if (value.isPresent() && !kind.allowsFund(fund)) {
                                                issues.error(
                                                        value.get().ref(),
                                                        P + "_FISCAL_KIND",
                                                        fund.label() + "只能用于基本支出或项目支出，不能计入" + kind.label());
                                                continue;
                                            }
                                            value.flatMap(this::figure)
                                                    .ifPresent(f ->
                                                            spending.put(new FunctionLine.SpendingKey(fund, kind), f));
                                        }
                                        byKind.finish();
                                    });
                        }
                        sp.finish();
                    });
            Map<Fund, Figure> opening = balances(m, "opening");
            Map<Fund, Figure> closing = balances(m, "closing");
            Figure budget = m.optional("annualBudget").flatMap(this::figure).orElse(null);
            Text purpose =
                    m.optional("purpose").flatMap(n -> text(n, "purpose")).orElse(null);
            Text reason = m.optional("budgetReason")
                    .flatMap(n -> text(n, "budgetReason"))
                    .orElse(null);
            m.finish();
            return code.map(c ->
                    new FunctionLine(c, name, income, spending, opening, closing, budget, purpose, reason, m.ref()));
        }

        private Map<Fund, Figure> balances(MappingReader line, String key) {
            Map<Fund, Figure> result = new EnumMap<>(Fund.class);
            line.optional(key).flatMap(n -> MappingReader.of(n, key, issues, P)).ifPresent(b -> {
                for (Fund fund : Fund.values()) {
                    b.optional(fund.key()).flatMap(this::figure).ifPresent(f -> result.put(fund, f));
                }
                b.finish();
            });
            return result;
        }

        private Optional<ClassCode> functionCode(Node node, MappingReader m) {
            return m.scalarText(node, "code").flatMap(text -> {
                Optional<ClassCode> code = ClassCode.parse(text);
                if (code.isEmpty()) {
                    issues.error(node.ref(), P + "_BAD_CODE", "“" + text + "”不是科目编码（应为数字）");
                    return Optional.empty();
                }
                if (code.get().length() != 7) {
                    String level = code.get().level(CatalogKind.FUNCTION) > 0
                            ? CatalogKind.FUNCTION.levelName(code.get().level(CatalogKind.FUNCTION)) + "级科目"
                            : code.get().length() + " 位编码";
                    issues.error(
                            node.ref(),
                            P + "_CODE_LEVEL",
                            "数据应填在项级科目（7 位编码）上，" + text + " 是" + level + "；类、款合计由项级数据汇总得出");
                    return Optional.empty();
                }
                if (functions != null && !functions.contains(code.get())) {
                    issues.error(node.ref(), P + "_UNKNOWN_CODE", unknownCodeMessage(code.get(), functions));
                    return Optional.empty();
                }
                return code;
            });
        }

        private String unknownCodeMessage(ClassCode code, Catalog catalog) {
            String message = catalog.year() + " 年" + catalog.kind().label() + "中没有 " + code;
            Optional<ClassCode> parent = code.parent(catalog.kind());
            if (parent.isPresent() && !catalog.contains(parent.get())) {
                message += "，其上级科目 " + parent.get() + " 也不存在";
            }
            return message;
        }

        private void checkName(
                ClassCode code, String name, SourceRef where, @Nullable Catalog catalog, CatalogKind kind) {
            if (name.isEmpty() || catalog == null) {
                return;
            }
            catalog.name(code).ifPresent(official -> {
                if (!Catalog.sameName(official, name)) {
                    issues.error(
                            where,
                            P + "_WRONG_NAME",
                            kind.label() + " " + code + " 的名称应为“" + official + "”，实为“" + name + "”");
                }
            });
        }

        // ---- economic classification ----

        private Map<ClassCode, Figure> economic(Node node) {
            Map<ClassCode, Figure> result = new TreeMap<>();
            MappingReader.of(node, "basicByEconomic", issues, P).ifPresent(m -> {
                for (Node.Entry entry : m.mapping().entries()) {
                    m.optional(entry.key());
                    Optional<ClassCode> code = ClassCode.parse(entry.key());
                    if (code.isEmpty() || code.get().length() != 5) {
                        issues.error(entry.keyRef(), P + "_CODE_LEVEL", "经济分类应填在款级科目（5 位编码）上，实为“" + entry.key() + "”");
                        continue;
                    }
                    if (economics != null && !economics.contains(code.get())) {
                        issues.error(entry.keyRef(), P + "_UNKNOWN_CODE", unknownCodeMessage(code.get(), economics));
                        continue;
                    }
                    figure(entry.value()).ifPresent(f -> result.put(code.get(), f));
                }
            });
            return result;
        }

        // ---- unit-level facts ----

        private UnitFacts unitFacts(MappingReader doc) {
            Map<UnitFact, Figure> amounts = new EnumMap<>(UnitFact.class);
            Map<UnitFact, Count> counts = new EnumMap<>(UnitFact.class);
            Map<UnitFact, Text> texts = new EnumMap<>(UnitFact.class);
            for (String group : List.of(
                    "balances", "threePublic", "operatingCost", "procurement", "assets", "prior", "reasons", "texts")) {
                doc.optional(group).ifPresent(node -> factGroup(group, node, amounts, counts, texts));
            }
            return new UnitFacts(amounts, counts, texts);
        }

        private void factGroup(
                String path,
                Node node,
                Map<UnitFact, Figure> amounts,
                Map<UnitFact, Count> counts,
                Map<UnitFact, Text> texts) {
            Optional<UnitFact> fact = UnitFact.ofKey(path);
            if (fact.isPresent()) {
                switch (fact.get().type()) {
                    case AMOUNT:
                        figure(node).ifPresent(f -> amounts.put(fact.get(), f));
                        break;
                    case COUNT:
                        count(node, path).ifPresent(c -> counts.put(fact.get(), c));
                        break;
                    case TEXT:
                        text(node, path).ifPresent(t -> texts.put(fact.get(), t));
                        break;
                }
                return;
            }
            MappingReader.of(node, path, issues, P).ifPresent(m -> {
                for (Node.Entry entry : m.mapping().entries()) {
                    String child = path + "." + entry.key();
                    if (UnitFact.ofKey(child).isPresent() || UnitFact.isGroup(child)) {
                        m.optional(entry.key()).ifPresent(value -> factGroup(child, value, amounts, counts, texts));
                    }
                }
                m.finish();
            });
        }

        // ---- performance ----

        private Optional<Evaluation> evaluation(Node node) {
            Optional<MappingReader> reader = MappingReader.of(node, "绩效自评表", issues, P);
            if (reader.isEmpty()) {
                return Optional.empty();
            }
            MappingReader m = reader.get();
            Optional<String> name = m.requiredText("name");
            Map<String, String> attributes = stringMap(m.optional("attributes"), "attributes");
            Figure planned = m.optional("planned").flatMap(this::figure).orElse(null);
            Figure executed = m.optional("executed").flatMap(this::figure).orElse(null);
            List<Evaluation.Goal> goals =
                    m.optional("goals").map(n -> list(n, "goals", this::goal)).orElse(List.of());
            Text deviation =
                    m.optional("deviation").flatMap(n -> text(n, "deviation")).orElse(null);
            Text improvement = m.optional("improvement")
                    .flatMap(n -> text(n, "improvement"))
                    .orElse(null);
            Text summary =
                    m.optional("summary").flatMap(n -> text(n, "summary")).orElse(null);
            Map<String, String> printed = stringMap(m.optional("printed"), "printed");
            Map<String, SourceRef> positions = positions(m, "name", "planned", "executed");
            m.optional("printed").filter(p -> p instanceof Node.Mapping).ifPresent(p -> ((Node.Mapping) p)
                    .entries()
                    .forEach(e -> positions.put("printed." + e.key(), e.value().ref())));
            m.finish();
            return name.map(n -> new Evaluation(
                    n,
                    attributes,
                    planned,
                    executed,
                    goals,
                    deviation,
                    improvement,
                    summary,
                    printed,
                    m.ref(),
                    positions));
        }

        private Optional<Evaluation.Goal> goal(Node node) {
            Optional<MappingReader> reader = MappingReader.of(node, "年度目标", issues, P);
            if (reader.isEmpty()) {
                return Optional.empty();
            }
            MappingReader m = reader.get();
            String title = m.text("title").orElse("");
            String description = m.text("description").orElse("");
            BigDecimal points =
                    m.optional("points").flatMap(n -> decimal(n, "points")).orElse(null);
            List<Evaluation.Indicator> indicators = m.optional("indicators")
                    .map(n -> list(n, "indicators", this::indicator))
                    .orElse(List.of());
            Map<String, SourceRef> positions = positions(m, "title", "points");
            m.finish();
            return Optional.of(new Evaluation.Goal(title, description, points, indicators, m.ref(), positions));
        }

        private Optional<Evaluation.Indicator> indicator(Node node) {
            Optional<MappingReader> reader = MappingReader.of(node, "绩效指标", issues, P);
            if (reader.isEmpty()) {
                return Optional.empty();
            }
            MappingReader m = reader.get();
            String level1 = m.text("level1").orElse("");
            String level2 = m.text("level2").orElse("");
            Optional<String> name = m.requiredText("name");
            String target = m.text("target").orElse("");
            String actual = m.text("actual").orElse("");
            BigDecimal weight =
                    m.optional("weight").flatMap(n -> decimal(n, "weight")).orElse(null);
            BigDecimal score =
                    m.optional("score").flatMap(n -> decimal(n, "score")).orElse(null);
            String achievement = m.text("achievement").filter(t -> !t.isEmpty()).orElse(null);
            Map<String, SourceRef> positions =
                    positions(m, "name", "target", "actual", "weight", "score", "achievement");
            m.finish();
            return name.map(n -> new Evaluation.Indicator(
                    level1, level2, n, target, actual, weight, score, achievement, m.ref(), positions));
        }

        /** Returns where each of {@code keys} present in the mapping was stated. */
        private static Map<String, SourceRef> positions(MappingReader m, String... keys) {
            Map<String, SourceRef> positions = new LinkedHashMap<>();
            for (String key : keys) {
                m.mapping().get(key).ifPresent(node -> positions.put(key, node.ref()));
            }
            return positions;
        }

        // ---- key work ----

        private KeyWork keyWork(Node node) {
            Optional<MappingReader> reader = MappingReader.of(node, "keyWork", issues, P);
            if (reader.isEmpty()) {
                return KeyWork.NONE;
            }
            MappingReader m = reader.get();
            List<Text> paragraphs = m.optional("paragraphs")
                    .map(n -> list(n, "paragraphs", p -> text(p, "paragraphs")))
                    .orElse(List.of());
            List<KeyWork.Item> items = m.optional("items")
                    .map(n -> list(n, "items", this::keyWorkItem))
                    .orElse(List.of());
            m.finish();
            return new KeyWork(paragraphs, items);
        }

        private Optional<KeyWork.Item> keyWorkItem(Node node) {
            return MappingReader.of(node, "重点工作事项", issues, P).map(m -> {
                String matter = m.requiredText("matter").orElse("");
                String goal = m.text("goal").orElse("");
                String result = m.text("result").orElse("");
                m.finish();
                return new KeyWork.Item(matter, goal, result, m.ref());
            });
        }

        // ---- published figures ----

        private Published published(Node node) {
            Optional<MappingReader> reader = MappingReader.of(node, "published", issues, P);
            if (reader.isEmpty()) {
                return Published.NONE;
            }
            MappingReader m = reader.get();
            List<Published.Cell> cells = new ArrayList<>();
            m.optional("tables")
                    .flatMap(n -> MappingReader.of(n, "tables", issues, P))
                    .ifPresent(tables -> {
                        for (Node.Entry table : tables.mapping().entries()) {
                            tables.optional(table.key());
                            MappingReader.of(table.value(), table.key(), issues, P)
                                    .ifPresent(rows -> {
                                        for (Node.Entry row : rows.mapping().entries()) {
                                            rows.optional(row.key());
                                            if (row.value() instanceof Node.Mapping) {
                                                for (Node.Entry column : ((Node.Mapping) row.value()).entries()) {
                                                    figure(column.value())
                                                            .ifPresent(f -> cells.add(new Published.Cell(
                                                                    table.key(),
                                                                    row.key(),
                                                                    column.key(),
                                                                    f.amount(),
                                                                    f.source())));
                                                }
                                            } else {
                                                figure(row.value())
                                                        .ifPresent(f -> cells.add(new Published.Cell(
                                                                table.key(), row.key(), "", f.amount(), f.source())));
                                            }
                                        }
                                    });
                        }
                    });
            Map<NarrativeClaim, Published.Claim> claims = new LinkedHashMap<>();
            m.optional("narrative")
                    .flatMap(n -> MappingReader.of(n, "narrative", issues, P))
                    .ifPresent(narrative -> {
                        for (Node.Entry entry : narrative.mapping().entries()) {
                            Optional<NarrativeClaim> claim = NarrativeClaim.ofKey(entry.key());
                            if (claim.isEmpty()) {
                                continue; // reported by finish()
                            }
                            narrative.optional(entry.key());
                            claimValue(claim.get(), entry.value())
                                    .ifPresent(v -> claims.put(
                                            claim.get(),
                                            new Published.Claim(
                                                    claim.get(),
                                                    v,
                                                    entry.value().ref())));
                        }
                        narrative.finish();
                    });
            m.finish();
            return new Published(cells, claims);
        }

        private Optional<BigDecimal> claimValue(NarrativeClaim claim, Node node) {
            Optional<String> text = node instanceof Node.Scalar
                    ? Optional.of(((Node.Scalar) node).text().strip())
                    : Optional.empty();
            if (text.isEmpty()) {
                issues.error(node.ref(), P + "_WRONG_KIND", claim.label() + "应为单个值");
                return Optional.empty();
            }
            switch (claim.kind()) {
                case AMOUNT:
                    return figure(node).map(f -> f.amount().value());
                case COUNT:
                    return decimal(node, claim.key())
                            .filter(v ->
                                    v.scale() <= 0 || v.stripTrailingZeros().scale() <= 0);
                case PERCENT:
                default:
                    String number = text.get().endsWith("%")
                            ? text.get().substring(0, text.get().length() - 1)
                            : text.get();
                    try {
                        return Optional.of(new BigDecimal(number));
                    } catch (NumberFormatException e) {
                        issues.error(node.ref(), P + "_NOT_A_NUMBER", claim.label() + "应为百分比，实为“" + text.get() + "”");
                        return Optional.empty();
                    }
            }
        }

        // ---- scalars ----

        private Optional<Figure> figure(Node node) {
            if (!(node instanceof Node.Scalar)) {
                issues.error(node.ref(), P + "_NOT_AN_AMOUNT", "此处应为金额，实为" + node.kindLabel());
                return Optional.empty();
            }
            Node.Scalar scalar = (Node.Scalar) node;
            if (scalar.kind() == Node.ScalarKind.NULL) {
                return Optional.empty();
            }
            try {
                return Optional.of(new Figure(Amount.parse(scalar.text().strip(), unit), node.ref()));
            } catch (IllegalArgumentException e) {
                issues.error(node.ref(), P + "_NOT_AN_AMOUNT", e.getMessage());
                return Optional.empty();
            }
        }

        private Optional<Count> count(Node node, String key) {
            if (!(node instanceof Node.Scalar)) {
                issues.error(node.ref(), P + "_NOT_A_COUNT", "字段“" + key + "”应为非负整数，实为" + node.kindLabel());
                return Optional.empty();
            }
            String text = ((Node.Scalar) node).text().strip();
            if (!text.matches("\\d{1,9}")) {
                issues.error(node.ref(), P + "_NOT_A_COUNT", "字段“" + key + "”应为非负整数，实为“" + text + "”");
                return Optional.empty();
            }
            return Optional.of(new Count(Integer.parseInt(text), node.ref()));
        }

        private Optional<Text> text(Node node, String key) {
            if (!(node instanceof Node.Scalar)) {
                issues.error(node.ref(), P + "_WRONG_KIND", "字段“" + key + "”应为文本，实为" + node.kindLabel());
                return Optional.empty();
            }
            String text = ((Node.Scalar) node).text().strip();
            return text.isEmpty() ? Optional.empty() : Optional.of(new Text(text, node.ref()));
        }

        private Optional<BigDecimal> decimal(Node node, String key) {
            if (node instanceof Node.Scalar) {
                String text = ((Node.Scalar) node).text().strip();
                try {
                    return Optional.of(new BigDecimal(text));
                } catch (NumberFormatException e) {
                    issues.error(node.ref(), P + "_NOT_A_NUMBER", "字段“" + key + "”应为数字，实为“" + text + "”");
                    return Optional.empty();
                }
            }
            issues.error(node.ref(), P + "_NOT_A_NUMBER", "字段“" + key + "”应为数字，实为" + node.kindLabel());
            return Optional.empty();
        }

        private Map<String, String> stringMap(Optional<Node> node, String key) {
            Map<String, String> result = new LinkedHashMap<>();
            node.flatMap(n -> MappingReader.of(n, key, issues, P)).ifPresent(m -> {
                for (Node.Entry entry : m.mapping().entries()) {
                    m.optional(entry.key());
                    m.scalarText(entry.value(), entry.key()).ifPresent(v -> result.put(entry.key(), v));
                }
            });
            return result;
        }

        private <T> List<T> list(Node node, String key, java.util.function.Function<Node, Optional<T>> item) {
            if (!(node instanceof Node.Sequence)) {
                issues.error(node.ref(), P + "_WRONG_KIND", "字段“" + key + "”应为列表，实为" + node.kindLabel());
                return List.of();
            }
            List<T> result = new ArrayList<>();
            for (Node child : ((Node.Sequence) node).items()) {
                item.apply(child).ifPresent(result::add);
            }
            return result;
        }
    }
}

package org.juesuan.core.profile;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.juesuan.core.catalog.Catalog;
import org.juesuan.core.catalog.CatalogKind;
import org.juesuan.core.catalog.Catalogs;
import org.juesuan.core.catalog.ClassCode;
import org.juesuan.core.formula.Tolerance;
import org.juesuan.core.issue.Issues;
import org.juesuan.core.issue.Result;
import org.juesuan.core.money.Amount;
import org.juesuan.core.money.AmountUnit;
import org.juesuan.core.money.Ratio;
import org.juesuan.core.source.DataDirectory;
import org.juesuan.core.source.MappingReader;
import org.juesuan.core.source.Node;
import org.juesuan.core.source.SourceRef;
import org.juesuan.core.source.TreeReader;

/**
 * Loads regional profiles from data files: {@code <id>/profile.yaml} and one {@code <id>/tables/<table>.yaml} per
 * table.
 *
 * <p>The whole profile is checked before it is returned, and every problem is reported with its file, line and
 * column: unknown fields, malformed measures and formulas, duplicate ids, references to rows or columns that do not
 * exist, rows that add themselves up (cycles), a row and a column that both name a kind of fact, class lines or
 * economic codes missing from the year's catalog. Loading never stops at the first problem.
 *
 * <p>Stateless and thread-safe.
 */
public final class ProfileLoader {

    private static final String P = "PROFILE";

    /** Rounding remarks up to 0.01 万元, warnings up to ⌈n/2⌉ × 0.01 万元 for a sum of n printed figures. */
    static final Tolerance DEFAULT_TOLERANCE =
            Tolerance.rounded(Amount.parse("0.01", AmountUnit.WAN_YUAN), Amount.parse("0.01", AmountUnit.WAN_YUAN));

    private ProfileLoader() {}

    /**
     * Loads the profile in directory {@code id} of {@code root}.
     *
     * @param root the data directory holding profiles
     * @param id the profile's directory name
     * @param catalogs the catalogs the profile's year needs
     */
    public static Result<Profile> load(DataDirectory root, String id, Catalogs catalogs) {
        Issues issues = Issues.create();
        String path = id + "/profile.yaml";
        Optional<String> text = root.read(path);
        if (text.isEmpty()) {
            issues.error(SourceRef.file(root.displayName(path)), P + "_MISSING", "找不到地区口径文件");
            return Result.failed(issues);
        }
        Result<Node> tree = TreeReader.read(text.get(), root.displayName(path), TreeReader.Format.YAML);
        issues.addAll(tree.issues());
        if (tree.value().isEmpty()) {
            return Result.failed(issues);
        }
        Optional<Profile> profile =
                new Session(issues, root, id, catalogs).profile(tree.value().get());
        return profile.isPresent() && !issues.hasErrors() ? Result.of(profile.get(), issues) : Result.failed(issues);
    }

    private static final class Session {
        private final Issues issues;
        private final DataDirectory root;
        private final String dir;
        private final Catalogs catalogs;

        Session(Issues issues, DataDirectory root, String dir, Catalogs catalogs) {
            this.issues = issues;
            this.root = root;
            this.dir = dir;
            this.catalogs = catalogs;
        }

        Optional<Profile> profile(Node node) {
            Optional<MappingReader> reader = MappingReader.of(node, "地区口径", issues, P);
            if (reader.isEmpty()) {
                return Optional.empty();
            }
            MappingReader m = reader.get();
            Optional<String> id = m.requiredText("id");
            id.filter(value -> !value.equals(dir))
                    .ifPresent(value -> issues.error(
                            m.mapping().get("id").orElseThrow().ref(),
                            P + "_ID",
                            "口径标识“" + value + "”应与目录名“" + dir + "”一致"));
            Optional<String> name = m.requiredText("name");
            Optional<Integer> year = m.required("fiscalYear").flatMap(n -> m.toInteger(n, "fiscalYear"));
            Optional<Catalog> functions = year.flatMap(y -> catalog(y, CatalogKind.FUNCTION, m));
            Optional<Catalog> economics = year.flatMap(y -> catalog(y, CatalogKind.ECONOMIC, m));
            Optional<Presentation> presentation = m.required("presentation").flatMap(this::presentation);
            List<ClassCode> classLines = new ArrayList<>();
            m.required("classLines").ifPresent(n -> {
                if (!(n instanceof Node.Sequence)) {
                    issues.error(n.ref(), P + "_WRONG_KIND", "classLines 应为列表");
                    return;
                }
                Set<ClassCode> seen = new HashSet<>();
                for (Node item : ((Node.Sequence) n).items()) {
                    m.scalarText(item, "classLines").ifPresent(text -> {
                        Optional<ClassCode> code = ClassCode.parse(text).filter(c -> c.length() == 3);
                        if (code.isEmpty()) {
                            issues.error(item.ref(), P + "_CLASS_LINE", "“" + text + "”不是功能分类类级编码（3 位）");
                        } else if (functions.isPresent() && !functions.get().contains(code.get())) {
                            issues.error(item.ref(), P + "_CLASS_LINE", "功能分类科目表中没有类 " + text);
                        } else if (!seen.add(code.get())) {
                            issues.error(item.ref(), P + "_CLASS_LINE", "类 " + text + " 重复");
                        } else {
                            classLines.add(code.get());
                        }
                    });
                }
            });
            List<TableDefinition> tables = new ArrayList<>();
            Map<String, SourceRef> tableIds = new HashMap<>();
            m.required("tables")
                    .ifPresent(n -> tables.addAll(tableList(m, n, "tables", tableIds, economics.orElse(null), false)));
            List<String> ruleSets = m.texts("ruleSets");
            ConsolidationSettings consolidation = m.optional("consolidation")
                    .flatMap(n -> consolidation(n, tableIds, economics.orElse(null)))
                    .orElse(ConsolidationSettings.NONE);
            Tolerance tolerance =
                    m.optional("tolerance").flatMap(this::tolerance).orElse(DEFAULT_TOLERANCE);
            NarrativeSettings narrative =
                    m.optional("narrative").flatMap(this::narrative).orElse(NarrativeSettings.DEFAULT);
            m.finish();
            if (id.isEmpty()
                    || name.isEmpty()
                    || year.isEmpty()
                    || functions.isEmpty()
                    || economics.isEmpty()
                    || presentation.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new Profile(
                    id.get(),
                    name.get(),
                    year.get(),
                    functions.get(),
                    economics.get(),
                    classLines,
                    presentation.get(),
                    tables,
                    ruleSets,
                    tolerance,
                    m.ref(),
                    new ProfileFiles(root, dir),
                    narrative,
                    consolidation));
        }

        /**
         * Reads a list of table ids and loads each table; an id already taken, by this list or another, is an error.
         *
         * @param what the list's key as the messages name it, e.g. {@code consolidation.tables}
         * @param consolidation whether the tables are a consolidation's working tables
         */
        private List<TableDefinition> tableList(
                MappingReader m,
                Node n,
                String what,
                Map<String, SourceRef> tableIds,
                @Nullable Catalog economics,
                boolean consolidation) {
            List<TableDefinition> tables = new ArrayList<>();
            if (!(n instanceof Node.Sequence)) {
                issues.error(n.ref(), P + "_WRONG_KIND", what + " 应为列表");
                return tables;
            }
            for (Node item : ((Node.Sequence) n).items()) {
                m.scalarText(item, "tables").ifPresent(tableId -> {
                    SourceRef first = tableIds.putIfAbsent(tableId, item.ref());
                    if (first != null) {
                        issues.error(item.ref(), P + "_DUPLICATE_ID", "表 " + tableId + " 重复");
                        return;
                    }
                    table(tableId, item.ref(), economics, consolidation).ifPresent(tables::add);
                });
            }
            return tables;
        }

        /** Reads {@code consolidation: {tables: [C01], ruleSets: [consolidation-2024]}}. */
        private Optional<ConsolidationSettings> consolidation(
                Node node, Map<String, SourceRef> tableIds, @Nullable Catalog economics) {
            return MappingReader.of(node, "consolidation", issues, P).map(m -> {
                List<TableDefinition> tables = new ArrayList<>();
                m.optional("tables")
                        .ifPresent(
                                n -> tables.addAll(tableList(m, n, "consolidation.tables", tableIds, economics, true)));
                List<String> ruleSets = m.texts("ruleSets");
                m.finish();
                return new ConsolidationSettings(tables, ruleSets);
            });
        }

        /** Reads {@code narrative: {changeThreshold: 10%}}. */
        private Optional<NarrativeSettings> narrative(Node node) {
            return MappingReader.of(node, "narrative", issues, P).map(m -> {
                Ratio threshold = m.text("changeThreshold")
                        .flatMap(text -> percent(text, m, "changeThreshold"))
                        .orElse(NarrativeSettings.DEFAULT.changeThreshold());
                m.finish();
                return new NarrativeSettings(threshold);
            });
        }

        /** Reads a percentage from 0% to 100% written with its sign, e.g. {@code 10%} or {@code 12.5%}. */
        private Optional<Ratio> percent(String text, MappingReader m, String key) {
            if (text.matches("\\d{1,3}(\\.\\d+)?%")) {
                BigDecimal percent = new BigDecimal(text.substring(0, text.length() - 1));
                if (percent.compareTo(BigDecimal.valueOf(100)) <= 0) {
                    return Optional.of(Ratio.ofPercent(percent));
                }
            }
            issues.error(
                    m.mapping().get(key).orElseThrow().ref(),
                    P + "_VALUE",
                    key + " 应为 0% 到 100% 之间的百分比（如 10%），实为“" + text + "”");
            return Optional.empty();
        }

        /** Reads {@code tolerance: {rounding: 0.01, perTwoTerms: 0.01}}, both in 万元. */
        private Optional<Tolerance> tolerance(Node node) {
            return MappingReader.of(node, "tolerance", issues, P).map(m -> {
                Amount rounding = m.text("rounding")
                        .flatMap(text -> wan(text, m, "rounding"))
                        .orElse(DEFAULT_TOLERANCE.rounding());
                Amount perTwo = m.text("perTwoTerms")
                        .flatMap(text -> wan(text, m, "perTwoTerms"))
                        .orElse(DEFAULT_TOLERANCE.perTwoTerms());
                m.finish();
                return Tolerance.rounded(rounding, perTwo);
            });
        }

        private Optional<Amount> wan(String text, MappingReader m, String key) {
            try {
                return Optional.of(Amount.parse(text, AmountUnit.WAN_YUAN));
            } catch (IllegalArgumentException e) {
                issues.error(m.mapping().get(key).orElseThrow().ref(), P + "_VALUE", key + " 应为万元金额：" + e.getMessage());
                return Optional.empty();
            }
        }

        private Optional<Catalog> catalog(int year, CatalogKind kind, MappingReader m) {
            Optional<Catalog> catalog = catalogs.find(year, kind);
            if (catalog.isEmpty()) {
                issues.error(
                        m.mapping().get("fiscalYear").orElseThrow().ref(),
                        P + "_NO_CATALOG",
                        "没有 " + year + " 年度的" + kind.label());
            }
            return catalog;
        }

        private Optional<Presentation> presentation(Node node) {
            return MappingReader.of(node, "presentation", issues, P).flatMap(m -> {
                boolean columnNumbers = m.bool("columnNumbers").orElse(false);
                boolean totalFirst = m.bool("totalFirst").orElse(false);
                boolean splitCodes = m.bool("splitCodes").orElse(false);
                Presentation.ZeroDisplay zero = Presentation.ZeroDisplay.BLANK;
                Optional<String> zeroText = m.text("zeroDisplay");
                if (zeroText.isPresent()) {
                    Optional<Presentation.ZeroDisplay> parsed = java.util.Arrays.stream(
                                    Presentation.ZeroDisplay.values())
                            .filter(z -> z.key().equals(zeroText.get()))
                            .findFirst();
                    if (parsed.isEmpty()) {
                        issues.error(
                                m.mapping().get("zeroDisplay").orElseThrow().ref(),
                                P + "_VALUE",
                                "zeroDisplay 应为 blank、zero 或 dash");
                    } else {
                        zero = parsed.get();
                    }
                }
                String titleFormat = m.text("titleFormat").orElse("{title}");
                String unitLine = m.text("unitLine").orElse("");
                String scopeMark = m.text("scopeMark").orElse("");
                String amountUnitLine = m.text("amountUnitLine").orElse("单位：万元");
                String subject = m.text("subject").orElse("本部门");
                m.finish();
                return Optional.of(new Presentation(
                        columnNumbers,
                        totalFirst,
                        splitCodes,
                        zero,
                        titleFormat,
                        unitLine,
                        scopeMark,
                        amountUnitLine,
                        subject));
            });
        }

        private Optional<TableDefinition> table(
                String tableId, SourceRef listedAt, @Nullable Catalog economics, boolean working) {
            String path = dir + "/tables/" + tableId + ".yaml";
            Optional<String> text = root.read(path);
            if (text.isEmpty()) {
                issues.error(listedAt, P + "_MISSING", "找不到表定义文件 " + root.displayName(path));
                return Optional.empty();
            }
            Result<Node> tree = TreeReader.read(text.get(), root.displayName(path), TreeReader.Format.YAML);
            issues.addAll(tree.issues());
            return tree.value().flatMap(node -> new TableReader(issues, economics, working).table(node, tableId));
        }
    }

    /** Reads and checks one table definition file. */
    private static final class TableReader {
        private final Issues issues;
        // null when the profile's year has no economic catalog (already reported): codes then go unchecked
        private final @Nullable Catalog economics;
        private final Map<String, SourceRef> rowIds = new LinkedHashMap<>();
        private final Map<String, SourceRef> columnIds = new LinkedHashMap<>();

        // whether the table is a consolidation's working table, the only kind that may list unit rows
        private final boolean working;

        TableReader(Issues issues, @Nullable Catalog economics, boolean working) {
            this.issues = issues;
            this.economics = economics;
            this.working = working;
        }

        Optional<TableDefinition> table(Node node, String expectedId) {
            Optional<MappingReader> reader = MappingReader.of(node, "表定义", issues, P);
            if (reader.isEmpty()) {
                return Optional.empty();
            }
            MappingReader m = reader.get();
            Optional<String> id = m.requiredText("id");
            id.filter(value -> !value.equals(expectedId))
                    .ifPresent(value -> issues.error(
                            m.mapping().get("id").orElseThrow().ref(),
                            P + "_ID",
                            "表标识“" + value + "”应与文件名“" + expectedId + "”一致"));
            String number = m.text("number").orElse("");
            Optional<String> title = m.requiredText("title");
            boolean lineNumbers = m.bool("lineNumbers").orElse(false);
            Boolean totalFirst = m.bool("totalFirst").orElse(null);
            List<String> notes = m.texts("notes");
            String emptyStatement = m.text("emptyStatement").orElse("");
            List<SectionDefinition> sections = new ArrayList<>();
            m.required("sections").ifPresent(n -> {
                if (!(n instanceof Node.Sequence) || ((Node.Sequence) n).items().isEmpty()) {
                    issues.error(n.ref(), P + "_WRONG_KIND", "sections 应为非空列表");
                    return;
                }
                for (Node item : ((Node.Sequence) n).items()) {
                    section(item).ifPresent(sections::add);
                }
            });
            List<TableDefinition.Panel> panels =
                    m.optional("panels").map(n -> panels(n, sections)).orElse(List.of());
            m.finish();
            sections.forEach(this::checkSection);
            if (id.isEmpty() || title.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new TableDefinition(
                    id.get(),
                    number,
                    title.get(),
                    sections,
                    panels,
                    lineNumbers,
                    totalFirst,
                    notes,
                    emptyStatement,
                    m.ref()));
        }

        private Optional<SectionDefinition> section(Node node) {
            Optional<MappingReader> reader = MappingReader.of(node, "表块", issues, P);
            if (reader.isEmpty()) {
                return Optional.empty();
            }
            MappingReader m = reader.get();
            columnIds.clear(); // column ids are unique within a section
            Optional<String> id = m.requiredText("id");
            String heading = m.text("heading").orElse("");
            String stub = m.text("stub").orElse("项目");
            List<ColumnDefinition> columns = new ArrayList<>();
            m.required("columns")
                    .ifPresent(n -> forEach(n, "columns", item -> column(item).ifPresent(columns::add)));
            List<RowDefinition> body = new ArrayList<>();
            m.optional("body")
                    .ifPresent(n -> forEach(n, "body", item -> row(item).ifPresent(body::add)));
            List<RowDefinition> totals = new ArrayList<>();
            m.optional("totals")
                    .ifPresent(n -> forEach(n, "totals", item -> row(item).ifPresent(totals::add)));
            m.finish();
            return id.map(value -> new SectionDefinition(value, heading, stub, columns, body, totals, m.ref()));
        }

        private Optional<ColumnDefinition> column(Node node) {
            return MappingReader.of(node, "列定义", issues, P).flatMap(m -> {
                Optional<String> id = m.requiredText("id");
                id.ifPresent(value -> unique(
                        columnIds, value, m.mapping().get("id").orElseThrow().ref(), "列"));
                List<String> header = m.texts("header");
                if (header.isEmpty()) {
                    issues.error(m.ref(), P + "_MISSING_FIELD", "列缺少表头 header");
                }
                Integer number = m.integer("number").orElse(null);
                Measure measure =
                        m.optional("measure").flatMap(n -> measure(n, m)).orElse(null);
                Formula formula =
                        m.optional("formula").flatMap(n -> formula(n, m)).orElse(null);
                if (measure != null && formula != null) {
                    issues.error(m.ref(), P + "_CONFLICT", "列不能同时有 measure 和 formula");
                    formula = null;
                }
                ColumnDefinition.Side side = m.text("side")
                        .flatMap(text -> {
                            Optional<ColumnDefinition.Side> parsed = ColumnDefinition.Side.ofKey(text);
                            if (parsed.isEmpty()) {
                                issues.error(
                                        m.mapping().get("side").orElseThrow().ref(),
                                        P + "_VALUE",
                                        "side 应为 superior（上级单位方）或 subordinates（所属单位方）");
                            }
                            return parsed;
                        })
                        .orElse(null);
                m.finish();
                Formula f = formula;
                return id.map(value -> new ColumnDefinition(value, header, number, measure, f, side, m.ref()));
            });
        }

        private Optional<RowDefinition> row(Node node) {
            Optional<MappingReader> reader = MappingReader.of(node, "行定义", issues, P);
            if (reader.isEmpty()) {
                return Optional.empty();
            }
            MappingReader m = reader.get();
            if (m.mapping().get("classLines").isPresent()) {
                Node value = m.optional("classLines").orElse(null);
                Measure measure = value == null ? null : measure(value, m).orElse(null);
                m.finish();
                return Optional.of(new RowDefinition.ClassLines(measure, m.ref()));
            }
            if (m.mapping().get("functionRows").isPresent()) {
                m.text("functionRows")
                        .filter(value -> !value.equals("true"))
                        .ifPresent(value -> issues.error(
                                m.mapping().get("functionRows").orElseThrow().ref(),
                                P + "_VALUE",
                                "functionRows 只能写 true（不需要功能分类科目行时删去这一项）"));
                m.finish();
                return Optional.of(new RowDefinition.FunctionRows(m.ref()));
            }
            if (m.mapping().get("unitRows").isPresent()) {
                SourceRef where = m.mapping().get("unitRows").orElseThrow().ref();
                m.text("unitRows")
                        .filter(value -> !value.equals("true"))
                        .ifPresent(value -> issues.error(where, P + "_VALUE", "unitRows 只能写 true（不需要单位行时删去这一项）"));
                m.finish();
                if (!working) {
                    issues.error(
                            where, P + "_UNIT_ROWS", "unitRows 只能用于汇总工作表（profile.yaml 中 consolidation.tables 所列的表）");
                    return Optional.empty();
                }
                return Optional.of(new RowDefinition.UnitRows(m.ref()));
            }
            if (m.mapping().get("economicGroup").isPresent()) {
                Optional<RowDefinition> group = m.optional("economicGroup").flatMap(this::economicGroup);
                m.finish();
                return group;
            }
            Optional<String> id = m.requiredText("id");
            id.ifPresent(value ->
                    unique(rowIds, value, m.mapping().get("id").orElseThrow().ref(), "行"));
            String label = m.text("label").orElse("");
            Measure measure = m.optional("measure").flatMap(n -> measure(n, m)).orElse(null);
            Formula formula = m.optional("formula").flatMap(n -> formula(n, m)).orElse(null);
            if (measure != null && formula != null) {
                issues.error(m.ref(), P + "_CONFLICT", "行不能同时有 measure 和 formula");
                formula = null;
            }
            m.finish();
            Formula f = formula;
            return id.map(value -> new RowDefinition.Fixed(value, label, measure, f, m.ref()));
        }

        private Optional<RowDefinition> economicGroup(Node node) {
            return MappingReader.of(node, "economicGroup", issues, P).flatMap(m -> {
                Optional<ClassCode> head = m.requiredText("head").flatMap(text -> {
                    Optional<ClassCode> code = ClassCode.parse(text).filter(c -> c.length() == 3);
                    SourceRef where = m.mapping().get("head").orElseThrow().ref();
                    if (code.isEmpty() || economics != null && !economics.contains(code.get())) {
                        issues.error(where, P + "_ECONOMIC_CODE", "经济分类科目表中没有类“" + text + "”");
                        return Optional.empty();
                    }
                    unique(rowIds, code.get().digits(), where, "行");
                    return code;
                });
                boolean optional = m.bool("optional").orElse(false);
                List<ClassCode> items = new ArrayList<>();
                boolean all = false;
                Optional<Node> itemsNode = m.optional("items");
                if (itemsNode.isPresent() && itemsNode.get() instanceof Node.Scalar) {
                    String text = ((Node.Scalar) itemsNode.get()).text();
                    if (text.equals("all")) {
                        all = true;
                    } else {
                        issues.error(itemsNode.get().ref(), P + "_VALUE", "items 应为 all 或编码列表");
                    }
                } else if (itemsNode.isPresent()) {
                    // each item is reported at its own position, not at the start of the list
                    List<Node> itemNodes = itemsNode.get() instanceof Node.Sequence
                            ? ((Node.Sequence) itemsNode.get()).items()
                            : List.of(itemsNode.get());
                    for (Node itemNode : itemNodes) {
                        Optional<String> itemText = m.scalarText(itemNode, "items");
                        if (itemText.isEmpty()) {
                            continue;
                        }
                        String text = itemText.get();
                        Optional<ClassCode> code = ClassCode.parse(text).filter(c -> c.length() == 5);
                        if (code.isEmpty()
                                || economics != null && !economics.contains(code.get())
                                || head.filter(h -> h.contains(code.get())).isEmpty()) {
                            issues.error(
                                    itemNode.ref(),
                                    P + "_ECONOMIC_CODE",
                                    "“" + text + "”不是类 "
                                            + head.map(ClassCode::digits).orElse("?") + " 下的经济分类款级科目");
                        } else {
                            unique(rowIds, code.get().digits(), itemNode.ref(), "行");
                            items.add(code.get());
                        }
                    }
                }
                if (all && economics != null) {
                    Catalog catalog = economics;
                    head.ifPresent(h -> catalog.children(h)
                            .forEach(e -> unique(rowIds, e.code().digits(), m.ref(), "行")));
                }
                m.finish();
                boolean allItems = all;
                return head.map(h -> new RowDefinition.EconomicGroup(h, items, allItems, optional, m.ref()));
            });
        }

        private List<TableDefinition.Panel> panels(Node node, List<SectionDefinition> sections) {
            List<TableDefinition.Panel> panels = new ArrayList<>();
            forEach(node, "panels", item -> MappingReader.of(item, "panel", issues, P)
                    .ifPresent(m -> {
                        Optional<String> section = m.requiredText("section");
                        List<String> rows = m.texts("rows");
                        List<String> footer = m.texts("footer");
                        m.finish();
                        section.ifPresent(s -> {
                            Optional<SectionDefinition> found = sections.stream()
                                    .filter(x -> x.id().equals(s))
                                    .findFirst();
                            if (found.isEmpty()) {
                                issues.error(item.ref(), P + "_UNKNOWN_REF", "panel 引用了不存在的表块“" + s + "”");
                                return;
                            }
                            for (String row : rows) {
                                boolean ok = row.equals(s)
                                        || found.get().body().stream()
                                                .anyMatch(r -> r instanceof RowDefinition.EconomicGroup
                                                        && ((RowDefinition.EconomicGroup) r)
                                                                .head()
                                                                .digits()
                                                                .equals(row));
                                if (!ok) {
                                    issues.error(
                                            item.ref(),
                                            P + "_UNKNOWN_REF",
                                            "panel 的 rows 引用了“" + row + "”，应为表块标识或该表块的经济分类类级编码");
                                }
                            }
                            for (String id : footer) {
                                boolean ok = found.get().totals().stream()
                                        .anyMatch(r -> r instanceof RowDefinition.Fixed
                                                && ((RowDefinition.Fixed) r)
                                                        .id()
                                                        .equals(id));
                                if (!ok) {
                                    issues.error(
                                            item.ref(), P + "_UNKNOWN_REF", "panel 的 footer 引用了该表块没有的合计行“" + id + "”");
                                }
                            }
                            panels.add(new TableDefinition.Panel(s, rows, footer));
                        });
                    }));
            return panels;
        }

        /** Checks references, kinds and cycles within a section once all of it is read. */
        private void checkSection(SectionDefinition section) {
            Map<String, ColumnDefinition> columns = new LinkedHashMap<>();
            section.columns().forEach(c -> columns.put(c.id(), c));
            Map<String, RowDefinition.Fixed> rows = new LinkedHashMap<>();
            for (RowDefinition row : concat(section.body(), section.totals())) {
                if (row instanceof RowDefinition.Fixed) {
                    rows.put(((RowDefinition.Fixed) row).id(), (RowDefinition.Fixed) row);
                }
            }
            for (ColumnDefinition column : section.columns()) {
                if (column.formula() != null) {
                    for (Formula.Term term : column.formula().terms()) {
                        if (!columns.containsKey(term.ref())) {
                            issues.error(column.source(), P + "_UNKNOWN_REF", "列公式引用了本表块不存在的列“" + term.ref() + "”");
                        }
                    }
                }
            }
            findCycle(columns.keySet(), id -> {
                        ColumnDefinition c = columns.get(id);
                        return c == null || c.formula() == null ? List.of() : refs(c.formula());
                    })
                    .ifPresent(id -> issues.error(columns.get(id).source(), P + "_CYCLE", "列“" + id + "”的公式循环引用自身"));
            boolean columnsHaveKind = section.columns().stream()
                    .anyMatch(c -> c.measure() != null && !c.measure().isFilter());
            checkUnitRows(section);
            for (RowDefinition row : concat(section.body(), section.totals())) {
                Measure rowMeasure = null;
                if (row instanceof RowDefinition.Fixed) {
                    RowDefinition.Fixed fixed = (RowDefinition.Fixed) row;
                    rowMeasure = fixed.measure();
                    if (fixed.formula() != null) {
                        for (Formula.Term term : fixed.formula().terms()) {
                            if (!term.ref().equals(Formula.BODY) && !rows.containsKey(term.ref())) {
                                issues.error(fixed.source(), P + "_UNKNOWN_REF", "行公式引用了本表块不存在的行“" + term.ref() + "”");
                            }
                        }
                    } else if (!columnsHaveKind
                            && (rowMeasure == null && !fixed.label().isEmpty()
                                    || rowMeasure != null && rowMeasure.isFilter())) {
                        issues.error(fixed.source(), P + "_NO_MEASURE", "行“" + fixed.id() + "”既无数据口径也无公式，且各列也未给出数据口径");
                    }
                } else if (row instanceof RowDefinition.ClassLines) {
                    rowMeasure = ((RowDefinition.ClassLines) row).measure();
                    if (rowMeasure == null && !columnsHaveKind) {
                        issues.error(row.source(), P + "_NO_MEASURE", "classLines 未给出数据口径，且各列也未给出");
                    }
                } else if (row instanceof RowDefinition.FunctionRows && !columnsHaveKind) {
                    issues.error(row.source(), P + "_NO_MEASURE", "functionRows 所在表块的列须给出数据口径");
                }
                if (rowMeasure != null && !rowMeasure.isFilter() && columnsHaveKind) {
                    issues.error(row.source(), P + "_CONFLICT", "行和列都给出了数据类别，无法确定单元格口径");
                }
            }
            findCycle(rows.keySet(), id -> {
                        RowDefinition.Fixed r = rows.get(id);
                        if (r == null || r.formula() == null) {
                            return List.of();
                        }
                        List<String> refs = new ArrayList<>();
                        for (Formula.Term term : r.formula().terms()) {
                            if (term.ref().equals(Formula.BODY)) {
                                section.body().stream()
                                        .filter(b -> b instanceof RowDefinition.Fixed)
                                        .forEach(b -> refs.add(((RowDefinition.Fixed) b).id()));
                            } else {
                                refs.add(term.ref());
                            }
                        }
                        return refs;
                    })
                    .ifPresent(id -> issues.error(rows.get(id).source(), P + "_CYCLE", "行“" + id + "”的公式循环引用自身"));
        }

        /**
         * In a section of unit rows every column either adds up others or reads a kind of fact on one side, and the
         * other rows only add up rows; elsewhere no column has a side.
         */
        private void checkUnitRows(SectionDefinition section) {
            boolean unitRows = section.body().stream().anyMatch(r -> r instanceof RowDefinition.UnitRows);
            for (ColumnDefinition column : section.columns()) {
                if (!unitRows && column.side() != null) {
                    issues.error(column.source(), P + "_SIDE", "列“" + column.id() + "”写了 side，但所在表块没有单位行（unitRows）");
                } else if (unitRows && !column.isDerived()) {
                    if (column.measure() == null || column.measure().isFilter()) {
                        issues.error(
                                column.source(), P + "_NO_MEASURE", "单位行表块的列“" + column.id() + "”须给出数据口径（measure）或公式");
                    } else if (column.side() == null) {
                        issues.error(
                                column.source(),
                                P + "_SIDE",
                                "单位行表块的列“" + column.id() + "”须写明 side：superior（上级单位方）或 subordinates（所属单位方）");
                    }
                }
            }
            if (unitRows) {
                for (RowDefinition row : concat(section.body(), section.totals())) {
                    boolean sums = row instanceof RowDefinition.UnitRows
                            || row instanceof RowDefinition.Fixed && ((RowDefinition.Fixed) row).isDerived();
                    if (!sums) {
                        issues.error(row.source(), P + "_UNIT_ROWS", "单位行表块中其他的行只能是合计行（formula），不能另有数据口径");
                    }
                }
            }
        }

        private static List<String> refs(Formula formula) {
            List<String> refs = new ArrayList<>();
            formula.terms().forEach(t -> refs.add(t.ref()));
            return refs;
        }

        private static Optional<String> findCycle(
                Set<String> ids, java.util.function.Function<String, List<String>> edges) {
            Map<String, Integer> state = new HashMap<>(); // 1 visiting, 2 done
            for (String id : ids) {
                Optional<String> found = visit(id, edges, state);
                if (found.isPresent()) {
                    return found;
                }
            }
            return Optional.empty();
        }

        private static Optional<String> visit(
                String id, java.util.function.Function<String, List<String>> edges, Map<String, Integer> state) {
            Integer s = state.get(id);
            if (s != null) {
                return s == 1 ? Optional.of(id) : Optional.empty();
            }
            state.put(id, 1);
            for (String next : edges.apply(id)) {
                Optional<String> found = visit(next, edges, state);
                if (found.isPresent()) {
                    return found;
                }
            }
            state.put(id, 2);
            return Optional.empty();
        }

        private static List<RowDefinition> concat(List<RowDefinition> a, List<RowDefinition> b) {
            List<RowDefinition> all = new ArrayList<>(a);
            all.addAll(b);
            return all;
        }

        private Optional<Measure> measure(Node node, MappingReader m) {
            return m.scalarText(node, "measure").flatMap(text -> {
                Measure.Parsed parsed = Measure.parse(text);
                if (parsed.measure() == null) {
                    issues.error(node.ref(), P + "_MEASURE", "数据口径“" + text + "”有误：" + parsed.error());
                }
                return Optional.ofNullable(parsed.measure());
            });
        }

        private Optional<Formula> formula(Node node, MappingReader m) {
            return m.scalarText(node, "formula").flatMap(text -> {
                Optional<Formula> formula = Formula.parse(text);
                if (formula.isEmpty()) {
                    issues.error(node.ref(), P + "_FORMULA", "公式“" + text + "”有误：只能是以 + 或 - 连接的行（列）标识");
                }
                return formula;
            });
        }

        private void unique(Map<String, SourceRef> seen, String id, SourceRef where, String what) {
            SourceRef first = seen.putIfAbsent(id, where);
            if (first != null) {
                issues.error(where, P + "_DUPLICATE_ID", what + "标识“" + id + "”重复（首次出现于 " + first.display() + "）");
            }
        }

        private void forEach(Node node, String key, java.util.function.Consumer<Node> action) {
            if (!(node instanceof Node.Sequence)) {
                issues.error(node.ref(), P + "_WRONG_KIND", key + " 应为列表，实为" + node.kindLabel());
                return;
            }
            ((Node.Sequence) node).items().forEach(action);
        }
    }
}

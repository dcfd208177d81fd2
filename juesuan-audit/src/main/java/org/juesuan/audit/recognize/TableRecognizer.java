package org.juesuan.audit.recognize;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.juesuan.audit.read.TableBlock;
import org.juesuan.core.catalog.Catalog;
import org.juesuan.core.catalog.CatalogEntry;
import org.juesuan.core.catalog.CatalogKind;
import org.juesuan.core.catalog.ClassCode;
import org.juesuan.core.issue.Issues;
import org.juesuan.core.money.AmountUnit;
import org.juesuan.core.profile.ColumnDefinition;
import org.juesuan.core.profile.Profile;
import org.juesuan.core.profile.RowDefinition;
import org.juesuan.core.profile.SectionDefinition;
import org.juesuan.core.profile.TableDefinition;
import org.juesuan.core.source.SourceRef;

/**
 * Maps a printed table onto a profile's table definition (表格识别): which printed columns are which columns, and
 * which printed rows are which rows.
 *
 * <p>Columns are found by the 栏次 row where the table prints one (1, 2, 3 … under the headers), otherwise by the
 * header texts, in order. The value columns cut the printed grid into strips, one per section or panel of the
 * definition (the 收入 and 支出 halves of 公开01表, the three strips of 公开06表); the cells left of a strip's values are
 * its stub — a code, a label, a 行次. Rows are found by code (function and economic codes, with truncated codes
 * completed by their name under the parent code, and reported), by label for the fixed rows and class lines (in
 * order, so that a label printed twice maps to the next row of that label), and 合计/总计 by the totals' labels.
 *
 * <p>Findings: {@code AUDIT_NO_COLUMNS} (no column could be mapped), {@code AUDIT_COLUMN_COUNT}, {@code
 * AUDIT_TRUNCATED_CODE}, {@code AUDIT_UNKNOWN_CODE}, {@code AUDIT_UNKNOWN_ROW}, {@code AUDIT_NOT_AN_AMOUNT}.
 *
 * <p>Stateless and thread-safe.
 */
final class TableRecognizer {

    private static final Set<String> STUB_WORDS =
            Set.of("栏次", "类", "款", "项", "行次", "行", "项目", "科目名称", "科目编码", "功能分类科目编码", "经济分类科目编码");

    private final Profile profile;
    private final TableDefinition definition;
    private final AmountUnit unit;
    private final Issues issues;
    private final String tableName;
    /** Truncated codes completed by name, reported together per table: printed code, name, completed code, where. */
    private final List<Object[]> truncated = new ArrayList<>();

    private TableRecognizer(Profile profile, TableDefinition definition, AmountUnit unit, Issues issues) {
        this.profile = profile;
        this.definition = definition;
        this.unit = unit;
        this.issues = issues;
        this.tableName = definition.number().isEmpty() ? definition.title() : definition.number();
    }

    /**
     * Recognises a printed table.
     *
     * @param profile the profile the document follows
     * @param definition the table it prints
     * @param block the printed grid
     * @param unit the amount unit stated above the table
     * @param statement the statement printed near the table instead of a body, if any
     * @param issues where the findings go
     */
    static RecoveredTable recognize(
            Profile profile,
            TableDefinition definition,
            TableBlock block,
            AmountUnit unit,
            @Nullable String statement,
            Issues issues) {
        return new TableRecognizer(profile, definition, unit, issues).recognize(block, statement);
    }

    // ---- the grid ----

    /** A printed row spread over its grid columns. */
    private record Line(String[] texts, SourceRef[] sources, String[] covering, SourceRef source) {
        String text(int column) {
            return column < texts.length ? texts[column] : "";
        }

        SourceRef at(int column) {
            return column < sources.length && sources[column] != null ? sources[column] : source;
        }

        boolean isBlank() {
            for (String text : texts) {
                if (!Labels.compact(text).isEmpty()) {
                    return false;
                }
            }
            return true;
        }
    }

    /** A value column of the print: its grid column and the column definition. */
    private record ValueColumn(int grid, ColumnDefinition column) {}

    /** A strip of the print: a section, the panel's rows it may hold, and its grid columns. */
    private record Strip(SectionDefinition section, int from, int to, List<ValueColumn> values) {}

    private RecoveredTable recognize(TableBlock block, @Nullable String statement) {
        List<Line> lines = lines(block);
        int numberRow = numberRow(lines);
        int bodyStart = numberRow >= 0 ? numberRow + 1 : headerEnd(lines);
        List<ValueColumn> values = numberRow >= 0 ? byNumbers(lines.get(numberRow)) : byHeaders(lines, bodyStart);
        List<RecoveredTable.Row> rows = new ArrayList<>();
        if (values.isEmpty()) {
            if (lines.size() > bodyStart) {
                issues.warning(
                        block.source(),
                        "AUDIT_NO_COLUMNS",
                        tableName + "无法识别金额栏（未找到栏次行，表头也与“" + definition.title() + "”的栏目不符）");
            }
            return new RecoveredTable(definition, unit, rows, statement, block.source());
        }
        List<Strip> strips = strips(values);
        Map<String, RowMatcher> matchers = new LinkedHashMap<>();
        for (Strip strip : strips) {
            matchers.computeIfAbsent(strip.section().id(), id -> new RowMatcher(strip.section()));
        }
        for (int r = bodyStart; r < lines.size(); r++) {
            Line line = lines.get(r);
            if (line.isBlank()) {
                continue;
            }
            RecoveredTable.Row previous = null;
            for (Strip strip : strips) {
                Optional<RecoveredTable.Row> row =
                        row(line, strip, matchers.get(strip.section().id()), previous);
                if (row.isEmpty()) {
                    previous = null;
                    continue;
                }
                if (previous != null
                        && rows.get(rows.size() - 1) == previous
                        && row.get().source() == previous.source()) {
                    rows.set(rows.size() - 1, row.get());
                } else {
                    rows.add(row.get());
                }
                previous = row.get();
            }
        }
        reportTruncated();
        return new RecoveredTable(definition, unit, rows, statement, block.source());
    }

    private static List<Line> lines(TableBlock block) {
        List<Line> lines = new ArrayList<>();
        for (TableBlock.Row row : block.rows()) {
            int width = 0;
            for (TableBlock.Cell cell : row.cells()) {
                width = Math.max(width, cell.column() + cell.span());
            }
            String[] texts = new String[width];
            SourceRef[] sources = new SourceRef[width];
            String[] covering = new String[width];
            java.util.Arrays.fill(texts, "");
            java.util.Arrays.fill(covering, "");
            for (TableBlock.Cell cell : row.cells()) {
                texts[cell.column()] = cell.text();
                sources[cell.column()] = cell.source();
                for (int c = cell.column(); c < cell.column() + cell.span(); c++) {
                    covering[c] = cell.text();
                }
            }
            lines.add(new Line(texts, sources, covering, row.source()));
        }
        return lines;
    }

    // ---- columns ----

    /**
     * Returns the index of the 栏次 row: a header row whose whole numbers run 1, 2, 3 … left to right (numbering may
     * restart in a second strip only if the definition numbers that way) and whose other cells are stub words.
     */
    private int numberRow(List<Line> lines) {
        for (int r = 0; r < lines.size() && r < 12; r++) {
            Line line = lines.get(r);
            int numbers = 0;
            boolean other = false;
            int previous = 0;
            for (String text : line.texts()) {
                String compact = Labels.compact(text);
                if (compact.isEmpty()) {
                    continue;
                }
                if (Labels.isWholeNumber(compact) && compact.length() <= 3) {
                    int n = Integer.parseInt(compact);
                    if (n <= previous) {
                        other = true;
                    }
                    previous = n;
                    numbers++;
                } else if (!STUB_WORDS.contains(compact)) {
                    other = true;
                }
            }
            if (numbers > 0 && !other) {
                return r;
            }
        }
        return -1;
    }

    /** Maps the 栏次 row's numbers to the definition's numbered columns. */
    private List<ValueColumn> byNumbers(Line numbers) {
        Map<Integer, ColumnDefinition> byNumber = new LinkedHashMap<>();
        Map<Integer, SectionDefinition> sectionOf = new LinkedHashMap<>();
        for (SectionDefinition section : definition.sections()) {
            for (ColumnDefinition column : section.columns()) {
                column.columnNumber().ifPresent(n -> {
                    byNumber.put(n, column);
                    sectionOf.put(n, section);
                });
            }
        }
        List<ValueColumn> values = new ArrayList<>();
        for (int c = 0; c < numbers.texts().length; c++) {
            String compact = Labels.compact(numbers.text(c));
            if (Labels.isWholeNumber(compact) && compact.length() <= 3) {
                ColumnDefinition column = byNumber.get(Integer.parseInt(compact));
                if (column == null) {
                    issues.warning(
                            numbers.at(c),
                            "AUDIT_COLUMN_COUNT",
                            tableName + "印有栏次" + compact + "，“" + definition.title() + "”没有这一栏");
                    continue;
                }
                values.add(new ValueColumn(c, column));
            }
        }
        return values;
    }

    /**
     * Returns the first row that looks like a body row: a code or an amount with decimals. (合计 alone does not tell:
     * headers print it too, over the column of totals.)
     */
    private int headerEnd(List<Line> lines) {
        for (int r = 0; r < lines.size(); r++) {
            for (String text : lines.get(r).texts()) {
                String compact = Labels.compact(text);
                if (compact.matches("[0-9]{3,7}") || compact.matches("-?[0-9][0-9,]*\\.[0-9]{1,2}")) {
                    return r;
                }
            }
        }
        return lines.size();
    }

    /**
     * Maps value columns by header text when the table prints no 栏次: each printed column whose header (the texts
     * above it, a spanning header read into the columns it spans) ends with a column's last header is that column;
     * the definition's columns are taken in order, so that repeated headers (决算数 in each strip) map strip by strip.
     */
    private List<ValueColumn> byHeaders(List<Line> lines, int bodyStart) {
        List<ColumnDefinition> wanted = new ArrayList<>();
        if (definition.panels().isEmpty()) {
            definition.sections().forEach(s -> wanted.addAll(s.columns()));
        } else {
            for (TableDefinition.Panel panel : definition.panels()) {
                wanted.addAll(definition.section(panel.section()).orElseThrow().columns());
            }
        }
        int width = 0;
        for (int r = 0; r < bodyStart && r < lines.size(); r++) {
            width = Math.max(width, lines.get(r).texts().length);
        }
        List<ValueColumn> values = new ArrayList<>();
        int next = 0;
        for (int c = 0; c < width && next < wanted.size(); c++) {
            String leaf = "";
            StringBuilder path = new StringBuilder();
            for (int r = 0; r < bodyStart && r < lines.size(); r++) {
                Line header = lines.get(r);
                String text = Labels.key(c < header.covering().length ? header.covering()[c] : "");
                if (!text.isEmpty()) {
                    leaf = text;
                    path.append(text).append('/');
                }
            }
            if (leaf.isEmpty() || STUB_WORDS.contains(leaf)) {
                continue;
            }
            List<String> header = wanted.get(next).header();
            String last = header.isEmpty() ? "" : Labels.key(header.get(header.size() - 1));
            // a header cut short by a narrow column (公务用车购 for 公务用车购置费) still names its column
            boolean truncated = leaf.length() >= 3 && last.startsWith(leaf);
            if (!last.isEmpty()
                    && (leaf.equals(last) || truncated || path.toString().contains(last))) {
                values.add(new ValueColumn(c, wanted.get(next)));
                next++;
            }
        }
        if (!values.isEmpty() && next < wanted.size()) {
            issues.info(
                    lines.get(0).source(),
                    "AUDIT_COLUMN_COUNT",
                    tableName + "识别出 " + next + " 个金额栏，“" + definition.title() + "”应有 " + wanted.size() + " 个");
        }
        return values;
    }

    /**
     * Cuts the value columns into strips: a strip ends where a stub column follows a value column; strip k is the
     * definition's k-th panel, or its k-th section.
     */
    private List<Strip> strips(List<ValueColumn> values) {
        List<List<ValueColumn>> runs = new ArrayList<>();
        List<ValueColumn> run = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            if (!run.isEmpty()
                    && values.get(i).grid() != run.get(run.size() - 1).grid() + 1) {
                runs.add(run);
                run = new ArrayList<>();
            }
            run.add(values.get(i));
        }
        runs.add(run);
        List<SectionDefinition> order = new ArrayList<>();
        if (!definition.panels().isEmpty()) {
            for (TableDefinition.Panel panel : definition.panels()) {
                order.add(definition.section(panel.section()).orElseThrow());
            }
        } else {
            order.addAll(definition.sections());
        }
        List<Strip> strips = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < runs.size(); i++) {
            List<ValueColumn> columns = runs.get(i);
            // with 栏次, the section is the one owning the numbers; without, the strip's place
            SectionDefinition section = sectionOf(columns.get(0).column())
                    .filter(s -> definition.panels().isEmpty())
                    .orElse(order.get(Math.min(i, order.size() - 1)));
            int to = columns.get(columns.size() - 1).grid() + 1;
            strips.add(new Strip(section, from, to, columns));
            from = to;
        }
        return strips;
    }

    private Optional<SectionDefinition> sectionOf(ColumnDefinition column) {
        for (SectionDefinition section : definition.sections()) {
            if (section.columns().contains(column)) {
                return Optional.of(section);
            }
        }
        return Optional.empty();
    }

    // ---- rows ----

    /**
     * Recognises the part of a printed row inside a strip. A strip with figures but no stub of its own continues the
     * row of the strip before it when both belong to the same section (公用经费合计, labelled in the 商品和服务支出
     * strip and totalled under the 资本性支出 strip): the row returned then replaces that one.
     */
    private Optional<RecoveredTable.Row> row(
            Line line, Strip strip, RowMatcher matcher, RecoveredTable.@Nullable Row previous) {
        int firstValue = strip.values().get(0).grid();
        List<String> codes = new ArrayList<>();
        SourceRef codeSource = null;
        StringBuilder label = new StringBuilder();
        SourceRef labelSource = null;
        for (int c = strip.from(); c < firstValue; c++) {
            String text = Labels.compact(line.text(c));
            if (text.isEmpty()) {
                continue;
            }
            if (text.matches("[0-9]{2,7}") && !(text.length() <= 2 && codes.isEmpty())) {
                codes.add(text);
                if (codeSource == null) {
                    codeSource = line.at(c);
                }
            } else if (!text.matches("[0-9]{1,2}")) {
                if (label.length() > 0) {
                    label.append(' ');
                }
                label.append(line.text(c).strip());
                if (labelSource == null) {
                    labelSource = line.at(c);
                }
            }
        }
        Map<String, RecoveredTable.Cell> cells = new LinkedHashMap<>();
        boolean anyFigure = false;
        for (ValueColumn value : strip.values()) {
            String text = line.text(value.grid());
            PrintedAmount amount = PrintedAmount.read(text, unit);
            if (amount.kind() == PrintedAmount.Kind.NOT_AN_AMOUNT) {
                issues.warning(
                        line.at(value.grid()), "AUDIT_NOT_AN_AMOUNT", tableName + "金额栏印有“" + text.strip() + "”，不是金额");
                continue;
            }
            anyFigure |= amount.kind() == PrintedAmount.Kind.NUMBER;
            cells.put(
                    value.column().id(),
                    new RecoveredTable.Cell(value.column().id(), text, amount, line.at(value.grid())));
        }
        String code = String.join("", codes);
        if (code.isEmpty()
                && label.length() == 0
                && previous != null
                && previous.section().equals(strip.section().id())) {
            Map<String, RecoveredTable.Cell> merged = new LinkedHashMap<>(previous.cells());
            cells.forEach((id, cell) -> {
                RecoveredTable.Cell before = merged.get(id);
                if (before == null || before.amount().kind() == PrintedAmount.Kind.BLANK) {
                    merged.put(id, cell);
                }
            });
            return Optional.of(new RecoveredTable.Row(
                    previous.section(),
                    previous.rowId(),
                    previous.code(),
                    previous.label(),
                    merged,
                    previous.source()));
        }
        if (code.isEmpty() && label.length() == 0) {
            if (anyFigure) {
                issues.warning(line.source(), "AUDIT_UNKNOWN_ROW", tableName + "有一行印有金额，却没有项目名称或科目编码");
            }
            return Optional.empty();
        }
        SourceRef where = codeSource != null ? codeSource : labelSource != null ? labelSource : line.source();
        Optional<Identified> identified = matcher.identify(code, label.toString(), where, anyFigure);
        return identified.map(id ->
                new RecoveredTable.Row(strip.section().id(), id.rowId(), id.code(), label.toString(), cells, where));
    }

    /**
     * Reports the truncated codes of the table in one finding: which printed codes were cut short, how many rows, and
     * one completion for example — at the first of them.
     */
    private void reportTruncated() {
        if (truncated.isEmpty()) {
            return;
        }
        List<String> codes = new ArrayList<>();
        for (Object[] t : truncated) {
            if (!codes.contains((String) t[0])) {
                codes.add((String) t[0]);
            }
        }
        Object[] first = truncated.get(0);
        issues.warning(
                (SourceRef) first[3],
                "AUDIT_TRUNCATED_CODE",
                tableName + "的" + first[4] + "科目编码" + String.join("、", codes) + "不完整（共" + truncated.size() + "行，如“"
                        + first[0] + " " + first[1] + "”应为" + first[2] + "），已按科目名称补全后核对");
    }

    /** A row identified: its id and code. */
    private record Identified(String rowId, @Nullable ClassCode code) {}

    /** Identifies the rows of one section, in order. Not thread-safe; one per section and table. */
    private final class RowMatcher {
        private final SectionDefinition section;
        /** The fixed rows and class lines, with their label keys, in the definition's order. */
        private final List<String[]> labelled = new ArrayList<>();

        private final Set<Integer> used = new HashSet<>();
        private int last = -1;

        RowMatcher(SectionDefinition section) {
            this.section = section;
            List<RowDefinition> all = new ArrayList<>(section.body());
            all.addAll(section.totals());
            for (RowDefinition row : all) {
                if (row instanceof RowDefinition.Fixed fixed) {
                    if (!fixed.label().isEmpty()) {
                        labelled.add(new String[] {fixed.id(), Labels.key(fixed.label())});
                    }
                } else if (row instanceof RowDefinition.ClassLines) {
                    for (ClassCode code : profile.classLines()) {
                        labelled.add(new String[] {
                            code.digits(),
                            Labels.key(profile.functions().name(code).orElse(code.digits()))
                        });
                    }
                }
            }
        }

        Optional<Identified> identify(String code, String label, SourceRef where, boolean anyFigure) {
            String key = Labels.key(label);
            // totals and fixed rows by label, in order
            Optional<String> byLabel = key.isEmpty() ? Optional.empty() : byLabel(key);
            if (byLabel.isPresent()) {
                String id = byLabel.get();
                return Optional.of(new Identified(
                        id,
                        ClassCode.parse(id).filter(c -> id.matches("[0-9]+")).orElse(null)));
            }
            if (!code.isEmpty() && section.hasFunctionRows()) {
                return function(code, label, where);
            }
            if (!code.isEmpty() && section.hasEconomicRows()) {
                return economic(code, label, where);
            }
            if (anyFigure) {
                issues.warning(
                        where,
                        "AUDIT_UNKNOWN_ROW",
                        tableName + "的“" + (label.isEmpty() ? code : label) + "”不是“" + definition.title() + "”"
                                + (section.heading().isEmpty() ? "" : section.heading() + "部分") + "的行");
            }
            return Optional.empty();
        }

        private Optional<String> byLabel(String key) {
            for (int i = last + 1; i < labelled.size(); i++) {
                if (!used.contains(i) && labelled.get(i)[1].equals(key)) {
                    used.add(i);
                    last = i;
                    return Optional.of(labelled.get(i)[0]);
                }
            }
            // out of order: any unused row with that label
            for (int i = 0; i < labelled.size(); i++) {
                if (!used.contains(i) && labelled.get(i)[1].equals(key)) {
                    used.add(i);
                    return Optional.of(labelled.get(i)[0]);
                }
            }
            return Optional.empty();
        }

        private Optional<Identified> function(String code, String label, SourceRef where) {
            return resolve(profile.functions(), CatalogKind.FUNCTION, code, label, where, "功能分类");
        }

        private Optional<Identified> economic(String code, String label, SourceRef where) {
            return resolve(profile.economics(), CatalogKind.ECONOMIC, code, label, where, "经济分类");
        }

        /**
         * Resolves a printed code: a complete code of the catalog as it is; a code of no valid length (201030,
         * 3010) completed by the label among the children of its longest valid prefix, and reported.
         */
        private Optional<Identified> resolve(
                Catalog catalog, CatalogKind kind, String printed, String label, SourceRef where, String what) {
            Optional<ClassCode> parsed = ClassCode.parse(printed);
            if (parsed.isPresent() && kind.lengths().contains(printed.length()) && catalog.contains(parsed.get())) {
                ClassCode code = parsed.get();
                if (!label.isEmpty()
                        && catalog.name(code)
                                .filter(n -> !Catalog.sameName(n, Labels.compact(label)))
                                .isPresent()) {
                    issues.info(
                            where,
                            "AUDIT_CODE_NAME",
                            tableName + "的" + what + "科目" + printed + "印作“" + Labels.compact(label) + "”，"
                                    + catalog.year() + "年科目名称为“"
                                    + catalog.name(code).orElseThrow() + "”");
                }
                return Optional.of(new Identified(code.digits(), code));
            }
            Optional<ClassCode> completed = complete(catalog, kind, printed, label);
            if (completed.isPresent()) {
                truncated.add(new Object[] {
                    printed, Labels.compact(label), completed.get().digits(), where, what
                });
                return Optional.of(new Identified(completed.get().digits(), completed.get()));
            }
            issues.warning(
                    where,
                    "AUDIT_UNKNOWN_CODE",
                    tableName + "的" + what + "科目编码“" + printed + "”（" + Labels.compact(label) + "）不在" + catalog.year()
                            + "年科目中，无法核对该行");
            return Optional.empty();
        }

        private Optional<ClassCode> complete(Catalog catalog, CatalogKind kind, String printed, String label) {
            if (label.isEmpty()) {
                return Optional.empty();
            }
            String name = Labels.compact(label);
            for (int length = printed.length() - 1; length >= 1; length--) {
                if (!kind.lengths().contains(length)) {
                    continue;
                }
                Optional<ClassCode> prefix = ClassCode.parse(printed.substring(0, length));
                if (prefix.isEmpty() || !catalog.contains(prefix.get())) {
                    continue;
                }
                List<ClassCode> found = new ArrayList<>();
                collect(catalog, prefix.get(), printed, name, found);
                if (found.size() == 1) {
                    return Optional.of(found.get(0));
                }
                // a name printed cut short (机关事业单位基本养老保险缴) may still start exactly one child's name
                if (found.isEmpty()) {
                    List<ClassCode> starting = new ArrayList<>();
                    collectPrefix(catalog, prefix.get(), printed, name, starting);
                    if (starting.size() == 1) {
                        return Optional.of(starting.get(0));
                    }
                }
                return Optional.empty();
            }
            return Optional.empty();
        }

        private void collect(Catalog catalog, ClassCode parent, String printed, String name, List<ClassCode> found) {
            for (CatalogEntry child : catalog.children(parent)) {
                if (child.code()
                                .digits()
                                .startsWith(printed.substring(
                                        0,
                                        Math.min(printed.length(), child.code().length())))
                        && Catalog.sameName(child.name(), name)) {
                    found.add(child.code());
                }
                collect(catalog, child.code(), printed, name, found);
            }
        }

        private void collectPrefix(
                Catalog catalog, ClassCode parent, String printed, String name, List<ClassCode> found) {
            for (CatalogEntry child : catalog.children(parent)) {
                if (child.code()
                                .digits()
                                .startsWith(printed.substring(
                                        0,
                                        Math.min(printed.length(), child.code().length())))
                        && name.length() >= 4
                        && Catalog.normalizeName(child.name()).startsWith(Catalog.normalizeName(name))) {
                    found.add(child.code());
                }
                collectPrefix(catalog, child.code(), printed, name, found);
            }
        }
    }
}

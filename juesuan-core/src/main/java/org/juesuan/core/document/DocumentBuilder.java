package org.juesuan.core.document;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.juesuan.core.catalog.Catalog;
import org.juesuan.core.catalog.ClassCode;
import org.juesuan.core.dataset.Dataset;
import org.juesuan.core.dataset.Figure;
import org.juesuan.core.dataset.FunctionLine;
import org.juesuan.core.dataset.IncomeSource;
import org.juesuan.core.dataset.KeyWork;
import org.juesuan.core.dataset.Scope;
import org.juesuan.core.dataset.Text;
import org.juesuan.core.dataset.UnitInfo;
import org.juesuan.core.document.DocumentDefinition.Composition;
import org.juesuan.core.document.DocumentDefinition.FunctionList;
import org.juesuan.core.document.DocumentDefinition.GlossaryEntry;
import org.juesuan.core.document.DocumentDefinition.GlossaryPart;
import org.juesuan.core.document.DocumentDefinition.KeyWorkPart;
import org.juesuan.core.document.DocumentDefinition.OverviewPart;
import org.juesuan.core.document.DocumentDefinition.PartDefinition;
import org.juesuan.core.document.DocumentDefinition.TablesPart;
import org.juesuan.core.document.DocumentDefinition.Term;
import org.juesuan.core.internal.ChineseNumerals;
import org.juesuan.core.issue.DefinitionException;
import org.juesuan.core.issue.Issues;
import org.juesuan.core.issue.Result;
import org.juesuan.core.layout.GridCell;
import org.juesuan.core.layout.PrintedTable;
import org.juesuan.core.layout.TableLayout;
import org.juesuan.core.performance.Scorer;
import org.juesuan.core.performance.ScoringLoader;
import org.juesuan.core.performance.ScoringRules;
import org.juesuan.core.profile.Profile;
import org.juesuan.core.table.TableSet;

/**
 * Builds a unit's whole disclosure document (组装公开文件) from its profile's document layout, the tables as
 * printed, the narrative and the draft flag: the cover, the overview (duties and organisation), the tables each
 * under a heading for the table of contents, the narrative, the key work, the glossary — its fixed entries with the
 * unit's level of government, and the function codes the unit used with their current names and descriptions — and
 * the self-evaluation forms.
 *
 * <p>The result carries the issues a reviewer must know about, none of them errors: a function code without
 * description, a description not yet verified, missing duties or organisation, a consolidated unit without its
 * units, parts left empty for want of data, form fields the dataset does not fill.
 *
 * <p>Immutable and thread-safe.
 */
public final class DocumentBuilder {

    /** The language of every document. */
    public static final String LANGUAGE = "zh-CN";

    private static final String P = "DOCUMENT";

    private final DocumentDefinition definition;
    private final FunctionGlossary glossary;
    private final @Nullable ScoringRules scoring;

    /**
     * Creates a builder whose self-evaluation forms show the scores as the dataset records them.
     *
     * @param definition the profile's document layout
     * @param glossary the descriptions of function codes
     */
    public DocumentBuilder(DocumentDefinition definition, FunctionGlossary glossary) {
        this(definition, glossary, null);
    }

    /**
     * Creates a builder whose self-evaluation forms show the rates and scores the profile's scoring rules give, and
     * what the dataset records only where the rules cannot give one (a missing weight, units that differ…).
     *
     * @param definition the profile's document layout
     * @param glossary the descriptions of function codes
     * @param scoring the profile's scoring rules (绩效自评计分规则), or null to show the recorded scores
     */
    public DocumentBuilder(DocumentDefinition definition, FunctionGlossary glossary, @Nullable ScoringRules scoring) {
        this.definition = Objects.requireNonNull(definition, "definition");
        this.glossary = Objects.requireNonNull(glossary, "glossary");
        this.scoring = scoring;
    }

    /**
     * Returns a builder for a profile, with its {@code document.yaml}, its {@code scoring.yaml} and the bundled
     * descriptions.
     *
     * @throws DefinitionException if the profile's document layout or scoring rules are missing or broken
     */
    public static DocumentBuilder of(Profile profile) {
        ScoringRules scoring = ScoringLoader.load(profile)
                .orElseThrow(issues -> new DefinitionException("地区口径“" + profile.id() + "”的绩效自评计分规则无法使用", issues));
        return of(profile, scoring);
    }

    /**
     * Returns a builder for a profile, with its {@code document.yaml}, scoring rules already loaded and the bundled
     * descriptions.
     *
     * @throws DefinitionException if the profile's document layout is missing or broken
     */
    public static DocumentBuilder of(Profile profile, ScoringRules scoring) {
        DocumentDefinition definition = DocumentDefinitionLoader.load(profile)
                .orElseThrow(issues -> new DefinitionException("地区口径“" + profile.id() + "”的公开文件结构无法使用", issues));
        return new DocumentBuilder(definition, BundledGlossary.INSTANCE, scoring);
    }

    /** The bundled descriptions, read once. */
    private static final class BundledGlossary {
        static final FunctionGlossary INSTANCE = FunctionGlossary.bundled();
    }

    /**
     * Builds the document.
     *
     * @param display the tables as printed ({@code Deriver.derive(profile, dataset, rounding)}); its dataset gives
     *     the unit, the facts and the texts
     * @param narrative the blocks of the narrative part (情况说明), in order
     * @param draft whether every page is to be marked 草稿
     * @return the document, with the warnings and remarks for the reviewer
     * @throws IllegalArgumentException if the tables follow another profile than the layout
     */
    public Result<Document> build(TableSet display, List<Block> narrative, boolean draft) {
        Profile profile = display.profile();
        if (!profile.id().equals(definition.profileId())) {
            throw new IllegalArgumentException(
                    "tables follow " + profile.id() + ", the layout is for " + definition.profileId());
        }
        Issues issues = Issues.create();
        Assembly assembly = new Assembly(display, issues);
        List<Part> parts = new ArrayList<>();
        for (PartDefinition part : definition.parts()) {
            List<Block> blocks =
                    switch (part.kind()) {
                        case OVERVIEW -> assembly.overview((OverviewPart) part);
                        case TABLES -> assembly.tables((TablesPart) part);
                        case NARRATIVE -> assembly.narrative(narrative);
                        case KEY_WORK -> assembly.keyWork((KeyWorkPart) part);
                        case GLOSSARY -> assembly.glossary((GlossaryPart) part);
                        case ATTACHMENTS ->
                            new EvaluationForms(
                                            (DocumentDefinition.AttachmentsPart) part,
                                            assembly.base,
                                            assembly.dataset,
                                            scoring == null ? null : Scorer.score(scoring, assembly.dataset),
                                            issues)
                                    .blocks();
                    };
            parts.add(new Part(part.kind(), part.number(), part.title().fill(assembly.base), blocks));
        }
        return Result.of(new Document(assembly.info(draft), parts), issues);
    }

    /** The building of one document. */
    private final class Assembly {
        private final TableSet display;
        private final Dataset dataset;
        private final UnitInfo unit;
        private final Issues issues;
        private final Map<String, String> base;

        Assembly(TableSet display, Issues issues) {
            this.display = display;
            this.dataset = display.dataset();
            this.unit = dataset.unit();
            this.issues = issues;
            Map<String, String> values = new HashMap<>();
            values.put("unit", unit.name());
            values.put("shortName", unit.shortName());
            values.put("year", Integer.toString(unit.fiscalYear()));
            values.put("priorYear", Integer.toString(unit.fiscalYear() - 1));
            values.put("level", unit.level().levelWord());
            values.put("government", unit.level().label());
            values.put("publishedOn", unit.publishedOn() == null ? "" : DocumentInfo.dateText(unit.publishedOn()));
            this.base = Map.copyOf(values);
        }

        DocumentInfo info(boolean draft) {
            List<String> cover = new ArrayList<>();
            for (Template line : definition.cover()) {
                if (line.uses("publishedOn") && unit.publishedOn() == null) {
                    issues.warning(dataset.source(), P + "_NO_DATE", "数据集没有公开日期（unit.publishedOn），封面不印日期");
                }
                String text = line.fill(base).strip();
                if (!text.isEmpty()) {
                    cover.add(text);
                }
            }
            return new DocumentInfo(
                    definition.title().fill(base),
                    unit.name(),
                    unit.fiscalYear(),
                    unit.publishedOn(),
                    definition.profileId(),
                    LANGUAGE,
                    draft,
                    cover);
        }

        /** Returns the base values with a list item's number and its own values. */
        private Map<String, String> item(int n, String... pairs) {
            Map<String, String> values = new HashMap<>(base);
            values.put("n", Integer.toString(n));
            values.put("cn", ChineseNumerals.of(n));
            for (int i = 0; i < pairs.length; i += 2) {
                values.put(pairs[i], pairs[i + 1]);
            }
            return values;
        }

        List<Block> overview(OverviewPart part) {
            List<Block> blocks = new ArrayList<>();
            blocks.add(new Heading(1, part.dutiesHeading()));
            List<String> duties = unit.duties();
            if (duties.isEmpty()) {
                issues.warning(dataset.source(), P + "_NO_DUTIES", "数据集没有部门主要职责（unit.duties），概况中该节为空");
            } else if (duties.size() == 1) {
                blocks.add(Paragraph.body(duties.get(0)));
            } else {
                for (int i = 0; i < duties.size(); i++) {
                    blocks.add(Paragraph.body(part.dutyItem().fill(item(i + 1, "text", duties.get(i)))));
                }
            }
            boolean consolidated = unit.scope() == Scope.CONSOLIDATED;
            if (consolidated && !unit.subordinates().isEmpty()) {
                composition(part.composition(), blocks);
                return blocks;
            }
            blocks.add(new Heading(1, part.organizationHeading()));
            if (!unit.organization().isBlank()) {
                blocks.add(Paragraph.body(unit.organization()));
            } else {
                issues.warning(dataset.source(), P + "_NO_ORGANIZATION", "数据集没有机构设置情况（unit.organization），概况中该节为空");
            }
            if (consolidated) {
                issues.warning(
                        dataset.source(),
                        P + "_NO_SUBORDINATES",
                        "单位范围为汇总，但没有列出所属单位（unit.subordinates）；机构设置只印出 unit.organization");
            }
            return blocks;
        }

        /** 部门决算单位构成: the organisation statement if any, the intro, then the units as lines or a table. */
        private void composition(Composition composition, List<Block> blocks) {
            List<String> units = unit.subordinates();
            blocks.add(new Heading(1, composition.heading()));
            if (!unit.organization().isBlank()) {
                blocks.add(Paragraph.body(unit.organization()));
            }
            Map<String, String> values = new HashMap<>(base);
            values.put("count", Integer.toString(units.size()));
            blocks.add(Paragraph.body(composition.intro().fill(values)));
            if (composition.item() != null) {
                for (int i = 0; i < units.size(); i++) {
                    blocks.add(Paragraph.body(composition.item().fill(item(i + 1, "text", units.get(i)))));
                }
                return;
            }
            List<List<GridCell>> grid = new ArrayList<>();
            grid.add(composition.columns().stream().map(Grid::header).toList());
            for (int i = 0; i < units.size(); i++) {
                List<GridCell> row = new ArrayList<>();
                row.add(Grid.label(Integer.toString(i + 1)));
                row.add(Grid.label(units.get(i)));
                while (row.size() < composition.columns().size()) {
                    row.add(Grid.label(""));
                }
                grid.add(row);
            }
            blocks.add(new GridBlock("organization.units", grid, 1, composition.widths()));
        }

        List<Block> tables(TablesPart part) {
            List<Block> blocks = new ArrayList<>();
            List<PrintedTable> printed = TableLayout.layout(display);
            for (int i = 0; i < printed.size(); i++) {
                String title = display.tables().get(i).definition().title();
                blocks.add(new Heading(1, part.heading().fill(item(i + 1, "title", title))));
                blocks.add(new TableBlock(printed.get(i)));
            }
            return blocks;
        }

        List<Block> narrative(List<Block> narrative) {
            if (narrative.isEmpty()) {
                issues.warning(dataset.source(), P + "_NO_NARRATIVE", "情况说明没有内容");
            }
            return List.copyOf(narrative);
        }

        List<Block> keyWork(KeyWorkPart part) {
            List<Block> blocks = new ArrayList<>();
            KeyWork keyWork = dataset.keyWork();
            List<Text> paragraphs = keyWork.paragraphs();
            for (int i = 0; i < paragraphs.size(); i++) {
                blocks.add(Paragraph.body(part.paragraph()
                        .fill(item(i + 1, "text", paragraphs.get(i).value()))));
            }
            if (!keyWork.items().isEmpty()) {
                List<List<GridCell>> grid = new ArrayList<>();
                grid.add(part.columns().stream().map(Grid::header).toList());
                for (int i = 0; i < keyWork.items().size(); i++) {
                    KeyWork.Item row = keyWork.items().get(i);
                    grid.add(List.of(
                            Grid.label(Integer.toString(i + 1)),
                            Grid.label(row.matter()),
                            Grid.label(row.goal()),
                            Grid.label(row.result())));
                }
                blocks.add(new GridBlock("keyWork", grid, 1, part.widths()));
            }
            if (blocks.isEmpty()) {
                issues.warning(dataset.source(), P + "_NO_KEY_WORK", "数据集没有重点工作完成情况（keyWork），该部分为空");
            }
            return blocks;
        }

        List<Block> glossary(GlossaryPart part) {
            List<Block> blocks = new ArrayList<>();
            List<GlossaryEntry> entries = part.entries();
            for (int i = 0; i < entries.size(); i++) {
                GlossaryEntry entry = entries.get(i);
                if (entry instanceof Term) {
                    Term term = (Term) entry;
                    String text = term.text().fill(base);
                    blocks.add(Paragraph.body(part.entry().fill(item(i + 1, "term", term.term(), "text", text))));
                    if (term.contentsOf() != null && has(term.contentsOf())) {
                        issues.warning(
                                dataset.source(),
                                P + "_GLOSSARY_CONTENTS",
                                "本单位有" + term.contentsOf().label() + "，名词解释“" + term.term()
                                        + "”应列举其主要内容（“主要是：……收入等”），数据集中没有该内容，请补充");
                    }
                } else {
                    FunctionList list = (FunctionList) entry;
                    blocks.add(Paragraph.body(part.heading().fill(item(i + 1, "term", list.term()))));
                    functions(list, blocks);
                }
            }
            return blocks;
        }

        /** Lists the 项 codes the unit used, in code order, with their current names and descriptions. */
        private void functions(FunctionList list, List<Block> blocks) {
            Profile profile = display.profile();
            Catalog functions = profile.functions();
            int n = 0;
            for (FunctionLine line : dataset.lines()) {
                if (!used(line)) {
                    continue;
                }
                n++;
                ClassCode code = line.code();
                String item = functions.name(code).orElse(line.name());
                String entry = list.item()
                        .fill(item(
                                n,
                                "class",
                                name(functions, code.prefix(3)),
                                "clause",
                                name(functions, code.prefix(5)),
                                "item",
                                item));
                Optional<FunctionDescription> description = glossary.describe(profile.fiscalYear(), code, functions);
                if (description.isPresent()) {
                    entry += "：" + description.get().text();
                    if (!description.get().verified()) {
                        issues.info(
                                description.get().source(),
                                P + "_UNVERIFIED_DESCRIPTION",
                                "科目 " + code + " " + item + " 的说明尚待与《" + profile.fiscalYear()
                                        + "年政府收支分类科目》核对（标为 [MEM]）");
                    }
                } else {
                    issues.warning(
                            line.source(),
                            P + "_NO_DESCRIPTION",
                            "支出功能分类科目 " + code + " " + item + " 没有" + profile.fiscalYear()
                                    + "年度的科目说明，名词解释只列出科目名称；请在科目说明文件中补充");
                }
                blocks.add(Paragraph.of(Paragraph.Style.PLAIN, entry));
            }
        }

        private String name(Catalog functions, ClassCode code) {
            return functions.name(code).orElse(code.digits());
        }

        /** Returns whether the unit has income of a source: a figure other than zero on some line. */
        private boolean has(IncomeSource source) {
            for (FunctionLine line : dataset.lines()) {
                Figure figure = line.income().get(source);
                if (figure != null && !figure.amount().isZero()) {
                    return true;
                }
            }
            return false;
        }
    }

    /** Returns whether a line states any figure: the code is one the unit used. */
    static boolean used(FunctionLine line) {
        return !line.income().isEmpty()
                || !line.spending().isEmpty()
                || !line.opening().isEmpty()
                || !line.closing().isEmpty()
                || line.annualBudget() != null;
    }
}

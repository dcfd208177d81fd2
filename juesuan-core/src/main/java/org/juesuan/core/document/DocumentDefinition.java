package org.juesuan.core.document;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.juesuan.core.dataset.IncomeSource;
import org.juesuan.core.source.SourceRef;

/**
 * The layout of a profile's disclosure document (公开文件结构), read from {@code document.yaml}: the title and cover
 * lines, which parts appear and in which order, their numbers and titles, the overview's headings, the glossary
 * entries and the labels and notes of the self-evaluation forms.
 *
 * <p>Load it with {@link DocumentDefinitionLoader}; {@link DocumentBuilder} fills it with a unit's data. Immutable and
 * thread-safe.
 */
public final class DocumentDefinition {

    private final String profileId;
    private final Template title;
    private final List<Template> cover;
    private final List<PartDefinition> parts;
    private final SourceRef source;

    DocumentDefinition(
            String profileId, Template title, List<Template> cover, List<PartDefinition> parts, SourceRef source) {
        this.profileId = Objects.requireNonNull(profileId, "profileId");
        this.title = Objects.requireNonNull(title, "title");
        this.cover = List.copyOf(cover);
        this.parts = List.copyOf(parts);
        this.source = Objects.requireNonNull(source, "source");
    }

    /** Returns the id of the profile the definition belongs to. */
    public String profileId() {
        return profileId;
    }

    /** Returns where the definition file starts. */
    public SourceRef source() {
        return source;
    }

    /** Returns the kinds of the parts, in printed order. */
    public List<Part.Kind> partKinds() {
        return parts.stream().map(PartDefinition::kind).toList();
    }

    Template title() {
        return title;
    }

    List<Template> cover() {
        return cover;
    }

    List<PartDefinition> parts() {
        return parts;
    }

    /** One part of the document: its printed number, its title and what goes in it. */
    sealed interface PartDefinition
            permits OverviewPart, TablesPart, NarrativePart, KeyWorkPart, GlossaryPart, AttachmentsPart {

        /** Returns the printed number, e.g. 第一部分. */
        String number();

        /** Returns the title. */
        Template title();

        /** Returns what the part holds. */
        Part.Kind kind();
    }

    /**
     * 概况: the unit's duties and its organisation.
     *
     * @param dutiesHeading e.g. 一、部门主要职责
     * @param dutyItem one duty, with {@code {n}}, {@code {cn}} and {@code {text}}
     * @param organizationHeading e.g. 二、机构设置情况
     * @param composition how a consolidated unit lists the units it covers
     */
    record OverviewPart(
            String number,
            Template title,
            String dutiesHeading,
            Template dutyItem,
            String organizationHeading,
            Composition composition)
            implements PartDefinition {

        @Override
        public Part.Kind kind() {
            return Part.Kind.OVERVIEW;
        }
    }

    /**
     * 部门决算单位构成: how a consolidated unit (汇总) lists the units it covers, as numbered lines or as a table.
     *
     * @param heading the heading used instead of the organisation heading, e.g. 二、部门决算单位构成
     * @param intro the sentence before the list
     * @param item one unit as a numbered line, with {@code {n}}, {@code {cn}} and {@code {text}}; null for a table
     * @param columns the table's column headers (序号, 单位名称, 备注); empty for numbered lines
     * @param widths the table's relative column widths
     */
    record Composition(
            String heading, Template intro, @Nullable Template item, List<String> columns, List<Integer> widths) {

        Composition {
            columns = List.copyOf(columns);
            widths = List.copyOf(widths);
        }
    }

    /**
     * 部门决算表: a level-1 heading for each table, then the table.
     *
     * @param heading the heading of one table, with {@code {n}}, {@code {cn}} and {@code {title}}
     */
    record TablesPart(String number, Template title, Template heading) implements PartDefinition {

        @Override
        public Part.Kind kind() {
            return Part.Kind.TABLES;
        }
    }

    /** 情况说明: the narrative, written elsewhere. */
    record NarrativePart(String number, Template title) implements PartDefinition {

        @Override
        public Part.Kind kind() {
            return Part.Kind.NARRATIVE;
        }
    }

    /**
     * 重点工作完成情况: the paragraphs and the table of matters.
     *
     * @param paragraph one paragraph, with {@code {n}}, {@code {cn}} and {@code {text}}
     * @param columns the four column headers: 序号, 重要事项, 工作内容及目标, 完成情况
     * @param widths their relative widths
     */
    record KeyWorkPart(String number, Template title, Template paragraph, List<String> columns, List<Integer> widths)
            implements PartDefinition {

        KeyWorkPart {
            columns = List.copyOf(columns);
            widths = List.copyOf(widths);
        }

        @Override
        public Part.Kind kind() {
            return Part.Kind.KEY_WORK;
        }
    }

    /**
     * 名词解释: the entries in order.
     *
     * @param entry the line of a term, with {@code {n}}, {@code {cn}}, {@code {term}} and {@code {text}}
     * @param heading the line heading a list (the function codes used), with {@code {n}}, {@code {cn}} and
     *     {@code {term}}
     * @param entries the entries
     */
    record GlossaryPart(String number, Template title, Template entry, Template heading, List<GlossaryEntry> entries)
            implements PartDefinition {

        GlossaryPart {
            entries = List.copyOf(entries);
        }

        @Override
        public Part.Kind kind() {
            return Part.Kind.GLOSSARY;
        }
    }

    /** One entry of the glossary. */
    sealed interface GlossaryEntry permits Term, FunctionList {}

    /**
     * A term and its explanation.
     *
     * @param term e.g. 事业收入
     * @param text the explanation, e.g. 指{level}财政一般公共预算当年拨付的资金。
     * @param contentsOf the income whose main contents the entry must list when the unit has it (上海: “主要是：……收入等”),
     *     or null
     * @param source where the entry is written
     */
    record Term(String term, Template text, @Nullable IncomeSource contentsOf, SourceRef source)
            implements GlossaryEntry {}

    /**
     * The list of the function codes (项) the unit used, each with its official description.
     *
     * @param term the heading, e.g. 本部门使用的支出功能分类科目（到项级）
     * @param item one code, with {@code {n}}, {@code {cn}}, {@code {class}}, {@code {clause}} and {@code {item}}; the
     *     description follows after “：”
     */
    record FunctionList(String term, Template item) implements GlossaryEntry {}

    /**
     * 附件: the overall and project self-evaluation forms (绩效自评表).
     *
     * @param labels the fixed labels of the forms
     * @param checked the mark of a chosen option, e.g. ■
     * @param unchecked the mark of an option not chosen, e.g. □
     * @param notesTitle the line before the notes, e.g. 备注：
     * @param notes the notes printed under each form
     * @param overall the overall form
     * @param project the form of one project
     */
    record AttachmentsPart(
            String number,
            Template title,
            FormLabels labels,
            String checked,
            String unchecked,
            String notesTitle,
            List<String> notes,
            Form overall,
            Form project)
            implements PartDefinition {

        AttachmentsPart {
            notes = List.copyOf(notes);
        }

        @Override
        public Part.Kind kind() {
            return Part.Kind.ATTACHMENTS;
        }
    }

    /**
     * The labels printed on every self-evaluation form.
     *
     * @param budget the budget block, e.g. 预算执行情况（万元）（20分）
     * @param planned 预算数（A）
     * @param executed 执行数（B）
     * @param rate 执行率（B/A）
     * @param budgetScore 得分（20分*执行率）
     * @param indicators 年度绩效指标
     * @param level1 一级指标
     * @param level2 二级指标
     * @param name 三级指标
     * @param target 年初目标值（A）
     * @param actual 实际完成值（B）
     * @param score 得分
     * @param total 总分
     * @param deviation 偏差大或目标未完成原因分析
     * @param improvement 改进措施及结果应用方案
     * @param goal a goal's label, with {@code {title}} and {@code {points}}
     */
    record FormLabels(
            String budget,
            String planned,
            String executed,
            String rate,
            String budgetScore,
            String indicators,
            String level1,
            String level2,
            String name,
            String target,
            String actual,
            String score,
            String total,
            String deviation,
            String improvement,
            Template goal) {}

    /**
     * One kind of self-evaluation form.
     *
     * @param heading the heading in the part, with {@code {n}}, {@code {cn}} and {@code {name}}
     * @param title the centred title over the form, with {@code {name}}
     * @param caption the line under the title, with {@code {department}} and {@code {name}}
     * @param nameField the field that holds the evaluation's name (部门名称, 项目名称)
     * @param fields the rows of fields above the budget block
     * @param budgetItem the label of the budget row, e.g. 部门整体支出总额
     */
    record Form(
            Template heading,
            Template title,
            Template caption,
            String nameField,
            List<FieldRow> fields,
            String budgetItem) {

        Form {
            fields = List.copyOf(fields);
        }
    }

    /** A row of fields of a form. */
    sealed interface FieldRow permits Fields, Options {}

    /**
     * One or two fields side by side, each a label and its value.
     *
     * @param names the field names
     */
    record Fields(List<String> names) implements FieldRow {

        Fields {
            names = List.copyOf(names);
        }
    }

    /**
     * A field printed as a choice among options, the chosen one marked.
     *
     * @param name the field name, e.g. 项目类别
     * @param options the options in order, e.g. 部门预算项目, {level}专项, 上级转移支付项目
     * @param source where the row is written
     */
    record Options(String name, List<Template> options, SourceRef source) implements FieldRow {

        Options {
            options = List.copyOf(options);
        }
    }
}

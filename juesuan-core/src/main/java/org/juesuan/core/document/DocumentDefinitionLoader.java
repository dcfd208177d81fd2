package org.juesuan.core.document;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.juesuan.core.dataset.IncomeSource;
import org.juesuan.core.document.DocumentDefinition.AttachmentsPart;
import org.juesuan.core.document.DocumentDefinition.Composition;
import org.juesuan.core.document.DocumentDefinition.FieldRow;
import org.juesuan.core.document.DocumentDefinition.Fields;
import org.juesuan.core.document.DocumentDefinition.Form;
import org.juesuan.core.document.DocumentDefinition.FormLabels;
import org.juesuan.core.document.DocumentDefinition.FunctionList;
import org.juesuan.core.document.DocumentDefinition.GlossaryEntry;
import org.juesuan.core.document.DocumentDefinition.GlossaryPart;
import org.juesuan.core.document.DocumentDefinition.KeyWorkPart;
import org.juesuan.core.document.DocumentDefinition.NarrativePart;
import org.juesuan.core.document.DocumentDefinition.Options;
import org.juesuan.core.document.DocumentDefinition.OverviewPart;
import org.juesuan.core.document.DocumentDefinition.PartDefinition;
import org.juesuan.core.document.DocumentDefinition.TablesPart;
import org.juesuan.core.document.DocumentDefinition.Term;
import org.juesuan.core.issue.Issues;
import org.juesuan.core.issue.Result;
import org.juesuan.core.profile.Profile;
import org.juesuan.core.source.Keyed;
import org.juesuan.core.source.MappingReader;
import org.juesuan.core.source.Node;
import org.juesuan.core.source.SourceRef;
import org.juesuan.core.source.TreeReader;

/**
 * Loads a profile's document layout (公开文件结构) from {@code document.yaml} in the profile's directory.
 *
 * <p>The whole file is checked before a definition is returned, and every problem is reported with its file, line
 * and column: unknown or missing fields, a part listed twice or of an unknown kind, a placeholder that the place it
 * is written in does not offer (e.g. {@code {title}} in a cover line), a stray brace, column headers and widths of
 * different lengths. Loading never stops at the first problem.
 *
 * <p>Placeholders every text may use: {@code {unit}} (the unit's full name), {@code {shortName}}, {@code {year}},
 * {@code {priorYear}}, {@code {level}} (the level of government as in 区级财政: 区级, 市级 …), {@code {government}}
 * (区, 市 …, as in 区直部门) and {@code {publishedOn}} (2025年10月30日, or nothing). Lists add {@code {n}} (1, 2 …),
 * {@code {cn}} (一, 二 …) and the item's own values; each field's Javadoc in {@link DocumentDefinition} names them.
 *
 * <p>Stateless and thread-safe.
 */
public final class DocumentDefinitionLoader {

    /** The file read from the profile's directory. */
    public static final String FILE = "document.yaml";

    private static final String P = "DOCUMENT";

    /** The placeholders every text may use. */
    static final Set<String> GLOBAL =
            Set.of("unit", "shortName", "year", "priorYear", "level", "government", "publishedOn");

    private DocumentDefinitionLoader() {}

    /** Loads the document layout of a profile from its directory. */
    public static Result<DocumentDefinition> load(Profile profile) {
        String display = profile.files().displayName(FILE);
        Optional<String> text = profile.files().read(FILE);
        if (text.isEmpty()) {
            Issues issues = Issues.create();
            issues.error(SourceRef.file(display), P + "_MISSING", "地区口径“" + profile.id() + "”没有公开文件结构定义 " + FILE);
            return Result.failed(issues);
        }
        return parse(profile.id(), text.get(), display);
    }

    /**
     * Reads a document layout from text.
     *
     * @param profileId the profile it belongs to
     * @param text the YAML text
     * @param displayName the file name used in messages
     */
    static Result<DocumentDefinition> parse(String profileId, String text, String displayName) {
        Issues issues = Issues.create();
        Result<Node> tree = TreeReader.read(text, displayName, TreeReader.Format.YAML);
        issues.addAll(tree.issues());
        if (tree.value().isEmpty()) {
            return Result.failed(issues);
        }
        Optional<DocumentDefinition> definition =
                new Reader(issues).document(profileId, tree.value().get());
        return definition.isPresent() && !issues.hasErrors()
                ? Result.of(definition.get(), issues)
                : Result.failed(issues);
    }

    /** The kinds of part as written in files. */
    private enum PartKey implements Keyed {
        OVERVIEW("overview"),
        TABLES("tables"),
        NARRATIVE("narrative"),
        KEY_WORK("keyWork"),
        GLOSSARY("glossary"),
        ATTACHMENTS("attachments");

        private final String key;

        PartKey(String key) {
            this.key = key;
        }

        @Override
        public String key() {
            return key;
        }
    }

    private static Set<String> with(String... names) {
        Set<String> set = new LinkedHashSet<>(GLOBAL);
        set.addAll(List.of(names));
        return Set.copyOf(set);
    }

    private static final class Reader {
        private final Issues issues;

        Reader(Issues issues) {
            this.issues = issues;
        }

        Optional<DocumentDefinition> document(String profileId, Node node) {
            Optional<MappingReader> reader = MappingReader.of(node, "公开文件结构", issues, P);
            if (reader.isEmpty()) {
                return Optional.empty();
            }
            MappingReader m = reader.get();
            Optional<Template> title = template(m, "title", GLOBAL, true);
            List<Template> cover = templates(m, "cover", GLOBAL);
            List<PartDefinition> parts = new ArrayList<>();
            m.required("parts").ifPresent(n -> {
                Map<Part.Kind, SourceRef> seen = new EnumMap<>(Part.Kind.class);
                forEach(n, "parts", item -> part(item).ifPresent(part -> {
                    SourceRef first = seen.putIfAbsent(part.kind(), item.ref());
                    if (first != null) {
                        issues.error(item.ref(), P + "_DUPLICATE_PART", "同一类部分只能出现一次（首次出现于 " + first.display() + "）");
                    } else {
                        parts.add(part);
                    }
                }));
            });
            m.finish();
            if (title.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new DocumentDefinition(profileId, title.get(), cover, parts, m.ref()));
        }

        private Optional<PartDefinition> part(Node node) {
            Optional<MappingReader> reader = MappingReader.of(node, "部分", issues, P);
            if (reader.isEmpty()) {
                return Optional.empty();
            }
            MappingReader m = reader.get();
            Optional<PartKey> kind = m.requiredText("kind").flatMap(text -> {
                Optional<PartKey> found = Keyed.find(PartKey.values(), text);
                if (found.isEmpty()) {
                    issues.error(
                            m.mapping().get("kind").orElseThrow().ref(),
                            P + "_UNKNOWN_PART",
                            "未知的部分“" + text + "”（可用：overview、tables、narrative、keyWork、glossary、attachments）");
                }
                return found;
            });
            Optional<String> number = plain(m, "number", true);
            Optional<Template> title = template(m, "title", GLOBAL, true);
            if (kind.isEmpty()) {
                // the other fields depend on the kind: do not report them as unknown
                return Optional.empty();
            }
            Optional<? extends PartDefinition> part =
                    switch (kind.get()) {
                        case OVERVIEW -> overview(m, number, title);
                        case TABLES ->
                            template(m, "heading", with("n", "cn", "title"), true)
                                    .flatMap(heading ->
                                            both(number, title, (nu, ti) -> new TablesPart(nu, ti, heading)));
                        case NARRATIVE -> both(number, title, NarrativePart::new);
                        case KEY_WORK -> keyWork(m, number, title);
                        case GLOSSARY -> glossary(m, number, title);
                        case ATTACHMENTS -> attachments(m, number, title);
                    };
            m.finish();
            return part.map(p -> (PartDefinition) p);
        }

        private <T> Optional<T> both(
                Optional<String> number,
                Optional<Template> title,
                java.util.function.BiFunction<String, Template, T> f) {
            return number.isPresent() && title.isPresent()
                    ? Optional.of(f.apply(number.get(), title.get()))
                    : Optional.empty();
        }

        private Optional<OverviewPart> overview(MappingReader m, Optional<String> number, Optional<Template> title) {
            Optional<String> dutiesHeading = Optional.empty();
            Optional<Template> dutyItem = Optional.empty();
            Optional<MappingReader> duties =
                    m.required("duties").flatMap(n -> MappingReader.of(n, "duties", issues, P));
            if (duties.isPresent()) {
                dutiesHeading = plain(duties.get(), "heading", true);
                dutyItem = template(duties.get(), "item", with("n", "cn", "text"), true);
                duties.get().finish();
            }
            Optional<String> organizationHeading = Optional.empty();
            Optional<Composition> composition = Optional.empty();
            Optional<MappingReader> organization =
                    m.required("organization").flatMap(n -> MappingReader.of(n, "organization", issues, P));
            if (organization.isPresent()) {
                MappingReader o = organization.get();
                organizationHeading = plain(o, "heading", true);
                composition = o.required("consolidated").flatMap(this::composition);
                o.finish();
            }
            if (number.isEmpty()
                    || title.isEmpty()
                    || dutiesHeading.isEmpty()
                    || dutyItem.isEmpty()
                    || organizationHeading.isEmpty()
                    || composition.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new OverviewPart(
                    number.get(),
                    title.get(),
                    dutiesHeading.get(),
                    dutyItem.get(),
                    organizationHeading.get(),
                    composition.get()));
        }

        private Optional<Composition> composition(Node node) {
            return MappingReader.of(node, "consolidated", issues, P).flatMap(c -> {
                Optional<String> heading = plain(c, "heading", true);
                Optional<Template> intro = template(c, "intro", with("count"), true);
                Optional<Template> item = template(c, "item", with("n", "cn", "text"), false);
                List<String> columns = plains(c, "columns");
                List<Integer> widths = widths(c, "widths");
                if (item.isPresent() == !columns.isEmpty()) {
                    issues.error(c.ref(), P + "_COMPOSITION", "所属单位须以 item（逐行编号）或 columns（表格）二者之一列出");
                    c.finish();
                    return Optional.empty();
                }
                if (!columns.isEmpty()) {
                    sameLength(c, columns, widths, 3);
                }
                c.finish();
                if (heading.isEmpty() || intro.isEmpty()) {
                    return Optional.empty();
                }
                return Optional.of(new Composition(heading.get(), intro.get(), item.orElse(null), columns, widths));
            });
        }

        private Optional<KeyWorkPart> keyWork(MappingReader m, Optional<String> number, Optional<Template> title) {
            Optional<Template> paragraph = template(m, "paragraph", with("n", "cn", "text"), true);
            List<String> columns = plains(m, "columns");
            List<Integer> widths = widths(m, "widths");
            boolean shaped = sameLength(m, columns, widths, 4);
            if (number.isEmpty() || title.isEmpty() || paragraph.isEmpty() || !shaped) {
                return Optional.empty();
            }
            return Optional.of(new KeyWorkPart(number.get(), title.get(), paragraph.get(), columns, widths));
        }

        /** Checks that columns and widths are given, of the expected count, with positive widths. */
        private boolean sameLength(MappingReader m, List<String> columns, List<Integer> widths, int expected) {
            boolean ok = true;
            if (columns.size() != expected) {
                issues.error(
                        m.mapping().get("columns").map(Node::ref).orElse(m.ref()),
                        P + "_COLUMNS",
                        "columns 应列出 " + expected + " 个列标题，实有 " + columns.size() + " 个");
                ok = false;
            }
            if (widths.size() != columns.size()) {
                issues.error(
                        m.mapping().get("widths").map(Node::ref).orElse(m.ref()),
                        P + "_COLUMNS",
                        "widths 应与 columns 一样多（" + columns.size() + " 个），实有 " + widths.size() + " 个");
                ok = false;
            }
            return ok;
        }

        private Optional<GlossaryPart> glossary(MappingReader m, Optional<String> number, Optional<Template> title) {
            Optional<Template> entry = template(m, "entry", with("n", "cn", "term", "text"), true);
            Optional<Template> heading = template(m, "heading", with("n", "cn", "term"), true);
            List<GlossaryEntry> entries = new ArrayList<>();
            m.required("entries").ifPresent(n -> {
                Set<String> terms = new HashSet<>();
                forEach(n, "entries", item -> glossaryEntry(item).ifPresent(e -> {
                    String term = e instanceof Term ? ((Term) e).term() : ((FunctionList) e).term();
                    if (!terms.add(term)) {
                        issues.error(item.ref(), P + "_DUPLICATE_TERM", "名词“" + term + "”重复");
                    } else {
                        entries.add(e);
                    }
                }));
            });
            if (number.isEmpty() || title.isEmpty() || entry.isEmpty() || heading.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new GlossaryPart(number.get(), title.get(), entry.get(), heading.get(), entries));
        }

        private Optional<GlossaryEntry> glossaryEntry(Node node) {
            Optional<MappingReader> reader = MappingReader.of(node, "名词解释条目", issues, P);
            if (reader.isEmpty()) {
                return Optional.empty();
            }
            MappingReader m = reader.get();
            if (m.mapping().get("functions").isPresent()) {
                Optional<String> term = plain(m, "functions", true);
                Optional<Template> item = template(m, "item", with("n", "cn", "class", "clause", "item"), true);
                m.finish();
                return term.isPresent() && item.isPresent()
                        ? Optional.of(new FunctionList(term.get(), item.get()))
                        : Optional.empty();
            }
            Optional<String> term = plain(m, "term", true);
            Optional<Template> text = template(m, "text", GLOBAL, true);
            IncomeSource contentsOf = m.text("contentsOf")
                    .flatMap(key -> {
                        Optional<IncomeSource> source = Keyed.find(IncomeSource.values(), key);
                        if (source.isEmpty()) {
                            issues.error(
                                    m.mapping().get("contentsOf").orElseThrow().ref(),
                                    P + "_VALUE",
                                    "contentsOf 应为收入来源键名（如 business、operating、other），实为“" + key + "”");
                        }
                        return source;
                    })
                    .orElse(null);
            m.finish();
            return term.isPresent() && text.isPresent()
                    ? Optional.of(new Term(term.get(), text.get(), contentsOf, m.ref()))
                    : Optional.empty();
        }

        private Optional<AttachmentsPart> attachments(
                MappingReader m, Optional<String> number, Optional<Template> title) {
            Optional<FormLabels> labels = m.required("labels").flatMap(this::labels);
            Optional<String> checked = plain(m, "checked", true);
            Optional<String> unchecked = plain(m, "unchecked", true);
            Optional<String> notesTitle = plain(m, "notesTitle", true);
            List<String> notes = plains(m, "notes");
            Optional<Form> overall = m.required("overall").flatMap(n -> form(n, "overall"));
            Optional<Form> project = m.required("project").flatMap(n -> form(n, "project"));
            if (number.isEmpty()
                    || title.isEmpty()
                    || labels.isEmpty()
                    || checked.isEmpty()
                    || unchecked.isEmpty()
                    || notesTitle.isEmpty()
                    || overall.isEmpty()
                    || project.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new AttachmentsPart(
                    number.get(),
                    title.get(),
                    labels.get(),
                    checked.get(),
                    unchecked.get(),
                    notesTitle.get(),
                    notes,
                    overall.get(),
                    project.get()));
        }

        private Optional<FormLabels> labels(Node node) {
            return MappingReader.of(node, "labels", issues, P).flatMap(m -> {
                Function<String, String> get = key -> plain(m, key, true).orElse("");
                FormLabels labels = new FormLabels(
                        get.apply("budget"),
                        get.apply("planned"),
                        get.apply("executed"),
                        get.apply("rate"),
                        get.apply("budgetScore"),
                        get.apply("indicators"),
                        get.apply("level1"),
                        get.apply("level2"),
                        get.apply("name"),
                        get.apply("target"),
                        get.apply("actual"),
                        get.apply("score"),
                        get.apply("total"),
                        get.apply("deviation"),
                        get.apply("improvement"),
                        template(m, "goal", Set.of("title", "points"), true).orElse(Template.literal("")));
                m.finish();
                return Optional.of(labels);
            });
        }

        private Optional<Form> form(Node node, String what) {
            return MappingReader.of(node, what, issues, P).flatMap(m -> {
                Optional<Template> heading = template(m, "heading", with("n", "cn"), true);
                Optional<Template> title = template(m, "title", with("name"), true);
                Optional<Template> caption = template(m, "caption", with("department", "name"), true);
                Optional<String> nameField = plain(m, "nameField", true);
                List<FieldRow> fields = new ArrayList<>();
                m.required("fields")
                        .ifPresent(
                                n -> forEach(n, "fields", item -> fieldRow(item).ifPresent(fields::add)));
                Optional<String> budgetItem = plain(m, "budgetItem", true);
                m.finish();
                if (heading.isEmpty()
                        || title.isEmpty()
                        || caption.isEmpty()
                        || nameField.isEmpty()
                        || budgetItem.isEmpty()) {
                    return Optional.empty();
                }
                return Optional.of(
                        new Form(heading.get(), title.get(), caption.get(), nameField.get(), fields, budgetItem.get()));
            });
        }

        /** A row of fields: {@code [主管部门, 项目实施单位]} or {@code {field: 项目类别, options: [...]}}. */
        private Optional<FieldRow> fieldRow(Node node) {
            if (node instanceof Node.Sequence) {
                List<String> names = new ArrayList<>();
                for (Node item : ((Node.Sequence) node).items()) {
                    plainScalar(item, "fields").ifPresent(names::add);
                }
                if (names.isEmpty() || names.size() > 2) {
                    issues.error(node.ref(), P + "_FIELDS", "一行列出 1 或 2 个栏目，实有 " + names.size() + " 个");
                    return Optional.empty();
                }
                return Optional.of(new Fields(names));
            }
            return MappingReader.of(node, "栏目行", issues, P).flatMap(m -> {
                Optional<String> name = plain(m, "field", true);
                List<Template> options = templates(m, "options", GLOBAL);
                if (m.mapping().get("options").isPresent() && options.isEmpty()) {
                    issues.error(m.mapping().get("options").orElseThrow().ref(), P + "_FIELDS", "options 不能为空");
                } else if (m.mapping().get("options").isEmpty()) {
                    issues.error(m.ref(), P + "_MISSING_FIELD", "缺少必填字段“options”");
                }
                m.finish();
                return name.isPresent() && !options.isEmpty()
                        ? Optional.of(new Options(name.get(), options, m.ref()))
                        : Optional.empty();
            });
        }

        // --- field readers -------------------------------------------------------------------------------------

        private Optional<Template> template(MappingReader m, String key, Set<String> allowed, boolean required) {
            Optional<Node> node = required ? m.required(key) : m.optional(key);
            return node.flatMap(
                    n -> m.scalarText(n, key).flatMap(text -> Template.parse(text, n.ref(), allowed, issues, P)));
        }

        /** A text without placeholders; a brace is reported, so that a placeholder is never printed as written. */
        private Optional<String> plain(MappingReader m, String key, boolean required) {
            Optional<Node> node = required ? m.required(key) : m.optional(key);
            return node.flatMap(n -> plainScalar(n, key));
        }

        private Optional<String> plainScalar(Node node, String key) {
            if (!(node instanceof Node.Scalar)) {
                issues.error(node.ref(), P + "_WRONG_KIND", "字段“" + key + "”应为单个值，实为" + node.kindLabel());
                return Optional.empty();
            }
            String text = ((Node.Scalar) node).text().strip();
            return Template.parse(text, node.ref(), Set.of(), issues, P).map(Template::text);
        }

        private List<Template> templates(MappingReader m, String key, Set<String> allowed) {
            List<Template> result = new ArrayList<>();
            m.optional(key)
                    .ifPresent(node -> forEach(node, key, item -> {
                        if (item instanceof Node.Scalar) {
                            Template.parse(((Node.Scalar) item).text().strip(), item.ref(), allowed, issues, P)
                                    .ifPresent(result::add);
                        } else {
                            issues.error(item.ref(), P + "_WRONG_KIND", key + " 的每一项应为文字，实为" + item.kindLabel());
                        }
                    }));
            return result;
        }

        private List<String> plains(MappingReader m, String key) {
            List<String> result = new ArrayList<>();
            m.optional(key)
                    .ifPresent(node ->
                            forEach(node, key, item -> plainScalar(item, key).ifPresent(result::add)));
            return result;
        }

        private List<Integer> widths(MappingReader m, String key) {
            List<Integer> result = new ArrayList<>();
            m.optional(key)
                    .ifPresent(node ->
                            forEach(node, key, item -> m.toInteger(item, key).ifPresent(width -> {
                                if (width < 1) {
                                    issues.error(item.ref(), P + "_VALUE", key + " 应为正整数");
                                } else {
                                    result.add(width);
                                }
                            })));
            return result;
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

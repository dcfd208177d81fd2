package org.juesuan.audit.recognize;

import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.juesuan.audit.read.Block;
import org.juesuan.audit.read.PublishedDocument;
import org.juesuan.audit.read.TableBlock;
import org.juesuan.audit.read.TextBlock;
import org.juesuan.core.dataset.Evaluation;
import org.juesuan.core.issue.Issues;
import org.juesuan.core.source.SourceRef;

/**
 * Recognises the self-evaluation forms (绩效自评表) printed in a published document's attachments — the unit's
 * 部门整体绩效自评表 and each 项目支出绩效自评表 — as the {@link Evaluation}s a dataset holds, so that the scoring rules
 * check the published forms as they check a dataset's.
 *
 * <p>The forms are looked for after the attachments' heading (第六部分 附件) or the first form title (…整体绩效自评表,
 * …项目自评表, …项目支出绩效自评表). A title says which form follows; the 部门名称：… line under it is the form's
 * 部门名称; a table is a form when it prints the budget block's or the indicators' header, or names a project or
 * unit under a form title. A form broken over several tables (a page break) is read as one; a table holding two forms
 * is cut where the second names itself. Every field read keeps the position of the cell it was read from, under
 * the keys a dataset uses ({@code name}, {@code planned}, {@code executed}, {@code printed.totalScore}, a goal's
 * {@code points}, an indicator's {@code target}, {@code actual}, {@code score} …).
 *
 * <p>Findings: {@code AUDIT_FORM_NO_NAME}, {@code AUDIT_FORM_NO_INDICATORS}, {@code AUDIT_FORM_NOT_AN_AMOUNT}, {@code
 * AUDIT_FORM_SCORE_NOT_A_NUMBER}, {@code AUDIT_FORM_POINTS_NOT_A_NUMBER}, {@code AUDIT_FORM_NO_OPTION}, {@code
 * AUDIT_FORM_OPTIONS} (several boxes ticked), {@code AUDIT_FORM_UNREAD_ROW}, {@code AUDIT_FORM_UNREAD_CELL}, {@code
 * AUDIT_FORM_SECOND_OVERALL}. What the forms say — a score that does not follow the rules, points that do not add
 * up — is the scoring's to report, not recognition's.
 *
 * <p>Stateless and thread-safe.
 */
public final class FormRecognizer {

    private static final Pattern PART = Pattern.compile("^第[一二三四五六七八九十]+部分");
    private static final Pattern CAPTION =
            Pattern.compile("^\\s*(部门名称|单位名称|部门（单位）名称|部门\\(单位\\)名称|预算单位)\\s*[：:]\\s*(\\S.*)$", Pattern.DOTALL);

    private FormRecognizer() {}

    /**
     * The self-evaluation forms of a document (自评表识别结果).
     *
     * @param overall the 部门整体绩效自评表, if printed
     * @param projects the 项目支出绩效自评表, in the order printed
     * @param issues what could not be read
     */
    public record Forms(@Nullable Evaluation overall, List<Evaluation> projects, Issues issues) {
        /** Creates the result. */
        public Forms {
            projects = List.copyOf(projects);
            Objects.requireNonNull(issues, "issues");
        }

        /** Returns the overall form, if printed. */
        public Optional<Evaluation> overallForm() {
            return Optional.ofNullable(overall);
        }
    }

    /** Recognises the forms of a document. */
    public static Forms recognize(PublishedDocument document) {
        return recognize(document.blocks());
    }

    /** Recognises the forms among a document's blocks, in reading order. */
    public static Forms recognize(List<Block> blocks) {
        return new Scan().run(blocks);
    }

    /** One pass over the blocks. */
    private static final class Scan {
        private final Issues issues = Issues.create();
        private final List<FormReader> forms = new ArrayList<>();
        private boolean started;
        private @Nullable FormReader open;
        private FormReader.@Nullable Kind pendingKind;
        private @Nullable SourceRef pendingTitle;
        private Map.@Nullable Entry<String, TableBlock.Cell> pendingCaption;

        Forms run(List<Block> blocks) {
            for (Block block : blocks) {
                if (block instanceof TextBlock text) {
                    text(text);
                } else if (block instanceof TableBlock table && started) {
                    table(table);
                }
            }
            close();
            Evaluation overall = null;
            List<Evaluation> projects = new ArrayList<>();
            for (FormReader form : forms) {
                Evaluation evaluation = form.finish();
                if (form.kind() == FormReader.Kind.PROJECT) {
                    projects.add(evaluation);
                } else if (overall == null) {
                    overall = evaluation;
                } else {
                    issues.warning(
                            evaluation.source(),
                            "AUDIT_FORM_SECOND_OVERALL",
                            "文件印有不止一张整体绩效自评表，只读取第一张（“" + overall.name() + "”），此表未读取");
                }
            }
            return new Forms(overall, projects, issues);
        }

        private void text(TextBlock block) {
            String compact = Labels.compact(block.text());
            boolean title = compact.contains("自评表") && compact.length() <= 80;
            boolean attachments = (PART.matcher(compact).find() && compact.contains("附件"))
                    || (compact.startsWith("附件") && compact.length() <= 20);
            if (!started) {
                started = title || attachments;
                if (!started) {
                    return;
                }
            }
            if (title) {
                close();
                if (compact.contains("整体")) {
                    pendingKind = FormReader.Kind.OVERALL;
                } else if (compact.contains("项目")) {
                    pendingKind = FormReader.Kind.PROJECT;
                }
                pendingTitle = block.source();
                return;
            }
            Matcher caption = CAPTION.matcher(block.text());
            if (caption.matches()) {
                String label = Labels.key(caption.group(1));
                String value = caption.group(2).strip();
                TableBlock.Cell cell = new TableBlock.Cell(value, 0, 1, block.at(caption.start(2)));
                if (open != null) {
                    close();
                }
                pendingCaption = new AbstractMap.SimpleImmutableEntry<>(label, cell);
                return;
            }
            if (compact.startsWith("备注") || PART.matcher(compact).find()) {
                close();
            }
        }

        private void table(TableBlock table) {
            Boolean form = null;
            for (TableBlock.Row row : table.rows()) {
                FormReader reader = open;
                if (reader != null && reader.startsNewForm(row)) {
                    close();
                    reader = null;
                }
                if (reader == null) {
                    if (form == null) {
                        form = isForm(table);
                    }
                    if (!form) {
                        return;
                    }
                    reader = new FormReader(
                            pendingTitle != null ? pendingTitle : row.source(), pendingKind, pendingCaption, issues);
                    pendingTitle = null;
                    pendingCaption = null;
                    open = reader;
                }
                reader.accept(row);
            }
        }

        /** Returns whether a table is a form: it prints a form's headers, or names a project or unit under a title. */
        private boolean isForm(TableBlock table) {
            for (TableBlock.Row row : table.rows()) {
                if (FormReader.isFormHeader(row) || (pendingTitle != null && FormReader.isNameRow(row))) {
                    return true;
                }
            }
            return false;
        }

        private void close() {
            if (open != null) {
                forms.add(open);
                open = null;
                pendingKind = null;
            }
        }
    }
}

package org.juesuan.audit.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.juesuan.audit.read.Format;
import org.juesuan.audit.read.PublishedDocument;
import org.juesuan.audit.read.TextBlock;
import org.juesuan.core.catalog.Catalog;
import org.juesuan.core.catalog.ClassCode;
import org.juesuan.core.dataset.Dataset;
import org.juesuan.core.dataset.FunctionLine;
import org.juesuan.core.dataset.GovernmentLevel;
import org.juesuan.core.issue.Severity;
import org.juesuan.core.profile.Profile;
import org.juesuan.core.rule.Finding;
import org.juesuan.core.source.SourceRef;

/**
 * The glossary of a published document (名词解释核查): written for the unit's level of government (a district's
 * glossary speaks of 区级财政, not 市级财政), and listing the function 科目 the unit uses — all of them, none it does
 * not use, each with the year's names.
 *
 * <p>Findings: {@code AUDIT_GLOSSARY_LEVEL}, {@code AUDIT_GLOSSARY_ITEM_MISSING}, {@code AUDIT_GLOSSARY_ITEM_UNUSED}
 * (info), {@code AUDIT_GLOSSARY_NAME}.
 *
 * <p>Stateless and thread-safe.
 */
public final class GlossaryChecks {

    /** A listed 科目: 一般公共服务(类)政府办公厅（室）及相关机构事务(款)行政运行(项). */
    private static final Pattern LISTED = Pattern.compile(
            "^(?:[0-9]+[.、．]|[（(][0-9一二三四五六七八九十]+[)）])?(.+?)[（(]类[)）](.+?)[（(]款[)）](.+?)(?:[（(]项[)）])?[：:]");

    private GlossaryChecks() {}

    /**
     * Checks the glossary of a document.
     *
     * @param document the document as read
     * @param profile its profile, for the year's 科目
     * @param dataset what its tables amount to (the unit's level and the 项 it uses)
     * @param requirements the profile's audit requirements (the glossary's heading, the words of each level)
     */
    public static List<Finding> check(
            PublishedDocument document, Profile profile, Dataset dataset, Requirements requirements) {
        List<Finding> findings = new ArrayList<>();
        Passages passages = new Passages(document);
        String heading = Passages.key(requirements.glossaryHeading());
        Optional<List<TextBlock>> glossary = passages.under(key -> key.equals(heading), Passages::isPart);
        if (glossary.isEmpty() && document.format() == Format.XLSX) {
            return findings; // a workbook publishes the tables only
        }
        if (glossary.isEmpty()) {
            findings.add(CompletenessChecks.finding(
                    "AUDIT_GLOSSARY_MISSING",
                    Severity.WARNING,
                    "名词解释",
                    "未找到名词解释",
                    "名词解释",
                    SourceRef.file(document.name())));
            return findings;
        }
        level(glossary.get(), dataset.unit().level(), requirements, findings);
        items(glossary.get(), profile, dataset, findings);
        return findings;
    }

    private static void level(
            List<TextBlock> glossary, GovernmentLevel level, Requirements requirements, List<Finding> findings) {
        List<String> own = requirements.levelWords().getOrDefault(level, List.of());
        for (Map.Entry<GovernmentLevel, List<String>> other :
                requirements.levelWords().entrySet()) {
            if (other.getKey() == level) {
                continue;
            }
            for (int w = 0; w < other.getValue().size(); w++) {
                String word = other.getValue().get(w);
                int count = 0;
                SourceRef first = null;
                for (TextBlock paragraph : glossary) {
                    for (int at = paragraph.text().indexOf(word);
                            at >= 0;
                            at = paragraph.text().indexOf(word, at + 1)) {
                        count++;
                        if (first == null) {
                            first = paragraph.at(at);
                        }
                    }
                }
                if (count > 0) {
                    String instead = w < own.size() ? "，应为“" + own.get(w) + "”" : "";
                    findings.add(CompletenessChecks.finding(
                            "AUDIT_GLOSSARY_LEVEL",
                            Severity.WARNING,
                            "名词解释与本级政府一致",
                            "名词解释称“" + word + "”" + (count > 1 ? "（" + count + "处）" : "") + "，本单位为" + level.label()
                                    + "级单位" + instead,
                            "名词解释",
                            first));
                }
            }
        }
    }

    /** Whether a 类 name matches the catalog's, glossaries often leaving out its last word 支出 (一般公共服务（类）). */
    private static boolean sameClass(String listed, String name) {
        return Catalog.sameName(listed, name)
                || (name.endsWith("支出") && Catalog.sameName(listed, name.substring(0, name.length() - 2)));
    }

    /** A 科目 the glossary lists, with where it is. */
    private record Listed(String type, String clause, String item, SourceRef source) {}

    private static void items(List<TextBlock> glossary, Profile profile, Dataset dataset, List<Finding> findings) {
        List<Listed> listed = new ArrayList<>();
        for (TextBlock paragraph : glossary) {
            String text = paragraph.text().replaceAll("(?U)\\s+", "");
            Matcher m = LISTED.matcher(text);
            if (m.find()) {
                listed.add(new Listed(m.group(1), m.group(2), m.group(3), paragraph.source()));
            }
        }
        if (listed.isEmpty()) {
            return;
        }
        Catalog functions = profile.functions();
        Map<Listed, FunctionLine> matched = new LinkedHashMap<>();
        for (FunctionLine line : dataset.lines()) {
            String name = functions.name(line.code()).orElse(line.name());
            Optional<Listed> found = listed.stream()
                    .filter(l -> Catalog.sameName(l.item(), name) && !matched.containsKey(l))
                    .findFirst();
            if (found.isEmpty()) {
                findings.add(CompletenessChecks.finding(
                        "AUDIT_GLOSSARY_ITEM_MISSING",
                        Severity.WARNING,
                        "名词解释列出所用科目",
                        "名词解释未列出本部门使用的功能分类科目" + line.code().digits() + "“" + name + "”",
                        "名词解释",
                        glossary.get(0).source()));
                continue;
            }
            matched.put(found.get(), line);
            ClassCode type = line.code().prefix(3);
            ClassCode clause = line.code().prefix(5);
            String typeName = functions.name(type).orElse("");
            String clauseName = functions.name(clause).orElse("");
            if (!sameClass(found.get().type(), typeName)
                    || !Catalog.sameName(found.get().clause(), clauseName)) {
                findings.add(CompletenessChecks.finding(
                        "AUDIT_GLOSSARY_NAME",
                        Severity.WARNING,
                        "名词解释科目名称为当年名称",
                        "名词解释将" + line.code().digits() + "列作“" + found.get().type() + "（类）"
                                + found.get().clause() + "（款）"
                                + found.get().item() + "（项）”，" + functions.year() + "年科目为“" + typeName + "（类）"
                                + clauseName
                                + "（款）" + name + "（项）”",
                        "名词解释",
                        found.get().source()));
            }
        }
        for (Listed item : listed) {
            if (!matched.containsKey(item)) {
                findings.add(CompletenessChecks.finding(
                        "AUDIT_GLOSSARY_ITEM_UNUSED",
                        Severity.INFO,
                        "名词解释只列所用科目",
                        "名词解释列出“" + item.item() + "”，但各表中本部门没有该科目的收支",
                        "名词解释",
                        item.source()));
            }
        }
    }
}

package org.juesuan.core.document;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.juesuan.core.catalog.CatalogKind;
import org.juesuan.core.catalog.ClassCode;
import org.juesuan.core.issue.Issues;
import org.juesuan.core.issue.Result;
import org.juesuan.core.source.DataDirectory;
import org.juesuan.core.source.SourceRef;

/**
 * Loads the descriptions of function codes (科目说明) from data files, one directory per fiscal year.
 *
 * <p>Layout: {@code <year>/function/*.txt}, every file read in name order. A line is a 7-digit 项 code, white space
 * and its description; {@code #} starts a comment, and a comment containing {@code [MEM]} marks the description as
 * not yet checked against the year's 《政府收支分类科目》. Two directives exist: {@code @extends 2024} makes the year
 * start from another year's descriptions, and {@code @name 行政运行 反映……} describes every 项 of that name; in a
 * name and its description {@code {clause}} stands for the 款 name ({@code @name 其他{clause}支出
 * 反映除上述项目以外其他用于{clause}方面的支出。}). A description given for a code wins over one given for its name.
 *
 * <p>Directories given later add to and override earlier ones; within one directory a code or name described twice
 * for a year is an error. All problems are reported together, with file, line and column.
 *
 * <p>Stateless and thread-safe.
 */
public final class FunctionGlossaryLoader {

    private static final String P = "DESCRIPTION";

    private FunctionGlossaryLoader() {}

    /**
     * Loads every year found under the given directories.
     *
     * @param roots the data directories, bundled first
     */
    public static Result<FunctionGlossary> load(List<DataDirectory> roots) {
        Issues issues = Issues.create();
        Map<Integer, List<ParsedFile>> files = new TreeMap<>();
        for (int r = 0; r < roots.size(); r++) {
            DataDirectory root = roots.get(r);
            for (String yearName : root.list("")) {
                if (!yearName.matches("\\d{4}")) {
                    continue;
                }
                String dir = yearName + "/" + CatalogKind.FUNCTION.directory();
                for (String fileName : root.list(dir)) {
                    if (fileName.endsWith(".txt")) {
                        String path = dir + "/" + fileName;
                        ParsedFile parsed =
                                parse(root.displayName(path), root.read(path).orElse(""), r, issues);
                        files.computeIfAbsent(Integer.parseInt(yearName), y -> new ArrayList<>())
                                .add(parsed);
                    }
                }
            }
        }
        Map<Integer, FunctionGlossary.Year> built = new TreeMap<>();
        for (int year : files.keySet()) {
            resolve(year, files, built, new HashSet<>(), issues);
        }
        return issues.hasErrors() ? Result.failed(issues) : Result.of(new FunctionGlossary(built), issues);
    }

    private static Optional<FunctionGlossary.Year> resolve(
            int year,
            Map<Integer, List<ParsedFile>> files,
            Map<Integer, FunctionGlossary.Year> built,
            Set<Integer> visiting,
            Issues issues) {
        FunctionGlossary.Year done = built.get(year);
        if (done != null) {
            return Optional.of(done);
        }
        List<ParsedFile> own = files.getOrDefault(year, List.of());
        if (own.isEmpty()) {
            return Optional.empty();
        }
        visiting.add(year);
        Map<ClassCode, FunctionDescription> codes = new LinkedHashMap<>();
        Map<String, FunctionDescription> names = new LinkedHashMap<>();
        @Nullable Integer base = null;
        for (ParsedFile file : own) {
            if (file.extendsYear == null) {
                continue;
            }
            if (base != null && !base.equals(file.extendsYear)) {
                issues.error(file.extendsRef, P + "_EXTENDS", "同一年度的科目说明只能继承一个年度（另一处继承 " + base + " 年）");
            } else if (visiting.contains(file.extendsYear)) {
                issues.error(file.extendsRef, P + "_EXTENDS", "科目说明年度继承形成循环：" + year + " → " + file.extendsYear);
            } else if (base == null) {
                base = file.extendsYear;
                Optional<FunctionGlossary.Year> parent = resolve(base, files, built, visiting, issues);
                if (parent.isEmpty()) {
                    issues.error(file.extendsRef, P + "_EXTENDS", "继承的 " + base + " 年科目说明不存在");
                } else {
                    codes.putAll(parent.get().codes());
                    names.putAll(parent.get().names());
                }
            }
        }
        // within one directory a second description of the same code is a mistake; a later directory overrides
        Map<String, SourceRef> seen = new HashMap<>();
        for (ParsedFile file : own) {
            for (Line line : file.lines) {
                String key = file.root + "/" + (line.code != null ? line.code.digits() : "@" + line.name);
                SourceRef first = seen.putIfAbsent(key, line.description.source());
                if (first != null) {
                    issues.error(
                            line.description.source(),
                            P + "_DUPLICATE",
                            (line.code != null ? "科目 " + line.code : "名称“" + line.name + "”") + " 的说明重复（首次出现于 "
                                    + first.display() + "）");
                } else if (line.code != null) {
                    codes.put(line.code, line.description);
                } else {
                    names.put(line.name, line.description);
                }
            }
        }
        visiting.remove(year);
        FunctionGlossary.Year result = new FunctionGlossary.Year(codes, names);
        built.put(year, result);
        return Optional.of(result);
    }

    private static ParsedFile parse(String name, String text, int root, Issues issues) {
        ParsedFile file = new ParsedFile(root);
        String[] lines = (text.startsWith("\uFEFF") ? text.substring(1) : text).split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String raw = lines[i];
            int hash = raw.indexOf('#');
            String content = (hash >= 0 ? raw.substring(0, hash) : raw).strip();
            boolean verified = hash < 0 || !raw.substring(hash).contains("[MEM]");
            if (content.isEmpty()) {
                continue;
            }
            SourceRef ref = SourceRef.text(name, i + 1, raw.indexOf(content.charAt(0)) + 1);
            String[] parts = content.split("\\s+", 2);
            if (parts[0].equals("@extends")) {
                if (parts.length == 2 && parts[1].matches("\\d{4}")) {
                    file.extendsYear = Integer.parseInt(parts[1]);
                    file.extendsRef = ref;
                } else {
                    issues.error(ref, P + "_SYNTAX", "@extends 后应为四位年度");
                }
                continue;
            }
            if (parts[0].equals("@name")) {
                String[] named = parts.length == 2 ? parts[1].split("\\s+", 2) : new String[0];
                if (named.length != 2) {
                    issues.error(ref, P + "_SYNTAX", "@name 后应为科目名称、空白和说明");
                    continue;
                }
                if (placeholders(named[0], ref, true, issues) && placeholders(named[1], ref, true, issues)) {
                    file.lines.add(new Line(null, named[0], new FunctionDescription(named[1], verified, ref)));
                }
                continue;
            }
            if (parts[0].startsWith("@")) {
                issues.error(ref, P + "_SYNTAX", "无法识别的指令“" + parts[0] + "”（只支持 @extends 和 @name）");
                continue;
            }
            Optional<ClassCode> code = ClassCode.parse(parts[0]).filter(c -> c.level(CatalogKind.FUNCTION) == 3);
            if (code.isEmpty()) {
                issues.error(ref, P + "_SYNTAX", "“" + parts[0] + "”不是支出功能分类项级科目编码（7 位）");
                continue;
            }
            if (parts.length < 2) {
                issues.error(ref, P + "_SYNTAX", "科目 " + parts[0] + " 缺少说明");
                continue;
            }
            if (placeholders(parts[1], ref, false, issues)) {
                file.lines.add(new Line(code.get(), "", new FunctionDescription(parts[1], verified, ref)));
            }
        }
        return file;
    }

    /** Checks that a text uses no placeholder but {@code {clause}}, and that only where allowed. */
    private static boolean placeholders(String text, SourceRef ref, boolean clauseAllowed, Issues issues) {
        return Template.parse(text, ref, clauseAllowed ? Set.of("clause") : Set.of(), issues, P)
                .isPresent();
    }

    private static final class ParsedFile {
        final int root;

        @Nullable
        Integer extendsYear;

        SourceRef extendsRef = SourceRef.NONE;
        final List<Line> lines = new ArrayList<>();

        ParsedFile(int root) {
            this.root = root;
        }
    }

    /** One description, of a code ({@code code} set) or of a name. */
    private record Line(@Nullable ClassCode code, String name, FunctionDescription description) {}
}

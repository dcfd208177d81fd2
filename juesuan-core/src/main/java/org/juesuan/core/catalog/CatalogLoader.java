package org.juesuan.core.catalog;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.juesuan.core.issue.Issues;
import org.juesuan.core.issue.Result;
import org.juesuan.core.source.DataDirectory;
import org.juesuan.core.source.SourceRef;

/**
 * Loads classification catalogs (科目表) from data files, one directory per fiscal year.
 *
 * <p>Layout: {@code <year>/function/*.txt} and {@code <year>/economic/*.txt}. Every file of a directory is read, in
 * name order, so a code list is extended by dropping in a file. A line is a code, white space and the name; {@code #}
 * starts a comment. Two directives exist: {@code @extends 2024} makes the year start from another year's codes, and
 * {@code -2019901} removes an inherited code. A later year may rename an inherited code by listing it again.
 *
 * <p>Everything is checked before a catalog is returned, and all problems are reported together: malformed lines,
 * codes whose length is not a level, one code with two names in the same year, a code whose parent is missing
 * (a 项 whose first five digits are not a 款 of the catalog), unknown or circular {@code @extends}.
 *
 * <p>Stateless and thread-safe.
 */
public final class CatalogLoader {

    private CatalogLoader() {}

    /**
     * Loads every year found under the given directories; later directories add to earlier ones.
     *
     * @param roots the data directories, bundled first
     */
    public static Result<Catalogs> load(List<DataDirectory> roots) {
        Issues issues = Issues.create();
        // year -> kind -> parsed files
        Map<Integer, Map<CatalogKind, List<ParsedFile>>> years = new TreeMap<>();
        for (DataDirectory root : roots) {
            for (String yearName : root.list("")) {
                if (!yearName.matches("\\d{4}")) {
                    continue;
                }
                int year = Integer.parseInt(yearName);
                for (CatalogKind kind : CatalogKind.values()) {
                    String dir = yearName + "/" + kind.directory();
                    for (String fileName : root.list(dir)) {
                        if (!fileName.endsWith(".txt")) {
                            continue;
                        }
                        String path = dir + "/" + fileName;
                        String text = root.read(path).orElse("");
                        ParsedFile parsed = parse(root.displayName(path), text, kind, issues);
                        years.computeIfAbsent(year, y -> new EnumMap<>(CatalogKind.class))
                                .computeIfAbsent(kind, k -> new ArrayList<>())
                                .add(parsed);
                    }
                }
            }
        }
        Map<Integer, Map<CatalogKind, Catalog>> built = new TreeMap<>();
        for (int year : years.keySet()) {
            for (CatalogKind kind : CatalogKind.values()) {
                resolve(year, kind, years, built, new HashSet<>(), issues);
            }
        }
        Catalogs catalogs = new Catalogs(built);
        return issues.hasErrors() ? Result.failed(issues) : Result.of(catalogs, issues);
    }

    private static Optional<Catalog> resolve(
            int year,
            CatalogKind kind,
            Map<Integer, Map<CatalogKind, List<ParsedFile>>> years,
            Map<Integer, Map<CatalogKind, Catalog>> built,
            Set<Integer> visiting,
            Issues issues) {
        Catalog done = built.getOrDefault(year, Map.of()).get(kind);
        if (done != null) {
            return Optional.of(done);
        }
        List<ParsedFile> files = years.getOrDefault(year, Map.of()).getOrDefault(kind, List.of());
        if (files.isEmpty()) {
            return Optional.empty();
        }
        visiting.add(year);
        Map<ClassCode, CatalogEntry> entries = new LinkedHashMap<>();
        Set<ClassCode> inherited = new HashSet<>();
        @Nullable Integer base = null;
        SourceRef baseRef = SourceRef.NONE;
        for (ParsedFile file : files) {
            if (file.extendsYear != null) {
                if (base != null && !base.equals(file.extendsYear)) {
                    issues.error(file.extendsRef, "CATALOG_EXTENDS", "同一年度的科目表只能继承一个年度（另一处继承 " + base + " 年）");
                } else {
                    base = file.extendsYear;
                    baseRef = file.extendsRef;
                }
            }
        }
        if (base != null) {
            if (visiting.contains(base)) {
                issues.error(baseRef, "CATALOG_EXTENDS", "科目表年度继承形成循环：" + year + " → " + base);
            } else {
                Optional<Catalog> parent = resolve(base, kind, years, built, visiting, issues);
                if (parent.isEmpty()) {
                    issues.error(baseRef, "CATALOG_EXTENDS", "继承的 " + base + " 年" + kind.label() + "不存在");
                } else {
                    for (CatalogEntry entry : parent.get().entries()) {
                        entries.put(entry.code(), entry);
                        inherited.add(entry.code());
                    }
                }
            }
        }
        Map<ClassCode, SourceRef> removed = new HashMap<>();
        for (ParsedFile file : files) {
            for (Line line : file.lines) {
                CatalogEntry existing = entries.get(line.code);
                if (line.removal) {
                    if (existing == null) {
                        issues.error(line.ref, "CATALOG_REMOVE_UNKNOWN", "要删除的科目 " + line.code + " 不存在");
                    } else {
                        entries.remove(line.code);
                        removed.put(line.code, line.ref);
                    }
                    continue;
                }
                CatalogEntry entry = new CatalogEntry(line.code, line.name, line.ref);
                if (existing == null || inherited.remove(line.code)) {
                    entries.put(line.code, entry);
                } else if (!Catalog.sameName(existing.name(), line.name)) {
                    issues.error(
                            line.ref,
                            "CATALOG_CONFLICT",
                            "科目 " + line.code + " 名称“" + line.name + "”与 "
                                    + existing.source().display() + " 的“" + existing.name() + "”不一致");
                }
            }
        }
        for (CatalogEntry entry : entries.values()) {
            entry.code().parent(kind).ifPresent(parent -> {
                if (!entries.containsKey(parent)) {
                    // a child inherited from the base year is fine where it is written: the fault is the removal
                    issues.error(
                            removed.getOrDefault(parent, entry.source()),
                            "CATALOG_ORPHAN",
                            kind.levelName(entry.code().level(kind)) + "级科目 " + entry.code() + " 的上级科目 " + parent
                                    + " 不在科目表中");
                }
            });
        }
        visiting.remove(year);
        Catalog catalog = new Catalog(kind, year, entries.values());
        built.computeIfAbsent(year, y -> new EnumMap<>(CatalogKind.class)).put(kind, catalog);
        return Optional.of(catalog);
    }

    private static ParsedFile parse(String name, String text, CatalogKind kind, Issues issues) {
        ParsedFile file = new ParsedFile();
        Map<ClassCode, SourceRef> seen = new TreeMap<>();
        // a byte order mark (as Windows editors write) is not part of the first code
        String[] lines = (text.startsWith("\uFEFF") ? text.substring(1) : text).split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String raw = lines[i];
            int hash = raw.indexOf('#');
            String content = (hash >= 0 ? raw.substring(0, hash) : raw).strip();
            if (content.isEmpty()) {
                continue;
            }
            int column = raw.indexOf(content.charAt(0)) + 1;
            SourceRef ref = SourceRef.text(name, i + 1, column);
            if (content.startsWith("@")) {
                String[] parts = content.split("\\s+");
                if (parts.length == 2 && parts[0].equals("@extends") && parts[1].matches("\\d{4}")) {
                    file.extendsYear = Integer.parseInt(parts[1]);
                    file.extendsRef = ref;
                } else {
                    issues.error(ref, "CATALOG_SYNTAX", "无法识别的指令“" + content + "”（只支持 @extends 年度）");
                }
                continue;
            }
            boolean removal = content.startsWith("-");
            String body = removal ? content.substring(1).strip() : content;
            String[] parts = body.split("\\s+", 2);
            Optional<ClassCode> code = ClassCode.parse(parts[0]);
            if (code.isEmpty()) {
                issues.error(ref, "CATALOG_SYNTAX", "“" + parts[0] + "”不是科目编码");
                continue;
            }
            if (code.get().level(kind) == 0) {
                issues.error(
                        ref,
                        "CATALOG_CODE_LENGTH",
                        kind.label() + "编码应为 " + kind.lengths() + " 位之一，" + code.get() + " 为 "
                                + code.get().length() + " 位");
                continue;
            }
            if (removal) {
                if (parts.length > 1) {
                    issues.error(ref, "CATALOG_SYNTAX", "删除科目的行只写编码");
                }
                file.lines.add(new Line(code.get(), "", ref, true));
                continue;
            }
            if (parts.length < 2 || parts[1].isBlank()) {
                issues.error(ref, "CATALOG_SYNTAX", "科目 " + code.get() + " 缺少名称");
                continue;
            }
            SourceRef earlier = seen.putIfAbsent(code.get(), ref);
            if (earlier != null) {
                issues.error(
                        ref,
                        "CATALOG_DUPLICATE",
                        "科目 " + code.get() + " 重复（首次出现于第 " + ((SourceRef.Text) earlier).line() + " 行）");
                continue;
            }
            file.lines.add(new Line(code.get(), parts[1].strip(), ref, false));
        }
        return file;
    }

    private static final class ParsedFile {
        @Nullable
        Integer extendsYear;

        SourceRef extendsRef = SourceRef.NONE;
        final List<Line> lines = new ArrayList<>();
    }

    private record Line(ClassCode code, String name, SourceRef ref, boolean removal) {}
}

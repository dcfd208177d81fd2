package org.juesuan.core.consolidation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.juesuan.core.issue.Issues;
import org.juesuan.core.issue.Result;
import org.juesuan.core.source.MappingReader;
import org.juesuan.core.source.Node;
import org.juesuan.core.source.SourceRef;
import org.juesuan.core.source.TreeReader;

/**
 * The composition of a department for consolidation (部门决算单位构成), as the file {@code consolidation.yaml} in the
 * directory of the units' datasets lists it:
 *
 * <pre>
 * units:
 *   - file: bureau.yaml            # 本级: the one unit without a parent
 *   - file: school.yaml
 *     parent: bureau.yaml          # the unit it reports to, by its file
 *   - file: kindergarten.xlsx
 *     parent: school.yaml
 * </pre>
 *
 * <p>Reading checks the file's shape (unknown fields, missing {@code file}, a unit listed twice); whether the units
 * form a tree is checked by {@link Consolidator}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param source the file
 * @param entries the units, in file order
 */
public record UnitTree(SourceRef source, List<Entry> entries) {

    /** The file name looked for in a directory. */
    public static final String FILE_NAME = "consolidation.yaml";

    /** Creates a tree. */
    public UnitTree {
        Objects.requireNonNull(source, "source");
        entries = List.copyOf(entries);
    }

    /**
     * One unit of the composition (构成单位): its dataset and the unit it reports to.
     *
     * @param file the dataset (file, workbook or directory), relative to the directory of the tree file
     * @param parent the file of the unit it reports to, or {@code null} for the 本级
     * @param where where the entry is written
     */
    public record Entry(String file, @Nullable String parent, SourceRef where) {
        /** Creates an entry. */
        public Entry {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(where, "where");
        }
    }

    /**
     * Reads a tree file.
     *
     * @param file the file
     * @param displayName its name in messages
     */
    public static Result<UnitTree> read(Path file, String displayName) {
        Result<Node> node = TreeReader.read(file, displayName);
        if (node.value().isEmpty()) {
            return Result.failed(node.issues());
        }
        Issues issues = Issues.create().addAll(node.issues());
        List<Entry> entries = new ArrayList<>();
        Optional<MappingReader> root = MappingReader.of(node.value().get(), "单位构成文件", issues, "CONSOLIDATION");
        if (root.isPresent()) {
            Optional<Node> units = root.get().required("units");
            root.get().finish();
            if (units.isPresent() && !(units.get() instanceof Node.Sequence)) {
                issues.error(
                        units.get().ref(),
                        "CONSOLIDATION_WRONG_KIND",
                        "字段“units”应为列表，实为" + units.get().kindLabel());
            } else if (units.isPresent()) {
                Set<String> seen = new HashSet<>();
                for (Node item : ((Node.Sequence) units.get()).items()) {
                    Optional<MappingReader> unit = MappingReader.of(item, "单位", issues, "CONSOLIDATION");
                    if (unit.isEmpty()) {
                        continue;
                    }
                    Optional<String> name = unit.get().requiredText("file");
                    Optional<String> parent = unit.get().text("parent").filter(text -> !text.isBlank());
                    unit.get().finish();
                    if (name.isEmpty()) {
                        continue;
                    }
                    if (!seen.add(name.get())) {
                        issues.error(item.ref(), "CONSOLIDATION_DUPLICATE", "单位“" + name.get() + "”重复列出");
                        continue;
                    }
                    entries.add(new Entry(name.get(), parent.orElse(null), item.ref()));
                }
                if (entries.isEmpty() && !issues.hasErrors()) {
                    issues.error(units.get().ref(), "CONSOLIDATION_EMPTY", "单位构成中没有任何单位");
                }
            }
        }
        if (issues.hasErrors()) {
            return Result.failed(issues);
        }
        return Result.of(new UnitTree(SourceRef.file(displayName), entries), issues);
    }
}

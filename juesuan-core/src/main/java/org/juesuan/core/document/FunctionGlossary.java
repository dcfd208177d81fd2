package org.juesuan.core.document;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.juesuan.core.catalog.Catalog;
import org.juesuan.core.catalog.ClassCode;
import org.juesuan.core.issue.DefinitionException;
import org.juesuan.core.source.DataDirectory;

/**
 * The descriptions of the function codes (支出功能分类科目说明) by fiscal year, for the glossary's list of the codes a
 * unit used: a description per 项 code, and descriptions by 项 name for the standard items every administrative 款
 * has (行政运行, 一般行政管理事务, 机关服务, 事业运行, 其他…支出).
 *
 * <p>Load it with {@link FunctionGlossaryLoader}. Immutable and thread-safe.
 */
public final class FunctionGlossary {

    /** The class-path directory of the descriptions shipped with Juesuan. */
    public static final String BUNDLED_ROOT = "juesuan/glossary";

    /** The placeholder a description by name may use for the 款 name, as in 其他{clause}支出. */
    static final String CLAUSE = "{clause}";

    private final Map<Integer, Year> years;

    FunctionGlossary(Map<Integer, Year> years) {
        this.years = Collections.unmodifiableMap(new TreeMap<>(years));
    }

    /**
     * The descriptions of one year, inherited ones included.
     *
     * @param codes the descriptions by 项 code
     * @param names the descriptions by 项 name; a name may hold {@code {clause}}, and so may the description
     */
    record Year(Map<ClassCode, FunctionDescription> codes, Map<String, FunctionDescription> names) {
        Year {
            codes = Collections.unmodifiableMap(new TreeMap<>(codes));
            names = Collections.unmodifiableMap(new TreeMap<>(names));
        }
    }

    /** Returns an empty glossary: every code goes without description. */
    public static FunctionGlossary empty() {
        return new FunctionGlossary(Map.of());
    }

    /**
     * Returns the descriptions shipped with Juesuan.
     *
     * @throws DefinitionException if the bundled files are broken
     */
    public static FunctionGlossary bundled() {
        return load(List.of(DataDirectory.classpath(BUNDLED_ROOT)));
    }

    /**
     * Returns the descriptions of the given directories, later ones adding to and overriding earlier ones.
     *
     * @throws DefinitionException if a file is broken
     */
    public static FunctionGlossary load(List<DataDirectory> roots) {
        return FunctionGlossaryLoader.load(roots).orElseThrow(issues -> new DefinitionException("科目说明文件有误", issues));
    }

    /** Returns the descriptions of a year, inherited ones included. */
    Optional<Year> year(int year) {
        return Optional.ofNullable(years.get(year));
    }

    /** Returns the fiscal years described. */
    public Set<Integer> years() {
        return years.keySet();
    }

    /**
     * Returns the description of a 项 code: the one given for the code, else the one given for its name (with the
     * 款 name filled in), else empty.
     *
     * @param year the fiscal year
     * @param item the 7-digit code
     * @param functions the function catalog of that year, for the names
     */
    public Optional<FunctionDescription> describe(int year, ClassCode item, Catalog functions) {
        Objects.requireNonNull(item, "item");
        Year descriptions = years.get(year);
        if (descriptions == null) {
            return Optional.empty();
        }
        FunctionDescription byCode = descriptions.codes().get(item);
        if (byCode != null) {
            return Optional.of(byCode);
        }
        Optional<String> name = functions.name(item);
        Optional<String> clause = item.length() > 5 ? functions.name(item.prefix(5)) : Optional.empty();
        if (name.isEmpty()) {
            return Optional.empty();
        }
        for (Map.Entry<String, FunctionDescription> entry : descriptions.names().entrySet()) {
            String pattern = entry.getKey();
            if (pattern.contains(CLAUSE)) {
                if (clause.isEmpty() || !Catalog.sameName(pattern.replace(CLAUSE, clause.get()), name.get())) {
                    continue;
                }
            } else if (!Catalog.sameName(pattern, name.get())) {
                continue;
            }
            FunctionDescription description = entry.getValue();
            String text = clause.isPresent() ? description.text().replace(CLAUSE, clause.get()) : description.text();
            return Optional.of(new FunctionDescription(text, description.verified(), description.source()));
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return "科目说明 " + years.keySet();
    }
}

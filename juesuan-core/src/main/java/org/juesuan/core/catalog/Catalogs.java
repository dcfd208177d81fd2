package org.juesuan.core.catalog;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.juesuan.core.issue.DefinitionException;
import org.juesuan.core.source.DataDirectory;

/**
 * Every classification catalog known, by fiscal year and kind.
 *
 * <p>Immutable and thread-safe.
 */
public final class Catalogs {

    /** The class-path directory of the catalogs shipped with Juesuan. */
    public static final String BUNDLED_ROOT = "juesuan/catalogs";

    private final Map<Integer, Map<CatalogKind, Catalog>> byYear;

    Catalogs(Map<Integer, Map<CatalogKind, Catalog>> byYear) {
        TreeMap<Integer, Map<CatalogKind, Catalog>> copy = new TreeMap<>();
        byYear.forEach((year, kinds) -> copy.put(year, Collections.unmodifiableMap(new EnumMap<>(kinds))));
        this.byYear = Collections.unmodifiableMap(copy);
    }

    /**
     * Loads the bundled catalogs.
     *
     * @throws DefinitionException if a bundled file is broken
     */
    public static Catalogs bundled() {
        return load(List.of(DataDirectory.classpath(BUNDLED_ROOT)));
    }

    /**
     * Loads catalogs from directories, later ones extending earlier ones.
     *
     * @throws DefinitionException with every problem found, if any file is broken
     */
    public static Catalogs load(List<DataDirectory> roots) {
        return CatalogLoader.load(roots).orElseThrow(issues -> new DefinitionException("科目表有误", issues));
    }

    /** Returns the catalog of a kind for a fiscal year. */
    public Optional<Catalog> find(int year, CatalogKind kind) {
        return Optional.ofNullable(byYear.getOrDefault(year, Map.of()).get(kind));
    }

    /** Returns the fiscal years covered. */
    public Set<Integer> years() {
        return byYear.keySet();
    }
}

package org.juesuan.core.catalog;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The codes and names of one classification for one fiscal year (科目表), e.g. the 2024 支出功能分类科目.
 *
 * <p>Invariants, checked by {@link CatalogLoader}: every code has the length of a level, and every code below the
 * top has its parent in the catalog.
 *
 * <p>Immutable and thread-safe.
 */
public final class Catalog {

    private final CatalogKind kind;
    private final int year;
    private final NavigableMap<ClassCode, CatalogEntry> entries;

    Catalog(CatalogKind kind, int year, Collection<CatalogEntry> entries) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.year = year;
        TreeMap<ClassCode, CatalogEntry> map = new TreeMap<>();
        for (CatalogEntry entry : entries) {
            map.put(entry.code(), entry);
        }
        this.entries = Collections.unmodifiableNavigableMap(map);
    }

    /** Returns the classification. */
    public CatalogKind kind() {
        return kind;
    }

    /** Returns the fiscal year. */
    public int year() {
        return year;
    }

    /** Returns the entry of a code. */
    public Optional<CatalogEntry> find(ClassCode code) {
        return Optional.ofNullable(entries.get(code));
    }

    /** Returns whether the catalog has the code. */
    public boolean contains(ClassCode code) {
        return entries.containsKey(code);
    }

    /** Returns the official name of a code. */
    public Optional<String> name(ClassCode code) {
        return find(code).map(CatalogEntry::name);
    }

    /** Returns the direct children of a code, in code order. */
    public List<CatalogEntry> children(ClassCode code) {
        int level = code.level(kind);
        if (level == 0 || level == kind.depth()) {
            return List.of();
        }
        int childLength = kind.lengths().get(level);
        List<CatalogEntry> children = new ArrayList<>();
        for (CatalogEntry entry : entries.tailMap(code, false).values()) {
            if (!code.contains(entry.code())) {
                break;
            }
            if (entry.code().length() == childLength) {
                children.add(entry);
            }
        }
        return children;
    }

    /** Returns every entry, in code order. */
    public Collection<CatalogEntry> entries() {
        return entries.values();
    }

    /** Returns the number of codes. */
    public int size() {
        return entries.size();
    }

    /**
     * Returns whether two names denote the same 科目: equal after ignoring spaces and the difference between
     * half-width and full-width brackets, which published documents mix freely.
     */
    public static boolean sameName(String a, String b) {
        return normalizeName(a).equals(normalizeName(b));
    }

    /** Returns the name with spaces removed and brackets made full-width. */
    public static String normalizeName(String name) {
        // Unicode white space: published tables space names out with U+3000 (合　计) and carry U+00A0 from HTML
        return name.replace('(', '（').replace(')', '）').replaceAll("(?U)\\s+", "");
    }

    @Override
    public String toString() {
        return year + " " + kind.label() + " (" + entries.size() + " codes)";
    }
}

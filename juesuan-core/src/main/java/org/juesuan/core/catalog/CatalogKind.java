package org.juesuan.core.catalog;

import java.util.List;

/** The two classification systems a 决算 uses: 支出功能分类科目 (类/款/项) and 部门预算支出经济分类科目 (类/款). */
public enum CatalogKind {
    /** 支出功能分类科目: 3-digit 类, 5-digit 款, 7-digit 项. */
    FUNCTION("支出功能分类科目", "function", List.of(3, 5, 7), List.of("类", "款", "项")),
    /** 部门预算支出经济分类科目: 3-digit 类, 5-digit 款. */
    ECONOMIC("部门预算支出经济分类科目", "economic", List.of(3, 5), List.of("类", "款"));

    private final String label;
    private final String directory;
    private final List<Integer> lengths;
    private final List<String> levelNames;

    CatalogKind(String label, String directory, List<Integer> lengths, List<String> levelNames) {
        this.label = label;
        this.directory = directory;
        this.lengths = lengths;
        this.levelNames = levelNames;
    }

    /** Returns the Chinese name of the classification. */
    public String label() {
        return label;
    }

    /** Returns the directory name that holds this kind's files in a catalog year. */
    public String directory() {
        return directory;
    }

    /** Returns the code lengths of the levels, from the top: 3, 5, 7. */
    public List<Integer> lengths() {
        return lengths;
    }

    /** Returns the number of levels. */
    public int depth() {
        return lengths.size();
    }

    /** Returns the level (from 1) of a code of the given length, or 0 if no level has that length. */
    public int levelOfLength(int length) {
        return lengths.indexOf(length) + 1;
    }

    /** Returns the Chinese name of a level counting from 1: 类, 款, 项. */
    public String levelName(int level) {
        return levelNames.get(level - 1);
    }
}

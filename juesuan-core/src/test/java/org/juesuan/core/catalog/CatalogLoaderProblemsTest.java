package org.juesuan.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.juesuan.core.catalog.CatalogFiles.issues;

import java.nio.file.Path;
import org.juesuan.core.issue.Result;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each broken catalog file is reported at the offending line and column, and no catalogs are returned. */
class CatalogLoaderProblemsTest {

    private static final String F = "2024/function/a.txt";

    @TempDir
    Path dir;

    private CatalogFiles files;

    @BeforeEach
    void setUp() {
        files = new CatalogFiles(dir);
    }

    private String at(String path, int line, int column) {
        return files.name(path) + ":" + line + ":" + column;
    }

    private Result<Catalogs> load() {
        Result<Catalogs> result = files.load();
        assertThat(result.value()).isEmpty();
        return result;
    }

    @Test
    void reportsALineWithoutSpaceBetweenCodeAndName() {
        files.write(F, "201 一般公共服务支出", "20101人大事务");
        assertThat(issues(load())).containsExactly("CATALOG_SYNTAX " + at(F, 2, 1) + " “20101人大事务”不是科目编码");
    }

    @Test
    void reportsACodeWithANonDigit() {
        files.write(F, "# comment", "  2O1 一般公共服务支出");
        assertThat(issues(load())).containsExactly("CATALOG_SYNTAX " + at(F, 2, 3) + " “2O1”不是科目编码");
    }

    @Test
    void reportsACodeWhoseLengthIsNotALevel() {
        files.write(F, "201 一般公共服务支出", "2010 人大");
        files.write("2024/economic/a.txt", "301 工资福利支出", "3010101 基本工资");
        assertThat(issues(load()))
                .containsExactly(
                        "CATALOG_CODE_LENGTH " + at("2024/economic/a.txt", 2, 1)
                                + " 部门预算支出经济分类科目编码应为 [3, 5] 位之一，3010101 为 7 位",
                        "CATALOG_CODE_LENGTH " + at(F, 2, 1) + " 支出功能分类科目编码应为 [3, 5, 7] 位之一，2010 为 4 位");
    }

    @Test
    void reportsACodeWithoutAName() {
        files.write(F, "201 一般公共服务支出", "20101   # 人大事务");
        assertThat(issues(load())).containsExactly("CATALOG_SYNTAX " + at(F, 2, 1) + " 科目 20101 缺少名称");
    }

    @Test
    void reportsACodeListedTwiceInAFile() {
        files.write(F, "201 一般公共服务支出", "20101 人大事务", "201\t一般公共服务支出");
        assertThat(issues(load())).containsExactly("CATALOG_DUPLICATE " + at(F, 3, 1) + " 科目 201 重复（首次出现于第 1 行）");
    }

    @Test
    void reportsOneCodeWithTwoNamesInOneYear() {
        files.write(F, "201 一般公共服务支出");
        files.write("2024/function/b.txt", "201 一般公共服务");
        assertThat(issues(load()))
                .containsExactly("CATALOG_CONFLICT " + at("2024/function/b.txt", 1, 1) + " 科目 201 名称“一般公共服务”与 "
                        + at(F, 1, 1) + " 的“一般公共服务支出”不一致");
    }

    @Test
    void reportsAnItemWhoseSectionIsMissing() {
        files.write(F, "201 一般公共服务支出", "2010301 行政运行");
        assertThat(issues(load()))
                .containsExactly("CATALOG_ORPHAN " + at(F, 2, 1) + " 项级科目 2010301 的上级科目 20103 不在科目表中");
    }

    @Test
    void reportsASectionWhoseClassIsMissing() {
        files.write("2024/economic/a.txt", "30101 基本工资");
        assertThat(issues(load()))
                .containsExactly("CATALOG_ORPHAN " + at("2024/economic/a.txt", 1, 1) + " 款级科目 30101 的上级科目 301 不在科目表中");
    }

    @Test
    void reportsAnUnknownDirective() {
        files.write(F, "@include 2023", "@extends", "201 一般公共服务支出");
        assertThat(issues(load()))
                .containsExactly(
                        "CATALOG_SYNTAX " + at(F, 1, 1) + " 无法识别的指令“@include 2023”（只支持 @extends 年度）",
                        "CATALOG_SYNTAX " + at(F, 2, 1) + " 无法识别的指令“@extends”（只支持 @extends 年度）");
    }

    @Test
    void reportsExtendingAYearThatDoesNotExist() {
        files.write("2025/function/a.txt", "# 2025", "@extends 2023");
        assertThat(issues(load()))
                .containsExactly("CATALOG_EXTENDS " + at("2025/function/a.txt", 2, 1) + " 继承的 2023 年支出功能分类科目不存在");
    }

    @Test
    void reportsCircularExtends() {
        files.write("2024/function/a.txt", "@extends 2025", "201 一般公共服务支出");
        files.write("2025/function/a.txt", "@extends 2024");
        assertThat(issues(load()))
                .containsExactly("CATALOG_EXTENDS " + at("2025/function/a.txt", 1, 1) + " 科目表年度继承形成循环：2025 → 2024");
    }

    @Test
    void reportsTwoFilesOfAYearExtendingDifferentYears() {
        files.write("2023/function/a.txt", "201 一般公共服务支出");
        files.write("2024/function/a.txt", "@extends 2023");
        files.write("2024/function/b.txt", "@extends 2022");
        assertThat(issues(load()))
                .containsExactly(
                        "CATALOG_EXTENDS " + at("2024/function/b.txt", 1, 1) + " 同一年度的科目表只能继承一个年度（另一处继承 2023 年）");
    }

    @Test
    void reportsRemovalOfAnUnknownCode() {
        files.write(F, "201 一般公共服务支出", "-2019901");
        assertThat(issues(load())).containsExactly("CATALOG_REMOVE_UNKNOWN " + at(F, 2, 1) + " 要删除的科目 2019901 不存在");
    }

    @Test
    void reportsARemovalLineWithAName() {
        files.write("2024/function/a.txt", "201 一般公共服务支出", "202 外交支出");
        files.write("2025/function/a.txt", "@extends 2024", "-202 外交支出");
        assertThat(issues(load())).containsExactly("CATALOG_SYNTAX " + at("2025/function/a.txt", 2, 1) + " 删除科目的行只写编码");
    }

    @Test
    void reportsEveryProblemOfEveryFileTogether() {
        files.write(F, "201 一般公共服务支出", "2010 人大", "20199");
        files.write("2024/economic/a.txt", "30101 基本工资");
        files.write("2025/function/a.txt", "@extends 2024", "-999");
        assertThat(issues(load()))
                .containsExactlyInAnyOrder(
                        "CATALOG_CODE_LENGTH " + at(F, 2, 1) + " 支出功能分类科目编码应为 [3, 5, 7] 位之一，2010 为 4 位",
                        "CATALOG_SYNTAX " + at(F, 3, 1) + " 科目 20199 缺少名称",
                        "CATALOG_ORPHAN " + at("2024/economic/a.txt", 1, 1) + " 款级科目 30101 的上级科目 301 不在科目表中",
                        "CATALOG_REMOVE_UNKNOWN " + at("2025/function/a.txt", 2, 1) + " 要删除的科目 999 不存在");
    }
}

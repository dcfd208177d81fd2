package org.juesuan.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.juesuan.core.catalog.CatalogFiles.issues;

import java.nio.file.Path;
import java.util.List;
import org.juesuan.core.issue.Result;
import org.juesuan.core.source.DataDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A year starts from another with {@code @extends}, renames and removes codes; a second root adds files. */
class CatalogLoaderInheritanceTest {

    @TempDir
    Path dir;

    private CatalogFiles files;

    @BeforeEach
    void setUp() {
        files = new CatalogFiles(dir)
                .write(
                        "2024/function/catalog.txt",
                        "201\t一般公共服务支出",
                        "20101\t人大事务",
                        "2010101\t行政运行",
                        "2010102\t一般行政管理事务",
                        "20103\t政府办公厅(室)及相关机构事务",
                        "2010301\t行政运行");
    }

    private Catalog function(Result<Catalogs> result, int year) {
        assertThat(issues(result)).isEmpty();
        return result.value().orElseThrow().find(year, CatalogKind.FUNCTION).orElseThrow();
    }

    @Test
    void startsALaterYearFromTheCodesItExtends() {
        files.write("2025/function/catalog.txt", "# unchanged", "@extends 2024");
        Catalog catalog = function(files.load(), 2025);
        assertThat(catalog.year()).isEqualTo(2025);
        assertThat(catalog.entries())
                .extracting(entry -> entry.code().digits())
                .containsExactly("201", "20101", "2010101", "2010102", "20103", "2010301");
        assertThat(catalog.find(ClassCode.of("2010301")).orElseThrow().source().display())
                .isEqualTo(files.name("2024/function/catalog.txt") + ":6:1");
    }

    @Test
    void letsALaterYearRenameAnInheritedCode() {
        files.write("2025/function/catalog.txt", "@extends 2024", "20103\t政府办公厅（室）及相关机构事务（新）");
        Result<Catalogs> result = files.load();
        assertThat(function(result, 2025).name(ClassCode.of("20103"))).contains("政府办公厅（室）及相关机构事务（新）");
        assertThat(function(result, 2024).name(ClassCode.of("20103"))).contains("政府办公厅(室)及相关机构事务");
    }

    @Test
    void letsALaterYearRemoveAnInheritedCode() {
        files.write("2025/function/catalog.txt", "@extends 2024", "-2010102", "2010150\t事业运行");
        Result<Catalogs> result = files.load();
        Catalog y2025 = function(result, 2025);
        assertThat(y2025.contains(ClassCode.of("2010102"))).isFalse();
        assertThat(y2025.name(ClassCode.of("2010150"))).contains("事业运行");
        assertThat(function(result, 2024).contains(ClassCode.of("2010102"))).isTrue();
        assertThat(function(result, 2024).contains(ClassCode.of("2010150"))).isFalse();
    }

    @Test
    void reportsRemovingASectionWhoseItemsRemainAtTheRemoval() {
        files.write("2025/function/catalog.txt", "@extends 2024", "-20101", "-2010101");
        assertThat(issues(files.load()))
                .containsExactly("CATALOG_ORPHAN " + files.name("2025/function/catalog.txt")
                        + ":2:1 项级科目 2010102 的上级科目 20101 不在科目表中");
    }

    @Test
    void reportsASecondNameForACodeRenamedInTheSameYear() {
        files.write("2025/function/a.txt", "@extends 2024", "201\t一般公共服务");
        files.write("2025/function/b.txt", "201\t一般公共服务类");
        assertThat(issues(files.load()))
                .containsExactly("CATALOG_CONFLICT " + files.name("2025/function/b.txt") + ":1:1 科目 201 名称“一般公共服务类”与 "
                        + files.name("2025/function/a.txt") + ":2:1 的“一般公共服务”不一致");
    }

    @Test
    void acceptsTheSameNameWrittenWithOtherBracketsInAnotherFile() {
        files.write("2024/function/more.txt", "20103\t政府办公厅（室）及相关机构事务", "2010302\t一般行政管理事务");
        Catalog catalog = function(files.load(), 2024);
        assertThat(catalog.name(ClassCode.of("20103"))).contains("政府办公厅(室)及相关机构事务");
        assertThat(catalog.contains(ClassCode.of("2010302"))).isTrue();
    }

    @Test
    void addsTheCodesOfASecondRootToTheBundledOnes() {
        new CatalogFiles(dir.resolve("user")).write("2024/function/local.txt", "2010307\t本地事务");
        Result<Catalogs> result = CatalogLoader.load(
                List.of(DataDirectory.classpath(Catalogs.BUNDLED_ROOT), DataDirectory.of(dir.resolve("user"))));
        assertThat(issues(result)).isEmpty();
        Catalogs catalogs = result.value().orElseThrow();
        for (int year : List.of(2024, 2025)) {
            Catalog catalog = catalogs.find(year, CatalogKind.FUNCTION).orElseThrow();
            assertThat(catalog.name(ClassCode.of("2010307"))).as("%s", year).contains("本地事务");
            assertThat(catalog.name(ClassCode.of("2010301"))).as("%s", year).contains("行政运行");
        }
    }

    @Test
    void reportsAUserFileGivingABundledCodeAnotherName() {
        new CatalogFiles(dir.resolve("user")).write("2024/function/local.txt", "2010301\t行政运行费");
        Result<Catalogs> result = CatalogLoader.load(
                List.of(DataDirectory.classpath(Catalogs.BUNDLED_ROOT), DataDirectory.of(dir.resolve("user"))));
        assertThat(issues(result))
                .singleElement()
                .asString()
                .startsWith("CATALOG_CONFLICT " + dir.resolve("user/2024/function/local.txt") + ":1:1 ")
                .contains("juesuan/catalogs/2024/function/catalog.txt:", "的“行政运行”不一致");
    }

    @Test
    void acceptsAByteOrderMarkAtTheStartOfAFile() {
        files.write("2024/economic/catalog.txt", "\uFEFF301\t工资福利支出", "30101\t基本工资");
        Result<Catalogs> result = files.load();
        assertThat(issues(result)).isEmpty();
        Catalog economic =
                result.value().orElseThrow().find(2024, CatalogKind.ECONOMIC).orElseThrow();
        assertThat(economic.name(ClassCode.of("301"))).contains("工资福利支出");
    }
}

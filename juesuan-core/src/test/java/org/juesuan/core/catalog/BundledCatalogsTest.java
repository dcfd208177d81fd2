package org.juesuan.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class BundledCatalogsTest {

    private static final Catalogs CATALOGS = Catalogs.bundled();

    private static Catalog catalog(int year, CatalogKind kind) {
        return CATALOGS.find(year, kind).orElseThrow(() -> new AssertionError("no " + year + " " + kind));
    }

    @Test
    void coverTheYears2024And2025() {
        assertThat(CATALOGS.years()).contains(2024, 2025);
        assertThat(CATALOGS.find(1999, CatalogKind.FUNCTION)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(CatalogKind.class)
    void make2025InheritEvery2024Code(CatalogKind kind) {
        Catalog y2024 = catalog(2024, kind);
        Catalog y2025 = catalog(2025, kind);
        assertThat(y2024.size()).isGreaterThan(10);
        for (CatalogEntry entry : y2024.entries()) {
            assertThat(y2025.name(entry.code())).as("%s", entry.code()).contains(entry.name());
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {2024, 2025})
    void holdTheFunctionCodesOfTheBundledExample(int year) {
        Catalog function = catalog(year, CatalogKind.FUNCTION);
        Map.of(
                        "2010301",
                        "行政运行",
                        "2010302",
                        "一般行政管理事务",
                        "2101101",
                        "行政单位医疗",
                        "2101103",
                        "公务员医疗补助",
                        "201",
                        "一般公共服务支出",
                        "21011",
                        "行政事业单位医疗")
                .forEach((code, name) ->
                        assertThat(function.name(ClassCode.of(code))).as(code).contains(name));
    }

    @ParameterizedTest
    @ValueSource(ints = {2024, 2025})
    void nameClass210HealthNotTheObsoleteHealthAndFamilyPlanning(int year) {
        assertThat(catalog(year, CatalogKind.FUNCTION).name(ClassCode.of("210")))
                .contains("卫生健康支出");
        assertThat(catalog(year, CatalogKind.FUNCTION).entries())
                .noneMatch(
                        entry -> entry.name().contains("计划生育支出") && entry.code().length() == 3);
    }

    @ParameterizedTest
    @ValueSource(ints = {2024, 2025})
    void holdTheEconomicCodesOfTheBundledExample(int year) {
        Catalog economic = catalog(year, CatalogKind.ECONOMIC);
        List<List<String>> expected = List.of(
                List.of("301", "工资福利支出"),
                List.of("30101", "基本工资"),
                List.of("30102", "津贴补贴"),
                List.of("30103", "奖金"),
                List.of("30106", "伙食补助费"),
                List.of("30108", "机关事业单位基本养老保险缴费"),
                List.of("30110", "职工基本医疗保险缴费"),
                List.of("30111", "公务员医疗补助缴费"),
                List.of("30112", "其他社会保障缴费"),
                List.of("30113", "住房公积金"),
                List.of("302", "商品和服务支出"),
                List.of("30201", "办公费"),
                List.of("30211", "差旅费"),
                List.of("30226", "劳务费"),
                List.of("30227", "委托业务费"),
                List.of("30229", "福利费"),
                List.of("30299", "其他商品和服务支出"),
                List.of("303", "对个人和家庭的补助"),
                List.of("30302", "退休费"),
                List.of("30307", "医疗费补助"));
        for (List<String> pair : expected) {
            assertThat(economic.name(ClassCode.of(pair.get(0)))).as(pair.get(0)).contains(pair.get(1));
        }
    }

    @ParameterizedTest
    @EnumSource(CatalogKind.class)
    void giveEveryCodeItsParentsAndALevel(CatalogKind kind) {
        for (int year : List.of(2024, 2025)) {
            Catalog catalog = catalog(year, kind);
            for (CatalogEntry entry : catalog.entries()) {
                ClassCode code = entry.code();
                assertThat(code.level(kind)).as("%s", code).isPositive();
                for (int level = 1; level < code.level(kind); level++) {
                    ClassCode ancestor = code.prefix(kind.lengths().get(level - 1));
                    assertThat(catalog.contains(ancestor))
                            .as("%s of %s in %s", ancestor, code, year)
                            .isTrue();
                }
                assertThat(entry.name()).as("%s", code).isNotBlank().doesNotContain("#");
            }
        }
    }
}

package org.juesuan.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.juesuan.core.source.SourceRef;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CatalogTest {

    private static Catalog function(String... codeAndName) {
        List<CatalogEntry> entries = new ArrayList<>();
        for (int i = 0; i < codeAndName.length; i += 2) {
            entries.add(new CatalogEntry(ClassCode.of(codeAndName[i]), codeAndName[i + 1], SourceRef.NONE));
        }
        return new Catalog(CatalogKind.FUNCTION, 2024, entries);
    }

    private static final Catalog CATALOG = function(
            "2010302",
            "一般行政管理事务",
            "201",
            "一般公共服务支出",
            "20103",
            "政府办公厅（室）及相关机构事务",
            "2010301",
            "行政运行",
            "20101",
            "人大事务",
            "202",
            "外交支出",
            "20201",
            "外交管理事务",
            "2101101",
            "行政单位医疗");

    @Nested
    class Children {

        private List<String> children(String code) {
            List<String> codes = new ArrayList<>();
            CATALOG.children(ClassCode.of(code))
                    .forEach(entry -> codes.add(entry.code().digits()));
            return codes;
        }

        @Test
        void listsTheSectionsOfAClassInCodeOrder() {
            assertThat(children("201")).containsExactly("20101", "20103");
        }

        @Test
        void listsTheItemsOfASection() {
            assertThat(children("20103")).containsExactly("2010301", "2010302");
        }

        @Test
        void listsNothingBelowAnItemOrForALengthThatIsNoLevel() {
            assertThat(children("2010301")).isEmpty();
            assertThat(children("2010")).isEmpty();
            assertThat(children("20101")).isEmpty();
        }

        @Test
        void doesNotMistakeANeighbourClassForAChild() {
            assertThat(children("202")).containsExactly("20201");
        }
    }

    @Test
    void findsEntriesByCode() {
        assertThat(CATALOG.name(ClassCode.of("2010301"))).contains("行政运行");
        assertThat(CATALOG.contains(ClassCode.of("20103"))).isTrue();
        assertThat(CATALOG.find(ClassCode.of("2010303"))).isEmpty();
        assertThat(CATALOG.size()).isEqualTo(8);
        assertThat(CATALOG.entries()).extracting(e -> e.code().digits()).isSorted();
        assertThat(CATALOG).hasToString("2024 支出功能分类科目 (8 codes)");
    }

    @Nested
    class SameName {

        @Test
        void ignoresTheWidthOfBrackets() {
            assertThat(Catalog.sameName("政府办公厅(室)及相关机构事务", "政府办公厅（室）及相关机构事务")).isTrue();
        }

        @Test
        void ignoresSpaces() {
            assertThat(Catalog.sameName("行政 运行", "行政运行")).isTrue();
            assertThat(Catalog.sameName(" 行政运行\t", "行政运行")).isTrue();
        }

        @Test
        void ignoresTheFullWidthAndNoBreakSpacesOfPublishedDocuments() {
            assertThat(Catalog.sameName("行政\u3000运行", "行政运行")).isTrue();
            assertThat(Catalog.sameName("行政\u00A0运行", "行政运行")).isTrue();
        }

        @Test
        void tellsDifferentNamesApart() {
            assertThat(Catalog.sameName("行政运行", "事业运行")).isFalse();
            assertThat(Catalog.sameName("机关服务(一)", "机关服务（二）")).isFalse();
        }

        @Test
        void normalisesToFullWidthBracketsWithoutSpaces() {
            assertThat(Catalog.normalizeName(" 政府办公厅 (室) ")).isEqualTo("政府办公厅（室）");
        }
    }
}

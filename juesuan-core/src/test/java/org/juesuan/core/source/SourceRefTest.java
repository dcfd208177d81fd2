package org.juesuan.core.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SourceRefTest {

    @Nested
    class Display {

        @Test
        void showsATextPositionAsFileLineColumn() {
            assertThat(SourceRef.text("t.yaml", 3, 7).display()).isEqualTo("t.yaml:3:7");
            assertThat(SourceRef.text("t.yaml", 3, 7)).hasToString("t.yaml:3:7");
        }

        @Test
        void showsACellInA1NotationCountingFromZero() {
            assertThat(SourceRef.cell("填报.xlsx", "公开05表", 13, 3).display()).isEqualTo("填报.xlsx!公开05表!D14");
            assertThat(((SourceRef.Cell) SourceRef.cell("a.xlsx", "s", 0, 0)).address())
                    .isEqualTo("A1");
        }

        @Test
        void namesColumnsWithLettersBeyondZ() {
            assertThat(SourceRef.Cell.columnName(0)).isEqualTo("A");
            assertThat(SourceRef.Cell.columnName(25)).isEqualTo("Z");
            assertThat(SourceRef.Cell.columnName(26)).isEqualTo("AA");
            assertThat(SourceRef.Cell.columnName(27)).isEqualTo("AB");
            assertThat(SourceRef.Cell.columnName(51)).isEqualTo("AZ");
            assertThat(SourceRef.Cell.columnName(52)).isEqualTo("BA");
            assertThat(SourceRef.Cell.columnName(701)).isEqualTo("ZZ");
            assertThat(SourceRef.Cell.columnName(702)).isEqualTo("AAA");
        }

        @Test
        void showsAPageAndLineOfAPaginatedDocument() {
            assertThat(SourceRef.page("决算.pdf", 3, 12).display()).isEqualTo("决算.pdf 第3页第12行");
        }

        @Test
        void showsAWholeFileByName() {
            assertThat(SourceRef.file("dataset.yaml").display()).isEqualTo("dataset.yaml");
            assertThat(SourceRef.NONE.display()).isEmpty();
            assertThat(SourceRef.NONE.file()).isEmpty();
        }
    }

    @Nested
    class Order {

        private List<String> sorted(SourceRef... refs) {
            List<SourceRef> list = new ArrayList<>(List.of(refs));
            list.sort(null);
            List<String> shown = new ArrayList<>();
            list.forEach(ref -> shown.add(ref.display()));
            return shown;
        }

        @Test
        void sortsPagesByPageThenLine() {
            assertThat(sorted(
                            SourceRef.page("a.pdf", 2, 1),
                            SourceRef.page("a.pdf", 1, 30),
                            SourceRef.page("a.pdf", 1, 4)))
                    .containsExactly("a.pdf 第1页第4行", "a.pdf 第1页第30行", "a.pdf 第2页第1行");
        }

        @Test
        void sortsByFileThenLineThenColumn() {
            assertThat(sorted(
                            SourceRef.text("b.yaml", 1, 1),
                            SourceRef.text("a.yaml", 10, 1),
                            SourceRef.text("a.yaml", 9, 5),
                            SourceRef.text("a.yaml", 9, 12),
                            SourceRef.text("a.yaml", 9, 2)))
                    .containsExactly("a.yaml:9:2", "a.yaml:9:5", "a.yaml:9:12", "a.yaml:10:1", "b.yaml:1:1");
        }

        @Test
        void putsAWholeFileBeforeItsPositionsAndNoSourceFirst() {
            assertThat(sorted(SourceRef.text("a.yaml", 1, 1), SourceRef.file("a.yaml"), SourceRef.NONE))
                    .containsExactly("", "a.yaml", "a.yaml:1:1");
        }

        @Test
        void sortsCellsSheetBySheetThenByRowThenColumn() {
            assertThat(sorted(
                            SourceRef.cell("w.xlsx", "公开02表", 2, 0),
                            SourceRef.cell("w.xlsx", "公开01表", 20, 1),
                            SourceRef.cell("w.xlsx", "公开01表", 20, 0),
                            SourceRef.cell("w.xlsx", "公开01表", 3, 9)))
                    .containsExactly("w.xlsx!公开01表!J4", "w.xlsx!公开01表!A21", "w.xlsx!公开01表!B21", "w.xlsx!公开02表!A3");
        }

        @Test
        void isConsistentWithEquals() {
            assertThat(SourceRef.text("a", 1, 2).compareTo(SourceRef.text("a", 1, 2)))
                    .isZero();
            assertThat(SourceRef.text("a", 1, 2)).isEqualTo(SourceRef.text("a", 1, 2));
        }
    }
}

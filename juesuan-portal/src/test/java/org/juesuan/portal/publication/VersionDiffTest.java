package org.juesuan.portal.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.juesuan.app.prepare.Definitions;
import org.juesuan.core.table.TableSet;
import org.juesuan.portal.publication.VersionDiff.CellChange;
import org.juesuan.portal.store.DocumentRepository;
import org.juesuan.portal.store.StoredDataset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

class VersionDiffTest {

    private static final Path EXAMPLE = Path.of("..", "examples", "qingshan-guozi-2024", "dataset.yaml");
    private static final String LINE = "    income: {generalBudget: 207.87}";

    private static VersionTables tables;
    private static String original;

    @BeforeAll
    static void read() throws IOException {
        // the repository is never queried: the tests derive from the dataset's text
        tables = new VersionTables(
                Definitions.bundled(), new DocumentRepository(JdbcClient.create(new SimpleDriverDataSource())));
        original = Files.readString(EXAMPLE, StandardCharsets.UTF_8);
        assertThat(original).contains(LINE);
    }

    private static TableSet derive(String text) {
        return tables.derive(tables.dataset(new StoredDataset(text, "yaml", false, true), "dataset"));
    }

    @Test
    void theSameDatasetChangesNothing() {
        assertThat(VersionDiff.cells(derive(original), derive(original))).isEmpty();
    }

    @Test
    void aChangedIncomeFigureShowsItsCellAndTheTotalsDerivedFromIt() {
        String corrected = original.replace(LINE, "    income: {generalBudget: 208.87}");
        List<CellChange> changes = VersionDiff.cells(derive(original), derive(corrected));

        assertThat(changes).isNotEmpty().allSatisfy(change -> {
            assertThat(change.before()).isNotEqualTo(change.after());
            // one figure raised by 1.00 万元: every printed figure derived from it rises by exactly that
            assertThat(new BigDecimal(change.after().replace(",", ""))
                            .subtract(new BigDecimal(change.before().replace(",", ""))))
                    .isEqualByComparingTo("1.00");
        });
        // the 项 line itself, in the income table, under its code
        assertThat(changes)
                .filteredOn(change -> change.table().equals("公开02表"))
                .anySatisfy(change -> {
                    assertThat(change.row()).contains("2010301");
                    assertThat(change.before()).isEqualTo("207.87");
                    assertThat(change.after()).isEqualTo("208.87");
                })
                // and the 类 and 款 lines and the total that add it up
                .anySatisfy(change -> assertThat(change.row()).contains("合计"))
                .anySatisfy(change -> assertThat(change.row()).startsWith("201 "));
        // the overview table's income side shows the same rise
        assertThat(changes).anySatisfy(change -> assertThat(change.table()).isEqualTo("公开01表"));
        // spending was not touched: no spending table changed
        assertThat(changes).noneMatch(change -> change.table().equals("公开05表"));
    }
}

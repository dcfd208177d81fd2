package org.juesuan.core.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A profile's consolidation working tables: read like the public ones, with unit rows allowed only there. */
class ConsolidationTablesTest {

    private static final String PROFILE =
            TestProfiles.PROFILE + "consolidation: {tables: [C01], ruleSets: [offsets]}\n";

    private static final String PAPER = """
            id: C01
            title: 抵销工作底稿
            sections:
              - id: main
                columns:
                  - {id: paid, header: 上级单位支出, measure: "spending(kind=subsidy)", side: superior}
                  - {id: received, header: 所属单位收入, measure: "income(source=superiorSubsidy)", side: subordinates}
                  - {id: difference, header: 差额, formula: paid - received}
                body:
                  - unitRows: true
                totals:
                  - {id: total, label: 合计, formula: body}
            """;

    @TempDir
    Path dir;

    private TestProfiles files() {
        return new TestProfiles(dir).profile(PROFILE).table("T01", TestProfiles.TABLE);
    }

    @Test
    void theWorkingTablesAndRuleSetsAreReadBesideThePublicTables() {
        Profile profile =
                files().table("C01", PAPER).load().orElseThrow(issues -> new IllegalStateException(issues.toString()));

        assertThat(profile.tables()).extracting(TableDefinition::id).containsExactly("T01");
        assertThat(profile.consolidation().tables())
                .extracting(TableDefinition::id)
                .containsExactly("C01");
        assertThat(profile.consolidation().ruleSets()).containsExactly("offsets");
        SectionDefinition main =
                profile.consolidation().tables().get(0).sections().get(0);
        assertThat(main.body()).singleElement().isInstanceOf(RowDefinition.UnitRows.class);
        assertThat(main.columns())
                .extracting(ColumnDefinition::side)
                .containsExactly(ColumnDefinition.Side.SUPERIOR, ColumnDefinition.Side.SUBORDINATES, null);
    }

    @Test
    void unitRowsInAPublicTableAreRefusedWhereTheyAreWritten() {
        TestProfiles files = new TestProfiles(dir).profile(TestProfiles.PROFILE);
        String table = PAPER.replace("id: C01", "id: T01");
        files.table("T01", table);

        // (its columns' sides are refused too, as in any section without unit rows)
        assertThat(files.issues())
                .contains("PROFILE_UNIT_ROWS " + files.find("tables/T01.yaml", table, "true")
                        + " unitRows 只能用于汇总工作表（profile.yaml 中 consolidation.tables 所列的表）");
    }

    @Test
    void aColumnOfUnitRowsMustSayWhoseFiguresItShows() {
        String table = PAPER.replace(", side: subordinates", "").replace("side: superior", "side: parent");
        TestProfiles files = files().table("C01", table);

        assertThat(files.issues())
                .containsExactlyInAnyOrder(
                        "PROFILE_VALUE " + files.find("tables/C01.yaml", table, "parent")
                                + " side 应为 superior（上级单位方）或 subordinates（所属单位方）",
                        "PROFILE_SIDE " + files.find("tables/C01.yaml", table, "{id: paid")
                                + " 单位行表块的列“paid”须写明 side：superior（上级单位方）或 subordinates（所属单位方）",
                        "PROFILE_SIDE " + files.find("tables/C01.yaml", table, "{id: received")
                                + " 单位行表块的列“received”须写明 side：superior（上级单位方）或 subordinates（所属单位方）");
    }

    @Test
    void aSideWithoutUnitRowsAndARowWithItsOwnMeasureAreRefused() {
        String withSide = TestProfiles.TABLE.replace(
                "measure: \"spending(kind=basic)\"}", "measure: \"spending(kind=basic)\", side: superior}");
        String withRow = PAPER.replace(
                "      - unitRows: true\n",
                "      - unitRows: true\n      - {id: extra, label: 其他, measure: \"spending\"}\n");
        TestProfiles files = files().table("T01", withSide).table("C01", withRow);

        assertThat(files.issues())
                .contains(
                        "PROFILE_SIDE " + files.find("tables/T01.yaml", withSide, "{id: basic")
                                + " 列“basic”写了 side，但所在表块没有单位行（unitRows）",
                        "PROFILE_UNIT_ROWS " + files.find("tables/C01.yaml", withRow, "{id: extra")
                                + " 单位行表块中其他的行只能是合计行（formula），不能另有数据口径");
    }
}

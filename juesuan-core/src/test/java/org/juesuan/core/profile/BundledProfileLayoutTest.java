package org.juesuan.core.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.juesuan.core.catalog.Catalogs;
import org.juesuan.core.catalog.ClassCode;
import org.juesuan.core.issue.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The two bundled profiles load cleanly and say what their regions print. */
class BundledProfileLayoutTest {

    private static final Profiles PROFILES = Profiles.bundled(Catalogs.bundled());

    private static Profile load(String id) {
        Result<Profile> result = PROFILES.load(id);
        assertThat(result.issues().toString()).as(id).isEmpty();
        return result.value().orElseThrow();
    }

    private static List<String> ids(List<ClassCode> codes) {
        return codes.stream().map(ClassCode::digits).toList();
    }

    @Test
    void listsBothBundledProfiles() {
        assertThat(PROFILES.ids()).contains("hubei-2024", "shanghai-2024");
        assertThat(PROFILES.find("hubei-2024")).contains("hubei-2024");
        assertThat(PROFILES.find("nowhere-2024")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"hubei-2024", "shanghai-2024"})
    void loadsWithoutIssuesForFiscalYear2024(String id) {
        Profile profile = load(id);
        assertThat(profile.id()).isEqualTo(id);
        assertThat(profile.fiscalYear()).isEqualTo(2024);
        assertThat(profile.tables())
                .extracting(TableDefinition::id)
                .containsExactlyInAnyOrder("T01", "T02", "T03", "T04", "T05", "T06", "T07", "T08", "T09");
    }

    @Test
    void printsTwentySixClassLinesInHubeiIncludingDebtLines() {
        List<String> lines = ids(load("hubei-2024").classLines());
        assertThat(lines).hasSize(26).startsWith("201", "202").endsWith("229", "231", "232", "234");
    }

    @Test
    void printsTwentyFourClassLinesInShanghaiWithoutDebtLines() {
        List<String> lines = ids(load("shanghai-2024").classLines());
        assertThat(lines).hasSize(24).doesNotContain("231", "232").endsWith("229", "234");
    }

    @Test
    void printsTheThreePublicTableSeventhInShanghaiAndLastInHubei() {
        assertThat(load("shanghai-2024").tables())
                .extracting(TableDefinition::id)
                .containsExactly("T01", "T02", "T03", "T04", "T05", "T06", "T09", "T07", "T08");
        assertThat(load("hubei-2024").tables())
                .extracting(TableDefinition::id)
                .last()
                .isEqualTo("T09");
    }

    @Test
    void putsTheTotalLastInShanghaiTable05AgainstTheProfile() {
        Profile shanghai = load("shanghai-2024");
        assertThat(shanghai.presentation().totalFirst()).isTrue();
        assertThat(shanghai.table("T05").orElseThrow().totalFirst()).isFalse();
        assertThat(load("hubei-2024").table("T05").orElseThrow().totalFirst()).isNull();
    }

    @Test
    void reportsAnUnknownProfileNamingTheKnownOnes() {
        Result<Profile> result = PROFILES.load("nowhere-2024");
        assertThat(result.value()).isEmpty();
        assertThat(result.issues().toString())
                .startsWith("错误 PROFILE_UNKNOWN 没有名为“nowhere-2024”的地区口径（现有：")
                .contains("hubei-2024", "shanghai-2024");
    }
}

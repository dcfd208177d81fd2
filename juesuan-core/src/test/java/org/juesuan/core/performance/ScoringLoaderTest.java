package org.juesuan.core.performance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.juesuan.core.issue.Issue;
import org.juesuan.core.issue.Result;
import org.juesuan.core.profile.ProfileFiles;
import org.juesuan.core.source.DataDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Strict loading of scoring.yaml: the bundled files load; mistakes are reported together, each at file:line:col. */
class ScoringLoaderTest {

    @TempDir
    Path dir;

    private static String bundled(String profile) {
        return ScoringFixture.PROFILES
                .require(profile)
                .files()
                .read(ScoringLoader.FILE)
                .orElseThrow();
    }

    private Result<ScoringRules> load(String text) throws IOException {
        Files.createDirectories(dir.resolve("p"));
        Files.writeString(dir.resolve("p").resolve(ScoringLoader.FILE), text);
        return ScoringLoader.load(new ProfileFiles(DataDirectory.of(dir), "p"));
    }

    /** Returns “line:col” (1-based) of the first occurrence of {@code what} in {@code text}. */
    private static String at(String text, String what) {
        int index = text.indexOf(what);
        assertThat(index).as(what).isNotNegative();
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < index; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return line + ":" + (index - lineStart + 1);
    }

    @Test
    void theBundledRulesLoadAndDiffer() {
        ScoringRules hubei = ScoringFixture.rules("hubei-2024");
        ScoringRules national = ScoringFixture.rules("shanghai-2024");
        assertThat(hubei.budgetWeight()).isEqualByComparingTo("20");
        assertThat(national.budgetWeight()).isEqualByComparingTo("10");
        assertThat(hubei.tiers())
                .extracting(ScoringRules.Tier::from)
                .extracting(BigDecimal::intValue)
                .containsExactly(80, 50, 0);
        assertThat(national.tiers())
                .extracting(ScoringRules.Tier::from)
                .extracting(BigDecimal::intValue)
                .containsExactly(80, 60, 0);
        assertThat(hubei.tierOf(new BigDecimal("80")).name()).isEqualTo("达成");
        assertThat(hubei.tierOf(new BigDecimal("50")).name()).isEqualTo("部分达成");
        assertThat(hubei.tierOf(new BigDecimal("49.99")).name()).isEqualTo("未达成");
        assertThat(bundled("shanghai-2024")).contains("[MEM]");
        assertThat(national.levelWeights()).containsOnlyKeys("产出指标", "效益指标", "满意度指标");
        assertThat(hubei.levelWeights()).isEmpty();
    }

    @Test
    void reportsEveryMistakeTogetherAtItsPlace() throws IOException {
        String text = bundled("hubei-2024")
                .replace("zeroPlanned: unscored", "zeroPlanned: maybe")
                .replace("  unsigned: atLeast", "  unsigned: atLeast\n  colour: red")
                .replace("from: 50, to: 80}", "from: 50, to: 70}");
        Result<ScoringRules> result = load(text);
        assertThat(result.value()).isEmpty();
        List<Issue> errors = result.issues().sorted();
        assertThat(errors)
                .extracting(Issue::code)
                .containsExactly("SCORING_VALUE", "SCORING_UNKNOWN_FIELD", "SCORING_TIERS");
        assertThat(errors.get(0).where().display()).endsWith("scoring.yaml:" + at(text, "maybe"));
        assertThat(errors.get(1).where().display()).endsWith("scoring.yaml:" + at(text, "colour"));
        assertThat(errors.get(2).where().display()).endsWith("scoring.yaml:" + at(text, "{name: 部分达成"));
        assertThat(errors.get(2).message()).contains("70", "80");
    }

    @Test
    void aMissingFileOrSettingIsAnError() throws IOException {
        Result<ScoringRules> none = ScoringLoader.load(new ProfileFiles(DataDirectory.of(dir), "none"));
        assertThat(none.issues().sorted()).extracting(Issue::code).containsExactly("SCORING_MISSING");
        Result<ScoringRules> result = load(bundled("hubei-2024").replace("totalWeight: 100", "totalWeight: 0"));
        assertThat(result.value()).isEmpty();
        assertThat(result.issues().sorted()).extracting(Issue::code).containsExactly("SCORING_VALUE");
    }

    @Test
    void gradesAndAggregationAreData() {
        ScoringRules hubei = ScoringFixture.rules("hubei-2024");
        ScoringRules national = ScoringFixture.rules("shanghai-2024");
        assertThat(hubei.grades()).isEmpty();
        assertThat(national.grades()).extracting(ScoringRules.Grade::name).containsExactly("优", "良", "合格", "不合格");
        assertThat(national.gradeOf(new BigDecimal("90")).orElseThrow().name()).isEqualTo("优");
        assertThat(national.gradeOf(new BigDecimal("89.99")).orElseThrow().name())
                .isEqualTo("良");
        assertThat(national.gradeOf(new BigDecimal("59.99")).orElseThrow().name())
                .isEqualTo("不合格");
        assertThat(hubei.aggregation().average()).isEqualTo(ScoringRules.Average.FUNDS);
        assertThat(national.aggregation().average()).isEqualTo(ScoringRules.Average.COUNT);
        assertThat(hubei.aggregation().relativeUnits()).contains("%");
    }

    @Test
    void gradesOutOfOrderOrNotReachingZeroAreErrorsAtTheirPlace() throws IOException {
        String text = bundled("shanghai-2024")
                .replace("{name: 良, from: 80}", "{name: 良, from: 95}")
                .replace("{name: 不合格, from: 0}", "{name: 不合格, from: 10}")
                .replace("  average: count", "  average: median");
        Result<ScoringRules> result = load(text);
        assertThat(result.value()).isEmpty();
        List<Issue> errors = result.issues().sorted();
        assertThat(errors).extracting(Issue::code).containsExactly("SCORING_VALUE", "SCORING_GRADES", "SCORING_GRADES");
        assertThat(errors.get(0).where().display()).endsWith("scoring.yaml:" + at(text, "median"));
        assertThat(errors.get(1).where().display()).endsWith("scoring.yaml:" + at(text, "95}"));
        assertThat(errors.get(1).message()).contains("95", "90");
        assertThat(errors.get(2).where().display()).endsWith("scoring.yaml:" + at(text, "{name: 不合格"));
    }
}

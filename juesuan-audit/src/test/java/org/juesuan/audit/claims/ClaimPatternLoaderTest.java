package org.juesuan.audit.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.juesuan.core.dataset.NarrativeClaim;
import org.juesuan.core.issue.Issue;
import org.juesuan.core.issue.Result;
import org.juesuan.core.profile.ProfileFiles;
import org.juesuan.core.source.DataDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Strict loading of claims.yaml: the bundled files load cleanly and read what their profile's narrative states; every
 * mistake of a broken file is reported together, each at its file:line:col (a pattern's at its own character).
 */
class ClaimPatternLoaderTest {

    @TempDir
    Path dir;

    private Result<ClaimPatterns> load(String text) throws IOException {
        Files.createDirectories(dir.resolve("p"));
        Files.writeString(dir.resolve("p").resolve(ClaimPatternLoader.FILE), text);
        return ClaimPatternLoader.load(new ProfileFiles(DataDirectory.of(dir), "p"));
    }

    /** Returns “line:col” (1-based) of the first {@code what} in {@code text}, plus {@code offset}. */
    private static String at(String text, String what, int offset) {
        int index = text.indexOf(what);
        assertThat(index).as(what).isNotNegative();
        int at = index + offset;
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < at; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return line + ":" + (at - lineStart + 1);
    }

    @Test
    void theBundledPhrasingLoadsWithoutIssues() {
        for (String profile : List.of("hubei-2024", "shanghai-2024")) {
            Result<ClaimPatterns> result = ClaimPatternLoader.load(Paragraphs.profile(profile));
            assertThat(result.issues().sorted()).as(profile).isEmpty();
            assertThat(result.value()).as(profile).isPresent();
        }
        // the Hubei narrative states every claim; Shanghai's template no change of income, expenditure or 一般公共
        // 预算财政拨款收入, no procurement share and no self-evaluated project funds
        assertThat(ClaimPatternLoader.load(Paragraphs.profile("hubei-2024"))
                        .value()
                        .orElseThrow()
                        .claims())
                .containsExactlyInAnyOrder(NarrativeClaim.values());
        assertThat(ClaimPatternLoader.load(Paragraphs.profile("shanghai-2024"))
                        .value()
                        .orElseThrow()
                        .claims())
                .doesNotContain(
                        NarrativeClaim.INCOME_CHANGE,
                        NarrativeClaim.EXPENDITURE_CHANGE_RATE,
                        NarrativeClaim.GENERAL_BUDGET_INCOME_CHANGE,
                        NarrativeClaim.PROCUREMENT_SME_SHARE,
                        NarrativeClaim.PERFORMANCE_PROJECT_AMOUNT)
                .contains(NarrativeClaim.OPERATING_COST_CHANGE_RATE, NarrativeClaim.PERFORMANCE_PROJECT_COUNT);
    }

    @Test
    void reportsEveryMistakeTogetherAtItsPlace() throws IOException {
        String text = "sections:\n"
                + "  - heading: 一、收入支出决算总体情况说明\n"
                + "    claims:\n"
                + "      total: \"收、支总计均为{valeu}万元\"\n"
                + "      totl: \"收、支总计均为{value}万元\"\n"
                + "      totalChange: \"收、支总计减少{value}万元\"\n"
                + "      incomeTotal: \"收入合计[{value}]万元\"\n"
                + "    colour: red\n"
                + "  - heading: （一）收入支出决算总体情况说明\n";
        Result<ClaimPatterns> result = load(text);

        assertThat(result.value()).isEmpty();
        List<Issue> errors = result.issues().sorted();
        assertThat(errors)
                .extracting(Issue::code)
                .containsExactly(
                        "CLAIMS_NO_VALUE",
                        "CLAIMS_UNKNOWN_PLACEHOLDER",
                        "CLAIMS_UNKNOWN_CLAIM",
                        "CLAIMS_NO_DIRECTION",
                        "CLAIMS_PATTERN_SYNTAX",
                        "CLAIMS_UNKNOWN_FIELD",
                        "CLAIMS_DUPLICATE_SECTION");
        // a pattern without {value} is reported at its start, the unknown placeholder at its brace
        assertThat(errors.get(0).where().display()).endsWith("claims.yaml:" + at(text, "收、支总计均为{valeu}", 0));
        assertThat(errors.get(1).where().display()).endsWith("claims.yaml:" + at(text, "{valeu}", 0));
        assertThat(errors.get(1).message()).contains("{valeu}");
        assertThat(errors.get(2).where().display()).endsWith("claims.yaml:" + at(text, "totl", 0));
        assertThat(errors.get(3).message()).contains("{direction}");
        assertThat(errors.get(4).where().display()).endsWith("claims.yaml:" + at(text, "{value}]", 0));
        assertThat(errors.get(5).where().display()).endsWith("claims.yaml:" + at(text, "colour", 0));
        assertThat(errors.get(6).message()).contains("（一）收入支出决算总体情况说明", "重复");
    }

    @Test
    void reportsAMissingFile() {
        Result<ClaimPatterns> result = ClaimPatternLoader.load(new ProfileFiles(DataDirectory.of(dir), "none"));

        assertThat(result.value()).isEmpty();
        assertThat(result.issues().sorted()).extracting(Issue::code).containsExactly("CLAIMS_MISSING");
    }
}

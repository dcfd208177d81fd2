package org.juesuan.core.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.juesuan.core.issue.Issue;
import org.juesuan.core.issue.Result;
import org.juesuan.core.profile.ProfileFiles;
import org.juesuan.core.source.DataDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Strict loading of narrative.yaml: the bundled files load cleanly; a typo'd placeholder, an unknown key and a missing
 * template variant are reported together, each at its file:line:col.
 */
class NarrativeLoaderTest {

    @TempDir
    Path dir;

    private static String bundled(String profile) {
        return NarrativeFixture.profile(profile)
                .files()
                .read(NarrativeLoader.FILE)
                .orElseThrow();
    }

    private Result<NarrativeDefinition> load(String text) throws IOException {
        Files.createDirectories(dir.resolve("p"));
        Files.writeString(dir.resolve("p").resolve(NarrativeLoader.FILE), text);
        return NarrativeLoader.load(new ProfileFiles(DataDirectory.of(dir), "p"));
    }

    /** Returns “line:col” (1-based) of the first occurrence of {@code what} in {@code text}, plus {@code offset}. */
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
            Result<NarrativeDefinition> result = NarrativeLoader.load(NarrativeFixture.profile(profile));
            assertThat(result.issues().sorted()).as(profile).isEmpty();
            assertThat(result.value()).as(profile).isPresent();
        }
    }

    @Test
    void reportsEveryMistakeTogetherAtItsPlace() throws IOException {
        String text = bundled("hubei-2024")
                // a typo'd placeholder
                .replace("statement: \"{year}年度收、支总计均为{total}万元。", "statement: \"{year}年度收、支总计均为{totl}万元。")
                // an unknown key in a section
                .replace("    heading: 二、收入决算情况说明\n", "    heading: 二、收入决算情况说明\n    colour: red\n")
                // a comparison without its variant for “持平”
                .replace("        flat: \"，与{priorYear}年度相比，支出合计持平。\"\n", "");
        Result<NarrativeDefinition> result = load(text);

        assertThat(result.value()).isEmpty();
        List<Issue> errors = result.issues().sorted();
        assertThat(errors).hasSize(3);
        assertThat(errors.get(0).code()).isEqualTo("NARRATIVE_UNKNOWN_PLACEHOLDER");
        assertThat(errors.get(0).where().display()).endsWith("narrative.yaml:" + at(text, "{totl}", 0));
        assertThat(errors.get(0).message()).contains("totl");
        assertThat(errors.get(1).where().display()).endsWith("narrative.yaml:" + at(text, "colour: red", 0));
        assertThat(errors.get(1).message()).contains("colour");
        assertThat(errors.get(2).code()).isEqualTo("NARRATIVE_MISSING_VARIANT");
        assertThat(errors.get(2).message()).contains("flat");
        assertThat(errors.get(2).where().display()).contains("narrative.yaml:");
    }

    @Test
    void aPlaceholderThatMayHaveNoValueMustBeOptional() throws IOException {
        String text = bundled("hubei-2024")
                .replace(
                        "[，主要原因是{reason}]。\"\n        decrease: \"与{priorYear}年度相比，收、支总计",
                        "，主要原因是{reason}。\"\n        decrease: \"与{priorYear}年度相比，收、支总计");
        Result<NarrativeDefinition> result = load(text);
        assertThat(result.issues().sorted()).extracting(Issue::code).containsExactly("NARRATIVE_OPTIONAL_VALUE");
    }

    @Test
    void aMissingFileIsAnError() {
        Result<NarrativeDefinition> result = NarrativeLoader.load(new ProfileFiles(DataDirectory.of(dir), "none"));
        assertThat(result.value()).isEmpty();
        assertThat(result.issues().sorted()).extracting(Issue::code).containsExactly("NARRATIVE_MISSING");
    }

    @Test
    void badValuesAndAnEmptySectionListAreErrors() throws IOException {
        String text = "decimals: 9\nzeroItems: maybe\nsections: []\n";
        Result<NarrativeDefinition> result = load(text);
        assertThat(result.value()).isEmpty();
        assertThat(result.issues().sorted())
                .extracting(
                        issue -> issue.code() + " " + issue.where().display().replaceAll(".*narrative.yaml:", ""))
                .containsExactlyInAnyOrder(
                        "NARRATIVE_VALUE " + at(text, "9", 0),
                        "NARRATIVE_VALUE " + at(text, "maybe", 0),
                        "NARRATIVE_WRONG_KIND " + at(text, "[]", 0));
    }
}

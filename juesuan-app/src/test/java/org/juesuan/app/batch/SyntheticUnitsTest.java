package org.juesuan.app.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.juesuan.app.prepare.Definitions;
import org.juesuan.app.publish.ValidateDataset;
import org.juesuan.core.dataset.Dataset;
import org.juesuan.core.dataset.DatasetWriter;
import org.juesuan.core.dataset.InjectedError;
import org.juesuan.core.dataset.SyntheticUnits;
import org.juesuan.core.dataset.UnitFact;
import org.juesuan.core.issue.Issues;
import org.juesuan.core.issue.Severity;
import org.juesuan.core.rule.Finding;
import org.juesuan.core.rule.Findings;
import org.juesuan.core.source.TreeReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Synthetic units are valid under each profile, and every injected error is found by the rules it names. */
class SyntheticUnitsTest {

    private static final Definitions DEFINITIONS = Definitions.bundled();
    private static final ValidateDataset VALIDATION = new ValidateDataset(DEFINITIONS);

    private static Set<String> errorRules(Dataset dataset) {
        Issues issues = Issues.create();
        Findings findings = VALIDATION.validate(dataset, VALIDATION.profile(dataset, Optional.empty(), issues), issues);
        Set<String> rules = new TreeSet<>();
        for (Finding finding : findings.list()) {
            if (finding.severity() == Severity.ERROR) {
                rules.add(finding.ruleId());
            }
        }
        return rules;
    }

    @ParameterizedTest
    @ValueSource(strings = {"hubei-2024", "shanghai-2024"})
    void twoHundredUnitsPerProfileAreValidAndEachInjectedErrorIsFoundByItsRules(String profile) {
        Set<String> families = new HashSet<>();
        for (long index = 1; index <= 200; index++) {
            Dataset unit = SyntheticUnits.unit(42, index, List.of(profile));
            assertThat(unit.profileId()).isEqualTo(profile);
            assertThat(errorRules(unit)).as("unit %d", index).isEmpty();
            // prior-year facts, so the narrative has year-on-year comparisons
            assertThat(unit.facts().amount(UnitFact.PRIOR_INCOME)).isPresent();
            families.add(unit.unit().shortName());
            InjectedError kind = InjectedError.values()[(int) (index % InjectedError.values().length)];
            assertThat(errorRules(kind.apply(unit)))
                    .as("unit %d with %s", index, kind)
                    .containsExactlyInAnyOrderElementsOf(kind.ruleIds());
        }
        assertThat(families)
                .as("units of varied departments, each spending under its own 类")
                .hasSizeGreaterThanOrEqualTo(6);
    }

    @Test
    void aUnitDependsOnlyOnTheSeedAndItsIndex() {
        List<String> profiles = SyntheticUnits.DEFAULT_PROFILES;
        String unit = DatasetWriter.write(SyntheticUnits.unit(7, 3, profiles), TreeReader.Format.YAML);
        assertThat(DatasetWriter.write(SyntheticUnits.unit(7, 3, profiles), TreeReader.Format.YAML))
                .isEqualTo(unit);
        assertThat(DatasetWriter.write(SyntheticUnits.unit(8, 3, profiles), TreeReader.Format.YAML))
                .isNotEqualTo(unit);
        assertThat(SyntheticUnits.injection(7, 3, 0.5)).isEqualTo(SyntheticUnits.injection(7, 3, 0.5));
        assertThat(SyntheticUnits.injection(7, 3, 0)).isEmpty();
        assertThat(SyntheticUnits.injection(7, 3, 1)).isPresent();
    }

    @Test
    void theWrittenDirectoryReadsBackValidWithTheManifestListingEachInjection(@TempDir Path temp) throws Exception {
        List<SynthesizeUnits.Injection> injected = new SynthesizeUnits()
                .run(new SynthesizeUnits.Request(temp, 30, 3, 0.3, SyntheticUnits.DEFAULT_PROFILES))
                .injected();
        assertThat(injected).isNotEmpty().hasSizeLessThan(30);
        String manifest = Files.readString(temp.resolve(SynthesizeUnits.MANIFEST), StandardCharsets.UTF_8);
        Set<String> injectedUnits = new HashSet<>();
        for (SynthesizeUnits.Injection injection : injected) {
            injectedUnits.add(injection.unit());
            assertThat(manifest)
                    .contains(
                            "{\"unit\": \"" + injection.unit() + "\"",
                            injection.kind().key());
        }
        for (int index = 1; index <= 30; index++) {
            String name = SynthesizeUnits.unitName(index);
            Set<String> found = VALIDATION
                    .run(temp.resolve(name).resolve(SynthesizeUnits.DATASET_FILE), Optional.empty())
                    .findings()
                    .list()
                    .stream()
                    .filter(f -> f.severity() == Severity.ERROR)
                    .map(Finding::ruleId)
                    .collect(java.util.stream.Collectors.toCollection(TreeSet::new));
            Optional<SynthesizeUnits.Injection> injection =
                    injected.stream().filter(i -> i.unit().equals(name)).findFirst();
            if (injection.isPresent()) {
                assertThat(found)
                        .as(name)
                        .containsExactlyInAnyOrderElementsOf(
                                injection.get().kind().ruleIds());
            } else {
                assertThat(found).as(name).isEmpty();
            }
        }
        // unit i does not depend on how many units are drawn
        Path fewer = temp.resolve("fewer");
        new SynthesizeUnits().run(new SynthesizeUnits.Request(fewer, 5, 3, 0.3, SyntheticUnits.DEFAULT_PROFILES));
        assertThat(Files.readAllBytes(fewer.resolve("unit-000005/dataset.yaml")))
                .isEqualTo(Files.readAllBytes(temp.resolve("unit-000005/dataset.yaml")));
    }
}

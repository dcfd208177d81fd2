package org.juesuan.app.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.juesuan.app.consolidate.ConsolidateUnits;
import org.juesuan.app.prepare.Definitions;
import org.juesuan.app.publish.ValidateDataset;
import org.juesuan.core.consolidation.InjectedOffsetError;
import org.juesuan.core.consolidation.Member;
import org.juesuan.core.consolidation.Offset;
import org.juesuan.core.consolidation.SyntheticTrees;
import org.juesuan.core.consolidation.UnitTree;
import org.juesuan.core.dataset.Scope;
import org.juesuan.core.dataset.SyntheticUnits;
import org.juesuan.core.dataset.UnitFact;
import org.juesuan.core.issue.Severity;
import org.juesuan.core.money.Amount;
import org.juesuan.core.rule.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Synthetic departments, as {@code synth} writes them, consolidate through the use case without error under each
 * profile, and an injected offset error is found by exactly its offset rule.
 */
class SyntheticDepartmentsTest {

    private static final Definitions DEFINITIONS = Definitions.bundled();
    private static final ConsolidateUnits CONSOLIDATION = new ConsolidateUnits(DEFINITIONS);
    private static final ValidateDataset VALIDATION = new ValidateDataset(DEFINITIONS);

    @TempDir
    Path temp;

    private static Set<String> errorRules(List<Finding> findings) {
        return findings.stream()
                .filter(f -> f.severity() == Severity.ERROR)
                .map(Finding::ruleId)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static long count(Path directory, String suffix) throws Exception {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(f -> f.getFileName().toString().endsWith(suffix))
                    .count();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"hubei-2024", "shanghai-2024"})
    void twentyDepartmentsPerProfileConsolidateWithoutErrorAndOffsetEveryTransfer(String profile) throws Exception {
        SynthesizeUnits.Synthesis written =
                new SynthesizeUnits().run(new SynthesizeUnits.Request(temp, 20, 42, 0, List.of(profile), 1));
        assertThat(written.departments()).hasSize(20);
        assertThat(written.injected()).isEmpty();
        boolean nested = false;
        Amount transferred = Amount.ZERO;
        for (SynthesizeUnits.Department department : written.departments()) {
            Path directory = temp.resolve(department.unit());
            assertThat(count(directory, ".yaml")).isEqualTo(department.members() + 1);
            ConsolidateUnits.Outcome outcome = CONSOLIDATION.run(directory);

            assertThat(errorRules(outcome.findings().list()))
                    .as(department.unit())
                    .isEmpty();
            assertThat(outcome.profile().id()).isEqualTo(profile);
            assertThat(outcome.dataset().unit().scope()).isEqualTo(Scope.CONSOLIDATED);
            assertThat(outcome.dataset().unit().subordinates()).hasSize(department.members());
            assertThat(outcome.dataset().facts().amount(UnitFact.PRIOR_INCOME)).isPresent();
            List<Offset> offsets = outcome.consolidation().paper().offsets();
            assertThat(offsets)
                    .isNotEmpty()
                    .allMatch(offset -> offset.difference().signum() == 0);
            for (Offset offset : offsets) {
                transferred = transferred.plus(offset.parentSide());
                nested |= !offset.parentId().equals(SyntheticTrees.file(0));
            }
            // each unit is valid on its own too (its transfers balanced on its lines)
            Path own = directory.resolve(SyntheticTrees.file(0));
            assertThat(VALIDATION.run(own, Optional.empty()).findings().hasErrors())
                    .as(own.toString())
                    .isFalse();
            Path last = directory.resolve(SyntheticTrees.file(department.members() - 1));
            assertThat(VALIDATION.run(last, Optional.empty()).findings().hasErrors())
                    .as(last.toString())
                    .isFalse();
        }
        assertThat(nested)
                .as("some subordinates have subordinates of their own")
                .isTrue();
        assertThat(transferred.signum()).as("transfers are offset").isPositive();
    }

    @Test
    void anInjectedOffsetErrorIsFoundByExactlyItsOffsetRuleAtTheSubordinatesParent() throws Exception {
        SynthesizeUnits.Synthesis written = new SynthesizeUnits()
                .run(new SynthesizeUnits.Request(temp, 16, 9, 1, SyntheticUnits.DEFAULT_PROFILES, 1));
        assertThat(written.injected()).hasSize(16);
        Set<InjectedOffsetError> kinds = EnumSet.noneOf(InjectedOffsetError.class);
        Set<String> profiles = new TreeSet<>();
        String manifest = Files.readString(temp.resolve(SynthesizeUnits.MANIFEST), StandardCharsets.UTF_8);
        for (SynthesizeUnits.Injection injection : written.injected()) {
            InjectedOffsetError kind = (InjectedOffsetError) injection.kind();
            kinds.add(kind);
            profiles.add(injection.profile());
            Path directory = temp.resolve(injection.unit());
            ConsolidateUnits.Outcome outcome = CONSOLIDATION.run(directory);

            assertThat(errorRules(outcome.findings().list()))
                    .as(injection.unit())
                    .containsExactlyElementsOf(kind.ruleIds());
            List<Offset> mismatches = outcome.consolidation().paper().offsets().stream()
                    .filter(offset -> offset.difference().signum() != 0)
                    .toList();
            assertThat(mismatches).hasSize(1);
            assertThat(mismatches.get(0).kind()).isEqualTo(kind.offset());
            assertThat(mismatches.get(0).children()).contains(injection.member());
            // the subordinate records 1,000.00 元 more than its parent
            assertThat(mismatches.get(0).difference()).isEqualTo(Amount.ofFen(-1_000_00L));
            assertThat(manifest)
                    .contains("{\"unit\": \"" + injection.unit() + "\", \"profile\": \"" + injection.profile()
                            + "\", \"member\": \"" + injection.member() + "\", \"kind\": \"" + kind.key() + "\"");
        }
        assertThat(kinds).containsExactlyInAnyOrder(InjectedOffsetError.values());
        assertThat(profiles).containsExactlyInAnyOrderElementsOf(SyntheticUnits.DEFAULT_PROFILES);
        assertThat(manifest).contains("\"rules\": [\"C-1\"]", "\"rules\": [\"C-2\"]");
    }

    @Test
    void aDepartmentDependsOnlyOnTheSeedAndItsIndexAndItsOwnUnitIsThatIndexsUnit() throws Exception {
        Path many = temp.resolve("many");
        Path few = temp.resolve("few");
        SynthesizeUnits.Synthesis all = new SynthesizeUnits()
                .run(new SynthesizeUnits.Request(many, 24, 5, 0.2, SyntheticUnits.DEFAULT_PROFILES, 0.3));
        new SynthesizeUnits().run(new SynthesizeUnits.Request(few, 12, 5, 0.2, SyntheticUnits.DEFAULT_PROFILES, 0.3));
        assertThat(all.departments()).isNotEmpty().hasSizeLessThan(24);
        for (int index = 1; index <= 12; index++) {
            boolean department = SyntheticTrees.isDepartment(5, index, 0.3);
            String name = department ? SynthesizeUnits.departmentName(index) : SynthesizeUnits.unitName(index);
            assertThat(many.resolve(name)).isDirectory();
            try (Stream<Path> files = Files.list(many.resolve(name))) {
                for (Path file : files.toList()) {
                    assertThat(Files.readAllBytes(few.resolve(name).resolve(file.getFileName())))
                            .as(file.toString())
                            .isEqualTo(Files.readAllBytes(file));
                }
            }
            assertThat(Files.isRegularFile(many.resolve(name).resolve(UnitTree.FILE_NAME)))
                    .isEqualTo(department);
        }
        List<Member> members = SyntheticTrees.department(5, 3, SyntheticUnits.DEFAULT_PROFILES);
        assertThat(members.get(0).name())
                .isEqualTo(SyntheticUnits.unit(5, 3, SyntheticUnits.DEFAULT_PROFILES)
                        .unit()
                        .name());
        assertThat(members.stream().map(Member::name).distinct()).hasSize(members.size());
        assertThat(members.subList(1, members.size()))
                .allMatch(
                        m -> m.parent() != null && m.dataset().unit().unitKind().equals("事业单位"));
    }
}

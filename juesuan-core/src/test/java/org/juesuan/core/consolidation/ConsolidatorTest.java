package org.juesuan.core.consolidation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.juesuan.core.catalog.Catalogs;
import org.juesuan.core.catalog.ClassCode;
import org.juesuan.core.dataset.Dataset;
import org.juesuan.core.dataset.Figure;
import org.juesuan.core.dataset.FunctionLine;
import org.juesuan.core.dataset.Fund;
import org.juesuan.core.dataset.GovernmentLevel;
import org.juesuan.core.dataset.IncomeSource;
import org.juesuan.core.dataset.KeyWork;
import org.juesuan.core.dataset.Published;
import org.juesuan.core.dataset.Scope;
import org.juesuan.core.dataset.SpendingKind;
import org.juesuan.core.dataset.UnitFact;
import org.juesuan.core.dataset.UnitFacts;
import org.juesuan.core.dataset.UnitInfo;
import org.juesuan.core.issue.Issue;
import org.juesuan.core.issue.Result;
import org.juesuan.core.issue.Severity;
import org.juesuan.core.money.Amount;
import org.juesuan.core.money.AmountUnit;
import org.juesuan.core.profile.Profile;
import org.juesuan.core.profile.Profiles;
import org.juesuan.core.rule.Finding;
import org.juesuan.core.rule.RuleEngine;
import org.juesuan.core.rule.RuleSet;
import org.juesuan.core.source.SourceRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The offsets of a small hand-made department, and the errors of its tree. */
class ConsolidatorTest {

    private static final ClassCode ADMIN = ClassCode.of("2010101");
    private static final ClassCode SCHOOL = ClassCode.of("2050201");
    private static final SourceRef TREE = SourceRef.file("consolidation.yaml");

    /** A bureau subsidising a school (60.00) and a kindergarten (40.00); the school remits 5.00. */
    private static List<Member> department(String kindergartenSubsidy) {
        return department(kindergartenSubsidy, "5.00");
    }

    /** The same department, the school remitting {@code schoolRemittance} while the bureau records 5.00. */
    static List<Member> department(String kindergartenSubsidy, String schoolRemittance) {
        Dataset bureau = unit(
                "某局机关",
                "bureau.yaml",
                AmountUnit.YUAN,
                line(ADMIN)
                        .income(IncomeSource.GENERAL_BUDGET, "500.00")
                        .income(IncomeSource.AFFILIATED, "5.00")
                        .spend(Fund.GENERAL_BUDGET, SpendingKind.BASIC, "400.00")
                        .spend(Fund.NON_FISCAL, SpendingKind.SUBSIDY, "70.00"),
                line(SCHOOL).spend(Fund.NON_FISCAL, SpendingKind.SUBSIDY, "30.00"));
        Dataset school = unit(
                "某局所属学校",
                "school.yaml",
                AmountUnit.YUAN,
                line(SCHOOL)
                        .income(IncomeSource.SUPERIOR_SUBSIDY, "60.00")
                        .income(IncomeSource.BUSINESS, "20.00")
                        .spend(Fund.NON_FISCAL, SpendingKind.BASIC, "75.00")
                        .spend(Fund.NON_FISCAL, SpendingKind.REMITTANCE, schoolRemittance));
        Dataset kindergarten = unit(
                "某局所属幼儿园",
                "kindergarten.yaml",
                AmountUnit.YUAN,
                line(SCHOOL)
                        .income(IncomeSource.SUPERIOR_SUBSIDY, kindergartenSubsidy)
                        .spend(Fund.NON_FISCAL, SpendingKind.BASIC, kindergartenSubsidy));
        return List.of(
                new Member("bureau.yaml", bureau, null, SourceRef.text("consolidation.yaml", 2, 5)),
                new Member("school.yaml", school, "bureau.yaml", SourceRef.text("consolidation.yaml", 3, 5)),
                new Member(
                        "kindergarten.yaml", kindergarten, "bureau.yaml", SourceRef.text("consolidation.yaml", 5, 5)));
    }

    @Test
    void matchingOffsetsAreRemovedFromTheLinesThatRecordThem() {
        Consolidation consolidation = Consolidator.consolidate(department("40.00"), TREE)
                .orElseThrow(issues -> new IllegalStateException(issues.toString()));

        assertThat(offsetFindings(consolidation)).isEmpty();
        Offset subsidy = consolidation.paper().offsets().get(0);
        assertThat(subsidy.kind()).isEqualTo(OffsetKind.SUBSIDY);
        assertThat(subsidy.parentSide()).isEqualTo(Amount.parse("100.00"));
        assertThat(subsidy.childrenSide()).isEqualTo(Amount.parse("100.00"));
        assertThat(subsidy.adjustments())
                .extracting(a -> a.unitId() + " " + a.code() + " " + a.what() + " " + a.amount())
                .containsExactly(
                        "bureau.yaml 2010101 对附属单位补助支出 70.00",
                        "bureau.yaml 2050201 对附属单位补助支出 30.00",
                        "school.yaml 2050201 上级补助收入 60.00",
                        "kindergarten.yaml 2050201 上级补助收入 40.00");
        Offset remittance = consolidation.paper().offsets().get(1);
        assertThat(remittance.kind()).isEqualTo(OffsetKind.REMITTANCE);
        assertThat(remittance.parentSide()).isEqualTo(Amount.parse("5.00"));
        assertThat(remittance.childrenSide()).isEqualTo(Amount.parse("5.00"));

        Dataset dataset = consolidation.dataset();
        assertThat(dataset.unit().scope()).isEqualTo(Scope.CONSOLIDATED);
        assertThat(dataset.unit().subordinates()).containsExactly("某局机关", "某局所属学校", "某局所属幼儿园");
        FunctionLine admin = dataset.line(ADMIN).orElseThrow();
        assertThat(admin.income()).containsOnlyKeys(IncomeSource.GENERAL_BUDGET);
        assertThat(admin.spending())
                .containsOnlyKeys(new FunctionLine.SpendingKey(Fund.GENERAL_BUDGET, SpendingKind.BASIC));
        FunctionLine school = dataset.line(SCHOOL).orElseThrow();
        assertThat(school.income()).containsOnlyKeys(IncomeSource.BUSINESS);
        // 75.00 of the school and 40.00 of the kindergarten, summed on the shared line
        assertThat(school.spending(Fund.NON_FISCAL, SpendingKind.BASIC)
                        .orElseThrow()
                        .amount())
                .isEqualTo(Amount.parse("115.00"));
        assertThat(school.spending()).hasSize(1);
        assertThat(consolidation.paper().removedIncome())
                .isEqualTo(consolidation.paper().removedSpending());
        assertThat(consolidation.paper().removedIncome().get(Fund.NON_FISCAL)).isEqualTo(Amount.parse("105.00"));
        // the balances are summed: 10.00 each
        assertThat(dataset.facts()
                        .amount(UnitFact.OPENING_NON_FISCAL)
                        .orElseThrow()
                        .amount())
                .isEqualTo(Amount.parse("30.00"));
    }

    @Test
    void aMismatchIsAnErrorWithBothSidesAndTheDifference() {
        Consolidation consolidation = Consolidator.consolidate(department("30.50"), TREE)
                .orElseThrow(issues -> new IllegalStateException(issues.toString()));

        List<Finding> findings = offsetFindings(consolidation);
        assertThat(findings).hasSize(1);
        Finding finding = findings.get(0);
        assertThat(finding.ruleId()).isEqualTo("C-1");
        assertThat(finding.severity()).isEqualTo(Severity.ERROR);
        assertThat(finding.left()).isEqualTo(Amount.parse("100.00"));
        assertThat(finding.right()).isEqualTo(Amount.parse("90.50"));
        assertThat(finding.difference()).contains(Amount.parse("9.50"));
        // at the working paper's cell of the bureau's side, read from two of its lines: the bureau's file
        assertThat(finding.table() + "/" + finding.row() + "/" + finding.column())
                .isEqualTo("C01/bureau.yaml/subsidyPaid");
        assertThat(finding.source()).isEqualTo(SourceRef.file("bureau.yaml"));
        assertThat(finding.message())
                .isEqualTo("某局机关对附属单位补助支出 100.00 元，所属单位上级补助收入合计 90.50 元，相差 9.50 元；" + "汇总时两方均已抵销，汇总数据因此不平衡");
        assertThat(consolidation.paper().offsets().get(0).difference()).isEqualTo(Amount.parse("9.50"));
        // both sides removed anyway: the non-fiscal fund is out by the difference
        Map<Fund, Amount> income = consolidation.paper().removedIncome();
        Map<Fund, Amount> spending = consolidation.paper().removedSpending();
        assertThat(spending.get(Fund.NON_FISCAL).minus(income.get(Fund.NON_FISCAL)))
                .isEqualTo(Amount.parse("9.50"));
    }

    @Test
    void unitsInWanYuanAndYuanAreConsolidatedInYuan() {
        List<Member> members = new ArrayList<>(department("40.00"));
        Member school = members.get(1);
        Dataset inWan = new Dataset(
                school.dataset().source(),
                school.dataset().unit(),
                school.dataset().profileId(),
                AmountUnit.WAN_YUAN,
                school.dataset().lines(),
                school.dataset().basicByEconomic(),
                school.dataset().facts(),
                null,
                List.of(),
                KeyWork.NONE,
                Published.NONE);
        members.set(1, new Member(school.id(), inWan, school.parent(), school.declaredAt()));
        Dataset dataset = Consolidator.consolidate(members, TREE)
                .orElseThrow(issues -> new IllegalStateException(issues.toString()))
                .dataset();
        assertThat(dataset.amountUnit()).isEqualTo(AmountUnit.YUAN);
    }

    @Test
    void treeErrorsAreLocatedWhereTheTreeDeclaresTheUnit() {
        List<Member> good = department("40.00");
        Member bureau = good.get(0);
        Member school = good.get(1);
        Member kindergarten = good.get(2);

        assertThat(codes(List.of(bureau, school, moved(kindergarten, "nursery.yaml"))))
                .containsExactly(
                        "consolidation.yaml:5:5 CONSOLIDATION_UNKNOWN_PARENT 单位“kindergarten.yaml”的上级单位“nursery.yaml”未列入单位构成");
        assertThat(codes(List.of(bureau, moved(school, null), kindergarten)))
                .containsExactly(
                        "consolidation.yaml:3:5 CONSOLIDATION_SECOND_OWN 单位“school.yaml”未写上级单位，但本级已是“bureau.yaml”：只能有一个本级单位");
        assertThat(codes(List.of(bureau, moved(school, "kindergarten.yaml"), moved(kindergarten, "school.yaml"))))
                .containsExactly(
                        "consolidation.yaml:3:5 CONSOLIDATION_CYCLE 单位“school.yaml”的上级单位链构成循环（school.yaml → kindergarten.yaml → school.yaml），未连到本级单位“bureau.yaml”",
                        "consolidation.yaml:5:5 CONSOLIDATION_CYCLE 单位“kindergarten.yaml”的上级单位链构成循环（kindergarten.yaml → school.yaml → kindergarten.yaml），未连到本级单位“bureau.yaml”");
        assertThat(codes(List.of(moved(bureau, "school.yaml"), school, kindergarten)))
                .contains("consolidation.yaml CONSOLIDATION_NO_OWN 单位构成中没有本级单位（未写上级单位的一项）");
        assertThat(codes(List.of(bureau, school, school)))
                .containsExactly("consolidation.yaml:3:5 CONSOLIDATION_DUPLICATE 单位“school.yaml”重复列出");
    }

    @Test
    void unitsOfAnotherYearOrProfileOrAlreadyConsolidatedAreRefused() {
        List<Member> members = new ArrayList<>(department("40.00"));
        Member school = members.get(1);
        Dataset other = school.dataset();
        UnitInfo info = other.unit();
        UnitInfo consolidated = new UnitInfo(
                info.name(),
                info.shortName(),
                info.region(),
                info.level(),
                info.unitKind(),
                Scope.CONSOLIDATED,
                2023,
                null,
                List.of(),
                "",
                List.of());
        Dataset wrong = new Dataset(
                other.source(),
                consolidated,
                "shanghai-2024",
                other.amountUnit(),
                other.lines(),
                other.basicByEconomic(),
                other.facts(),
                null,
                List.of(),
                KeyWork.NONE,
                Published.NONE);
        members.set(1, new Member(school.id(), wrong, school.parent(), school.declaredAt()));
        assertThat(codes(members))
                .containsExactlyInAnyOrder(
                        "school.yaml CONSOLIDATION_SCOPE 单位“school.yaml”的数据集已是汇总数据（scope: 汇总），汇总时各单位应为本级数据",
                        "school.yaml CONSOLIDATION_YEAR 单位“school.yaml”为 2023 年度，本级单位为 2024 年度",
                        "school.yaml CONSOLIDATION_PROFILE 单位“school.yaml”的地区口径为“shanghai-2024”，本级单位为“hubei-2024”");
    }

    @Test
    void theTreeFileIsReadStrictly(@TempDir Path directory) throws IOException {
        Path good = directory.resolve("consolidation.yaml");
        Files.writeString(
                good,
                "units:\n  - file: bureau.yaml\n  - file: school.yaml\n    parent: bureau.yaml\n",
                StandardCharsets.UTF_8);
        UnitTree tree =
                UnitTree.read(good, "consolidation.yaml").orElseThrow(i -> new IllegalStateException(i.toString()));
        assertThat(tree.entries())
                .extracting(e -> e.file() + "<" + e.parent() + "@" + e.where().display())
                .containsExactly(
                        "bureau.yaml<null@consolidation.yaml:2:5", "school.yaml<bureau.yaml@consolidation.yaml:3:5");

        Path bad = directory.resolve("bad.yaml");
        Files.writeString(
                bad,
                "units:\n  - file: bureau.yaml\n  - file: school.yaml\n    parnet: bureau.yaml\n  - parent: bureau.yaml\n"
                        + "  - file: bureau.yaml\n",
                StandardCharsets.UTF_8);
        Result<UnitTree> read = UnitTree.read(bad, "bad.yaml");
        assertThat(read.value()).isEmpty();
        assertThat(read.issues().sorted())
                .extracting(i -> i.where().display() + " " + i.code())
                .containsExactly(
                        "bad.yaml:4:5 CONSOLIDATION_UNKNOWN_FIELD",
                        "bad.yaml:5:5 CONSOLIDATION_MISSING_FIELD",
                        "bad.yaml:6:5 CONSOLIDATION_DUPLICATE");
    }

    private static List<String> codes(List<Member> members) {
        Result<Consolidation> result = Consolidator.consolidate(members, TREE);
        assertThat(result.value()).isEmpty();
        return result.issues().sorted().stream()
                .map((Issue i) -> i.where().display() + " " + i.code() + " " + i.message())
                .toList();
    }

    private static Member moved(Member member, @Nullable String parent) {
        return new Member(member.id(), member.dataset(), parent, member.declaredAt());
    }

    private static final Profile PROFILE = Profiles.bundled(Catalogs.bundled()).require("hubei-2024");
    private static final RuleSet RULES = RuleSet.loadForConsolidation(PROFILE, List.of());

    /** The findings of the offset rules ({@code C-…}) on the consolidation's working paper. */
    static List<Finding> offsetFindings(Consolidation consolidation) {
        return RuleEngine.check(RULES, consolidation.view(PROFILE)).list().stream()
                .filter(finding -> finding.ruleId().startsWith("C-"))
                .toList();
    }

    private static Dataset unit(String name, String file, AmountUnit amountUnit, LineBuilder... lines) {
        Map<UnitFact, Figure> balances = new EnumMap<>(UnitFact.class);
        balances.put(UnitFact.OPENING_NON_FISCAL, Figure.computed(Amount.parse("10.00")));
        UnitInfo info = new UnitInfo(
                name,
                name,
                "某市某区",
                GovernmentLevel.DISTRICT,
                "事业单位",
                Scope.OWN,
                2024,
                LocalDate.of(2025, 9, 1),
                List.of(),
                "",
                List.of());
        List<FunctionLine> built = new ArrayList<>();
        for (LineBuilder line : lines) {
            built.add(line.build(file));
        }
        return new Dataset(
                SourceRef.file(file),
                info,
                "hubei-2024",
                amountUnit,
                built,
                Map.of(),
                new UnitFacts(balances, Map.of(), Map.of()),
                null,
                List.of(),
                KeyWork.NONE,
                Published.NONE);
    }

    private static LineBuilder line(ClassCode code) {
        return new LineBuilder(code);
    }

    private static final class LineBuilder {
        private final ClassCode code;
        private final Map<IncomeSource, Figure> income = new EnumMap<>(IncomeSource.class);
        private final Map<FunctionLine.SpendingKey, Figure> spending = new TreeMap<>();

        LineBuilder(ClassCode code) {
            this.code = code;
        }

        LineBuilder income(IncomeSource source, String yuan) {
            income.put(source, Figure.computed(Amount.parse(yuan)));
            return this;
        }

        LineBuilder spend(Fund fund, SpendingKind kind, String yuan) {
            spending.put(new FunctionLine.SpendingKey(fund, kind), Figure.computed(Amount.parse(yuan)));
            return this;
        }

        FunctionLine build(String file) {
            return new FunctionLine(
                    code, "", income, spending, Map.of(), Map.of(), null, null, null, SourceRef.file(file));
        }
    }
}

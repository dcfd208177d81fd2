package org.juesuan.importer.workbook;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.juesuan.core.catalog.ClassCode;
import org.juesuan.core.dataset.Count;
import org.juesuan.core.dataset.Dataset;
import org.juesuan.core.dataset.DatasetReader;
import org.juesuan.core.dataset.Evaluation;
import org.juesuan.core.dataset.Figure;
import org.juesuan.core.dataset.FunctionLine;
import org.juesuan.core.dataset.Fund;
import org.juesuan.core.dataset.GovernmentLevel;
import org.juesuan.core.dataset.IncomeSource;
import org.juesuan.core.dataset.KeyWork;
import org.juesuan.core.dataset.NarrativeClaim;
import org.juesuan.core.dataset.Published;
import org.juesuan.core.dataset.Scope;
import org.juesuan.core.dataset.SpendingKind;
import org.juesuan.core.dataset.Text;
import org.juesuan.core.dataset.UnitFact;
import org.juesuan.core.dataset.UnitFacts;
import org.juesuan.core.dataset.UnitInfo;
import org.juesuan.core.money.Amount;
import org.juesuan.core.money.AmountUnit;
import org.juesuan.core.source.SourceRef;

/** Datasets for workbook tests: a rich synthetic one, and the bundled example. */
final class SampleDatasets {

    private SampleDatasets() {}

    /** The example transcription of a published disclosure (in 万元), read from the repository. */
    static Dataset example() {
        Path file = Path.of("..", "examples", "qingshan-guozi-2024", "dataset.yaml");
        return new DatasetReader(TestWorkbooks.CATALOGS)
                .read(file, "dataset.yaml")
                .orElseThrow(issues -> new IllegalStateException(issues.toString()));
    }

    private static Figure yuan(String text) {
        return new Figure(Amount.parse(text), SourceRef.NONE);
    }

    private static Text text(String value) {
        return new Text(value, SourceRef.NONE);
    }

    /**
     * A dataset using every kind of fact: income of several sources on several codes, spending of every fund and
     * kind, per-code balances, fund-level balances, economic items inside and outside the printed lists, annual
     * budgets, texts, every unit fact, performance forms, key work and published figures; amounts with fen.
     */
    static Dataset rich(AmountUnit unit) {
        UnitInfo info = new UnitInfo(
                "武汉市青山区测试管理局",
                "青山区测试局",
                "湖北省武汉市青山区",
                GovernmentLevel.DISTRICT,
                "行政单位",
                Scope.CONSOLIDATED,
                2024,
                LocalDate.of(2025, 10, 30),
                List.of("负责全区测试工作。", "完成上级交办的其他任务。"),
                "内设科室 5 个。",
                List.of("青山区测试管理局本级", "青山区测试中心"));
        List<FunctionLine> lines = new ArrayList<>();
        lines.add(line(
                "2010301",
                "行政运行",
                Map.of(IncomeSource.GENERAL_BUDGET, yuan("1234567.89"), IncomeSource.BUSINESS, yuan("1000.01")),
                Map.of(
                        key(Fund.GENERAL_BUDGET, SpendingKind.BASIC),
                        yuan("1200000.55"),
                        key(Fund.NON_FISCAL, SpendingKind.BASIC),
                        yuan("500.50")),
                Map.of(),
                Map.of(),
                yuan("1300000.00"),
                text("保障机关正常运转"),
                text("人员调出，支出减少")));
        lines.add(line(
                "2010302",
                "",
                Map.of(IncomeSource.GENERAL_BUDGET, yuan("568149.50"), IncomeSource.SUPERIOR_SUBSIDY, yuan("0.00")),
                Map.of(
                        key(Fund.GENERAL_BUDGET, SpendingKind.PROJECT),
                        yuan("568149.50"),
                        key(Fund.NON_FISCAL, SpendingKind.PROJECT),
                        yuan("10.10"),
                        key(Fund.NON_FISCAL, SpendingKind.REMITTANCE),
                        yuan("20.20"),
                        key(Fund.NON_FISCAL, SpendingKind.OPERATING),
                        yuan("30.30"),
                        key(Fund.NON_FISCAL, SpendingKind.SUBSIDY),
                        yuan("40.40")),
                Map.of(),
                Map.of(),
                null,
                null,
                null));
        lines.add(line(
                "2080505",
                "机关事业单位基本养老保险缴费支出",
                Map.of(
                        IncomeSource.STATE_CAPITAL,
                        yuan("300.03"),
                        IncomeSource.OPERATING,
                        yuan("7.07"),
                        IncomeSource.AFFILIATED,
                        yuan("8.08"),
                        IncomeSource.OTHER,
                        yuan("9.09")),
                Map.of(
                        key(Fund.STATE_CAPITAL, SpendingKind.BASIC),
                        yuan("100.01"),
                        key(Fund.STATE_CAPITAL, SpendingKind.PROJECT),
                        yuan("200.02")),
                Map.of(Fund.GENERAL_BUDGET, yuan("11.11"), Fund.NON_FISCAL, yuan("12.12")),
                Map.of(Fund.GENERAL_BUDGET, yuan("13.13")),
                null,
                null,
                null));
        lines.add(line(
                "2120101",
                "行政运行",
                Map.of(IncomeSource.GOVERNMENT_FUND, yuan("5000.00")),
                Map.of(
                        key(Fund.GOVERNMENT_FUND, SpendingKind.BASIC),
                        yuan("2000.00"),
                        key(Fund.GOVERNMENT_FUND, SpendingKind.PROJECT),
                        yuan("2999.99")),
                Map.of(Fund.GOVERNMENT_FUND, yuan("100.00")),
                Map.of(Fund.GOVERNMENT_FUND, yuan("100.01")),
                null,
                null,
                null));
        lines.add(line(
                "2101101", "行政单位医疗", Map.of(), Map.of(), Map.of(), Map.of(), yuan("0.09"), text("机关工作人员医疗保障"), null));
        lines.add(line("2101103", "公务员医疗补助", Map.of(), Map.of(), Map.of(), Map.of(), null, null, null));
        Map<ClassCode, Figure> economic = new TreeMap<>();
        economic.put(ClassCode.of("30101"), yuan("100000.00"));
        economic.put(ClassCode.of("30102"), yuan("0.00")); // a listed item, zero
        economic.put(ClassCode.of("30201"), yuan("78712.12"));
        economic.put(ClassCode.of("30701"), yuan("1.00")); // an optional group, printed because used
        economic.put(ClassCode.of("31005"), yuan("5000.00")); // 310 but not in the profile's list
        economic.put(ClassCode.of("31006"), yuan("0.00")); // not listed and zero: not printed
        economic.put(ClassCode.of("31101"), yuan("123.45")); // a class no table group shows
        return new Dataset(
                SourceRef.NONE,
                info,
                "hubei-2024",
                unit,
                lines,
                economic,
                everyFact(),
                overall(),
                List.of(
                        project(),
                        new Evaluation(
                                "公务用车运行维护",
                                Map.of(),
                                null,
                                null,
                                List.of(),
                                null,
                                null,
                                null,
                                Map.of(),
                                SourceRef.NONE)),
                new KeyWork(
                        List.of(text("全年完成各项工作。"), text("第二段，说明重点。")),
                        List.of(
                                new KeyWork.Item("国企改革", "完成改制 3 家", "已完成", SourceRef.NONE),
                                new KeyWork.Item("审计", "", "", SourceRef.NONE))),
                new Published(
                        List.of(
                                new Published.Cell("T01", "I1", "1", Amount.parse("1234567.89"), SourceRef.NONE),
                                new Published.Cell("T05", "合计", "", Amount.parse("1768150.05"), SourceRef.NONE),
                                new Published.Cell("T02", "2010301", "4", Amount.parse("1000.01"), SourceRef.NONE)),
                        Map.of(
                                NarrativeClaim.TOTAL,
                                new Published.Claim(NarrativeClaim.TOTAL, new BigDecimal("1809996.60"), SourceRef.NONE),
                                NarrativeClaim.TOTAL_CHANGE_RATE,
                                new Published.Claim(
                                        NarrativeClaim.TOTAL_CHANGE_RATE, new BigDecimal("-1.74"), SourceRef.NONE),
                                NarrativeClaim.PERFORMANCE_PROJECT_COUNT,
                                new Published.Claim(
                                        NarrativeClaim.PERFORMANCE_PROJECT_COUNT,
                                        new BigDecimal("2"),
                                        SourceRef.NONE))));
    }

    private static FunctionLine.SpendingKey key(Fund fund, SpendingKind kind) {
        return new FunctionLine.SpendingKey(fund, kind);
    }

    private static FunctionLine line(
            String code,
            String name,
            Map<IncomeSource, Figure> income,
            Map<FunctionLine.SpendingKey, Figure> spending,
            Map<Fund, Figure> opening,
            Map<Fund, Figure> closing,
            Figure annualBudget,
            Text purpose,
            Text reason) {
        return new FunctionLine(
                ClassCode.of(code),
                name,
                income,
                spending,
                opening,
                closing,
                annualBudget,
                purpose,
                reason,
                SourceRef.NONE);
    }

    private static UnitFacts everyFact() {
        Map<UnitFact, Figure> amounts = new EnumMap<>(UnitFact.class);
        Map<UnitFact, Count> counts = new EnumMap<>(UnitFact.class);
        Map<UnitFact, Text> texts = new EnumMap<>(UnitFact.class);
        for (UnitFact fact : UnitFact.values()) {
            int n = fact.ordinal();
            switch (fact.type()) {
                case AMOUNT:
                    amounts.put(fact, new Figure(Amount.ofFen(n * 100_003L), SourceRef.NONE));
                    break;
                case COUNT:
                    counts.put(fact, new Count(n, SourceRef.NONE));
                    break;
                default:
                    texts.put(fact, text(fact.label() + "：说明文字 " + n));
                    break;
            }
        }
        return new UnitFacts(amounts, counts, texts);
    }

    private static Evaluation overall() {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("部门名称", "青山区测试管理局");
        attributes.put("基本支出总额", "207.87万元");
        Map<String, String> printed = new LinkedHashMap<>();
        printed.put("executionRate", "98.50%");
        printed.put("totalScore", "95");
        printed.put("自定义得分", "3");
        return new Evaluation(
                "青山区测试管理局",
                attributes,
                yuan("2078712.34"),
                yuan("2000000.00"),
                List.of(
                        new Evaluation.Goal(
                                "年度目标1",
                                "大企业协调服务经费",
                                new BigDecimal("40"),
                                List.of(
                                        new Evaluation.Indicator(
                                                "产出指标",
                                                "数量指标",
                                                "企业专项审计",
                                                "3家",
                                                "4家",
                                                new BigDecimal("10"),
                                                new BigDecimal("9.5"),
                                                SourceRef.NONE),
                                        new Evaluation.Indicator(
                                                "效益指标",
                                                "",
                                                "满意度",
                                                "≥90%",
                                                "",
                                                new BigDecimal("12.50"),
                                                null,
                                                SourceRef.NONE)),
                                SourceRef.NONE),
                        new Evaluation.Goal("年度目标2", "", null, List.of(), SourceRef.NONE),
                        new Evaluation.Goal(
                                "",
                                "",
                                null,
                                List.of(new Evaluation.Indicator(
                                        "", "", "及时性", "及时", "及时", null, null, SourceRef.NONE)),
                                SourceRef.NONE)),
                text("全部完成"),
                text("1、继续搭建平台。\n2、加强监督管理。"),
                text("保障了机关运转。"),
                printed,
                SourceRef.NONE);
    }

    private static Evaluation project() {
        return new Evaluation(
                "大企业协调服务工作经费",
                Map.of("项目类别", "部门预算项目"),
                yuan("62400.00"),
                null,
                List.of(new Evaluation.Goal(
                        "年度目标1",
                        "协调服务",
                        new BigDecimal("90.0"),
                        List.of(new Evaluation.Indicator(
                                "满意度指标",
                                "服务对象满意度指标",
                                "企业满意度",
                                "≥95%",
                                "98%",
                                new BigDecimal("10"),
                                new BigDecimal("10"),
                                SourceRef.NONE)),
                        SourceRef.NONE)),
                null,
                null,
                null,
                Map.of(),
                SourceRef.NONE);
    }
}

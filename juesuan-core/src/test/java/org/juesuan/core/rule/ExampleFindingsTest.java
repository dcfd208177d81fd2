package org.juesuan.core.rule;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.juesuan.core.dataset.Dataset;
import org.juesuan.core.profile.Profile;
import org.juesuan.core.profile.Profiles;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The bundled example — the published document transcribed as it stands — validated under both shipped profiles:
 * exactly the published document's real inconsistencies are found, the 0.01 rounding differences as 提示, and nothing else. The
 * expected list is written from the published document, each with its arithmetic.
 */
class ExampleFindingsTest {

    /** Severity, rule and location (table/row/column, empty for a statement of the narrative). */
    private static final List<String> EXPECTED = List.of(
            // 整体绩效自评表执行数 207.87 is the 基本支出 only; 本年支出合计 265.18 = 207.87 + 57.32 (+0.01 尾差)
            "WARNING J-4 T01/E57/amount",
            // 收入支出决算总表: 本年支出合计 printed 265.18, class lines 264.68 + 0.51 = 265.19
            "INFO T01-3 T01/E57/amount",
            // 收入决算表 合计 printed 265.18 (本年收入合计 and 财政拨款收入), 类 rows 264.68 + 0.51 = 265.19
            "INFO T02-3 T02/total/total",
            "INFO T02-3 T02/total/fiscal",
            // no 结转结余 at all, so income = expenditure: 02 合计 265.18 vs 03 合计 from the lines 265.19
            "INFO X-13a T02/total/total",
            // 支出决算表 (printed empty, derived) 合计 265.19 vs 01 本年支出合计 printed 265.18
            "INFO X-3 T03/total/total",
            // 整体绩效自评表 项目支出总额 35.68 (the two evaluated projects 6.24 + 29.44); 项目支出 is 57.32
            "ERROR J-7 T03/total/project",
            // 财政拨款收入支出决算总表: 本年支出合计 printed 265.18, class lines 264.68 + 0.51 = 265.19
            "INFO T04-3a T04/E59/subtotal",
            // 完成年初预算的 108.2% claimed; 决算 265.18 ÷ 项 budgets 207.87 + 56.81 + 0.09 + 0.42 = 265.19 is 100.0%
            "ERROR N-8b T05/total/subtotal",
            // 一般公共预算财政拨款支出决算表 合计 小计 printed 265.18; 207.87 + 57.32 = 265.19 and 264.68 + 0.51 = 265.19
            "INFO T05-1 T05/total/subtotal",
            "INFO T05-4 T05/total/subtotal",
            // 绩效 share 21.62% claimed = 57.32 ÷ 265.18 (本年支出合计); of 项目支出 57.32 it is 100.00%
            "ERROR N-17c T05/total/project",
            // 基本支出决算明细表: 301 printed 198.73, items 33.73 + 83.75 + 24.27 + 6.48 + 15.18 + 5.88 + 12.47 + 0.19
            // + 16.77 = 198.72; 302 printed 7.56, items 1.51 + 0.65 + 0.84 + 0.19 + 2.61 + 1.77 = 7.57
            "INFO T06-1 T06/301/amount",
            "INFO T06-1 T06/302/amount",
            // economic ↔ functional mapping: 养老保险缴费 15.18 but no 2080505; 医疗保险缴费 5.88 + 12.47 = 18.35 but no
            // basic spending in 21011; 住房公积金 16.77 but no 2210201; 退休费 1.15 but no 2080501/2080502
            "WARNING X-16a T06/30108/amount",
            "WARNING X-16c T06/30110/amount",
            "WARNING X-16d T06/30113/amount",
            "WARNING X-16e T06/30302/amount",
            // 整体绩效自评表 预算数 207.87, its header's 基本支出总额 207.87 + 项目支出总额 35.68 = 243.55
            "WARNING J-8 //",
            // 整体自评资金 265.18 claimed, the 整体自评表 says 207.87 / 207.87
            "ERROR J-5 //",
            // 绩效 project funds 57.32 claimed; the two project forms execute 6.24 + 29.44 = 35.68
            "ERROR N-17b //",
            // 年初预算 245.07 claimed; the 项 budgets add up to 265.19
            "ERROR N-8a //",
            // 政府采购 31.36 claimed; 0.20 + 0.00 + 31.17 = 31.37
            "INFO N-15a //");

    @ParameterizedTest
    @ValueSource(strings = {"hubei-2024", "shanghai-2024"})
    void findsExactlyTheSeedsRealInconsistencies(String profileId) {
        Profile profile = Profiles.bundled(RuleCases.CATALOGS).require(profileId);
        Dataset example = RuleCases.dataset(RuleCases.base("example"), profileId);
        Findings findings = RuleEngine.check(RuleSet.load(profile, List.of()), RuleCases.view(example, profile));
        assertThat(findings.list())
                .extracting(f ->
                        f.severity().name() + " " + f.ruleId() + " " + f.table() + "/" + f.row() + "/" + f.column())
                .containsExactlyInAnyOrderElementsOf(EXPECTED);
        assertThat(findings.cut()).isZero();
    }
}

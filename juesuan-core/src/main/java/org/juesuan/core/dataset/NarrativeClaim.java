package org.juesuan.core.dataset;

import java.util.Optional;
import org.juesuan.core.source.Keyed;

/**
 * A figure a narrative (情况说明) states, named so that a transcribed document's statements can be kept and
 * compared with what the tables imply.
 *
 * <p>A dataset made from source data has none; a dataset transcribed from a published document records what that
 * document said, even where it is wrong, so that validation can point at it.
 */
public enum NarrativeClaim implements Keyed {
    TOTAL("total", "收、支总计", Kind.AMOUNT),
    TOTAL_CHANGE("totalChange", "收、支总计增减额", Kind.AMOUNT),
    TOTAL_CHANGE_RATE("totalChangeRate", "收、支总计增减率", Kind.PERCENT),
    INCOME_TOTAL("incomeTotal", "本年收入合计", Kind.AMOUNT),
    INCOME_CHANGE("incomeChange", "收入合计增减额", Kind.AMOUNT),
    INCOME_CHANGE_RATE("incomeChangeRate", "收入合计增减率", Kind.PERCENT),
    FISCAL_INCOME("fiscalIncome", "财政拨款收入", Kind.AMOUNT),
    FISCAL_INCOME_SHARE("fiscalIncomeShare", "财政拨款收入占本年收入比例", Kind.PERCENT),
    EXPENDITURE_TOTAL("expenditureTotal", "本年支出合计", Kind.AMOUNT),
    EXPENDITURE_CHANGE("expenditureChange", "支出合计增减额", Kind.AMOUNT),
    EXPENDITURE_CHANGE_RATE("expenditureChangeRate", "支出合计增减率", Kind.PERCENT),
    BASIC_EXPENDITURE("basicExpenditure", "基本支出", Kind.AMOUNT),
    BASIC_SHARE("basicShare", "基本支出占本年支出比例", Kind.PERCENT),
    PROJECT_EXPENDITURE("projectExpenditure", "项目支出", Kind.AMOUNT),
    PROJECT_SHARE("projectShare", "项目支出占本年支出比例", Kind.PERCENT),
    FISCAL_TOTAL("fiscalTotal", "财政拨款收、支总计", Kind.AMOUNT),
    FISCAL_CHANGE("fiscalChange", "财政拨款收、支总计增减额", Kind.AMOUNT),
    FISCAL_CHANGE_RATE("fiscalChangeRate", "财政拨款收、支总计增减率", Kind.PERCENT),
    GENERAL_BUDGET_INCOME("generalBudgetIncome", "一般公共预算财政拨款收入", Kind.AMOUNT),
    GENERAL_BUDGET_INCOME_CHANGE("generalBudgetIncomeChange", "一般公共预算财政拨款收入增减额", Kind.AMOUNT),
    GENERAL_BUDGET_EXPENDITURE("generalBudgetExpenditure", "一般公共预算财政拨款支出", Kind.AMOUNT),
    GENERAL_BUDGET_SHARE("generalBudgetShare", "一般公共预算财政拨款支出占本年支出合计比例", Kind.PERCENT),
    GENERAL_BUDGET_CHANGE("generalBudgetChange", "一般公共预算财政拨款支出增减额", Kind.AMOUNT),
    GENERAL_BUDGET_CHANGE_RATE("generalBudgetChangeRate", "一般公共预算财政拨款支出增减率", Kind.PERCENT),
    GENERAL_BUDGET_ANNUAL_BUDGET("generalBudgetAnnualBudget", "一般公共预算财政拨款支出年初预算", Kind.AMOUNT),
    GENERAL_BUDGET_COMPLETION_RATE("generalBudgetCompletionRate", "完成年初预算的比例", Kind.PERCENT),
    PERSONNEL_COST("personnelCost", "人员经费", Kind.AMOUNT),
    PUBLIC_COST("publicCost", "公用经费", Kind.AMOUNT),
    THREE_PUBLIC_BUDGET("threePublicBudget", "“三公”经费全年预算", Kind.AMOUNT),
    THREE_PUBLIC_ACTUAL("threePublicActual", "“三公”经费支出决算", Kind.AMOUNT),
    OPERATING_COST("operatingCost", "机关运行经费支出", Kind.AMOUNT),
    OPERATING_COST_CHANGE("operatingCostChange", "机关运行经费增减额", Kind.AMOUNT),
    OPERATING_COST_CHANGE_RATE("operatingCostChangeRate", "机关运行经费增减率", Kind.PERCENT),
    PROCUREMENT_TOTAL("procurementTotal", "政府采购支出总额", Kind.AMOUNT),
    PROCUREMENT_SME_SHARE("procurementSmeShare", "授予中小企业合同金额占政府采购支出总额比例", Kind.PERCENT),
    PROCUREMENT_MICRO_SHARE("procurementMicroShare", "授予小微企业合同金额占授予中小企业合同金额比例", Kind.PERCENT),
    PERFORMANCE_PROJECT_COUNT("performanceProjectCount", "绩效自评项目个数", Kind.COUNT),
    PERFORMANCE_PROJECT_AMOUNT("performanceProjectAmount", "绩效自评项目资金", Kind.AMOUNT),
    PERFORMANCE_PROJECT_SHARE("performanceProjectShare", "绩效自评项目资金占项目支出比例", Kind.PERCENT),
    OVERALL_EVALUATION_AMOUNT("overallEvaluationAmount", "部门整体支出绩效自评资金", Kind.AMOUNT);

    /** How a claim's value is written. */
    public enum Kind {
        /** An amount in the dataset's unit. */
        AMOUNT,
        /** A percentage, written with or without {@code %}; signed for changes. */
        PERCENT,
        /** A whole number. */
        COUNT
    }

    private final String key;
    private final String label;
    private final Kind kind;

    NarrativeClaim(String key, String label, Kind kind) {
        this.key = key;
        this.label = label;
        this.kind = kind;
    }

    /** Returns the key used in dataset files. */
    public String key() {
        return key;
    }

    /** Returns the Chinese label. */
    public String label() {
        return label;
    }

    /** Returns how the value is written. */
    public Kind kind() {
        return kind;
    }

    /** Finds the claim with the given key. */
    public static Optional<NarrativeClaim> ofKey(String key) {
        return Keyed.find(values(), key);
    }
}

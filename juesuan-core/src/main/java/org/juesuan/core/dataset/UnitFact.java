package org.juesuan.core.dataset;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The vocabulary of unit-level facts (单位层面数据): figures that belong to the unit rather than to a function code.
 *
 * <p>Each fact has a dotted key that is also its path in a dataset file ({@code threePublic.actual.reception} is
 * written {@code threePublic: {actual: {reception: …}}}), a Chinese label for messages and forms, and a type. Table
 * definitions and narrative templates refer to facts by key.
 */
public enum UnitFact {
    // 结转结余 held for a whole fund (funds printed by function code hold theirs on the lines)
    OPENING_GENERAL_BUDGET("balances.opening.generalBudget", "年初结转和结余（一般公共预算财政拨款）", Type.AMOUNT),
    OPENING_GOVERNMENT_FUND("balances.opening.governmentFund", "年初结转和结余（政府性基金预算财政拨款）", Type.AMOUNT),
    OPENING_STATE_CAPITAL("balances.opening.stateCapital", "年初结转和结余（国有资本经营预算财政拨款）", Type.AMOUNT),
    OPENING_NON_FISCAL("balances.opening.nonFiscal", "年初结转和结余（非财政拨款）", Type.AMOUNT),
    CLOSING_GENERAL_BUDGET("balances.closing.generalBudget", "年末结转和结余（一般公共预算财政拨款）", Type.AMOUNT),
    CLOSING_GOVERNMENT_FUND("balances.closing.governmentFund", "年末结转和结余（政府性基金预算财政拨款）", Type.AMOUNT),
    CLOSING_STATE_CAPITAL("balances.closing.stateCapital", "年末结转和结余（国有资本经营预算财政拨款）", Type.AMOUNT),
    CLOSING_NON_FISCAL("balances.closing.nonFiscal", "年末结转和结余（非财政拨款）", Type.AMOUNT),
    NON_FISCAL_BALANCE_USED("balances.nonFiscalUsed", "使用非财政拨款结余（含专用结余）", Type.AMOUNT),
    SURPLUS_DISTRIBUTION("balances.distribution", "结余分配", Type.AMOUNT),

    // “三公”经费
    THREE_PUBLIC_BUDGET_ABROAD("threePublic.budget.abroad", "因公出国（境）费预算数", Type.AMOUNT),
    THREE_PUBLIC_BUDGET_VEHICLE_PURCHASE("threePublic.budget.vehiclePurchase", "公务用车购置费预算数", Type.AMOUNT),
    THREE_PUBLIC_BUDGET_VEHICLE_OPERATION("threePublic.budget.vehicleOperation", "公务用车运行维护费预算数", Type.AMOUNT),
    THREE_PUBLIC_BUDGET_RECEPTION("threePublic.budget.reception", "公务接待费预算数", Type.AMOUNT),
    THREE_PUBLIC_ACTUAL_ABROAD("threePublic.actual.abroad", "因公出国（境）费决算数", Type.AMOUNT),
    THREE_PUBLIC_ACTUAL_VEHICLE_PURCHASE("threePublic.actual.vehiclePurchase", "公务用车购置费决算数", Type.AMOUNT),
    THREE_PUBLIC_ACTUAL_VEHICLE_OPERATION("threePublic.actual.vehicleOperation", "公务用车运行维护费决算数", Type.AMOUNT),
    THREE_PUBLIC_ACTUAL_RECEPTION("threePublic.actual.reception", "公务接待费决算数", Type.AMOUNT),
    THREE_PUBLIC_FOREIGN_RECEPTION("threePublic.actual.foreignReception", "其中：外宾接待费", Type.AMOUNT),
    THREE_PUBLIC_ABROAD_GROUPS("threePublic.counts.abroadGroups", "因公出国（境）团组数（个）", Type.COUNT),
    THREE_PUBLIC_ABROAD_PERSONS("threePublic.counts.abroadPersons", "因公出国（境）人次", Type.COUNT),
    THREE_PUBLIC_VEHICLES_PURCHASED("threePublic.counts.vehiclesPurchased", "公务用车购置数（辆）", Type.COUNT),
    THREE_PUBLIC_VEHICLES_HELD("threePublic.counts.vehiclesHeld", "公务用车保有量（辆）", Type.COUNT),
    THREE_PUBLIC_RECEPTION_BATCHES("threePublic.counts.receptionBatches", "国内公务接待批次", Type.COUNT),
    THREE_PUBLIC_RECEPTION_PERSONS("threePublic.counts.receptionPersons", "国内公务接待人次", Type.COUNT),
    THREE_PUBLIC_FOREIGN_BATCHES("threePublic.counts.foreignReceptionBatches", "其中：外宾接待批次", Type.COUNT),
    THREE_PUBLIC_FOREIGN_PERSONS("threePublic.counts.foreignReceptionPersons", "其中：外宾接待人次", Type.COUNT),

    // 机关运行经费
    OPERATING_COST_ACTUAL("operatingCost.actual", "机关运行经费支出", Type.AMOUNT),
    OPERATING_COST_BUDGET("operatingCost.budget", "机关运行经费年初预算数", Type.AMOUNT),

    // 政府采购
    PROCUREMENT_GOODS("procurement.goods", "政府采购货物支出", Type.AMOUNT),
    PROCUREMENT_WORKS("procurement.works", "政府采购工程支出", Type.AMOUNT),
    PROCUREMENT_SERVICES("procurement.services", "政府采购服务支出", Type.AMOUNT),
    PROCUREMENT_SME("procurement.sme", "授予中小企业合同金额", Type.AMOUNT),
    PROCUREMENT_MICRO("procurement.micro", "其中：授予小微企业合同金额", Type.AMOUNT),
    PROCUREMENT_SME_RESERVED("procurement.smeReserved", "面向中小企业预留政府采购项目预算金额", Type.AMOUNT),
    PROCUREMENT_MICRO_RESERVED("procurement.microReserved", "面向小微企业预留政府采购项目预算金额", Type.AMOUNT),
    PROCUREMENT_SME_AWARDED_RESERVED("procurement.smeAwardedReserved", "预留项目中由中小企业中标或成交的采购金额", Type.AMOUNT),
    PROCUREMENT_MICRO_AWARDED_RESERVED("procurement.microAwardedReserved", "预留项目中由小微企业中标或成交的采购金额", Type.AMOUNT),
    PROCUREMENT_SME_AWARDED_OTHER("procurement.smeAwardedOther", "其他项目中由中小企业中标或成交的采购金额", Type.AMOUNT),

    // 国有资产占用
    ASSETS_VEHICLES_MINISTERIAL("assets.vehicles.ministerial", "部级（副部（省）级及以上）领导干部用车", Type.COUNT),
    ASSETS_VEHICLES_LEADER("assets.vehicles.leader", "主要领导干部用车", Type.COUNT),
    ASSETS_VEHICLES_CONFIDENTIAL("assets.vehicles.confidential", "机要通信用车", Type.COUNT),
    ASSETS_VEHICLES_EMERGENCY("assets.vehicles.emergency", "应急保障用车", Type.COUNT),
    ASSETS_VEHICLES_ENFORCEMENT("assets.vehicles.enforcement", "执法执勤用车", Type.COUNT),
    ASSETS_VEHICLES_SPECIAL("assets.vehicles.special", "特种专业技术用车", Type.COUNT),
    ASSETS_VEHICLES_RETIRED("assets.vehicles.retired", "离退休干部用车", Type.COUNT),
    ASSETS_VEHICLES_OTHER("assets.vehicles.other", "其他用车", Type.COUNT),
    ASSETS_LARGE_EQUIPMENT("assets.largeEquipment", "单位价值100万元（含）以上设备（台、套）", Type.COUNT),
    ASSETS_TOTAL("assets.total", "资产总额", Type.AMOUNT),

    // 上年决算数, for year-on-year comparison
    PRIOR_TOTAL("prior.total", "上年收、支总计", Type.AMOUNT),
    PRIOR_INCOME("prior.income", "上年本年收入合计", Type.AMOUNT),
    PRIOR_EXPENDITURE("prior.expenditure", "上年本年支出合计", Type.AMOUNT),
    PRIOR_FISCAL_TOTAL("prior.fiscalTotal", "上年财政拨款收、支总计", Type.AMOUNT),
    PRIOR_GENERAL_BUDGET_INCOME("prior.generalBudgetIncome", "上年一般公共预算财政拨款收入", Type.AMOUNT),
    PRIOR_GOVERNMENT_FUND_INCOME("prior.governmentFundIncome", "上年政府性基金预算财政拨款收入", Type.AMOUNT),
    PRIOR_STATE_CAPITAL_INCOME("prior.stateCapitalIncome", "上年国有资本经营预算财政拨款收入", Type.AMOUNT),
    PRIOR_GENERAL_BUDGET_EXPENDITURE("prior.generalBudgetExpenditure", "上年一般公共预算财政拨款支出", Type.AMOUNT),
    PRIOR_THREE_PUBLIC_ABROAD("prior.threePublic.abroad", "上年因公出国（境）费决算数", Type.AMOUNT),
    PRIOR_THREE_PUBLIC_VEHICLE_PURCHASE("prior.threePublic.vehiclePurchase", "上年公务用车购置费决算数", Type.AMOUNT),
    PRIOR_THREE_PUBLIC_VEHICLE_OPERATION("prior.threePublic.vehicleOperation", "上年公务用车运行维护费决算数", Type.AMOUNT),
    PRIOR_THREE_PUBLIC_RECEPTION("prior.threePublic.reception", "上年公务接待费决算数", Type.AMOUNT),
    PRIOR_OPERATING_COST("prior.operatingCost", "上年机关运行经费支出", Type.AMOUNT),

    // 主要原因, quoted by the narrative
    REASON_TOTAL("reasons.total", "收、支总计变动的主要原因", Type.TEXT),
    REASON_INCOME("reasons.income", "收入变动的主要原因", Type.TEXT),
    REASON_EXPENDITURE("reasons.expenditure", "支出变动的主要原因", Type.TEXT),
    REASON_FISCAL_TOTAL("reasons.fiscalTotal", "财政拨款收、支总计变动的主要原因", Type.TEXT),
    REASON_GENERAL_BUDGET_INCOME("reasons.generalBudgetIncome", "一般公共预算财政拨款收入变动的主要原因", Type.TEXT),
    REASON_GENERAL_BUDGET_EXPENDITURE("reasons.generalBudgetExpenditure", "一般公共预算财政拨款支出变动的主要原因", Type.TEXT),
    REASON_BUDGET_EXECUTION("reasons.budgetExecution", "决算数与年初预算数差异的主要原因", Type.TEXT),
    REASON_THREE_PUBLIC_BUDGET("reasons.threePublicBudget", "“三公”经费决算数与预算数差异的主要原因", Type.TEXT),
    REASON_THREE_PUBLIC_ABROAD("reasons.threePublicChange.abroad", "因公出国（境）费变动的主要原因", Type.TEXT),
    REASON_THREE_PUBLIC_VEHICLE("reasons.threePublicChange.vehicle", "公务用车购置及运行维护费变动的主要原因", Type.TEXT),
    REASON_THREE_PUBLIC_RECEPTION("reasons.threePublicChange.reception", "公务接待费变动的主要原因", Type.TEXT),
    REASON_OPERATING_COST("reasons.operatingCost", "机关运行经费变动的主要原因", Type.TEXT),

    // other prose the narrative quotes
    TEXT_PROJECT_SPENDING("texts.projectSpending", "项目支出主要用途", Type.TEXT),
    TEXT_ABROAD_PURPOSE("texts.threePublic.abroad", "因公出国（境）费开支内容", Type.TEXT),
    TEXT_VEHICLE_PURCHASE_PURPOSE("texts.threePublic.vehiclePurchase", "公务用车购置用途", Type.TEXT),
    TEXT_VEHICLE_OPERATION_PURPOSE("texts.threePublic.vehicleOperation", "公务用车运行维护费用途", Type.TEXT),
    TEXT_RECEPTION_PURPOSE("texts.threePublic.reception", "公务接待费用途", Type.TEXT),
    TEXT_PERFORMANCE_WORK("texts.performance.work", "预算绩效管理工作开展情况", Type.TEXT),
    TEXT_PERFORMANCE_OVERALL("texts.performance.overall", "部门整体支出自评结果", Type.TEXT),
    TEXT_PERFORMANCE_USE("texts.performance.use", "绩效自评结果应用情况", Type.TEXT);

    /** The value type of a fact. */
    public enum Type {
        /** An amount of money, in the dataset's unit. */
        AMOUNT,
        /** A whole number. */
        COUNT,
        /** Prose. */
        TEXT
    }

    private static final Map<String, UnitFact> BY_KEY = new HashMap<>();

    static {
        for (UnitFact fact : values()) {
            BY_KEY.put(fact.key, fact);
        }
    }

    private final String key;
    private final String label;
    private final Type type;

    UnitFact(String key, String label, Type type) {
        this.key = key;
        this.label = label;
        this.type = type;
    }

    /** Returns the dotted key, e.g. {@code threePublic.actual.reception}. */
    public String key() {
        return key;
    }

    /** Returns the Chinese label. */
    public String label() {
        return label;
    }

    /** Returns the value type. */
    public Type type() {
        return type;
    }

    /** Finds the fact with the given dotted key. */
    public static Optional<UnitFact> ofKey(String key) {
        return Optional.ofNullable(BY_KEY.get(key));
    }

    /** Returns whether some fact's key starts with {@code prefix + "."}, i.e. {@code prefix} is a group. */
    public static boolean isGroup(String prefix) {
        String dotted = prefix + ".";
        for (String key : BY_KEY.keySet()) {
            if (key.startsWith(dotted)) {
                return true;
            }
        }
        return false;
    }
}

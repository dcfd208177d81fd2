package org.juesuan.core.rule;

import java.util.Optional;
import org.juesuan.core.formula.Type;
import org.juesuan.core.source.Keyed;

/**
 * Values computed from a dataset beyond its tables (数据集汇总值), and settings of the profile the rules read, named
 * {@code data.…} in formulas.
 */
public enum DataName implements Keyed {
    /** Σ 年初预算 of the 项 lines. */
    ANNUAL_BUDGET("annualBudget", Type.AMOUNT, "各项年初预算之和"),
    /** The number of 项 lines. */
    LINE_COUNT("lineCount", Type.NUMBER, "项级科目个数"),
    /** The number of project self-evaluations. */
    EVALUATED_PROJECTS("evaluatedProjects", Type.NUMBER, "项目自评表个数"),
    /** Σ 预算数 of the project self-evaluations. */
    EVALUATED_PROJECTS_PLANNED("evaluatedProjectsPlanned", Type.AMOUNT, "项目自评表预算数之和"),
    /** Σ 执行数 of the project self-evaluations. */
    EVALUATED_PROJECTS_EXECUTED("evaluatedProjectsExecuted", Type.AMOUNT, "项目自评表执行数之和"),
    /** 预算数 of the overall self-evaluation. */
    OVERALL_PLANNED("overallPlanned", Type.AMOUNT, "整体自评表预算数"),
    /** 执行数 of the overall self-evaluation. */
    OVERALL_EXECUTED("overallExecuted", Type.AMOUNT, "整体自评表执行数"),
    /** 基本支出总额 stated on the overall self-evaluation, blank if not stated or not an amount. */
    OVERALL_BASIC("overallBasic", Type.AMOUNT, "整体自评表基本支出总额"),
    /** 项目支出总额 stated on the overall self-evaluation, blank if not stated or not an amount. */
    OVERALL_PROJECT("overallProject", Type.AMOUNT, "整体自评表项目支出总额"),
    /** Σ of the vehicles by category (国有资产占用). */
    VEHICLES("vehicles", Type.NUMBER, "车辆总数"),
    /**
     * 1 for a 行政单位 or a 参照公务员法管理的事业单位 (whose 机关运行经费 is its whole 公用经费), 0 otherwise, blank when the
     * dataset does not say what kind of unit it is.
     */
    ADMINISTRATIVE("administrative", Type.NUMBER, "行政单位或参公单位"),
    /** 1 for a department's consolidation (汇总), 0 for a unit's own accounts (本级). */
    CONSOLIDATED("consolidated", Type.NUMBER, "汇总决算"),
    /**
     * The profile's threshold for a change that needs a stated reason, in percent of the prior-year figure (10 for
     * 10%): {@code narrative.changeThreshold} in {@code profile.yaml}.
     */
    CHANGE_THRESHOLD("changeThreshold", Type.NUMBER, "变动须说明原因的幅度");

    private final String key;
    private final Type type;
    private final String label;

    DataName(String key, Type type, String label) {
        this.key = key;
        this.type = type;
        this.label = label;
    }

    /** Returns the name after {@code data.}. */
    public String key() {
        return key;
    }

    /** Returns the value type. */
    public Type type() {
        return type;
    }

    /** Returns the Chinese label. */
    public String label() {
        return label;
    }

    /** Finds the value with the given name. */
    public static Optional<DataName> ofKey(String key) {
        return Keyed.find(values(), key);
    }
}

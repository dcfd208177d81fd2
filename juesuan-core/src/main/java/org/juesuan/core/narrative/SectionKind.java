package org.juesuan.core.narrative;

import static org.juesuan.core.narrative.TemplateSpec.Role.CLAUSE;
import static org.juesuan.core.narrative.TemplateSpec.Role.GROUP_HEADING;
import static org.juesuan.core.narrative.TemplateSpec.Role.HEADING;
import static org.juesuan.core.narrative.TemplateSpec.Role.LIST;
import static org.juesuan.core.narrative.TemplateSpec.Role.NESTED_LIST;
import static org.juesuan.core.narrative.TemplateSpec.Role.SLOT;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.juesuan.core.source.Keyed;

/**
 * The sections a narrative can have (情况说明各部分), with the templates each may define. What the sections say is in
 * the profile's {@code narrative.yaml}; which figures each one can state is fixed here, because code computes them.
 *
 * <p>The templates are listed in the order their paragraphs are printed.
 */
enum SectionKind implements Keyed {
    /** 收入支出决算总体情况: 收、支总计 and its change. */
    TOTAL("total", Chart.BAR, Set.of(), comparisonSection()),
    /** 收入决算情况: 本年收入合计, its change, income by source with shares. */
    INCOME(
            "income",
            Chart.PIE,
            Set.of(
                    "fiscal",
                    "generalBudget",
                    "governmentFund",
                    "stateCapital",
                    "superiorSubsidy",
                    "business",
                    "operating",
                    "affiliated",
                    "other"),
            listSection()),
    /** 支出决算情况: 本年支出合计, its change, expenditure by kind with shares. */
    EXPENDITURE(
            "expenditure", Chart.PIE, Set.of("basic", "project", "remittance", "operating", "subsidy"), listSection()),
    /** 财政拨款收入支出决算总体情况: 财政拨款收、支总计, its change, each fund's income. */
    FISCAL(
            "fiscal",
            Chart.BAR,
            Set.of("generalBudget", "governmentFund", "stateCapital"),
            List.of(
                    t("statement", SLOT).with("total", "comparison").required(),
                    comparison(),
                    t("funds", SLOT).with("fund"),
                    t("fund", NESTED_LIST)
                            .family(Family.FUND)
                            .with("name", "amount", "change", "rate")
                            .maybe("reason"))),
    /** 一般公共预算财政拨款支出决算情况: overall, structure by 类, budget and every 项. */
    GENERAL_BUDGET(
            "generalBudget",
            Chart.NONE,
            Set.of(),
            List.of(
                    t("overallHeading", HEADING),
                    t("overall", SLOT).with("total", "share", "comparison").required(),
                    comparison(),
                    t("structureHeading", HEADING),
                    t("structure", SLOT).with("total", "classItem"),
                    t("classItem", LIST).with("number", "name", "amount", "share", "use"),
                    t("use", NESTED_LIST).with("name"),
                    t("detailHeading", HEADING),
                    t("detail", SLOT)
                            .family(Family.BUDGET)
                            .with("budget", "actual", "completion", "basic", "project")
                            .maybe("reason", "projectUses")
                            .required(),
                    t("classHeading", GROUP_HEADING).with("number", "name"),
                    t("line", LIST)
                            .family(Family.BUDGET)
                            .with("number", "chain", "budget", "actual", "completion")
                            .maybe("reason", "purpose"),
                    t("chain", CLAUSE).with("type", "clause", "item"))),
    /** 一般公共预算财政拨款基本支出决算情况: 人员经费 and 公用经费 with their items. */
    BASIC(
            "basic",
            Chart.NONE,
            Set.of(),
            List.of(
                    t("statement", SLOT)
                            .with("total", "personnel", "public", "parts")
                            .maybe("parts")
                            .required(),
                    t("personnel", SLOT).with("amount", "item"),
                    t("public", SLOT).with("amount", "item"),
                    t("item", NESTED_LIST).with("name"),
                    // 人员经费 and 公用经费 as one list, so that a part of nothing can be left out with its separator
                    t("parts", NESTED_LIST).with("text"))),
    /** 政府性基金预算财政拨款收入支出决算情况. */
    GOVERNMENT_FUND("governmentFund", Chart.NONE, Set.of(), fundSection()),
    /** 国有资本经营预算财政拨款支出决算情况. */
    STATE_CAPITAL("stateCapital", Chart.NONE, Set.of(), fundSection()),
    /** 财政拨款“三公”经费支出决算情况. */
    THREE_PUBLIC(
            "threePublic",
            Chart.NONE,
            Set.of("abroad", "vehicle", "reception"),
            List.of(
                    t("none", SLOT),
                    t("overallHeading", HEADING),
                    t("overall", SLOT)
                            .family(Family.BUDGET)
                            .with("budget", "actual", "completion", "comparison", "itemBudget")
                            .maybe("reason")
                            .required(),
                    t("changes", SLOT).with("comparison"),
                    t("comparison", CLAUSE)
                            .family(Family.COMPARISON)
                            .with("change", "rate", "itemChange", "itemReason"),
                    t("itemBudget", NESTED_LIST).family(Family.BUDGET).with("name", "budget", "actual", "completion"),
                    t("itemChange", NESTED_LIST).family(Family.COMPARISON).with("name", "amount", "change", "rate"),
                    t("itemReason", NESTED_LIST)
                            .family(Family.COMPARISON)
                            .with("name")
                            .maybe("reason"),
                    t("detailHeading", HEADING),
                    t("shares", SLOT).with("itemShare"),
                    t("itemShare", NESTED_LIST).with("name", "amount", "share"),
                    t("abroad", SLOT).with("budget", "actual").maybe("completion", "groups", "persons", "purpose"),
                    t("abroadCounts", SLOT).maybe("groups", "persons"),
                    t("vehicle", SLOT)
                            .with("budget", "actual", "purchase", "operation")
                            .maybe("completion", "purchased", "held"),
                    t("vehiclePurchase", SLOT).with("amount").maybe("purchased", "purpose"),
                    t("vehicleOperation", SLOT).with("amount").maybe("held", "purpose"),
                    t("vehicleCounts", SLOT).maybe("purchased", "held"),
                    t("reception", SLOT)
                            .with("budget", "actual")
                            .maybe(
                                    "completion",
                                    "foreign",
                                    "batches",
                                    "persons",
                                    "foreignBatches",
                                    "foreignPersons",
                                    "purpose"),
                    t("receptionDetail", SLOT)
                            .with("amount")
                            .maybe("foreign", "batches", "persons", "foreignBatches", "foreignPersons", "purpose"),
                    t("receptionCounts", SLOT).maybe("batches", "persons", "foreignBatches", "foreignPersons"))),
    /** 机关运行经费支出情况, compared with the budget or the prior year ({@code basis}). */
    OPERATING_COST(
            "operatingCost",
            Chart.NONE,
            Set.of(),
            List.of(
                    t("none", SLOT),
                    t("statement", SLOT).with("amount", "comparison").required(),
                    comparison())),
    /** 政府采购支出情况. */
    PROCUREMENT(
            "procurement",
            Chart.NONE,
            Set.of("goods", "works", "services"),
            List.of(
                    t("none", SLOT),
                    t("statement", SLOT)
                            .with("total", "kind")
                            .maybe("sme", "smeShare", "micro", "microShare")
                            .required(),
                    t("kind", NESTED_LIST).with("name", "amount"),
                    t("reserved", SLOT)
                            .maybe(
                                    "smeReserved",
                                    "microReserved",
                                    "smeAwardedReserved",
                                    "microAwardedReserved",
                                    "smeAwardedOther"))),
    /** 国有资产占用情况. */
    ASSETS(
            "assets",
            Chart.NONE,
            Set.of("ministerial", "leader", "confidential", "emergency", "enforcement", "special", "retired", "other"),
            List.of(
                    t("none", SLOT),
                    t("statement", SLOT)
                            .with("vehicles", "vehicle", "equipment")
                            .maybe("total")
                            .required(),
                    t("vehicle", NESTED_LIST).with("name", "count"))),
    /** 预算绩效情况: project self-evaluations, the overall self-evaluation, and the texts the unit wrote. */
    PERFORMANCE(
            "performance",
            Chart.NONE,
            Set.of(),
            List.of(
                    t("none", SLOT),
                    t("workHeading", HEADING),
                    t("work", SLOT).maybe("count", "amount", "share", "planned", "text", "average", "grade"),
                    t("grade", NESTED_LIST).with("name", "count"),
                    t("overallHeading", HEADING),
                    t("overall", SLOT).maybe("amount", "text", "score", "rating"),
                    t("projectsHeading", HEADING),
                    t("projects", SLOT).maybe("count"),
                    t("project", LIST)
                            .with("number", "name")
                            .maybe("planned", "executed", "completion", "summary", "score", "rating"),
                    t("useHeading", HEADING),
                    t("use", SLOT).maybe("text")));

    /** The chart a section may have. */
    enum Chart {
        /** None. */
        NONE(Set.of()),
        /** Bars of the prior and the current year, income and expenditure. */
        BAR(Set.of("caption", "income", "expenditure", "category")),
        /** A pie of the items the section lists. */
        PIE(Set.of("caption", "series"));

        private final Set<String> keys;

        Chart(Set<String> keys) {
            this.keys = keys;
        }

        /** Returns the keys its definition must have. */
        Set<String> keys() {
            return keys;
        }
    }

    private final String key;
    private final Chart chart;
    private final Set<String> names;
    private final Map<String, TemplateSpec> templates = new LinkedHashMap<>();

    SectionKind(String key, Chart chart, Set<String> names, List<TemplateSpec.Builder> templates) {
        this.key = key;
        this.chart = chart;
        this.names = names;
        for (TemplateSpec.Builder builder : templates) {
            TemplateSpec spec = builder.build();
            this.templates.put(spec.key(), spec);
        }
    }

    /** Returns the key written after {@code section:}. */
    @Override
    public String key() {
        return key;
    }

    /** Returns the chart the section may have. */
    Chart chart() {
        return chart;
    }

    /** Returns the item keys its {@code names:} may label; empty if it takes no names. */
    Set<String> names() {
        return names;
    }

    /** Returns the templates, in printing order. */
    Map<String, TemplateSpec> templates() {
        return templates;
    }

    /** Returns whether the section has a {@code basis:} option. */
    boolean hasBasis() {
        return this == OPERATING_COST;
    }

    /** Finds a kind by key. */
    static Optional<SectionKind> ofKey(String key) {
        return Keyed.find(values(), key);
    }

    private static TemplateSpec.Builder t(String key, TemplateSpec.Role role) {
        return TemplateSpec.of(key, role);
    }

    private static TemplateSpec.Builder comparison() {
        return t("comparison", CLAUSE)
                .family(Family.COMPARISON)
                .with("change", "rate")
                .maybe("reason");
    }

    private static List<TemplateSpec.Builder> comparisonSection() {
        return List.of(t("statement", SLOT).with("total", "comparison").required(), comparison());
    }

    private static List<TemplateSpec.Builder> listSection() {
        List<TemplateSpec.Builder> specs = new ArrayList<>();
        specs.add(t("statement", SLOT).with("total", "comparison", "item").required());
        specs.add(comparison());
        specs.add(t("item", LIST).with("name", "amount", "share"));
        return specs;
    }

    private static List<TemplateSpec.Builder> fundSection() {
        return List.of(
                t("none", SLOT),
                t("statement", SLOT).with("income", "spending", "line").required(),
                t("line", LIST).with("number", "chain", "actual").maybe("purpose"),
                t("chain", CLAUSE).with("type", "clause", "item"));
    }
}
